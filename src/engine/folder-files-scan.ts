/**
 * Scans the data files of a folder. Independent files run side by side: the main thread and every worker
 * take the next file from one queue (a folder of many workbooks is the common case on a file share, and
 * parsing them is CPU work). Big CSV files are left for afterwards, one at a time, because they are split
 * into byte ranges across all threads instead. Results come back in the folder's order.
 */
import type {FolderEntry} from '../connectors/file/folder/folder-walker.js'
import {ScannerError} from '../errors.js'
import type {ProgressSink} from './progress.js'
import type {FileKind} from './resolve-inputs.js'
import {failedSource, scanFileSource, type ScannedSource} from './source-scan.js'
import {PARALLEL_MIN_BYTES} from './table-scan.js'
import type {WorkerPool} from './worker-pool.js'
import {debugLog} from '../util/debug-log.js'

/** below this many bytes of files in all, a folder is scanned on the main thread alone */
export const PARALLEL_FILES_MIN_BYTES = 4 * 1024 * 1024

export interface FolderFilesOptions {
  pool: () => WorkerPool | null
  progress: ProgressSink
  folderId: string
}

export async function scanFolderFiles(entries: readonly FolderEntry[], options: FolderFilesOptions): Promise<ScannedSource[]> {
  const results: ScannedSource[] = new Array(entries.length)
  const scanHere = async (i: number) => {
    results[i] = await scanFileSource(entries[i].path, entries[i].kind as FileKind, options)
  }
  const splittable = (e: FolderEntry) => e.kind === 'csv' && e.sizeBytes >= PARALLEL_MIN_BYTES
  const whole = entries.map((_, i) => i).filter((i) => !splittable(entries[i]))
  const split = entries.map((_, i) => i).filter((i) => splittable(entries[i]))
  // starting a worker costs ~100 ms: only worth it when there is real work to share
  const wholeBytes = whole.reduce((sum, i) => sum + entries[i].sizeBytes, 0)
  const pool = whole.length > 1 && wholeBytes >= PARALLEL_FILES_MIN_BYTES ? options.pool() : null

  let next = 0
  const mainLane = async () => {
    while (next < whole.length) await scanHere(whole[next++])
  }
  const workerLane = async (workers: WorkerPool) => {
    while (next < whole.length) {
      const i = whole[next++]
      const {path, kind} = entries[i]
      try {
        results[i] = (await workers.runFile({path, kind: kind as FileKind, folderId: options.folderId})).scanned
        debugLog(`${path}: scanned in a worker thread`)
      } catch (error) {
        // a crashed worker (out of memory) loses its file, not the scan
        const e = ScannerError.from(error, path)
        results[i] = {report: failedSource(path, kind as FileKind, e, options.folderId), drafts: []}
      }
    }
  }
  const lanes = [mainLane()]
  if (pool) for (let w = 0; w < pool.size; w++) lanes.push(workerLane(pool))
  await Promise.all(lanes)
  for (const i of split) await scanHere(i)
  return results
}
