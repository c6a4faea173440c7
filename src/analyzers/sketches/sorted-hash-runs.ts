/**
 * SortedHashRuns: an exact multiset of 53-bit hashes (src/values/hash.ts) at 8 bytes per entry.
 *
 * Memory: in memory at most MEMORY_RUNS sealed runs of CHUNK_ENTRIES entries plus the chunk being
 * filled — (8 + 1) × 512 KiB = 4.5 MiB per stream, however many rows (a small table costs a few KiB,
 * because the first chunk starts small and doubles). Beyond that, when spilling is on (spill-store.ts:
 * the engine points it at a temporary folder), every further sealed run goes to a file in that folder:
 * 8 bytes per entry on disk — 8 MB per million rows per stream — and only its path and length stay in
 * the state. With spilling off (the default, e.g. in unit tests) all runs stay in memory: 8 bytes per
 * entry in memory. No hash table, no per-entry objects.
 *
 * How: entries are appended to a Float64Array chunk; a full chunk is sorted in place (radix-sort.ts)
 * and becomes a sealed run, kept in memory while the allowance lasts, else written to a file (the chunk
 * is then reused). Merging two states concatenates their run lists, in-memory and file runs alike — no
 * file run is ever loaded — spills in-memory runs beyond the allowance, and appends the other's
 * unfinished chunk. Queries walk all runs at once in ascending order (merge-cursor.ts: a k-way merge;
 * file runs are read in blocks of a few KiB), so equal hashes arrive next to each other: distinct count,
 * values occurring more than once and surplus entries fall out of one pass. A query copies only the
 * unfinished chunk and holds one read block per file run. (The radix sort's scratch buffers, about
 * 2 MB, exist once per thread, outside any state.)
 *
 * Exactness: counts are exact up to 53-bit hash collisions (about n²/2^54 colliding pairs: ~0.001 for
 * 5 million distinct values), with or without spilling. The state is plain data (Float64Arrays and
 * {path, length} records) so it can cross worker threads by structured clone.
 */
import {MergeCursor} from './merge-cursor.js'
import {radixSortHashes} from './radix-sort.js'
import {type SpilledRun, spillDirectory, writeRun} from './spill-store.js'

export {MergeCursor} from './merge-cursor.js'

/** entries per sealed run: 512 KiB, small enough that sorting it stays in the CPU cache */
export const CHUNK_ENTRIES = 65_536
/** sealed runs a stream keeps in memory before it spills (when spilling is on): 8 × 512 KiB = 4 MiB */
export const MEMORY_RUNS = 8
const FIRST_CAPACITY = 1024

export interface SortedHashRuns {
  /** entries per sealed run (CHUNK_ENTRIES; tests use small chunks to exercise many runs) */
  chunkEntries: number
  /** sealed runs kept in memory before spilling (MEMORY_RUNS; tests use small allowances) */
  memoryRuns: number
  /** sealed runs in memory, each sorted ascending */
  runs: Float64Array[]
  /** sealed runs in spill files, each sorted ascending */
  files: SpilledRun[]
  /** the chunk being filled; entries [0, length) are in arrival order */
  tail: Float64Array
  length: number
}

export interface HashRunsSummary {
  /** all entries */
  entries: number
  /** distinct hashes */
  distinct: number
  /** hashes that occur more than once */
  duplicatedValues: number
  /** entries beyond the first occurrence of each hash */
  surplus: number
}

export function emptyHashRuns(chunkEntries = CHUNK_ENTRIES, memoryRuns = MEMORY_RUNS): SortedHashRuns {
  return {chunkEntries, memoryRuns, runs: [], files: [], tail: new Float64Array(0), length: 0}
}

/** Hot path: one store, a capacity check, and now and then a sort (and maybe a write) of a full chunk. */
export function addHash(s: SortedHashRuns, h: number): void {
  if (s.length === s.tail.length) makeRoom(s)
  s.tail[s.length++] = h
}

function makeRoom(s: SortedHashRuns): void {
  const cap = s.tail.length
  if (cap < s.chunkEntries) {
    const grown = new Float64Array(Math.min(s.chunkEntries, Math.max(FIRST_CAPACITY, cap * 2)))
    grown.set(s.tail)
    s.tail = grown
    return
  }
  radixSortHashes(s.tail, s.length)
  if (s.runs.length >= s.memoryRuns && spillDirectory() !== null) {
    // the run is on disk now: the chunk can be filled again
    s.files.push(writeRun(s.tail, s.length))
  } else {
    s.runs.push(s.tail)
    s.tail = new Float64Array(s.chunkEntries)
  }
  s.length = 0
}

/** Writes in-memory runs beyond the allowance to files (nothing when spilling is off). */
function spillSurplus(s: SortedHashRuns): void {
  if (spillDirectory() === null) return
  while (s.runs.length > s.memoryRuns) {
    const run = s.runs.pop() as Float64Array
    s.files.push(writeRun(run, run.length))
  }
}

/**
 * Merges `b` into `a` and returns `a`; `b` must not be used afterwards (its runs now belong to `a`).
 * File runs move as paths; in-memory runs beyond `a`'s allowance are spilled.
 */
export function mergeHashRuns(a: SortedHashRuns, b: SortedHashRuns): SortedHashRuns {
  for (const run of b.runs) a.runs.push(run)
  for (const file of b.files) a.files.push(file)
  spillSurplus(a)
  let i = 0
  while (i < b.length) {
    if (a.length === a.tail.length) makeRoom(a)
    const n = Math.min(b.length - i, a.tail.length - a.length)
    a.tail.set(b.tail.subarray(i, i + n), a.length)
    a.length += n
    i += n
  }
  return a
}

export function hashRunsEntries(s: SortedHashRuns): number {
  let n = s.length
  for (const run of s.runs) n += run.length
  for (const file of s.files) n += file.length
  return n
}

/** Bytes of the state's in-memory buffers (what it costs in memory and when cloned to another thread). */
export function hashRunsBytes(s: SortedHashRuns): number {
  let bytes = s.tail.byteLength
  for (const run of s.runs) bytes += run.byteLength
  return bytes
}

/** Bytes the state keeps in spill files. */
export function hashRunsSpilledBytes(s: SortedHashRuns): number {
  let bytes = 0
  for (const file of s.files) bytes += 8 * file.length
  return bytes
}

/** The in-memory entries as sorted runs, without changing the state (the unfinished chunk is copied). */
function sortedMemoryRuns(s: SortedHashRuns): Float64Array[] {
  if (s.length === 0) return s.runs
  const last = s.tail.slice(0, s.length)
  radixSortHashes(last, last.length)
  return [...s.runs, last]
}

/**
 * One ascending pass over all entries. `probes` (any order) are hashes the caller wants counted — e.g.
 * the values it kept text for, to show which of them are duplicated; `probeCounts[i]` is the number
 * of entries equal to `probes[i]`.
 */
export function summarizeHashRuns(
  s: SortedHashRuns,
  probes: readonly number[] = [],
): HashRunsSummary & {probeCounts: number[]} {
  const order = probeOrder(probes)
  const probeCounts = new Array<number>(probes.length).fill(0)
  const summary: HashRunsSummary = {entries: 0, distinct: 0, duplicatedValues: 0, surplus: 0}
  const cursor = new MergeCursor(sortedMemoryRuns(s), s.files)
  let value = cursor.next()
  let p = 0
  while (!Number.isNaN(value)) {
    let count = 1
    let next = cursor.next()
    while (next === value) {
      count++
      next = cursor.next()
    }
    summary.entries += count
    summary.distinct++
    if (count > 1) {
      summary.duplicatedValues++
      summary.surplus += count - 1
    }
    while (p < order.length && probes[order[p]] < value) p++
    while (p < order.length && probes[order[p]] === value) probeCounts[order[p++]] = count
    value = next
  }
  return {...summary, probeCounts}
}

function probeOrder(probes: readonly number[]): number[] {
  const order = probes.map((_, i) => i)
  return order.sort((x, y) => probes[x] - probes[y])
}
