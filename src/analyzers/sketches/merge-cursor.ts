/**
 * k-way merges over sorted runs, some in memory and some in spill files (spill-store.ts): a binary
 * min-heap of run indices keyed by each run's current head, O(log k) per entry for k runs.
 *
 * Every run is seen through a window: an in-memory run is its own window; a file run's window is its
 * reader's reused block, refilled when it is used up. So the heap code is the same for both, and a
 * merge holds (file runs × block) bytes beyond the in-memory runs, never a whole file run. Cursors are
 * rebuilt per query and are not part of any state.
 */
import {PairRunReader, RunReader, type SpilledRun} from './spill-store.js'

/** Yields the entries of sorted hash runs in ascending order. */
export class MergeCursor {
  private readonly windows: Float64Array[] = []
  private readonly readers: (RunReader | null)[] = []
  private readonly pos: Int32Array
  private readonly end: Int32Array
  private readonly heap: Int32Array
  private size = 0

  constructor(memoryRuns: readonly Float64Array[], fileRuns: readonly SpilledRun[] = []) {
    const k = memoryRuns.length + fileRuns.length
    this.pos = new Int32Array(k)
    this.end = new Int32Array(k)
    this.heap = new Int32Array(k)
    for (const run of memoryRuns) {
      if (run.length === 0) continue
      this.end[this.windows.length] = run.length
      this.windows.push(run)
      this.readers.push(null)
    }
    for (const run of fileRuns) {
      if (run.length === 0) continue
      const reader = new RunReader(run)
      this.end[this.windows.length] = reader.fill()
      this.windows.push(reader.values)
      this.readers.push(reader)
    }
    for (let r = 0; r < this.windows.length; r++) this.push(r)
  }

  /** the next value in ascending order, or NaN when all runs are exhausted */
  next(): number {
    if (this.size === 0) return Number.NaN
    const r = this.heap[0]
    const value = this.windows[r][this.pos[r]++]
    if (this.pos[r] === this.end[r] && !this.refill(r)) {
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

  /** loads run r's next block; false when the run is exhausted */
  private refill(r: number): boolean {
    const reader = this.readers[r]
    if (reader === null) return false
    const n = reader.fill()
    if (n === 0) return false
    this.pos[r] = 0
    this.end[r] = n
    return true
  }

  private head(r: number): number {
    return this.windows[r][this.pos[r]]
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

/** Yields the pairs of pair runs sorted by key: after `next()` returned true, `key` and `variant` hold one. */
export class PairMergeCursor {
  key = 0
  variant = 0
  private readonly keys: Float64Array[] = []
  private readonly variants: Uint32Array[] = []
  private readonly readers: (PairRunReader | null)[] = []
  private readonly pos: Int32Array
  private readonly end: Int32Array
  private readonly heap: Int32Array
  private size = 0

  constructor(keyRuns: readonly Float64Array[], variantRuns: readonly Uint32Array[], fileRuns: readonly SpilledRun[] = []) {
    const k = keyRuns.length + fileRuns.length
    this.pos = new Int32Array(k)
    this.end = new Int32Array(k)
    this.heap = new Int32Array(k)
    for (let i = 0; i < keyRuns.length; i++) {
      if (keyRuns[i].length === 0) continue
      this.end[this.keys.length] = keyRuns[i].length
      this.keys.push(keyRuns[i])
      this.variants.push(variantRuns[i])
      this.readers.push(null)
    }
    for (const run of fileRuns) {
      if (run.length === 0) continue
      const reader = new PairRunReader(run)
      this.end[this.keys.length] = reader.fill()
      this.keys.push(reader.keys)
      this.variants.push(reader.variants)
      this.readers.push(reader)
    }
    for (let r = 0; r < this.keys.length; r++) this.push(r)
  }

  /** moves to the next pair in key order; false when all runs are exhausted */
  next(): boolean {
    if (this.size === 0) return false
    const r = this.heap[0]
    const at = this.pos[r]++
    this.key = this.keys[r][at]
    this.variant = this.variants[r][at]
    if (this.pos[r] === this.end[r] && !this.refill(r)) {
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

  private refill(r: number): boolean {
    const reader = this.readers[r]
    if (reader === null) return false
    const n = reader.fill()
    if (n === 0) return false
    this.pos[r] = 0
    this.end[r] = n
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
