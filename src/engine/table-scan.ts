/**
 * Scans one table: in parallel byte ranges when the connector allows it and the table is big enough,
 * sequentially otherwise (and as the fallback when range boundaries do not line up, which happens when a
 * split point falls inside a quoted multi-line field).
 */
import type {TableContext} from '../analyzers/analyzer.js'
import type {CsvRangeSpec, TableSource} from '../connectors/connector.js'
import {readCsvRange, type CsvRangeResult} from '../connectors/file/csv/csv-range-reader.js'
import type {ProgressSink} from './progress.js'
import {addEncodingIssuesTo, mergeFoldStates, TableFolder, type TableFoldState} from './table-fold.js'
import type {TablePlan} from './table-plan.js'
import {PARALLEL_MIN_BYTES, type WorkerPool} from './worker-pool.js'
import {detectSamplePiiAhead} from '../analyzers/personal-data/table-pii.js'
import {debugLog} from '../util/debug-log.js'
import {spillDirectory} from '../analyzers/sketches/spill-store.js'
import {releaseSpilledRuns} from './spill-release.js'

export {PARALLEL_MIN_BYTES} from './worker-pool.js'
/** the main thread's range relative to a worker's (1.04: 51 % of the data with one worker) */
const MAIN_RANGE_WEIGHT = 1.04

export interface TableScanOptions {
  pool: () => WorkerPool | null
  progress: ProgressSink
}

/**
 * `context` is asked for once the workers have their ranges: building it parses the sample with code
 * that is still cold (tens of ms), which each worker does for its own context at the same time.
 */
export async function scanTable(
  table: TableSource,
  plan: TablePlan,
  context: () => TableContext,
  options: TableScanOptions,
): Promise<TableFoldState> {
  if (table.parallel && table.parallel.totalBytes >= PARALLEL_MIN_BYTES) {
    const pool = options.pool()
    if (pool) {
      const state = await scanInRanges(table, plan, context, pool, options.progress)
      if (state) return state
    }
  }
  return scanSequentially(table, plan, context(), options.progress)
}

async function scanSequentially(table: TableSource, plan: TablePlan, context: TableContext, progress: ProgressSink): Promise<TableFoldState> {
  const folder = new TableFolder(plan, context)
  let bytes = 0
  for await (const batch of table.records ? table.records() : table.rows()) {
    folder.addRows(batch.rows, 'delimiter' in batch ? batch.delimiter : '')
    bytes += batch.bytes
    progress.update(folder.state.counters.rows, bytes)
  }
  folder.finish(true)
  addEncodingIssuesTo(folder.state.counters, table.encodingIssues?.())
  return folder.state
}

async function scanInRanges(
  table: TableSource,
  plan: TablePlan,
  context: () => TableContext,
  pool: WorkerPool,
  progress: ProgressSink,
): Promise<TableFoldState | null> {
  // the main thread scans the first range itself: one V8 heap fewer than a worker per range. It gets a
  // slightly larger share: a worker's code starts cold, and the main thread's was warmed by sampling.
  // (1.08 while workers started when the file was opened and began their range 0.2–0.5 s late; with
  // workers started early (early-workers.ts), 1.08 had the worker done first by a median 3.5 % of the
  // range time, 6 runs.)
  const parts = pool.size + 1
  const ranges = table.parallel!.ranges(parts, MAIN_RANGE_WEIGHT / (MAIN_RANGE_WEIGHT + parts - 1))
  if (ranges.length < 2) return null
  const rowsByRange = ranges.map(() => 0)
  const bytesByRange = ranges.map(() => 0)
  const report = (i: number, rows: number, bytes: number) => {
    rowsByRange[i] = rows
    bytesByRange[i] = bytes
    progress.update(sum(rowsByRange), sum(bytesByRange))
  }
  const started = Date.now()
  debugLog(`${table.name}: scanning ${ranges.length} byte ranges`)
  const inWorkers = ranges
    .slice(1)
    .map((range, i) => pool.run({plan, range, isLastPart: i + 2 === ranges.length}, (rows, bytes) => report(i + 1, rows, bytes)))
  // a failing worker must not leave an unhandled rejection while the main thread is still scanning
  for (const p of inWorkers) p.catch(() => {})
  // the sample's personal-data verdicts, worked out while the workers scan (the report builder reuses them)
  detectSamplePiiAhead(plan.columns, plan.sample)
  const onMain = await scanRangeHere(plan, context(), ranges[0], (rows, bytes) => report(0, rows, bytes))
  debugLog(`${table.name}: the main thread's range took ${Date.now() - started} ms`)
  const fromWorkers = await Promise.all(inWorkers)
  // the main thread reads a worker's message only after its own range: the worker says how long it took
  fromWorkers.forEach((done, i) => debugLog(`${table.name}: range ${i + 2} took ${done.foldMs} ms in its worker (from receiving the task)`))
  const results = [onMain, ...fromWorkers]
  for (let i = 0; i + 1 < results.length; i++) {
    if (results[i].boundaries.nextRecordStart !== results[i + 1].boundaries.firstRecordStart) {
      for (const r of results) releaseSpilledRuns(r.state, spillDirectory())
      debugLog(`${table.name}: range ${i + 1} ends at byte ${results[i].boundaries.nextRecordStart} but range ${i + 2} starts at ${results[i + 1].boundaries.firstRecordStart} (a split inside a quoted field); rescanning sequentially`)
      return null
    }
  }
  const scanned = Date.now()
  let merged = results[0].state
  for (let i = 1; i < results.length; i++) merged = mergeFoldStates(plan, merged, results[i].state)
  for (const r of results) addEncodingIssuesTo(merged.counters, r.boundaries.invalid)
  // what lies above the data (the header lines) is not in any range
  addEncodingIssuesTo(merged.counters, table.encodingIssues?.())
  debugLog(`${table.name}: ${results.length} byte ranges scanned in parallel (${results.length - 1} in workers) and merged; ranges took ${scanned - started} ms, merging ${Date.now() - scanned} ms`)
  return merged
}

async function scanRangeHere(
  plan: TablePlan,
  context: TableContext,
  range: CsvRangeSpec,
  onProgress: (rows: number, bytes: number) => void,
): Promise<{state: TableFoldState; boundaries: CsvRangeResult}> {
  const folder = new TableFolder(plan, context)
  const {batches, boundaries} = readCsvRange(range, {unsplit: true})
  let bytes = 0
  for await (const batch of batches) {
    folder.addRows(batch.rows, batch.delimiter)
    bytes += batch.bytes
    onProgress(folder.state.counters.rows, bytes)
  }
  folder.finish(false)
  return {state: folder.state, boundaries: boundaries()}
}

function sum(values: readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}
