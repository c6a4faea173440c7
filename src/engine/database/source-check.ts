/**
 * `datenreife sources check`: connect to each database without scanning it. Says whether the session is
 * read-only and whether the account could write (it should not), lists what the account can see, and
 * gives the GRANT statements a DBA runs to create a read-only scan account. Runs the catalog and
 * privilege statements only (system views); no table data is read.
 */
import type {Catalog} from '../../connectors/sql/catalog.js'
import {qualifiedName} from '../../connectors/sql/catalog.js'
import {dialectFor} from '../../connectors/sql/dialect-registry.js'
import type {WritePrivileges} from '../../connectors/sql/dialect.js'
import type {SqlSourceSpec} from '../../connectors/sql/source-uri.js'
import {openSqlSession} from '../../connectors/sql/sql-session.js'
import {supportStatus} from '../../connectors/sql/vendor-support.js'
import {ScannerError} from '../../errors.js'
import {recognizeErp} from '../../recognizers/erp-recognizer.js'

/** tables listed by name; the rest are counted */
export const LISTED_TABLES = 50

export interface SourceCheck {
  location: string
  dialect: SqlSourceSpec['dialect']
  ok: boolean
  error?: {code: string; message: string; suggestions: string[]}
  server?: {engine: string; version: string; edition?: string; support: {status: 'supported' | 'unsupported' | 'unknown'; endOfSupport?: string}; database: string; user?: string}
  readOnlySession?: boolean
  privileges?: WritePrivileges
  visible?: {schemas: string[]; tables: number; views: number; rowEstimate: number; listed: string[]}
  erp?: {name: string; confidence: number}
  /** statements for a read-only account (placeholders for user and password) */
  grants: string[]
  durationMs: number
}

export async function checkSource(spec: SqlSourceSpec): Promise<SourceCheck> {
  const started = Date.now()
  const dialect = dialectFor(spec.dialect)
  const check: SourceCheck = {location: spec.location, dialect: spec.dialect, ok: false, grants: [], durationMs: 0}
  const session = openSqlSession(spec, dialect)
  let catalog: Catalog | undefined
  try {
    catalog = await dialect.readCatalog(session.run, spec.schemas)
    const {server} = catalog
    const support = supportStatus(server.engine, server.version, server.edition)
    check.server = {
      engine: server.engine,
      version: server.version,
      ...(server.edition ? {edition: server.edition} : {}),
      support: {status: support.status, ...(support.endOfSupport ? {endOfSupport: support.endOfSupport} : {})},
      database: server.database,
      ...(server.user ? {user: server.user} : {}),
    }
    check.readOnlySession = server.readOnlySession
    const tables = catalog.tables.filter((t) => t.kind === 'table')
    check.visible = {
      schemas: catalog.schemas,
      tables: tables.length,
      views: catalog.tables.length - tables.length,
      rowEstimate: tables.reduce((n, t) => n + Math.max(0, t.rowEstimate ?? 0), 0),
      listed: tables.slice(0, LISTED_TABLES).map(qualifiedName),
    }
    const erp = recognizeErp(catalog.tables)
    if (erp) check.erp = {name: erp.name, confidence: erp.confidence}
    const results = []
    for (const statement of dialect.privilegeStatements()) results.push(await session.run(statement))
    check.privileges = dialect.parseWritePrivileges(results)
    check.ok = true
  } catch (error) {
    const e = ScannerError.from(error, spec.location)
    check.error = {code: e.code, message: e.message, suggestions: e.suggestions}
  } finally {
    await session.close()
  }
  const database = catalog?.server.database ?? spec.database
  check.grants = dialect.grantStatements(database, catalog?.schemas ?? [], 'datenreife_reader')
  check.durationMs = Date.now() - started
  return check
}
