/**
 * Scans one file source: open the reader, scan every table, build the SourceReport. Any error becomes
 * `status: "failed"` with a code and a message for people; tables scanned before the error are kept.
 */
import {createHash} from 'node:crypto'
import type {TableContext} from '../analyzers/analyzer.js'
import {stat} from 'node:fs/promises'
import {createFileReader} from '../connectors/registry.js'
import {ScannerError} from '../errors.js'
import type {FindingDraft} from '../findings/finding-draft.js'
import type {SourceReport} from '../report/scan-report.js'
import type {ProgressSink} from './progress.js'
import type {FileKind} from './resolve-inputs.js'
import {buildTableReport} from './table-report-builder.js'
import {planTable, tableContextFromPlan} from './table-plan.js'
import {PARALLEL_MIN_BYTES, scanTable} from './table-scan.js'
import type {WorkerPool} from './worker-pool.js'
import {debugLog} from '../util/debug-log.js'
import {spillDirectory} from '../analyzers/sketches/spill-store.js'
import {releaseSpilledRuns} from './spill-release.js'

export interface ScannedSource {
  report: SourceReport
  /** finding drafts of the source and its tables, worded later; each carries its table name */
  drafts: Array<FindingDraft & {scope: 'source' | 'table'}>
}

export interface SourceScanOptions {
  pool: () => WorkerPool | null
  progress: ProgressSink
  folderId?: string
}

export function sourceId(location: string): string {
  return `src-${createHash('sha256').update(location).digest('hex').slice(0, 12)}`
}

export async function scanFileSource(path: string, kind: FileKind, options: SourceScanOptions): Promise<ScannedSource> {
  const started = Date.now()
  const report: SourceReport = {id: sourceId(path), kind, location: path, status: 'ok', tables: [], findings: []}
  if (options.folderId) report.folderId = options.folderId
  const drafts: ScannedSource['drafts'] = []
  const reader = createFileReader(kind, path)
  if (kind === 'csv') await warmWorkersFor(path, options)
  try {
    const facts = await reader.open()
    if (facts.file) report.file = facts.file
    if (facts.dialect) report.dialect = facts.dialect
    if (facts.datev) report.datev = facts.datev
    if (facts.workbook) report.workbook = facts.workbook
    for (const draft of facts.findings) drafts.push({...draft, scope: draft.table ? 'table' : 'source'})
    for await (const table of reader.tables()) {
      const plan = planTable(table)
      let context: TableContext | undefined
      const contextOf = (): TableContext => (context ??= tableContextFromPlan(plan))
      options.progress.startTable(path, table.name, table.totalBytes)
      try {
        const scanStarted = Date.now()
        const fold = await scanTable(table, plan, contextOf, options)
        const buildStarted = Date.now()
        let built: ReturnType<typeof buildTableReport>
        try {
          built = buildTableReport(plan, contextOf(), fold, table.headerRow, table.facts())
        } finally {
          // the table's spilled hash runs are summarised now: their disk space is free again
          releaseSpilledRuns(fold, spillDirectory())
        }
        debugLog(`${table.name}: scan ${buildStarted - scanStarted} ms, metrics and findings ${Date.now() - buildStarted} ms`)
        report.tables.push(built.report)
        for (const draft of built.drafts) drafts.push({...draft, scope: 'table'})
      } finally {
        options.progress.endTable()
      }
    }
  } catch (error) {
    const e = ScannerError.from(error, path)
    report.status = 'failed'
    report.error = {code: e.code, message: e.message, ...(e.suggestions.length > 0 ? {suggestions: e.suggestions} : {})}
    if (e.code === 'INTERNAL' && process.env.DATENREIFE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? error}\n`)
  } finally {
    await reader.close().catch(() => {})
  }
  report.durationMs = Date.now() - started
  return {report, drafts}
}

export function failedSource(path: string, kind: SourceReport['kind'], error: ScannerError, folderId?: string): SourceReport {
  const report: SourceReport = {
    id: sourceId(path),
    kind,
    location: path,
    status: 'failed',
    error: {code: error.code, message: error.message, ...(error.suggestions.length > 0 ? {suggestions: error.suggestions} : {})},
    tables: [],
    findings: [],
  }
  if (folderId) report.folderId = folderId
  return report
}

/** a CSV big enough to be split gets its workers started before it is opened and sampled */
async function warmWorkersFor(path: string, options: SourceScanOptions): Promise<void> {
  const size = await stat(path).then((s) => s.size, () => 0)
  if (size >= PARALLEL_MIN_BYTES) options.pool()?.warm()
}
