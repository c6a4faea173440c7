/**
 * What the catalog decides before any table is read: the source's system facts and findings (version
 * support, SQL Server Express cap, ERP system, MyISAM tables, undeclared relationships) and, per base
 * table, which foreign keys to check (declared and inferred), which date columns carry its history, its
 * role, and whether the engine's approximate distinct count is used.
 */
import {APPROX_DISTINCT_MIN_ROWS} from '../../analyzers/sql/distinct-values-sql.js'
import type {Catalog, CatalogTable} from '../../connectors/sql/catalog.js'
import {qualifiedName} from '../../connectors/sql/catalog.js'
import type {SqlSourceSpec} from '../../connectors/sql/source-uri.js'
import {expressSizeCapBytes, supportStatus} from '../../connectors/sql/vendor-support.js'
import type {FindingDraft} from '../../findings/finding-draft.js'
import {findingDraft} from '../../findings/finding-params.js'
import {inferTableRoles, recognizeErp, type TableRole} from '../../recognizers/erp-recognizer.js'
import {historyDateColumns} from '../../recognizers/transaction-tables.js'
import {inferForeignKeys} from '../../recognizers/inferred-foreign-keys.js'
import type {DatabaseFacts, SystemFacts} from '../../report/scan-report.js'
import type {ForeignKeyRef} from '../../connectors/sql/integrity-sql.js'

/** at most this many names are listed in a source finding */
const LISTED = 10

export interface TablePlanInput {
  table: CatalogTable
  foreignKeys: Array<ForeignKeyRef & {declared: boolean; reason?: string}>
  historyColumns: string[]
  role?: TableRole
  approximateDistinct: boolean
}

/** what the table names say, computed once per catalog (sourceFacts and tablePlans both need it) */
interface CatalogAnalysis {
  erp: ReturnType<typeof recognizeErp>
  roles: Map<string, TableRole>
  inferred: ReturnType<typeof inferForeignKeys>
}

const analyses = new WeakMap<Catalog, CatalogAnalysis>()

function analysisOf(catalog: Catalog): CatalogAnalysis {
  let analysis = analyses.get(catalog)
  if (!analysis) {
    const erp = recognizeErp(catalog.tables)
    analysis = {erp, roles: roles(catalog, erp), inferred: inferForeignKeys(catalog.tables)}
    analyses.set(catalog, analysis)
  }
  return analysis
}

export function sourceFacts(catalog: Catalog, spec: SqlSourceSpec): {system: SystemFacts; database: Omit<DatabaseFacts, 'statementCount'>; drafts: FindingDraft[]} {
  const {server} = catalog
  const drafts: FindingDraft[] = []
  const system: SystemFacts = {engine: server.engine, version: server.version}
  if (server.edition) system.edition = server.edition
  const support = supportStatus(server.engine, server.version, server.edition)
  system.support = {status: support.status, product: support.product, ...(support.endOfSupport ? {endOfSupport: support.endOfSupport} : {}), ...(support.note ? {note: support.note} : {})}
  if (support.status === 'unsupported') {
    drafts.push(findingDraft('UNSUPPORTED_VERSION', 'warning', {product: support.product, version: server.version, endOfSupport: support.endOfSupport ?? null}))
  }
  const cap = expressSizeCapBytes(server.edition, server.version)
  if (cap !== null) {
    system.sizeCapBytes = cap
    if (server.sizeBytes !== undefined && server.sizeBytes >= cap * 0.5) {
      drafts.push(findingDraft('EXPRESS_SIZE_CAP', 'warning', {sizeBytes: server.sizeBytes, capBytes: cap, share: server.sizeBytes / cap}))
    }
  }
  const {erp, inferred, roles: tableRoles} = analysisOf(catalog)
  if (erp) {
    system.erp = {name: erp.name, confidence: erp.confidence, evidence: erp.evidence, entities: Object.fromEntries(Object.entries(erp.entities).filter(([, v]) => v && v.length > 0)) as Record<string, string[]>}
    if (erp.sample) system.erp.sample = true
    drafts.push(findingDraft('ERP_RECOGNIZED', 'info', {name: erp.name, confidence: erp.confidence, evidence: erp.evidence, sample: Boolean(erp.sample)}))
  }
  if (!server.readOnlySession) drafts.push(findingDraft('SESSION_NOT_READ_ONLY', 'warning', {engine: server.engine}))
  const myisam = catalog.tables.filter((t) => t.kind === 'table' && /^myisam$/i.test(t.engine ?? '')).map(qualifiedName)
  if (myisam.length > 0) drafts.push(findingDraft('MYISAM_TABLES', 'warning', {count: myisam.length, tables: myisam.slice(0, LISTED)}))
  if (inferred.length > 0) {
    drafts.push(
      findingDraft('UNDECLARED_FOREIGN_KEYS', 'info', {
        count: inferred.length,
        examples: inferred.slice(0, LISTED).map((fk) => `${qualifiedName(fk.table)}.${fk.columns.join('+')} → ${qualifiedName({schema: fk.references.schema, name: fk.references.table})}.${fk.references.columns.join('+')}`),
      }),
    )
  }
  const views = catalog.tables.filter((t) => t.kind === 'view').map(qualifiedName)
  const database: Omit<DatabaseFacts, 'statementCount'> = {
    name: server.database,
    readOnlySession: server.readOnlySession,
    schemas: catalog.schemas,
    tableCount: catalog.tables.length - views.length,
    viewCount: views.length,
    views,
    sampleRowsPerTable: spec.sampleRows,
    tableRoles: Object.fromEntries([...tableRoles].filter(([, role]) => role !== 'other')),
  }
  if (server.encoding) database.encoding = server.encoding
  if (server.collation) database.collation = server.collation
  if (server.sizeBytes !== undefined) database.sizeBytes = server.sizeBytes
  if (server.user) database.user = server.user
  return {system, database, drafts}
}

/** table roles: the recognised ERP's entity map first, the table names otherwise */
function roles(catalog: Catalog, erp: ReturnType<typeof recognizeErp>): Map<string, TableRole> {
  const byName = inferTableRoles(catalog.tables)
  // a table mapped to several entities (SAP's OCRD holds customers and suppliers) keeps the first
  const mapped = new Set<string>()
  for (const [entity, tables] of Object.entries(erp?.entities ?? {})) {
    for (const table of tables ?? []) {
      if (mapped.has(table)) continue
      mapped.add(table)
      byName.set(table, entity as TableRole)
    }
  }
  return byName
}

export function tablePlans(catalog: Catalog, spec: SqlSourceSpec): TablePlanInput[] {
  const {roles: tableRoles, inferred} = analysisOf(catalog)
  // inferred keys grouped by their table, not filtered once per table
  const inferredByTable = new Map<string, typeof inferred>()
  for (const fk of inferred) {
    const key = qualifiedName(fk.table)
    inferredByTable.set(key, [...(inferredByTable.get(key) ?? []), fk])
  }
  const approxAvailable = spec.dialect === 'mssql' && Number.parseInt(catalog.server.version, 10) >= 15
  return catalog.tables
    .filter((t) => t.kind === 'table')
    .map((table) => {
      const name = qualifiedName(table)
      const role = tableRoles.get(name)
      const declared = table.foreignKeys.map((fk) => ({columns: fk.columns, references: fk.references, declared: true}))
      const guessed = (inferredByTable.get(name) ?? []).map((fk) => ({columns: fk.columns, references: fk.references, declared: false, reason: fk.reason}))
      return {
        table,
        foreignKeys: [...declared, ...guessed],
        historyColumns: historyDateColumns(table, role),
        ...(role ? {role} : {}),
        approximateDistinct: approxAvailable && (table.rowEstimate ?? 0) >= APPROX_DISTINCT_MIN_ROWS,
      }
    })
}
