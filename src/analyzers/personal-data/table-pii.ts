/**
 * The personal-data verdicts of every column of one table, from the table's sample (the first rows of a
 * file, the spread sample of a database table): detection runs on at most PII_SAMPLE_VALUES values per
 * column, so its cost does not grow with the table. Examples leave here masked (mask-example.ts); the
 * raw sampled values never do.
 */
import type {RawValue} from '../../connectors/connector.js'
import type {PiiFinding} from '../../report/scan-report.js'
import {detectColumnPii} from './column-verdict.js'
import {maskPiiExample} from './mask-example.js'
import {birthDatesByValues} from './birth-date-context.js'
import {postalCodesByContext} from './postal-code-context.js'

/** values per column the verdict looks at (the file sample has 1,000 rows; a database sample more) */
export const PII_SAMPLE_VALUES = 1000

/** time spent in detection in this thread, for --debug and the benchmark's share */
let detectionMs = 0

export function personalDataDetectionMs(): number {
  return detectionMs
}

/** a sampled value as the recognisers read it: dates as ISO dates, booleans and missing values as nothing */
export function sampleText(value: RawValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return value
}

/** every `step`-th row, so that a bigger database sample is thinned evenly rather than cut */
function thinnedRows(sample: readonly RawValue[][]): readonly RawValue[][] {
  if (sample.length <= PII_SAMPLE_VALUES) return sample
  const step = sample.length / PII_SAMPLE_VALUES
  return Array.from({length: PII_SAMPLE_VALUES}, (_, i) => sample[Math.floor(i * step)])
}

/** verdicts worked out ahead for a plan's sample, keyed by the sample itself, until the report takes them */
const ahead = new WeakMap<readonly RawValue[][], PiiFinding[][]>()

/** A big file's scan works the verdicts out on the main thread while the worker threads scan their ranges. */
export function detectSamplePiiAhead(columns: ReadonlyArray<{name: string; position: number}>, sample: readonly RawValue[][]): void {
  if (!ahead.has(sample)) ahead.set(sample, detectTablePii(columns, sample))
}

/** The sample's verdicts: those worked out ahead (once), else detected now. */
export function detectSamplePii(columns: ReadonlyArray<{name: string; position: number}>, sample: readonly RawValue[][]): PiiFinding[][] {
  const known = ahead.get(sample)
  if (known === undefined) return detectTablePii(columns, sample)
  ahead.delete(sample)
  return known
}

/** Verdicts per column, in the order of `columns`; a column's `position` is where it sits in a sample row. */
export function detectTablePii(columns: ReadonlyArray<{name: string; position: number}>, sample: readonly RawValue[][]): PiiFinding[][] {
  const started = performance.now()
  const rows = thinnedRows(sample)
  const texts = columns.map((column) => rows.map((row) => sampleText(row[column.position])))
  const result = columns.map((column, c) => {
    const values = texts[c]
    return detectColumnPii(column.name, values).map((verdict): PiiFinding => {
      const inFreeText = verdict.evidence.includes('free-text')
      const finding: PiiFinding = {
        category: verdict.category,
        confidence: verdict.confidence,
        matchShare: Math.round(verdict.matchShare * 1000) / 1000,
        evidence: verdict.evidence,
      }
      if (verdict.exampleIndexes.length > 0) {
        finding.examples = verdict.exampleIndexes.map((i) => maskPiiExample(verdict.category, values[i], inFreeText))
      }
      return finding
    })
  })
  // a person table's birth dates and an address table's postal codes may stand under any header ("Datum1", "Feld5")
  const headers = columns.map((column) => column.name)
  const byContext = [...birthDatesByValues(headers, texts, result), ...postalCodesByContext(headers, texts, result)]
  for (const [c, verdict] of byContext) {
    verdict.examples = texts[c].filter((v) => v.trim().length > 0).slice(0, 3).map((v) => maskPiiExample(verdict.category, v))
    result[c] = [verdict]
  }
  detectionMs += performance.now() - started
  return result
}
