/**
 * SortedHashPairRuns: an exact multiset of (key hash, variant hash) pairs of 53-bit hashes, for
 * questions like "which keys occur with more than one distinct variant" (the same normalised customer
 * written in different ways).
 *
 * Memory: exactly 16 bytes per added pair — two value streams of 8 bytes, i.e. 16 MB per million rows —
 * plus one partly filled chunk of at most 2 × CHUNK_ENTRIES × 8 bytes = 1 MiB.
 *
 * Same scheme as SortedHashRuns (sorted-hash-runs.ts): pairs are appended to two parallel Float64Array
 * chunks; a full chunk is sorted by key in place (radix-sort.ts, the variant moving along) and kept as
 * a run; merge concatenates runs; queries walk all runs in key order with a k-way merge and compare the
 * variants within each key. Two parallel arrays keep both hashes whole, so nothing collides beyond the
 * 53-bit hashes themselves.
 */
import {radixSortHashes} from './radix-sort.js'
import {CHUNK_ENTRIES} from './sorted-hash-runs.js'

const FIRST_CAPACITY = 1024

export interface SortedHashPairRuns {
  /** pairs per sealed run (CHUNK_ENTRIES; tests use small chunks to exercise many runs) */
  chunkEntries: number
  /** sealed runs: keyRuns[i] and variantRuns[i] are one run, sorted by key */
  keyRuns: Float64Array[]
  variantRuns: Float64Array[]
  /** the chunk being filled; pairs [0, length) in arrival order */
  keys: Float64Array
  variants: Float64Array
  length: number
}

export interface PairRunsSummary {
  entries: number
  distinctKeys: number
  /** keys that occur with at least two distinct variants */
  groups: number
  /** entries of those keys beyond the first entry of each */
  surplus: number
}

export interface PairProbeResult {
  /** entries with this key */
  entries: number
  /** the key occurs with at least two distinct variants */
  mixed: boolean
}

export function emptyPairRuns(chunkEntries = CHUNK_ENTRIES): SortedHashPairRuns {
  return {
    chunkEntries,
    keyRuns: [],
    variantRuns: [],
    keys: new Float64Array(0),
    variants: new Float64Array(0),
    length: 0,
  }
}

export function addPair(s: SortedHashPairRuns, key: number, variant: number): void {
  if (s.length === s.keys.length) makeRoom(s)
  s.keys[s.length] = key
  s.variants[s.length++] = variant
}

function makeRoom(s: SortedHashPairRuns): void {
  const cap = s.keys.length
  if (cap < s.chunkEntries) {
    const size = Math.min(s.chunkEntries, Math.max(FIRST_CAPACITY, cap * 2))
    const keys = new Float64Array(size)
    const variants = new Float64Array(size)
    keys.set(s.keys)
    variants.set(s.variants)
    s.keys = keys
    s.variants = variants
    return
  }
  radixSortHashes(s.keys, s.length, s.variants)
  s.keyRuns.push(s.keys)
  s.variantRuns.push(s.variants)
  s.keys = new Float64Array(s.chunkEntries)
  s.variants = new Float64Array(s.chunkEntries)
  s.length = 0
}

/** Merges `b` into `a` and returns `a`; `b` must not be used afterwards. */
export function mergePairRuns(a: SortedHashPairRuns, b: SortedHashPairRuns): SortedHashPairRuns {
  for (let r = 0; r < b.keyRuns.length; r++) {
    a.keyRuns.push(b.keyRuns[r])
    a.variantRuns.push(b.variantRuns[r])
  }
  for (let i = 0; i < b.length; i++) addPair(a, b.keys[i], b.variants[i])
  return a
}

export function pairRunsBytes(s: SortedHashPairRuns): number {
  let bytes = s.keys.byteLength + s.variants.byteLength
  for (let r = 0; r < s.keyRuns.length; r++) bytes += s.keyRuns[r].byteLength + s.variantRuns[r].byteLength
  return bytes
}

/**
 * One pass in key order. `probeKeys` (any order) are keys the caller wants details for; results come
 * back in the same order.
 */
export function summarizePairRuns(
  s: SortedHashPairRuns,
  probeKeys: readonly number[] = [],
): PairRunsSummary & {probes: PairProbeResult[]} {
  const order = probeKeys.map((_, i) => i).sort((x, y) => probeKeys[x] - probeKeys[y])
  const probes: PairProbeResult[] = probeKeys.map(() => ({entries: 0, mixed: false}))
  const summary: PairRunsSummary = {entries: 0, distinctKeys: 0, groups: 0, surplus: 0}
  const cursor = new PairMergeCursor(s)
  let more = cursor.next()
  let p = 0
  while (more) {
    const key = cursor.key
    const variant = cursor.variant
    let entries = 1
    let mixed = false
    while ((more = cursor.next()) && cursor.key === key) {
      entries++
      if (cursor.variant !== variant) mixed = true
    }
    summary.entries += entries
    summary.distinctKeys++
    if (mixed) {
      summary.groups++
      summary.surplus += entries - 1
    }
    while (p < order.length && probeKeys[order[p]] < key) p++
    while (p < order.length && probeKeys[order[p]] === key) probes[order[p++]] = {entries, mixed}
  }
  return {...summary, probes}
}

function sortedPairRuns(s: SortedHashPairRuns): {keys: Float64Array[]; variants: Float64Array[]} {
  if (s.length === 0) return {keys: s.keyRuns, variants: s.variantRuns}
  const keys = s.keys.slice(0, s.length)
  const variants = s.variants.slice(0, s.length)
  radixSortHashes(keys, s.length, variants)
  return {keys: [...s.keyRuns, keys], variants: [...s.variantRuns, variants]}
}

/** k-way merge over pair runs sorted by key (a binary min-heap of run indices), rebuilt per query. */
class PairMergeCursor {
  key = 0
  variant = 0
  private readonly keys: Float64Array[]
  private readonly variants: Float64Array[]
  private readonly heap: Int32Array
  private readonly pos: Int32Array
  private size = 0

  constructor(s: SortedHashPairRuns) {
    const runs = sortedPairRuns(s)
    this.keys = runs.keys
    this.variants = runs.variants
    this.heap = new Int32Array(this.keys.length)
    this.pos = new Int32Array(this.keys.length)
    for (let r = 0; r < this.keys.length; r++) if (this.keys[r].length > 0) this.push(r)
  }

  /** moves to the next pair in order; false when all runs are exhausted */
  next(): boolean {
    if (this.size === 0) return false
    const r = this.heap[0]
    const at = this.pos[r]++
    this.key = this.keys[r][at]
    this.variant = this.variants[r][at]
    if (this.pos[r] === this.keys[r].length) {
      this.size--
      if (this.size > 0) {
        this.heap[0] = this.heap[this.size]
        this.siftDown(0)
      }
    } else if (this.size > 1) {
      this.siftDown(0)
    }
    return true
  }

  /** run a's head key comes before run b's head key */
  private before(a: number, b: number): boolean {
    return this.keys[a][this.pos[a]] < this.keys[b][this.pos[b]]
  }

  private push(r: number): void {
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(r, this.heap[parent])) break
      this.heap[i] = this.heap[parent]
      i = parent
    }
    this.heap[i] = r
  }

  private siftDown(i: number): void {
    const heap = this.heap
    const r = heap[i]
    for (;;) {
      let child = 2 * i + 1
      if (child >= this.size) break
      if (child + 1 < this.size && this.before(heap[child + 1], heap[child])) child++
      if (!this.before(heap[child], r)) break
      heap[i] = heap[child]
      i = child
    }
    heap[i] = r
  }
}
