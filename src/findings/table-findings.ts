/**
 * Finding rules for one table: pure functions of the assembled TableReport (row count and the
 * duplicate metrics). Severity: an empty table or a key that is not unique breaks use (error);
 * duplicate rows and entities are quality problems (warning).
 */
import type {TableReport} from '../report/scan-report.js'
import type {FindingDraft} from './finding-draft.js'
import {findingDraft} from './finding-params.js'
import {MAX_LISTED_IN_FINDING} from './thresholds.js'

export function tableFindings(table: TableReport): FindingDraft[] {
  const where = {table: table.name}
  if (table.rowCount === 0) {
    return [findingDraft('EMPTY_TABLE', 'error', {columns: table.columnCount}, where)]
  }
  const drafts: FindingDraft[] = []
  const dup = table.duplicates
  if (dup.exactRows > 0) {
    drafts.push(
      findingDraft(
        'DUPLICATE_ROWS',
        'warning',
        {rows: dup.exactRows, groups: dup.duplicatedRowGroups, share: dup.exactRowShare},
        where,
      ),
    )
  }
  for (const key of dup.candidateKeys) {
    if (key.duplicatedValues <= 0) continue
    drafts.push(
      findingDraft(
        'DUPLICATE_KEY_VALUES',
        'error',
        {
          columns: key.columns,
          duplicatedValues: key.duplicatedValues,
          surplusRows: key.surplusRows,
          missing: key.missingCount,
          examples: (key.examples ?? []).slice(0, MAX_LISTED_IN_FINDING),
        },
        where,
      ),
    )
  }
  const entities = dup.likelyEntities
  if (entities && entities.groups > 0) {
    drafts.push(
      findingDraft(
        'LIKELY_DUPLICATE_ENTITIES',
        'warning',
        {
          columns: entities.columns,
          groups: entities.groups,
          surplusRows: entities.surplusRows,
          example: (entities.examples[0]?.variants ?? []).slice(0, MAX_LISTED_IN_FINDING),
        },
        where,
      ),
    )
  }
  return drafts
}
