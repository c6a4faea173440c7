/**
 * Finding rules for one column: pure functions of the assembled ColumnReport (and its table's row
 * count). They judge, they do not measure: every number comes from the analyzers' metrics.
 */
import type {ColumnReport, FormatCount, TableReport} from '../report/scan-report.js'
import type {FindingDraft} from './finding-draft.js'
import {findingDraft} from './finding-params.js'
import {dateNotation, numberStyle} from './format-labels.js'
import {CONSTANT_MIN_VALUES, LOW_COMPLETENESS_BELOW, MIXED_DATE_FORMATS_MIN} from './thresholds.js'

type KindName = keyof ColumnReport['typeCounts']

/** columns whose values are mainly numbers; text stored in them is a number someone typed as text */
const NUMERIC_TYPES: ReadonlySet<ColumnReport['inferredType']> = new Set(['integer', 'decimal', 'mixed'])

/**
 * Kinds that may share a column without it being "mixed": whole and decimal numbers are both numbers,
 * a date with and without a time is still a date.
 */
const KIND_FAMILY: Record<KindName, string> = {
  integer: 'number',
  decimal: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'date',
  text: 'text',
}

export function columnFindings(table: TableReport, col: ColumnReport): FindingDraft[] {
  // an empty table says it once (EMPTY_TABLE); its columns have nothing to judge
  if (table.rowCount === 0) return []
  const where = {table: table.name, column: col.name}
  const missing = col.nullCount + col.emptyCount + col.placeholderCount
  const present = table.rowCount - missing
  const drafts: FindingDraft[] = []

  if (present <= 0) {
    // a fact rather than a defect: fixed-layout exports (DATEV: 120 columns) carry many empty columns
    drafts.push(findingDraft('EMPTY_COLUMN', 'info', {rows: table.rowCount}, where))
  } else {
    if (col.completeness !== null && col.completeness < LOW_COMPLETENESS_BELOW) {
      drafts.push(
        findingDraft('LOW_COMPLETENESS', 'warning', {completeness: col.completeness, missing, rows: table.rowCount}, where),
      )
    }
    if (col.distinctCount === 1 && !col.distinctApprox && present >= CONSTANT_MIN_VALUES) {
      drafts.push(findingDraft('CONSTANT_COLUMN', 'info', {value: singleValue(col), count: present}, where))
    }
  }

  if (col.placeholderCount > 0) drafts.push(placeholders(col, where))
  const mixedTypes = mixedKinds(col)
  if (mixedTypes) drafts.push(findingDraft('MIXED_TYPES', 'warning', mixedTypes, where))
  const dates = mixedDateFormats(col.formats)
  if (dates) drafts.push(findingDraft('MIXED_DATE_FORMATS', 'warning', dates, where))
  const numbers = mixedNumberFormats(col.formats)
  if (numbers) drafts.push(findingDraft('MIXED_NUMBER_FORMATS', 'warning', numbers, where))
  // textualNumbers is only measured where the source types its values (xlsx, databases); a text column
  // of codes (PLZ with leading zeros) rightly stores its digits as text, so only numeric columns count
  if (col.textualNumbers !== undefined && col.textualNumbers > 0 && NUMERIC_TYPES.has(col.inferredType)) {
    // a database table's values were typed on its sample: the count is out of the sample's rows
    const rows = table.sampled && table.sampleRows !== undefined ? table.sampleRows : table.rowCount
    drafts.push(findingDraft('NUMBERS_AS_TEXT', 'warning', {count: col.textualNumbers, rows}, where))
  }
  return drafts
}

/** The one value of a constant column, when the report states it. */
function singleValue(col: ColumnReport): string | null {
  if (col.topValues && col.topValues.length > 0) return col.topValues[0].value
  if (col.min !== undefined && col.min === col.max) return String(col.min)
  return null
}

function placeholders(col: ColumnReport, where: {table: string; column: string}): FindingDraft {
  const seen = Object.entries(col.placeholders ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return findingDraft(
    'PLACEHOLDERS',
    // already counted as missing; a fact to clean up, not a problem of its own
    'info',
    {count: col.placeholderCount, values: seen.map(([v]) => v), counts: seen.map(([, n]) => n)},
    where,
  )
}

function mixedKinds(col: ColumnReport): {kinds: string[]; counts: number[]} | null {
  const present = (Object.entries(col.typeCounts) as Array<[KindName, number | undefined]>)
    .filter((e): e is [KindName, number] => e[1] !== undefined && e[1] > 0)
    .sort((a, b) => b[1] - a[1])
  const families = new Set(present.map(([kind]) => KIND_FAMILY[kind]))
  if (families.size < 2 && col.inferredType !== 'mixed') return null
  return {kinds: present.map(([kind]) => kind), counts: present.map(([, n]) => n)}
}

function mixedDateFormats(formats: FormatCount[] | undefined): {formats: string[]; counts: number[]} | null {
  if (!formats) return null
  const dated = formats.filter((f) => f.count > 0 && dateNotation(f.format) !== null)
  const notations = new Set(dated.map((f) => dateNotation(f.format)))
  if (notations.size < MIXED_DATE_FORMATS_MIN) return null
  return byCount(dated)
}

function mixedNumberFormats(formats: FormatCount[] | undefined): {formats: string[]; counts: number[]} | null {
  if (!formats) return null
  const styled = formats.filter((f) => f.count > 0 && numberStyle(f.format) !== null)
  const styles = new Set(styled.map((f) => numberStyle(f.format)))
  if (!(styles.has('de') && styles.has('en'))) return null
  return byCount(styled)
}

function byCount(formats: FormatCount[]): {formats: string[]; counts: number[]} {
  const sorted = [...formats].sort((a, b) => b.count - a.count)
  return {formats: sorted.map((f) => f.format), counts: sorted.map((f) => f.count)}
}
