/**
 * What the Infrastruktur criteria count: the data tables of a scan (base tables and sheets that were read,
 * views and failed tables left out), whether they live in a managed database or in a file, and how
 * evidence names them. Shared by the criteria so they all count the same tables.
 */
import type {DatabaseKind, Finding, ScanReport, SourceKind, SourceReport, TableReport} from '../../report/scan-report.js'
import type {Evidence} from '../model.js'

export const DATABASE_KINDS: ReadonlySet<SourceKind> = new Set<DatabaseKind>(['postgres', 'mysql', 'mssql', 'sqlite'])
export const FILE_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['csv', 'xlsx', 'xls'])

/** evidence lists stop here: a report names examples, not every table */
export const MAX_EVIDENCE = 10

export interface DataTable {
  source: SourceReport
  table: TableReport
}

export function isDatabase(source: SourceReport): boolean {
  return DATABASE_KINDS.has(source.kind)
}

export function isFile(source: SourceReport): boolean {
  return FILE_KINDS.has(source.kind)
}

/** "dbo.tKunde" or "kunden.csv" */
export function qualifiedName(table: TableReport): string {
  return table.schema ? `${table.schema}.${table.name}` : table.name
}

/**
 * Tables that hold data: read without error, not a view, at least one row, in a database or a file.
 * Empty tables say nothing about where the data lives; views repeat their base tables.
 */
export function dataTables(report: ScanReport): DataTable[] {
  const tables: DataTable[] = []
  for (const source of report.sources) {
    if (!isDatabase(source) && !isFile(source)) continue
    for (const table of source.tables) {
      if (table.error !== undefined || table.kind === 'view' || table.rowCount <= 0) continue
      tables.push({source, table})
    }
  }
  return tables
}

/** the findings about one table, whether the scan filed them with the table or with its source */
export function findingsOf(source: SourceReport, table: TableReport): Finding[] {
  const own = table.findings
  const filedWithSource = source.findings.filter((f) => f.table === table.name)
  return [...own, ...filedWithSource]
}

/** the first MAX_EVIDENCE items, and one more that says how many were left out */
export function capEvidence(items: readonly Evidence[], source = 'scan'): Evidence[] {
  if (items.length <= MAX_EVIDENCE) return [...items]
  return [...items.slice(0, MAX_EVIDENCE), {source, detail: `and ${items.length - MAX_EVIDENCE} more`}]
}

export function tableEvidence({source, table}: DataTable, detail?: string): Evidence {
  const evidence: Evidence = {source: source.location, table: qualifiedName(table)}
  if (detail !== undefined) evidence.detail = detail
  return evidence
}
