/**
 * Distinct values of a column (present values only), in three stages of bounded memory:
 *
 * 1. up to TOP_VALUES_DISTINCT_BOUND distinct values: exact counts per value (value → slot in a Map,
 *    counts in a Float64Array). This gives topValues for low-cardinality columns.
 * 2. up to EXACT_DISTINCT_BOUND distinct values: an exact set of the values' 53-bit hashes
 *    (support/hash-set.ts: at most 32 bytes per value, 2 MiB at the bound). Exact up to hash
 *    collisions (~n²/2^54, i.e. none in practice).
 * 3. beyond: a HyperLogLog sketch (16 KiB, ~0.8 % standard error); distinctApprox is true.
 *
 * The stage a state is in depends only on how many distinct values it has seen, and the HyperLogLog
 * registers only on which hashes it has seen, so merging parts of a column in any split and any order
 * gives the same metric as one pass over the whole column.
 */
import type {ColumnAnalyzer} from '../analyzer.js'
import type {TopValue} from '../../report/scan-report.js'
import {Missing, type Cell} from '../../values/cell.js'
import {hashString} from '../../values/hash.js'
import {createHll, hllAdd, hllEstimate, hllMerge} from '../sketches/hyperloglog.js'
import {createHashSet, forEachHash, hashSetAdd, storedHash, type HashSet} from './support/hash-set.js'

/** Distinct values counted exactly (as hashes) before switching to HyperLogLog. */
export const EXACT_DISTINCT_BOUND = 100_000
/** Distinct values counted per value (for topValues) before switching to hashes. */
export const TOP_VALUES_DISTINCT_BOUND = 1_000
/** How many top values a low-cardinality column lists. */
export const TOP_VALUES_LISTED = 10

export interface DistinctValuesOptions {
  /** lower EXACT_DISTINCT_BOUND (the engine's option); must be ≥ valueBound */
  exactBound?: number
  /** lower TOP_VALUES_DISTINCT_BOUND (tests) */
  valueBound?: number
}

export interface DistinctValuesState {
  present: number
  /** stage 1: value → slot in `counts`; null in later stages */
  slots: Map<string, number> | null
  counts: Float64Array | null
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
  const valueBound = Math.min(options.valueBound ?? TOP_VALUES_DISTINCT_BOUND, options.exactBound ?? EXACT_DISTINCT_BOUND)
  const exactBound = Math.max(options.exactBound ?? EXACT_DISTINCT_BOUND, valueBound)

  /** stage 1 → 2 */
  function toHashes(state: DistinctValuesState): HashSet {
    const set = createHashSet(Math.max(2048, nextPowerOfTwo(valueBound * 4)))
    for (const value of state.slots!.keys()) hashSetAdd(set, hashString(value))
    state.slots = null
    state.counts = null
    state.hashes = set
    return set
  }

  /** stage 2 → 3 */
  function toHll(state: DistinctValuesState): Uint8Array {
    const hll = createHll()
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
    const set = state.hashes ?? toHashes(state)
    if (hashSetAdd(set, hash) && set.count > exactBound) toHll(state)
  }

  function addValue(state: DistinctValuesState, value: string, n: number, hash: number): void {
    const slots = state.slots
    if (slots !== null) {
      const slot = slots.get(value)
      if (slot !== undefined) {
        state.counts![slot] += n
        return
      }
      if (slots.size < valueBound) {
        state.counts![slots.size] = n
        slots.set(value, slots.size)
        return
      }
    }
    addHash(state, hash)
  }

  return {
    id: 'distinct-values',
    scope: 'column',

    empty: () => ({present: 0, slots: new Map(), counts: new Float64Array(valueBound), hashes: null, hll: null}),

    add(state: DistinctValuesState, cell: Cell): void {
      if (cell.missing !== Missing.Value) return
      state.present++
      addValue(state, cell.raw, 1, cell.hash)
    },

    merge(a: DistinctValuesState, b: DistinctValuesState): DistinctValuesState {
      a.present += b.present
      if (b.slots !== null) {
        for (const [value, slot] of b.slots) addValue(a, value, b.counts![slot], hashString(value))
      } else if (b.hashes !== null) {
        if (a.hll === null && a.hashes === null) toHashes(a)
        forEachHash(b.hashes, (h) => addHash(a, h))
      } else {
        if (a.hll === null) {
          if (a.hashes === null) toHashes(a)
          toHll(a)
        }
        hllMerge(a.hll!, b.hll!)
      }
      return a
    },

    metric(state: DistinctValuesState): DistinctValuesMetric {
      if (state.slots !== null) {
        const metric: DistinctValuesMetric = {distinctCount: state.slots.size, distinctApprox: false}
        if (state.slots.size > 0 && state.slots.size < state.present) metric.topValues = topValues(state.slots, state.counts!)
        return metric
      }
      if (state.hashes !== null) return {distinctCount: state.hashes.count, distinctApprox: false}
      // more than exactBound distinct values were seen for certain; never more than were present
      const estimate = Math.min(state.present, Math.max(exactBound + 1, hllEstimate(state.hll!)))
      return {distinctCount: estimate, distinctApprox: true}
    },
  }
}

export const distinctValues = createDistinctValues()

function topValues(slots: Map<string, number>, counts: Float64Array): TopValue[] {
  const all: TopValue[] = []
  for (const [value, slot] of slots) all.push({value, count: counts[slot]})
  all.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
  return all.slice(0, TOP_VALUES_LISTED)
}

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)))
}
