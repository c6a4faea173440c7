/**
 * spill-store: where the sorted-run sketches (sorted-hash-runs.ts, sorted-hash-pair-runs.ts) put sealed
 * runs beyond their in-memory allowance, so that memory does not grow with the row count.
 *
 * The setting is per thread (module state): the engine creates one temporary folder for the scan
 * (`os.tmpdir()/datenreife-<random>`), calls `configureSpill({dir})` on the main thread and in every worker
 * thread with that folder, and removes the folder afterwards. This module only writes files into it and
 * never deletes any: a run file belongs to whichever state holds its path, states cross threads and are
 * merged, so only the end of the scan knows that no state needs a file any more. `dir: null` (the
 * default) means never spill: everything stays in memory, as unit tests and small scans want.
 *
 * A run file holds one or more sections of `length` entries each, back to back, in the machine's byte
 * order (it is read back on the same machine during the same scan): a hash run is one Float64 section;
 * a pair run is a Float64 key section followed by a Uint32 variant section. Writing is synchronous
 * (analyzers' add() is) with one writeSync per section. Reading goes block by block into a small reused
 * typed array, opening the file per block: a summary then needs (number of runs × block) bytes and no
 * file descriptors between blocks, however many runs a huge table has.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, openSync, readSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'
import {threadId} from 'node:worker_threads'
import {ScannerError} from '../../errors.js'

/** entries per read block: 32 KiB per Float64 run, a few dozen runs stay well under a few MB */
export const READ_BUFFER_ENTRIES = 4096

export interface SpillOptions {
  /** the folder run files go to; null: never spill (the default) */
  dir: string | null
  /** entries per read block (READ_BUFFER_ENTRIES; tests use tiny blocks to exercise refills) */
  readBufferEntries?: number
}

/** A sealed, sorted run that lives in a file: plain data, so it crosses worker threads in a state. */
export interface SpilledRun {
  path: string
  /** entries (pairs for a pair run) */
  length: number
}

let spillDir: string | null = null
let readBufferEntries = READ_BUFFER_ENTRIES
let fileCounter = 0
// pid and threadId separate live writers; the token separates module instances and reused pids
const fileToken = randomBytes(6).toString('hex')

/** Sets where this thread spills (see the header); call it on every thread with the same folder. */
export function configureSpill(options: SpillOptions): void {
  spillDir = options.dir
  readBufferEntries = Math.max(1, Math.floor(options.readBufferEntries ?? READ_BUFFER_ENTRIES))
}

/** The folder this thread spills to, or null when spilling is off. */
export function spillDirectory(): string | null {
  return spillDir
}

/** This thread's current setting (to restore it after a temporary change). */
export function spillOptions(): Required<SpillOptions> {
  return {dir: spillDir, readBufferEntries}
}

/** Writes entries [0, length) of a sorted run to a new file. */
export function writeRun(values: Float64Array, length: number): SpilledRun {
  return writeSections([bytesOf(values, length * 8)], length)
}

/** Writes pairs [0, length) of a pair run (keys, then variants) to a new file. */
export function writePairRun(keys: Float64Array, variants: Uint32Array, length: number): SpilledRun {
  return writeSections([bytesOf(keys, length * 8), bytesOf(variants, length * 4)], length)
}

function bytesOf(values: Float64Array | Uint32Array, bytes: number): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, bytes)
}

function writeSections(sections: readonly Uint8Array[], length: number): SpilledRun {
  const dir = spillDir
  if (dir === null) throw new ScannerError('INTERNAL', 'A sorted run was spilled while spilling is off.')
  const file = path.join(dir, `run-${process.pid}-${threadId}-${fileToken}-${fileCounter++}.bin`)
  let fd = -1
  try {
    // 'wx': never overwrite a file another writer owns
    fd = openSync(file, 'wx')
    for (const section of sections) writeFully(fd, section)
    closeSync(fd)
    fd = -1
  } catch (err) {
    if (fd >= 0) closeQuietly(fd)
    unlinkQuietly(file)
    const reason = err instanceof Error ? err.message : String(err)
    throw new ScannerError(
      'OUTPUT_WRITE_FAILED',
      `Could not write temporary data to ${dir}: ${reason}. Free disk space or set TMPDIR to a folder with space.`,
      {cause: err, location: dir},
    )
  }
  return {path: file, length}
}

function writeFully(fd: number, bytes: Uint8Array): void {
  let done = 0
  // a regular file takes everything at once; the loop only guards against short writes
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd)
  } catch {
    // already failing; the write error is the one to report
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // nothing was created, or the folder is gone; the folder is removed after the scan anyway
  }
}

/** Reads a hash run file block by block into `values` (reused for every block). */
export class RunReader {
  readonly values: Float64Array
  private readonly run: SpilledRun
  private done = 0

  constructor(run: SpilledRun) {
    this.run = run
    this.values = new Float64Array(Math.min(readBufferEntries, Math.max(1, run.length)))
  }

  /** Loads the next block; returns how many entries `values` now holds (0 once the run is exhausted). */
  fill(): number {
    const n = Math.min(this.values.length, this.run.length - this.done)
    if (n <= 0) return 0
    readBlocks(this.run, [bytesOf(this.values, n * 8)], [this.done * 8])
    this.done += n
    return n
  }
}

/** Reads a pair run file block by block into `keys` and `variants` (reused for every block). */
export class PairRunReader {
  readonly keys: Float64Array
  readonly variants: Uint32Array
  private readonly run: SpilledRun
  private done = 0

  constructor(run: SpilledRun) {
    this.run = run
    const size = Math.min(readBufferEntries, Math.max(1, run.length))
    this.keys = new Float64Array(size)
    this.variants = new Uint32Array(size)
  }

  fill(): number {
    const n = Math.min(this.keys.length, this.run.length - this.done)
    if (n <= 0) return 0
    const variantSection = this.run.length * 8
    readBlocks(this.run, [bytesOf(this.keys, n * 8), bytesOf(this.variants, n * 4)], [this.done * 8, variantSection + this.done * 4])
    this.done += n
    return n
  }
}

function readBlocks(run: SpilledRun, targets: readonly Uint8Array[], positions: readonly number[]): void {
  let fd = -1
  try {
    fd = openSync(run.path, 'r')
    for (let i = 0; i < targets.length; i++) readFully(fd, targets[i], positions[i])
    closeSync(fd)
    fd = -1
  } catch (err) {
    if (fd >= 0) closeQuietly(fd)
    const reason = err instanceof Error ? err.message : String(err)
    throw new ScannerError(
      'OUTPUT_WRITE_FAILED',
      `Could not read back temporary data from ${run.path}: ${reason}. Make sure nothing cleans the temporary folder while a scan runs, or set TMPDIR to another folder.`,
      {cause: err, location: path.dirname(run.path)},
    )
  }
}

function readFully(fd: number, target: Uint8Array, position: number): void {
  let done = 0
  while (done < target.length) {
    const n = readSync(fd, target, done, target.length - done, position + done)
    if (n === 0) throw new Error('the file is shorter than what was written to it')
    done += n
  }
}
