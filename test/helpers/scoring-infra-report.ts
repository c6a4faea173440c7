/**
 * Small ScanReports for the Infrastruktur and Datenschutz criteria and the readiness level: databases and
 * files with just the facts the criteria read, folder inventories, and a DSGVO view built the way the scan
 * builds it (from the columns' verdicts).
 */
import {buildPersonalDataView} from '../../src/analyzers/personal-data/dsgvo-view.js'
import type {PiiCategory} from '../../src/analyzers/personal-data/categories.js'
import type {
  ColumnReport,
  DatabaseKind,
  Finding,
  FindingCode,
  FolderInventory,
  InferredType,
  ScanReport,
  SourceReport,
  TableReport,
} from '../../src/report/scan-report.js'
import type {ScoringContext} from '../../src/scoring/model.js'
import {minimalReport} from '../fixtures/reports/reports.js'
import {baseColumn, baseTable} from './report-parts.js'

export const CONTEXT: ScoringContext = {now: new Date('2024-02-01T10:00:00Z'), lang: 'en'}

export interface ColumnOptions {
  declaredType?: string
  inferredType?: InferredType
  completeness?: number | null
  comment?: string
  pii?: PiiCategory[]
}

export function col(name: string, options: ColumnOptions = {}): ColumnReport {
  const column = baseColumn(name, options.inferredType ?? 'text', {
    completeness: options.completeness === undefined ? 1 : options.completeness,
    pii: (options.pii ?? []).map((category) => ({category, confidence: 0.95, matchShare: 1, evidence: ['test']})),
  })
  if (options.declaredType !== undefined) column.declaredType = options.declaredType
  if (options.comment !== undefined) column.comment = options.comment
  return column
}

export function finding(code: FindingCode, table?: string, column?: string): Finding {
  const f: Finding = {code, severity: 'warning', message: code}
  if (table !== undefined) f.table = table
  if (column !== undefined) f.column = column
  return f
}

export function tbl(name: string, rowCount: number, columns: ColumnReport[], extra: Partial<TableReport> = {}): TableReport {
  return baseTable(name, rowCount, columns, extra)
}

export function keyedTable(name: string, rowCount: number, extraColumns: ColumnReport[] = [], schema = 'dbo'): TableReport {
  return tbl(
    name,
    rowCount,
    [
      col('id', {declaredType: 'int', inferredType: 'integer'}),
      ...extraColumns,
      col('geaendert_am', {declaredType: 'datetime2', inferredType: 'datetime'}),
    ],
    {schema, kind: 'table', primaryKey: ['id'], comment: `${name} master data`},
  )
}

/** a sheet or CSV table with a header in row 1 and no problems */
export function sheetTable(name: string, rowCount: number, columns: ColumnReport[] = [col('Nummer'), col('Name')], extra: Partial<TableReport> = {}): TableReport {
  return tbl(name, rowCount, columns, {headerRow: 1, ...extra})
}

export function dbSource(id: string, tables: TableReport[], kind: DatabaseKind = 'mssql', extra: Partial<SourceReport> = {}): SourceReport {
  return {
    id,
    kind,
    location: `${kind}://reader@host/${id}`,
    status: 'ok',
    system: {engine: 'Microsoft SQL Server', version: '16.0', support: {status: 'supported', product: 'SQL Server 2022'}},
    tables,
    findings: [],
    ...extra,
  }
}

export function fileSource(id: string, location: string, tables: TableReport[], extra: Partial<SourceReport> = {}): SourceReport {
  const kind = location.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  return {id, kind, location, status: 'ok', tables, findings: [], ...extra}
}

export function folder(id: string, location: string, extra: Partial<FolderInventory> = {}): FolderInventory {
  return {
    id,
    location,
    fileCount: 0,
    totalBytes: 0,
    byKind: {},
    scannedFiles: 0,
    ageBands: {under30Days: 0, under1Year: 0, under3Years: 0, over3Years: 0},
    duplicateContent: [],
    versionedCopies: [],
    similarHeaders: [],
    findings: [],
    ...extra,
  }
}

/** a report of these sources and folders, with the DSGVO view built from the columns' verdicts */
export function report(sources: SourceReport[], folders: FolderInventory[] = [], withView = true): ScanReport {
  const r: ScanReport = {...minimalReport(), sources, folders}
  if (withView) r.personalData = buildPersonalDataView(sources)
  return r
}
