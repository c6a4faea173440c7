/**
 * HashSample: a bounded, mergeable sample of distinct values chosen by their hash, with something kept
 * per value (its text, a few spellings, …). Used to show examples of values that turn out duplicated,
 * without keeping the text of every value.
 *
 * A value is kept while its 53-bit hash has at least `level` low zero bits. When more than `capacity`
 * values are kept, the level goes up by one and the values that no longer qualify are dropped (about
 * half of them). Because the choice depends only on the hash, the final sample is the same however the
 * rows were split and merged: it holds every distinct value whose hash has ≥ L low zero bits, for the
 * smallest L that leaves at most `capacity` of them (merge = union, then the higher of the two levels,
 * then raise again while too large). So examples obey the merge law like every other metric.
 *
 * Memory: at most `capacity` entries (plus whatever each entry holds), independent of the row count.
 * A sample of C values out of D distinct ones contains a given duplicated value with probability ≈ C/D.
 */

/** beyond 30 zero bits the sample would describe more than 2^30 × capacity distinct values */
const MAX_LEVEL = 30

export interface HashSample<V> {
  capacity: number
  level: number
  /** 2^level − 1: a hash is kept when (hash & mask) === 0 */
  mask: number
  entries: Map<number, V>
}

export function emptyHashSample<V>(capacity: number): HashSample<V> {
  return {capacity, level: 0, mask: 0, entries: new Map()}
}

/** Hot path: whether a value with this hash belongs in the sample at the current level. */
export function sampleKeeps<V>(s: HashSample<V>, hash: number): boolean {
  // `&` works on the low 32 bits of the (safe-integer) hash, which is all the level needs
  return (hash & s.mask) === 0
}

/** Stores `value` for `hash` (the caller checked `sampleKeeps`) and shrinks the sample if it is full. */
export function sampleSet<V>(s: HashSample<V>, hash: number, value: V): void {
  s.entries.set(hash, value)
  if (s.entries.size > s.capacity) raiseLevel(s, s.level + 1)
}

/**
 * Merges `b` into `a` and returns `a`. `combine(x, y)` merges the kept data of a value present in both
 * (it may mutate and return `x`).
 */
export function mergeHashSamples<V>(a: HashSample<V>, b: HashSample<V>, combine: (x: V, y: V) => V): HashSample<V> {
  if (b.level > a.level) raiseLevel(a, b.level)
  for (const [hash, value] of b.entries) {
    if ((hash & a.mask) !== 0) continue
    const mine = a.entries.get(hash)
    a.entries.set(hash, mine === undefined ? value : combine(mine, value))
  }
  if (a.entries.size > a.capacity) raiseLevel(a, a.level + 1)
  return a
}

/** Raises the level to at least `level`, and further while the sample holds more than its capacity. */
function raiseLevel<V>(s: HashSample<V>, level: number): void {
  let next = Math.min(level, MAX_LEVEL)
  for (;;) {
    s.level = next
    s.mask = 2 ** next - 1
    for (const hash of s.entries.keys()) if ((hash & s.mask) !== 0) s.entries.delete(hash)
    if (s.entries.size <= s.capacity || next === MAX_LEVEL) return
    next++
  }
}

/** The kept hashes in ascending order (deterministic, whatever the insertion order was). */
export function sampledHashes<V>(s: HashSample<V>): number[] {
  return [...s.entries.keys()].sort((x, y) => x - y)
}
