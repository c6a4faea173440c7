/**
 * Predicts from a table's sample whether a column will have so many distinct values that exact counting
 * would only be thrown away: the distinct-values analyzer counts exactly up to its bound and then
 * switches to HyperLogLog, and the result of a column that passes the bound is the same HyperLogLog
 * estimate whether it started exact or not (HLL registers depend only on the set of hashes). Skipping
 * the exact stage for such columns saves its hash-set work on big files. A misprediction only costs
 * exactness (an estimate with ~0.8 % error instead of the exact count), so the rule is conservative.
 *
 * Chao1 (bias-corrected) estimates the number of distinct values of the whole column from the sample's
 * singletons (f1) and doubletons (f2): d + f1·(f1−1) / (2·(f2+1)); no singletons means the sample has
 * seen the values, only singletons means one value per present row. Capped by the expected number of
 * present values in the table.
 */
import type {RawValue} from '../connectors/connector.js'

/** predict "many" only far past the exact bound */
export const MANY_DISTINCT_FACTOR = 4
/** samples smaller than this say too little */
const MIN_SAMPLE_VALUES = 200

export function estimateDistinct(sampleColumn: readonly RawValue[], estimatedRows: number): number {
  const counts = new Map<string, number>()
  let present = 0
  for (const value of sampleColumn) {
    if (value === null || value === '') continue
    const key = value instanceof Date ? String(value.getTime()) : String(value)
    present++
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  if (present < MIN_SAMPLE_VALUES || sampleColumn.length === 0) return counts.size
  let f1 = 0
  let f2 = 0
  for (const n of counts.values()) {
    if (n === 1) f1++
    else if (n === 2) f2++
  }
  const presentRows = estimatedRows * (present / sampleColumn.length)
  // every value repeats: the sample has seen (nearly) all there are
  if (f1 === 0) return counts.size
  // every value is new: no evidence of repetition at all, so one value per present row
  if (f1 === counts.size) return presentRows
  // bias-corrected Chao1 (defined without doubletons too)
  return Math.min(counts.size + (f1 * (f1 - 1)) / (2 * (f2 + 1)), presentRows)
}

/** rows of a delimited file: its data bytes over the sample's average record size */
export function estimateRowsFromBytes(sample: readonly (readonly RawValue[])[], totalBytes: number): number | undefined {
  if (sample.length < MIN_SAMPLE_VALUES) return undefined
  let chars = 0
  for (const row of sample) {
    chars += row.length
    for (const v of row) if (typeof v === 'string') chars += v.length
  }
  return chars > 0 ? (totalBytes / chars) * sample.length : undefined
}
