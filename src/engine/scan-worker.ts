/**
 * Worker thread entry: folds one byte range of a CSV table and sends the mergeable state back, or scans a
 * whole (smaller) file of a folder and sends its finished SourceReport.
 */
import {parentPort} from 'node:worker_threads'
import {readCsvRange} from '../connectors/file/csv/csv-range-reader.js'
import {configureSpill} from '../analyzers/sketches/spill-store.js'
import {ScannerError} from '../errors.js'
import {TableFolder} from './table-fold.js'
import {tableContextFromPlan} from './table-plan.js'
import {silentProgress} from './progress.js'
import {transferablesOf, type FileTask, type RangeTask, type WorkerMessage, type WorkerTask} from './worker-protocol.js'

const PROGRESS_EVERY_MS = 200

if (!parentPort) throw new Error('scan-worker must run as a worker thread')
const port = parentPort

port.on('message', (task: WorkerTask) => {
  const run = task.type === 'range' ? runRangeTask(task) : runFileTask(task)
  run.catch((error: unknown) => {
    const e = ScannerError.from(error, task.type === 'range' ? task.range.path : task.path)
    const message: WorkerMessage = {type: 'error', taskId: task.taskId, error: {code: e.code, message: e.message, suggestions: e.suggestions}}
    port.postMessage(message)
  })
})

async function runFileTask(task: FileTask): Promise<void> {
  configureSpill({dir: task.spillDir})
  // loaded with the first whole-file task: a worker that folds byte ranges starts ~40 ms sooner without
  // the readers, report builder and wordings
  const {scanFileSource} = await import('./source-scan.js')
  const scanned = await scanFileSource(task.path, task.kind, {pool: () => null, progress: silentProgress, folderId: task.folderId})
  const done: WorkerMessage = {type: 'file-done', taskId: task.taskId, scanned}
  port.postMessage(done)
}

async function runRangeTask(task: RangeTask): Promise<void> {
  configureSpill({dir: task.spillDir})
  const started = Date.now()
  const context = tableContextFromPlan(task.plan)
  const folder = new TableFolder(task.plan, context)
  const {batches, boundaries} = readCsvRange(task.range, {unsplit: true})
  let bytes = 0
  let lastPost = Date.now()
  for await (const batch of batches) {
    folder.addRows(batch.rows, batch.delimiter)
    bytes += batch.bytes
    const now = Date.now()
    if (now - lastPost >= PROGRESS_EVERY_MS) {
      lastPost = now
      const progress: WorkerMessage = {type: 'progress', taskId: task.taskId, rows: folder.state.counters.rows, bytes}
      port.postMessage(progress)
    }
  }
  folder.finish(task.isLastPart)
  const done: WorkerMessage = {type: 'done', taskId: task.taskId, state: folder.state, boundaries: boundaries(), bytes, foldMs: Date.now() - started}
  port.postMessage(done, transferablesOf(folder.state))
}
