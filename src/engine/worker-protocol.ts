/**
 * Messages between the engine and its scan workers. Everything here is plain, structured-cloneable data.
 */
import type {CsvRangeSpec} from '../connectors/connector.js'
import type {CsvRangeResult} from '../connectors/file/csv/csv-range-reader.js'
import type {FileKind} from './resolve-inputs.js'
import type {ScannedSource} from './source-scan.js'
import type {TableFoldState} from './table-fold.js'
import type {TablePlan} from './table-plan.js'

/** one byte range of a big CSV table: folded in the worker, merged by the engine */
export interface RangeTask {
  type: 'range'
  taskId: number
  plan: TablePlan
  range: CsvRangeSpec
  /** the range that ends the table: only it may drop trailing footnote rows */
  isLastPart: boolean
  /** where sorted hash runs beyond the in-memory allowance go (src/analyzers/sketches/spill-store.ts) */
  spillDir: string | null
}

/** one whole file (a folder scan runs independent files side by side): scanned and reported in the worker */
export interface FileTask {
  type: 'file'
  taskId: number
  path: string
  kind: FileKind
  folderId?: string
  spillDir: string | null
}

export type WorkerTask = RangeTask | FileTask

export type WorkerMessage =
  | {type: 'progress'; taskId: number; rows: number; bytes: number}
  | {
      type: 'done'
      taskId: number
      state: TableFoldState
      boundaries: CsvRangeResult
      bytes: number
      /** how long folding the range took in the worker (debug output: the main thread reads the message late) */
      foldMs: number
    }
  | {type: 'file-done'; taskId: number; scanned: ScannedSource}
  | {type: 'error'; taskId: number; error: {code: string; message: string; suggestions: string[]}}

/** Collects the ArrayBuffers inside a state so they move to the receiver instead of being copied. */
export function transferablesOf(value: unknown, out: ArrayBuffer[] = [], seen = new Set<unknown>()): ArrayBuffer[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out
  seen.add(value)
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer
    // only whole, non-shared buffers can be transferred; views on a shared pool must be copied
    if (buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buffer.byteLength && !seen.has(buffer)) {
      seen.add(buffer)
      out.push(buffer)
    }
    return out
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      transferablesOf(k, out, seen)
      transferablesOf(v, out, seen)
    }
    return out
  }
  if (Array.isArray(value)) {
    for (const v of value) transferablesOf(v, out, seen)
    return out
  }
  for (const v of Object.values(value)) transferablesOf(v, out, seen)
  return out
}
