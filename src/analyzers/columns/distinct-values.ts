/**
 * Distinct values of a column (present values only), in three stages of bounded memory:
 *
 * 1. up to TOP_VALUES_DISTINCT_BOUND distinct values: exact counts per value, keyed by the cell hash
 *    (support/value-counts.ts). This gives topValues for low-cardinality columns.
 * 2. up to EXACT_DISTINCT_BOUND distinct values: an exact set of the values' 53-bit hashes
 *    (support/hash-set.ts: at most 32 bytes per value, 2 MiB at the bound). Exact up to hash
 *    collisions (~n²/2^54, i.e. none in practice).
 * 3. beyond: a HyperLogLog sketch (16 KiB, ~0.8 % standard error); distinctApprox is true.
 *
 * The stage a state is in depends only on how many distinct values it has seen, and the HyperLogLog
 * registers only on which hashes it has seen, so merging parts of a column in any split and any order
 * gives the same metric as one pass over the whole column.
 */
import type {ColumnAnalyzer, ColumnContext} from '../analyzer.js'
import {MANY_DISTINCT_FACTOR} from '../../values/cardinality-estimate.js'
import type {TopValue} from '../../report/scan-report.js'
import {Missing, type Cell} from '../../values/cell.js'
import {createHll, hllAdd, hllEstimate, hllMerge} from '../sketches/hyperloglog.js'
import {forEachHash, hashSetAdd, storedHash, type HashSet} from './support/hash-set.js'
import {countValue, createValueCounts, valueCountsToHashSet, type ValueCounts} from './support/value-counts.js'

/** Distinct values counted exactly (as hashes) before switching to HyperLogLog. */
export const EXACT_DISTINCT_BOUND = 100_000
/** Distinct values counted per value (for topValues) before switching to hashes. */
export const TOP_VALUES_DISTINCT_BOUND = 1_000
/** How many top values a low-cardinality column lists. */
export const TOP_VALUES_LISTED = 10

export interface DistinctValuesOptions {
  /** lower EXACT_DISTINCT_BOUND (the engine's option) */
  exactBound?: number
  /** lower TOP_VALUES_DISTINCT_BOUND (tests) */
  valueBound?: number
}

export interface DistinctValuesState {
  present: number
  /**
   * the column is predicted far past the exact bound (cardinality-estimate.ts): after the first stage it
   * goes straight to HyperLogLog, skipping the exact hash set whose work would be thrown away
   */
  skipExactSet: boolean
  /** HyperLogLog was reached by passing the exact bound (not by skipping the set): the count is > bound */
  passedExactBound: boolean
  /** stage 1; null in later stages */
  values: ValueCounts | null
  /** stage 2 */
  hashes: HashSet | null
  /** stage 3 */
  hll: Uint8Array | null
}

export interface DistinctValuesMetric {
  distinctCount: number
  distinctApprox: boolean
  topValues?: TopValue[]
}

export function createDistinctValues(options: DistinctValuesOptions = {}): ColumnAnalyzer<DistinctValuesState, DistinctValuesMetric> {
  const exactBound = Math.max(1, options.exactBound ?? EXACT_DISTINCT_BOUND)
  const valueBound = Math.max(1, Math.min(options.valueBound ?? TOP_VALUES_DISTINCT_BOUND, exactBound))

  /** stage 1 → 2: the key table of the value counts is already a hash set */
  function toHashes(state: DistinctValuesState): HashSet {
    const set = valueCountsToHashSet(state.values!)
    state.values = null
    state.hashes = set
    return set
  }

  /** stage 2 → 3, or stage 1 → 3 for a column that skips the exact set */
  function toHll(state: DistinctValuesState): Uint8Array {
    const hll = createHll()
    if (state.values !== null) toHashes(state)
    state.passedExactBound = state.hashes!.count > exactBound
    forEachHash(state.hashes!, (h) => hllAdd(hll, h))
    state.hashes = null
    state.hll = hll
    return hll
  }

  function addHash(state: DistinctValuesState, hash: number): void {
    if (state.hll !== null) {
      hllAdd(state.hll, storedHash(hash))
      return
    }
    if (state.skipExactSet) {
      hllAdd(toHll(state), storedHash(hash))
      return
    }
    const set = state.hashes ?? toHashes(state)
    if (hashSetAdd(set, hash) && set.count > exactBound) toHll(state)
  }

  function addValue(state: DistinctValuesState, hash: number, value: string | Cell, n: number): void {
    if (state.values === null || !countValue(state.values, hash, value, n)) addHash(state, hash)
  }

  function addCell(state: DistinctValuesState, cell: Cell): void {
    if (cell.missing !== Missing.Value) return
    state.present++
    // the cell, not cell.raw: its text is needed (and cut out of the record) only when the value is new
    addValue(state, cell.hash, cell, 1)
  }

  return {
    id: 'distinct-values',
    scope: 'column',

    empty: (ctx: ColumnContext) => {
      // a column predicted far past the exact bound ends as HyperLogLog anyway, and HLL registers depend
      // only on the set of hashes: it skips the exact set (the first, per-value stage stays, so a
      // misprediction still gets exact counts and top values while it has few values)
      const expected = ctx.hints.expectedDistinct
      const skipExactSet = expected !== undefined && expected > MANY_DISTINCT_FACTOR * exactBound
      return {present: 0, skipExactSet, passedExactBound: false, values: createValueCounts(valueBound), hashes: null, hll: null}
    },

    add: addCell,

    addColumns(states: DistinctValuesState[], cells: readonly Cell[]): void {
      for (let i = 0; i < cells.length; i++) addCell(states[i], cells[i])
    },

    merge(a: DistinctValuesState, b: DistinctValuesState): DistinctValuesState {
      a.present += b.present
      if (b.values !== null) {
        const {keys, entries, values, counts} = b.values
        for (let i = 0; i < keys.length; i++) {
          if (keys[i] !== 0) addValue(a, keys[i], values[entries[i]], counts[entries[i]])
        }
      } else if (b.hashes !== null) {
        if (a.values !== null) toHashes(a)
        forEachHash(b.hashes, (h) => addHash(a, h))
      } else {
        if (a.hll === null) toHll(a)
        hllMerge(a.hll!, b.hll!)
        a.passedExactBound ||= b.passedExactBound
      }
      return a
    },

    metric(state: DistinctValuesState): DistinctValuesMetric {
      if (state.values !== null) {
        const distinct = state.values.values.length
        const metric: DistinctValuesMetric = {distinctCount: distinct, distinctApprox: false}
        if (distinct > 0 && distinct < state.present) metric.topValues = topValues(state.values)
        return metric
      }
      if (state.hashes !== null) return {distinctCount: state.hashes.count, distinctApprox: false}
      // more than exactBound (or, when the exact set was skipped, valueBound) distinct values were seen for
      // certain; never more than were present
      const seen = state.passedExactBound ? exactBound : valueBound
      const estimate = Math.min(state.present, Math.max(seen + 1, hllEstimate(state.hll!)))
      return {distinctCount: estimate, distinctApprox: true}
    },
  }
}

export const distinctValues = createDistinctValues()

function topValues(vc: ValueCounts): TopValue[] {
  const all: TopValue[] = vc.values.map((value, entry) => ({value, count: vc.counts[entry]}))
  all.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
  return all.slice(0, TOP_VALUES_LISTED)
}
