/**
 * SortedHashPairRuns: an exact multiset of (key hash, variant) pairs — a 53-bit key hash and a 32-bit
 * variant hash — for questions like "which keys occur with more than one distinct variant" (the same
 * normalised customer written in different ways).
 *
 * Memory: 12 bytes per pair (8 for the key, 4 for the variant). In memory at most MEMORY_RUNS sealed
 * runs of CHUNK_ENTRIES pairs plus the chunk being filled — (8 + 1) × 768 KiB = 6.75 MiB per stream,
 * however many rows. Beyond that, with spilling on (spill-store.ts), every further sealed run goes to a
 * file in the temporary folder: 12 bytes per pair on disk (12 MB per million rows); with spilling off
 * (the default) all runs stay in memory.
 *
 * Same scheme as SortedHashRuns (sorted-hash-runs.ts): pairs are appended to parallel chunks (keys in a
 * Float64Array, variants in a Uint32Array); a full chunk is sorted by key in place (radix-sort.ts, the
 * variant moving along) and sealed, in memory or to a file; merge concatenates run lists (never loading
 * a file run) and spills the in-memory surplus; queries walk all runs in key order with a k-way merge
 * (merge-cursor.ts) and compare the variants within each key.
 *
 * Why 32-bit variants suffice: the variant is only compared with the other variants of the same key.
 * Two different spellings of one key that agree in their low 32 bits (probability 2^-32 per pair of
 * spellings) count as one spelling: at worst a group of two spellings goes unreported. Keys keep all
 * 53 bits, because a key collision would join two different customers.
 */
import {PairMergeCursor} from './merge-cursor.js'
import {radixSortHashes} from './radix-sort.js'
import {CHUNK_ENTRIES, MEMORY_RUNS} from './sorted-hash-runs.js'
import {type SpilledRun, spillDirectory, writePairRun} from './spill-store.js'

const FIRST_CAPACITY = 1024

export interface SortedHashPairRuns {
  /** pairs per sealed run (CHUNK_ENTRIES; tests use small chunks to exercise many runs) */
  chunkEntries: number
  /** sealed runs kept in memory before spilling (MEMORY_RUNS; tests use small allowances) */
  memoryRuns: number
  /** sealed runs in memory: keyRuns[i] and variantRuns[i] are one run, sorted by key */
  keyRuns: Float64Array[]
  variantRuns: Uint32Array[]
  /** sealed runs in spill files, each sorted by key */
  files: SpilledRun[]
  /** the chunk being filled; pairs [0, length) in arrival order */
  keys: Float64Array
  variants: Uint32Array
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

export function emptyPairRuns(chunkEntries = CHUNK_ENTRIES, memoryRuns = MEMORY_RUNS): SortedHashPairRuns {
  return {
    chunkEntries,
    memoryRuns,
    keyRuns: [],
    variantRuns: [],
    files: [],
    keys: new Float64Array(0),
    variants: new Uint32Array(0),
    length: 0,
  }
}

/** Adds a pair; `variant` may be a 53-bit hash, only its low 32 bits are kept. */
export function addPair(s: SortedHashPairRuns, key: number, variant: number): void {
  if (s.length === s.keys.length) makeRoom(s)
  s.keys[s.length] = key
  // a Uint32Array store keeps the low 32 bits (ToUint32), also of a 53-bit number
  s.variants[s.length++] = variant
}

function makeRoom(s: SortedHashPairRuns): void {
  const cap = s.keys.length
  if (cap < s.chunkEntries) {
    const size = Math.min(s.chunkEntries, Math.max(FIRST_CAPACITY, cap * 2))
    const keys = new Float64Array(size)
    const variants = new Uint32Array(size)
    keys.set(s.keys)
    variants.set(s.variants)
    s.keys = keys
    s.variants = variants
    return
  }
  radixSortHashes(s.keys, s.length, s.variants)
  if (s.keyRuns.length >= s.memoryRuns && spillDirectory() !== null) {
    // the run is on disk now: the chunk can be filled again
    s.files.push(writePairRun(s.keys, s.variants, s.length))
  } else {
    s.keyRuns.push(s.keys)
    s.variantRuns.push(s.variants)
    s.keys = new Float64Array(s.chunkEntries)
    s.variants = new Uint32Array(s.chunkEntries)
  }
  s.length = 0
}

/** Writes in-memory runs beyond the allowance to files (nothing when spilling is off). */
function spillSurplus(s: SortedHashPairRuns): void {
  if (spillDirectory() === null) return
  while (s.keyRuns.length > s.memoryRuns) {
    const keys = s.keyRuns.pop() as Float64Array
    const variants = s.variantRuns.pop() as Uint32Array
    s.files.push(writePairRun(keys, variants, keys.length))
  }
}

/** Merges `b` into `a` and returns `a`; `b` must not be used afterwards. File runs move as paths. */
export function mergePairRuns(a: SortedHashPairRuns, b: SortedHashPairRuns): SortedHashPairRuns {
  for (let r = 0; r < b.keyRuns.length; r++) {
    a.keyRuns.push(b.keyRuns[r])
    a.variantRuns.push(b.variantRuns[r])
  }
  for (const file of b.files) a.files.push(file)
  spillSurplus(a)
  for (let i = 0; i < b.length; i++) addPair(a, b.keys[i], b.variants[i])
  return a
}

export function pairRunsEntries(s: SortedHashPairRuns): number {
  let n = s.length
  for (const run of s.keyRuns) n += run.length
  for (const file of s.files) n += file.length
  return n
}

/** Bytes of the state's in-memory buffers. */
export function pairRunsBytes(s: SortedHashPairRuns): number {
  let bytes = s.keys.byteLength + s.variants.byteLength
  for (let r = 0; r < s.keyRuns.length; r++) bytes += s.keyRuns[r].byteLength + s.variantRuns[r].byteLength
  return bytes
}

/** Bytes the state keeps in spill files. */
export function pairRunsSpilledBytes(s: SortedHashPairRuns): number {
  let bytes = 0
  for (const file of s.files) bytes += 12 * file.length
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
  const memory = sortedMemoryRuns(s)
  const cursor = new PairMergeCursor(memory.keys, memory.variants, s.files)
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

/** The in-memory pairs as runs sorted by key, without changing the state (the unfinished chunk is copied). */
function sortedMemoryRuns(s: SortedHashPairRuns): {keys: Float64Array[]; variants: Uint32Array[]} {
  if (s.length === 0) return {keys: s.keyRuns, variants: s.variantRuns}
  const keys = s.keys.slice(0, s.length)
  const variants = s.variants.slice(0, s.length)
  radixSortHashes(keys, s.length, variants)
  return {keys: [...s.keyRuns, keys], variants: [...s.variantRuns, variants]}
}
