/**
 * Scans one database: open a read-only session, read the catalog, recognise the ERP system, then profile
 * every base table (database-table-scan.ts) within the source's time budget. Views are listed, not
 * profiled (their cost is the cost of their query). A table that cannot be read is reported with its
 * error and a TABLE_FAILED finding; the other tables go on. Only a connection that is lost for good, or
 * a catalog that cannot be read, fails the whole source.
 */
import type {Catalog, CatalogTable} from '../../connectors/sql/catalog.js'
import {qualifiedName} from '../../connectors/sql/catalog.js'
import {dialectFor} from '../../connectors/sql/dialect-registry.js'
import type {SqlSourceSpec} from '../../connectors/sql/source-uri.js'
import {openSqlSession, type SqlSession} from '../../connectors/sql/sql-session.js'
import {isConnectionLoss} from '../../connectors/sql/database-errors.js'
import {ScannerError} from '../../errors.js'
import type {FindingDraft} from '../../findings/finding-draft.js'
import type {SourceReport, TableReport} from '../../report/scan-report.js'
import type {ProgressSink} from '../progress.js'
import type {ScannedSource} from '../source-scan.js'
import {sourceId} from '../source-scan.js'
import {scanDatabaseTable} from './database-table-scan.js'
import {sourceFacts, tablePlans} from './database-plan.js'

/** after this many tables in a row fail for connection reasons, the source is given up */
const MAX_CONNECTION_FAILURES = 3

export interface DatabaseScanOptions {
  progress: ProgressSink
  now?: () => number
}

export async function scanDatabaseSource(spec: SqlSourceSpec, options: DatabaseScanOptions): Promise<ScannedSource> {
  const now = options.now ?? Date.now
  const started = now()
  const report: SourceReport = {id: sourceId(spec.identity), kind: spec.dialect, location: spec.location, status: 'ok', tables: [], findings: []}
  const drafts: ScannedSource['drafts'] = []
  const session = openSqlSession(spec, dialectFor(spec.dialect))
  try {
    const catalog = await session.dialect.readCatalog(session.run, spec.schemas)
    const facts = sourceFacts(catalog, spec)
    report.system = facts.system
    for (const draft of facts.drafts) drafts.push({...draft, scope: 'source'})
    await scanTables(session, catalog, spec, report, drafts, {...options, now}, started)
    report.database = {...facts.database, statementCount: session.statements.length}
  } catch (error) {
    const e = ScannerError.from(error, spec.location)
    report.status = 'failed'
    report.error = {code: e.code, message: e.message, ...(e.suggestions.length > 0 ? {suggestions: e.suggestions} : {})}
    if (e.code === 'INTERNAL' && process.env.DATENREIFE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? error}\n`)
  } finally {
    await session.close()
  }
  report.durationMs = now() - started
  return {report, drafts}
}

async function scanTables(
  session: SqlSession,
  catalog: Catalog,
  spec: SqlSourceSpec,
  report: SourceReport,
  drafts: ScannedSource['drafts'],
  options: Required<DatabaseScanOptions>,
  started: number,
): Promise<void> {
  const sourceDeadline = started + spec.sourceBudgetMs
  let connectionFailures = 0
  for (const plan of tablePlans(catalog, spec)) {
    const name = qualifiedName(plan.table)
    if (options.now() >= sourceDeadline) {
      // not even the pushdown: the source's budget is spent, the table is named but not read
      const skipped = new ScannerError('DB_TIMEOUT', `${spec.location}: ${name} was not profiled: the source's time budget (${Math.round(spec.sourceBudgetMs / 1000)} s) was used up.`, {
        location: spec.location,
        suggestions: ['Raise sourceBudgetMs in --config, or scan fewer schemas at a time.'],
      })
      report.tables.push({...failedTable(plan.table, skipped), partial: {reason: 'source-budget', skipped: ['pushdown', 'sample', 'duplicates', 'keys', 'foreign-keys', 'history']}})
      drafts.push({code: 'TABLE_PARTIAL', severity: 'warning', table: name, data: {reason: 'source-budget', skipped: ['pushdown', 'sample', 'duplicates', 'keys', 'foreign-keys', 'history'], budgetMs: spec.sourceBudgetMs}, scope: 'table'})
      continue
    }
    options.progress.startTable(spec.location, name)
    try {
      const scanned = await scanDatabaseTable({
        ...plan,
        session,
        sampleRows: spec.sampleRows,
        deadlines: {table: options.now() + spec.tableBudgetMs, source: sourceDeadline},
        tableBudgetMs: spec.tableBudgetMs,
        now: options.now,
      })
      report.tables.push(scanned.report)
      for (const draft of scanned.drafts) drafts.push({...draft, scope: 'table'})
      options.progress.update(scanned.report.rowCount, 0)
      connectionFailures = 0
    } catch (error) {
      const e = ScannerError.from(error, spec.location)
      if (isConnectionLoss(e)) {
        connectionFailures++
        if (connectionFailures >= MAX_CONNECTION_FAILURES) throw e
      }
      report.tables.push(failedTable(plan.table, e))
      drafts.push({code: 'TABLE_FAILED', severity: 'error', table: name, data: {code: e.code, message: e.message}, scope: 'table'} satisfies FindingDraft & {scope: 'table'})
    } finally {
      options.progress.endTable()
    }
  }
}

function failedTable(table: CatalogTable, error: ScannerError): TableReport {
  const report: TableReport = {
    name: table.name,
    kind: table.kind,
    rowCount: 0,
    columnCount: table.columns.length,
    sampled: false,
    rowEstimate: table.rowEstimate,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null, candidateKeys: []},
    columns: [],
    error: {code: error.code, message: error.message, ...(error.suggestions.length > 0 ? {suggestions: error.suggestions} : {})},
    findings: [],
  }
  if (table.schema !== null) report.schema = table.schema
  return report
}
