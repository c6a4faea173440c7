/**
 * The privacy floor applied to every table before it enters the report: values shown as examples (top
 * values, text min/max, duplicated key values, duplicate-entity spellings) go through maskValue.
 */
import type {TableReport} from '../report/scan-report.js'
import {maskValue} from '../values/mask-value.js'

export function maskTableValues(table: TableReport): void {
  for (const column of table.columns) {
    if (column.topValues) for (const top of column.topValues) top.value = maskValue(top.value)
    if (typeof column.min === 'string') column.min = maskValue(column.min)
    if (typeof column.max === 'string') column.max = maskValue(column.max)
  }
  for (const key of table.duplicates.candidateKeys ?? []) {
    if (key.examples) key.examples = key.examples.map(maskValue)
  }
  for (const group of table.duplicates.likelyEntities?.examples ?? []) {
    group.key = maskValue(group.key)
    group.variants = group.variants.map(maskValue)
  }
}
