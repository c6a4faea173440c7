/**
 * SortedHashRuns: an exact multiset of 53-bit hashes (src/values/hash.ts) in 8 bytes per entry.
 *
 * Memory: exactly 8 bytes per added entry — 8 MB per million rows per tracked value stream — plus one
 * partly filled chunk of at most CHUNK_ENTRIES × 8 bytes = 512 KiB (a few KiB for small tables, because
 * the first chunk starts small and doubles). No hash table, no per-entry objects, no second copy.
 *
 * How: entries are appended to a Float64Array chunk; a full chunk is sorted in place (radix-sort.ts)
 * and kept as a sorted run. Merging two states concatenates their run lists (no copy) and appends the
 * other's unfinished chunk. Queries walk all runs at once in ascending order (a k-way merge over a
 * binary heap of run heads), so equal hashes arrive next to each other: distinct count, values occurring
 * more than once and surplus entries fall out of one pass; a query copies only the unfinished chunk.
 * (The radix sort's scratch buffers, about 2 MB, exist once per thread, outside any state.)
 *
 * Exactness: counts are exact up to 53-bit hash collisions (about n²/2^54 colliding pairs: ~0.001 for
 * 5 million distinct values). The state is plain data (arrays of Float64Array) so it can cross worker
 * threads by structured clone.
 */

import {radixSortHashes} from './radix-sort.js'

/** entries per sealed run: 512 KiB, small enough that sorting it stays in the CPU cache */
export const CHUNK_ENTRIES = 65_536
const FIRST_CAPACITY = 1024

export interface SortedHashRuns {
  /** entries per sealed run (CHUNK_ENTRIES; tests use small chunks to exercise many runs) */
  chunkEntries: number
  /** sealed runs, each sorted ascending */
  runs: Float64Array[]
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

export function emptyHashRuns(chunkEntries = CHUNK_ENTRIES): SortedHashRuns {
  return {chunkEntries, runs: [], tail: new Float64Array(0), length: 0}
}

/** Hot path: one store, a capacity check, and now and then a sort of a full chunk. */
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
  s.runs.push(s.tail)
  s.tail = new Float64Array(s.chunkEntries)
  s.length = 0
}

/** Merges `b` into `a` and returns `a`; `b` must not be used afterwards (its runs now belong to `a`). */
export function mergeHashRuns(a: SortedHashRuns, b: SortedHashRuns): SortedHashRuns {
  for (const run of b.runs) a.runs.push(run)
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
  return n
}

/** Bytes held by the state's buffers (what it costs in memory and when cloned to another thread). */
export function hashRunsBytes(s: SortedHashRuns): number {
  let bytes = s.tail.byteLength
  for (const run of s.runs) bytes += run.byteLength
  return bytes
}

/** All entries as sorted runs, without changing the state (the unfinished chunk is copied and sorted). */
export function sortedRuns(s: SortedHashRuns): Float64Array[] {
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
  const cursor = new MergeCursor(sortedRuns(s))
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

/**
 * Yields the entries of several sorted runs in ascending order: a binary min-heap of run indices keyed
 * by each run's current head: O(log k) per value for k runs (k = entries / CHUNK_ENTRIES, e.g. 77 runs
 * for 5 million rows). Not part of any state (it is rebuilt per query).
 */
export class MergeCursor {
  private readonly runs: Float64Array[]
  private readonly heap: Int32Array
  private readonly pos: Int32Array
  private size = 0

  constructor(runs: readonly Float64Array[]) {
    this.runs = runs.filter((r) => r.length > 0)
    this.heap = new Int32Array(this.runs.length)
    this.pos = new Int32Array(this.runs.length)
    for (let r = 0; r < this.runs.length; r++) this.push(r)
  }

  /** the next value in ascending order, or NaN when all runs are exhausted */
  next(): number {
    if (this.size === 0) return Number.NaN
    const r = this.heap[0]
    const run = this.runs[r]
    const value = run[this.pos[r]++]
    if (this.pos[r] === run.length) {
      this.size--
      if (this.size > 0) {
        this.heap[0] = this.heap[this.size]
        this.siftDown(0)
      }
    } else if (this.size > 1) {
      this.siftDown(0)
    }
    return value
  }

  private head(r: number): number {
    return this.runs[r][this.pos[r]]
  }

  private push(r: number): void {
    let i = this.size++
    const v = this.head(r)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.head(this.heap[parent]) <= v) break
      this.heap[i] = this.heap[parent]
      i = parent
    }
    this.heap[i] = r
  }

  private siftDown(i: number): void {
    const heap = this.heap
    const r = heap[i]
    const v = this.head(r)
    const size = this.size
    for (;;) {
      let child = 2 * i + 1
      if (child >= size) break
      let cv = this.head(heap[child])
      if (child + 1 < size) {
        const rv = this.head(heap[child + 1])
        if (rv < cv) {
          child++
          cv = rv
        }
      }
      if (v <= cv) break
      heap[i] = heap[child]
      i = child
    }
    heap[i] = r
  }
}
