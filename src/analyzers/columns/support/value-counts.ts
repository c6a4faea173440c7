/**
 * Exact counts per value for up to `capacity` distinct values, keyed by the values' 53-bit hashes in an
 * open-addressing table (the layout of hash-set.ts, so the key table becomes the exact hash set when the
 * capacity is exceeded). Keying by the hash the parser already computed avoids hashing every string a
 * second time, as a Map<string, …> would for each fresh cell text.
 *
 * The table starts small and doubles when half full, so a narrow column costs about a kilobyte (wide
 * sheets have hundreds of columns) and a full one (capacity 1,000) 48 KiB plus the kept values.
 */
import {storedHash, type HashSet} from './hash-set.js'
import {retainString} from '../../../values/retain-string.js'

export interface ValueCounts {
  capacity: number
  /** open-addressing table of stored hashes (0 = empty slot) */
  keys: Float64Array
  /** table slot → entry number */
  entries: Int32Array
  /** entry → the value as first seen, and how often it occurred */
  values: string[]
  counts: Float64Array
}

const INITIAL_SLOTS = 64

export function createValueCounts(capacity: number): ValueCounts {
  return {
    capacity,
    keys: new Float64Array(INITIAL_SLOTS),
    entries: new Int32Array(INITIAL_SLOTS),
    values: [],
    counts: new Float64Array(INITIAL_SLOTS / 2),
  }
}

/**
 * Adds `n` occurrences of a value; false (and nothing changed) when it is new and the table is full. The
 * value is a text or a cell: a cell's text is cut out of its record only when the value is new.
 */
export function countValue(vc: ValueCounts, hash: number, value: string | {readonly raw: string}, n: number): boolean {
  const h = storedHash(hash)
  const keys = vc.keys
  const mask = keys.length - 1
  let i = (h >>> 0) & mask
  for (;;) {
    const key = keys[i]
    if (key === h) {
      vc.counts[vc.entries[i]] += n
      return true
    }
    if (key === 0) break
    i = (i + 1) & mask
  }
  const entry = vc.values.length
  if (entry === vc.capacity) return false
  keys[i] = h
  vc.entries[i] = entry
  vc.values.push(retainString(typeof value === 'string' ? value : value.raw))
  if (entry === vc.counts.length) vc.counts = copyInto(new Float64Array(vc.counts.length * 2), vc.counts)
  vc.counts[entry] = n
  if (vc.values.length * 2 > keys.length) grow(vc)
  return true
}

function copyInto(target: Float64Array, source: Float64Array): Float64Array {
  target.set(source)
  return target
}

function grow(vc: ValueCounts): void {
  const keys = new Float64Array(vc.keys.length * 2)
  const entries = new Int32Array(keys.length)
  const mask = keys.length - 1
  for (let k = 0; k < vc.keys.length; k++) {
    const h = vc.keys[k]
    if (h === 0) continue
    let i = (h >>> 0) & mask
    while (keys[i] !== 0) i = (i + 1) & mask
    keys[i] = h
    entries[i] = vc.entries[k]
  }
  vc.keys = keys
  vc.entries = entries
}

/** The key table as an exact hash set (it has the same layout); `vc` must not be used afterwards. */
export function valueCountsToHashSet(vc: ValueCounts): HashSet {
  return {table: vc.keys, count: vc.values.length}
}
