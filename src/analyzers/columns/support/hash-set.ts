/**
 * An exact set of 53-bit hashes: open addressing with linear probing in a Float64Array (8 bytes per
 * slot, no per-entry objects, structured-cloneable). The table doubles when it is half full, so it holds
 * n hashes in at most 4n slots. 0 marks an empty slot; a hash that is exactly 0 is stored as 1 (a
 * collision with a probability of 2^-53 per value).
 */

export interface HashSet {
  table: Float64Array
  count: number
}

const INITIAL_SLOTS = 2048

export function createHashSet(slots = INITIAL_SLOTS): HashSet {
  return {table: new Float64Array(slots), count: 0}
}

/** The value a hash is stored as (never 0). */
export function storedHash(hash: number): number {
  return hash === 0 ? 1 : hash
}

/** Adds a hash; returns true when it was not in the set. */
export function hashSetAdd(set: HashSet, hash: number): boolean {
  const h = storedHash(hash)
  let table = set.table
  let mask = table.length - 1
  let i = (h >>> 0) & mask
  for (;;) {
    const slot = table[i]
    if (slot === h) return false
    if (slot === 0) break
    i = (i + 1) & mask
  }
  table[i] = h
  set.count++
  if (set.count * 2 > table.length) {
    table = grow(table)
    set.table = table
    mask = table.length - 1
  }
  return true
}

function grow(old: Float64Array): Float64Array {
  const table = new Float64Array(old.length * 2)
  const mask = table.length - 1
  for (let k = 0; k < old.length; k++) {
    const h = old[k]
    if (h === 0) continue
    let i = (h >>> 0) & mask
    while (table[i] !== 0) i = (i + 1) & mask
    table[i] = h
  }
  return table
}

/** Calls `visit` for every stored hash (as stored, i.e. never 0). */
export function forEachHash(set: HashSet, visit: (hash: number) => void): void {
  const table = set.table
  for (let k = 0; k < table.length; k++) {
    if (table[k] !== 0) visit(table[k])
  }
}
