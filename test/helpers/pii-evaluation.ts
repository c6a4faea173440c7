/**
 * Column-level precision and recall of the personal-data detection against a labelled evaluation set
 * (test/fixtures/pii-eval). Pure: callers read the files and run the detector, this module counts.
 *
 * Counting: per column and category, a category both expected and detected is a true positive, detected
 * but not expected a false positive, expected but not detected a false negative. Overall figures are
 * micro-averaged (the counts of all categories summed, then divided), so a category with many columns
 * weighs more than a rare one. Every verdict the detector returns counts as a detection, whatever its
 * confidence: that is what lands in the report.
 */
import {PII_CATEGORIES, type PiiCategory} from '../../src/analyzers/personal-data/categories.js'

/** the targets of the issue: overall precision and recall, and no false alarm on checksum identifiers */
export const PII_EVALUATION_TARGETS = {overallPrecision: 0.95, overallRecall: 0.9, checksumPrecision: 1} as const

/** categories confirmed by a check digit: a false positive there means a validator or threshold is wrong */
export const CHECKSUM_CATEGORIES: readonly PiiCategory[] = [
  'iban',
  'credit_card',
  'tax_id_de',
  'vat_id',
  'social_security_de',
  'health_insurance_de',
  'id_card_de',
  'passport_de',
]

/** labels.json as generate.mjs writes it */
export interface EvaluationLabels {
  description: string
  tables: Array<{
    file: string
    description: string
    rows: number
    columns: Array<{header: string; pii: PiiCategory[]; note?: string}>
  }>
}

export interface ColumnOutcome {
  table: string
  column: string
  expected: readonly PiiCategory[]
  detected: readonly PiiCategory[]
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Score extends Counts {
  /** tp / (tp + fp); null when nothing was detected (undefined rather than perfect) */
  precision: number | null
  /** tp / (tp + fn); null when nothing was expected */
  recall: number | null
}

export interface CategoryScore extends Score {
  category: PiiCategory
}

export interface EvaluationSummary {
  /** categories that were expected or detected at least once, in the order of PII_CATEGORIES */
  perCategory: CategoryScore[]
  /** micro-averaged over all categories */
  overall: Score
}

export interface ColumnError {
  table: string
  column: string
  category: PiiCategory
  kind: 'false positive' | 'false negative'
}

function score(counts: Counts): Score {
  const detected = counts.tp + counts.fp
  const expected = counts.tp + counts.fn
  return {...counts, precision: detected === 0 ? null : counts.tp / detected, recall: expected === 0 ? null : counts.tp / expected}
}

export function evaluateColumns(outcomes: readonly ColumnOutcome[]): EvaluationSummary {
  const counts = new Map<PiiCategory, Counts>()
  const countOf = (category: PiiCategory): Counts => {
    let c = counts.get(category)
    if (c === undefined) counts.set(category, (c = {tp: 0, fp: 0, fn: 0}))
    return c
  }
  for (const {expected, detected} of outcomes) {
    const want = new Set(expected)
    const got = new Set(detected)
    for (const category of got) countOf(category)[want.has(category) ? 'tp' : 'fp']++
    for (const category of want) if (!got.has(category)) countOf(category).fn++
  }
  const perCategory = PII_CATEGORIES.filter((c) => counts.has(c)).map((category) => ({category, ...score(countOf(category))}))
  const total = perCategory.reduce((sum, c) => ({tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn}), {tp: 0, fp: 0, fn: 0})
  return {perCategory, overall: score(total)}
}

/** every false positive and false negative, table by table, for the reader of a failing run */
export function columnErrors(outcomes: readonly ColumnOutcome[]): ColumnError[] {
  const errors: ColumnError[] = []
  for (const {table, column, expected, detected} of outcomes) {
    for (const category of detected) if (!expected.includes(category)) errors.push({table, column, category, kind: 'false positive'})
    for (const category of expected) if (!detected.includes(category)) errors.push({table, column, category, kind: 'false negative'})
  }
  return errors
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`)

/** a plain-text table: one line per category, then the micro average */
export function formatScoreTable(summary: EvaluationSummary): string {
  const rows = [
    ...summary.perCategory.map((c) => [c.category, String(c.tp), String(c.fp), String(c.fn), percent(c.precision), percent(c.recall)]),
    ['overall (micro)', String(summary.overall.tp), String(summary.overall.fp), String(summary.overall.fn), percent(summary.overall.precision), percent(summary.overall.recall)],
  ]
  const header = ['category', 'TP', 'FP', 'FN', 'precision', 'recall']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/**
 * The fixtures' CSV dialect: semicolon-separated, fields in double quotes when they hold a semicolon,
 * a quote or a line break (quotes doubled inside), CRLF or LF line ends. Returns rows of fields.
 */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** the columns of a parsed table: header and the values below it */
export function columnsOf(rows: readonly string[][]): Array<{header: string; values: string[]}> {
  const [headers = [], ...body] = rows
  return headers.map((header, j) => ({header, values: body.map((r) => r[j] ?? '')}))
}
