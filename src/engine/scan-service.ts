/**
 * The scan as a service: command-line sources in, ScanReport out. Knows nothing of oclif or terminals
 * (progress arrives through a sink), so the command stays thin and tests can call it directly.
 */
import {createHash, randomUUID} from 'node:crypto'
import {extname, relative} from 'node:path'
import type {FindingDraft} from '../findings/finding-draft.js'
import {wordFinding} from '../findings/word-finding.js'
import {SCHEMA_VERSION, type FolderInventory, type Lang, type ScanReport, type SourceReport} from '../report/scan-report.js'
import {TOOL_NAME, TOOL_VERSION} from '../version.js'
import {silentProgress, type ProgressSink} from './progress.js'
import {resolveInputs} from './resolve-inputs.js'
import {scanFolderFiles} from './folder-files-scan.js'
import {failedSource, scanFileSource, type ScannedSource} from './source-scan.js'
import {openSpillFolder} from './spill-folder.js'
import {WorkerPool} from './worker-pool.js'
import {isDatabaseUri, parseSourceUri, type SqlSourceSpec} from '../connectors/sql/source-uri.js'
import {buildPersonalDataView} from '../analyzers/personal-data/dsgvo-view.js'
import {personalDataDetectionMs} from '../analyzers/personal-data/table-pii.js'
import {debugLog} from '../util/debug-log.js'
import {readinessLevel} from '../scoring/readiness-level.js'
import {scoreReport} from '../scoring/score-report.js'

export interface ScanOptions {
  /** file paths, folders, glob patterns and database URIs as given on the command line */
  inputs: readonly string[]
  /** databases from --config (already parsed) */
  databases?: readonly SqlSourceSpec[]
  /** rows per table for the value analyzers of databases (--sample-rows); the URI's or config's value otherwise */
  sampleRows?: number
  lang: Lang
  /** worker threads for big files; 0 or 1 scans everything on the main thread */
  workers?: number
  /** warnings for the person running the scan (stderr); they are not part of the report */
  warn?: (message: string) => void
  progress?: ProgressSink
  now?: () => Date
  /** masked examples in the personal-data verdicts (default true; --no-examples) */
  examples?: boolean
}

export async function runScan(options: ScanOptions): Promise<ScanReport> {
  const now = options.now ?? (() => new Date())
  const startedAt = now()
  const progress = options.progress ?? silentProgress
  const lang = options.lang
  const spill = openSpillFolder()
  if (spill.memoryFallback) {
    const {tempDir, reason} = spill.memoryFallback
    options.warn?.(
      lang === 'de'
        ? `Kein temporärer Ordner in ${tempDir} (${reason}): die Dublettenerkennung hält ihre Prüfsummen im Speicher, der Speicherbedarf wächst mit der Zeilenzahl. TMPDIR auf einen Ordner mit freiem Platz setzen.`
        : `No temporary folder in ${tempDir} (${reason}): duplicate detection keeps its hashes in memory, so memory grows with the row count. Set TMPDIR to a folder with free space.`,
    )
  }
  let pool: WorkerPool | null | undefined
  const lazyPool = () => {
    if (pool === undefined) pool = WorkerPool.create(options.workers ?? WorkerPool.defaultSize(), spill.dir)
    return pool
  }
  // a malformed database URI is a usage error: nothing is scanned
  const databases = [
    ...options.inputs.filter(isDatabaseUri).map((uri) => parseSourceUri(uri, options.sampleRows !== undefined ? {sampleRows: options.sampleRows} : {})),
    ...(options.databases ?? []).map((spec) => (options.sampleRows !== undefined ? {...spec, sampleRows: options.sampleRows} : spec)),
  ]
  const paths = options.inputs.filter((input) => !isDatabaseUri(input))
  const sources: SourceReport[] = []
  const folders: FolderInventory[] = []
  const addScanned = ({report, drafts}: ScannedSource) => {
    for (const draft of drafts) {
      const finding = wordFinding(draft, lang, report.location)
      if (draft.scope === 'table' && draft.table !== undefined) {
        const table = report.tables.find((t) => t.name === draft.table || (t.schema !== undefined && `${t.schema}.${t.name}` === draft.table))
        if (table) {
          table.findings.push(finding)
          continue
        }
      }
      report.findings.push(finding)
    }
    sources.push(report)
  }

  try {
    if (databases.length > 0) {
      // the database engine (knex and its drivers) is loaded only when a database is scanned
      const {scanDatabaseSource} = await import('./database/database-source-scan.js')
      for (const spec of databases) addScanned(await scanDatabaseSource(spec, {progress}))
    }
    for (const input of await resolveInputs(paths)) {
      if (input.type === 'missing') {
        sources.push(failedSource(input.path, input.kind, input.error))
        continue
      }
      if (input.type === 'file') {
        addScanned(await scanFileSource(input.path, input.kind, {pool: lazyPool, progress}))
        continue
      }
      const folderId = `fld-${createHash('sha256').update(input.root).digest('hex').slice(0, 12)}`
      const scannedTables: Array<{source: string; sourcePath: string; table: string; columns: string[]}> = []
      // .xls in a folder is an inventory finding (UNSUPPORTED_FORMAT), not a failed source: the folder
      // scan worked; only a file named explicitly on the command line fails as a source
      const dataFiles = input.entries.filter((e) => e.kind === 'csv' || e.kind === 'xlsx')
      const scannedFiles = await scanFolderFiles(dataFiles, {pool: lazyPool, progress, folderId})
      dataFiles.forEach((entry, i) => {
        const scanned = scannedFiles[i]
        if (isProseText(entry.path, scanned)) {
          // a .txt in a folder is only an export when it has columns (LIESMICH.txt, LICENSE.txt are not)
          entry.kind = 'other'
          return
        }
        addScanned(scanned)
        for (const table of scanned.report.tables) {
          scannedTables.push({
            source: scanned.report.id,
            sourcePath: relative(input.root, entry.path),
            table: table.name,
            columns: table.columns.map((c) => c.name),
          })
        }
      })
      // imported with the first folder: a scan of files does without the inventory's modules
      const {buildFolderInventory, inventoryFindingDrafts} = await import('../connectors/file/folder/folder-inventory.js')
      const inventory = await buildFolderInventory({id: folderId, root: input.root, entries: input.entries, tables: scannedTables, now: startedAt})
      inventory.findings = inventoryFindingDrafts(inventory, input.entries).map((draft: FindingDraft) => wordFinding(draft, lang, input.root))
      folders.push(inventory)
    }
  } finally {
    progress.close()
    if (pool) await pool.close()
    spill.close()
  }

  if (options.examples === false) dropPiiExamples(sources)
  const personalData = buildPersonalDataView(sources)
  debugLog(`personal-data detection on this thread: ${Math.round(personalDataDetectionMs())} ms`)
  const finishedAt = now()
  const report: ScanReport = {
    schemaVersion: SCHEMA_VERSION,
    tool: {name: TOOL_NAME, version: TOOL_VERSION},
    scan: {
      id: randomUUID(),
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      lang,
    },
    sources,
    folders,
    scores: {},
    useCases: [],
    findings: sources
      .filter((s) => s.status === 'failed')
      .map((s) =>
        wordFinding(
          {code: 'SOURCE_FAILED', severity: 'error', data: {source: s.location, code: s.error?.code ?? 'INTERNAL', message: s.error?.message ?? ''}},
          lang,
          s.location,
        ),
      ),
    recommendations: [],
    personalData,
  }
  // scored last, from the finished report: the scores read every source, the inventory and the DSGVO view
  for (const source of sources) source.readiness = readinessLevel(source)
  const {scores, useCases, recommendations} = scoreReport(report, startedAt)
  return {...report, scores, useCases, recommendations}
}

/** --no-examples: the verdicts say what and why, without even masked values */
function dropPiiExamples(sources: readonly SourceReport[]): void {
  for (const source of sources) {
    for (const table of source.tables) for (const column of table.columns) for (const verdict of column.pii) delete verdict.examples
  }
}

/** errors that only say "this .txt is not a table": empty, binary */
const NOT_AN_EXPORT = new Set(['FILE_EMPTY', 'FILE_BINARY'])

/** A .txt in a folder is an export only when it holds a table; notes, licences and empty files are not. */
function isProseText(path: string, scanned: ScannedSource): boolean {
  if (extname(path).toLowerCase() !== '.txt') return false
  const {status, error, tables} = scanned.report
  if (status === 'failed') return NOT_AN_EXPORT.has(error?.code ?? '')
  return tables.every((t) => t.columnCount <= 1)
}

/** sources that failed, and folder parts (unreadable subfolders, files) that could not be read */
export function failedSourceCount(report: ScanReport): number {
  const unreadableInFolders = report.folders.reduce((n, f) => n + f.findings.filter((x) => x.code === 'SOURCE_FAILED').length, 0)
  // a database table the account may not read (or that failed otherwise) fails its part of the source
  const failedTables = report.sources.reduce((n, s) => n + s.tables.filter((t) => t.error !== undefined).length, 0)
  return report.sources.filter((s) => s.status === 'failed').length + unreadableInFolders + failedTables
}
