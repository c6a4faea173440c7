/**
 * k-way merges over sorted runs, some in memory and some in spill files (spill-store.ts): a binary
 * min-heap of run indices keyed by each run's current head, O(log k) per entry for k runs.
 *
 * Every run is seen through a window: an in-memory run is its own window; a file run's window is its
 * reader's reused block, refilled when it is used up. So the heap code is the same for both, and a
 * merge holds (file runs × block) bytes beyond the in-memory runs, never a whole file run. Cursors are
 * rebuilt per query and are not part of any state. RunHeap is the shared heap; the two cursors only
 * differ in what they read out of the run that comes next.
 */
import {PairRunReader, RunReader, type SpilledRun} from './spill-store.js'

interface BlockReader {
  /** loads the next block into the reader's window; returns its length, 0 at the end */
  fill(): number
}

abstract class RunHeap {
  /** each run's key window: the run itself, or its reader's block */
  protected readonly keys: Float64Array[] = []
  private readonly readers: (BlockReader | null)[] = []
  private readonly pos: Int32Array
  private readonly end: Int32Array
  private readonly heap: Int32Array
  /** each run's current head value (keys[r][pos[r]]), kept at hand for the heap's comparisons */
  private readonly heads: Float64Array
  private size = 0

  protected constructor(runCount: number) {
    this.pos = new Int32Array(runCount)
    this.end = new Int32Array(runCount)
    this.heap = new Int32Array(runCount)
    this.heads = new Float64Array(runCount)
  }

  /** registers a run (index = registration order) with `length` entries in its first window */
  protected addRun(keys: Float64Array, length: number, reader: BlockReader | null): void {
    if (length === 0) return
    this.end[this.keys.length] = length
    this.keys.push(keys)
    this.readers.push(reader)
  }

  /** builds the heap once every run is registered */
  protected start(): void {
    for (let r = 0; r < this.keys.length; r++) {
      this.heads[r] = this.keys[r][0]
      this.push(r)
    }
  }

  /** entry `at` of run `r` is next: read it before the window may be refilled */
  protected abstract read(r: number, at: number): void

  /** reads the smallest head (via read()) and advances; false when all runs are exhausted */
  protected advance(): boolean {
    if (this.size === 0) return false
    const r = this.heap[0]
    const at = this.pos[r]++
    this.read(r, at)
    if (at + 1 === this.end[r] && !this.refill(r)) {
      this.size--
      if (this.size > 0) {
        this.heap[0] = this.heap[this.size]
        this.siftDown(0)
      }
    } else {
      this.heads[r] = this.keys[r][this.pos[r]]
      if (this.size > 1) this.siftDown(0)
    }
    return true
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
    return this.heads[r]
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

/** Yields the entries of sorted hash runs in ascending order. */
export class MergeCursor extends RunHeap {
  private value = Number.NaN

  constructor(memoryRuns: readonly Float64Array[], fileRuns: readonly SpilledRun[] = []) {
    super(memoryRuns.length + fileRuns.length)
    for (const run of memoryRuns) this.addRun(run, run.length, null)
    for (const run of fileRuns) {
      if (run.length === 0) continue
      const reader = new RunReader(run)
      this.addRun(reader.values, reader.fill(), reader)
    }
    this.start()
  }

  /** the next value in ascending order, or NaN when all runs are exhausted */
  next(): number {
    return this.advance() ? this.value : Number.NaN
  }

  protected read(r: number, at: number): void {
    this.value = this.keys[r][at]
  }
}

/** Yields the pairs of pair runs sorted by key: after `next()` returned true, `key` and `variant` hold one. */
export class PairMergeCursor extends RunHeap {
  key = 0
  variant = 0
  private readonly variants: Uint32Array[] = []

  constructor(keyRuns: readonly Float64Array[], variantRuns: readonly Uint32Array[], fileRuns: readonly SpilledRun[] = []) {
    super(keyRuns.length + fileRuns.length)
    for (let i = 0; i < keyRuns.length; i++) {
      if (keyRuns[i].length === 0) continue
      this.addRun(keyRuns[i], keyRuns[i].length, null)
      this.variants.push(variantRuns[i])
    }
    for (const run of fileRuns) {
      if (run.length === 0) continue
      const reader = new PairRunReader(run)
      const n = reader.fill()
      if (n === 0) continue
      this.addRun(reader.keys, n, reader)
      this.variants.push(reader.variants)
    }
    this.start()
  }

  /** moves to the next pair in key order; false when all runs are exhausted */
  next(): boolean {
    return this.advance()
  }

  protected read(r: number, at: number): void {
    this.key = this.keys[r][at]
    this.variant = this.variants[r][at]
  }
}
