/**
 * infrastruktur.changeTracking: whether rows say when they were created or last changed, so a pipeline can
 * load only what is new ("WHERE geaendert_am > letzter Lauf") instead of copying everything each night.
 * A database table with a modified timestamp (or a rowversion counter) counts fully, one with only a created
 * timestamp half (new rows are found, changes are not). A spreadsheet or CSV file is always reloaded whole,
 * whatever its columns say, and counts 0. The value is the mean over all tables with rows.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import {foldUmlauts} from '../../recognizers/erp-recognizer.js'
import type {ColumnReport, ScanReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, isDatabase, tableEvidence, type DataTable} from './data-tables.js'

export const CHANGE_TRACKING: CriterionDefinition = {
  id: 'infrastruktur.changeTracking',
  hurdle: 'infrastruktur',
  title: {de: 'Änderungsverfolgung', en: 'Change tracking'},
  unit: 'share',
  thresholds: [
    {value: 0, points: 0},
    {value: 0.3, points: 40},
    {value: 0.7, points: 100},
  ],
  weight: 1,
  action: {
    de: 'In den Kerntabellen Spalten „angelegt am“ und „geändert am“ pflegen (oder eine rowversion), damit Daten inkrementell geladen werden können.',
    en: 'Keep "created at" and "modified at" columns (or a rowversion) in the core tables so data can be loaded incrementally.',
  },
  basis: ['ISO/IEC 25012: Currentness, Traceability', 'DAMA: Timeliness'],
}

/** name stems (umlauts folded, lower case, letters and digits only) of last-changed columns */
export const MODIFIED_STEMS = ['modified', 'update', 'changed', 'change', 'geaendert', 'aenderung', 'writedate', 'bearbeitet', 'lastmod', 'zuletzt', 'mutation'] as const
/** name stems of created columns */
export const CREATED_STEMS = ['created', 'create', 'creation', 'erstellt', 'erstell', 'angelegt', 'anlage', 'erfasst', 'erfassung', 'inserted', 'insert', 'entered'] as const

/** credit per table: a modified stamp allows full incremental loads, a created stamp only finds new rows */
export const TRACKING_CREDIT = {modified: 1, createdOnly: 0.5, none: 0} as const

/**
 * declared types that are change counters, whatever the column is called: SQL Server's rowversion, and
 * its old alias timestamp (elsewhere `timestamp` is an ordinary date-time type)
 */
const CHANGE_COUNTER = /^rowversion$/i
const MSSQL_CHANGE_COUNTER = /^(rowversion|timestamp)$/i
const TEMPORAL_TYPE = /date|time/i

function stemOf(name: string): string {
  return foldUmlauts(name.toLowerCase()).replace(/[^a-z0-9]/g, '')
}

function holdsTimestamps(column: ColumnReport): boolean {
  if (column.declaredType !== undefined && TEMPORAL_TYPE.test(column.declaredType)) return true
  return column.inferredType === 'date' || column.inferredType === 'datetime'
}

export type Tracking = keyof typeof TRACKING_CREDIT

/** what a table's columns allow; files never allow incremental loads */
export function trackingOf({source, table}: DataTable): {tracking: Tracking; columns: string[]} {
  if (!isDatabase(source)) return {tracking: 'none', columns: []}
  const modified: string[] = []
  const created: string[] = []
  const counter = source.kind === 'mssql' ? MSSQL_CHANGE_COUNTER : CHANGE_COUNTER
  for (const column of table.columns) {
    // MSSQL's rowversion (alias timestamp) changes with every write: the best incremental marker there is
    if (column.declaredType !== undefined && counter.test(column.declaredType.trim())) {
      modified.push(column.name)
      continue
    }
    if (!holdsTimestamps(column)) continue
    const stem = stemOf(column.name)
    if (MODIFIED_STEMS.some((s) => stem.includes(s))) modified.push(column.name)
    else if (CREATED_STEMS.some((s) => stem.includes(s))) created.push(column.name)
  }
  if (modified.length > 0) return {tracking: 'modified', columns: modified}
  if (created.length > 0) return {tracking: 'createdOnly', columns: created}
  return {tracking: 'none', columns: []}
}

function measure(report: ScanReport): Measurement {
  const tables = dataTables(report)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no table with rows was read'}
  const verdicts = tables.map((t) => ({t, ...trackingOf(t)}))
  const value = verdicts.reduce((n, v) => n + TRACKING_CREDIT[v.tracking], 0) / verdicts.length

  const count = (tracking: Tracking) => verdicts.filter((v) => v.tracking === tracking).length
  const databaseTables = verdicts.filter((v) => isDatabase(v.t.source)).length
  const evidence: Evidence[] = [
    {
      source: 'scan',
      detail: `${count('modified')} tables with a modified stamp, ${count('createdOnly')} with a created stamp only, of ${databaseTables} database tables; ${verdicts.length - databaseTables} file tables reloaded whole`,
    },
  ]
  // the biggest tables without a modified stamp are where incremental loads would pay most
  const missing = verdicts.filter((v) => isDatabase(v.t.source) && v.tracking !== 'modified').sort((a, b) => b.t.table.rowCount - a.t.table.rowCount)
  for (const v of missing) {
    evidence.push(tableEvidence(v.t, v.tracking === 'createdOnly' ? `created stamp only (${v.columns.join(', ')})` : 'no created/modified stamp'))
  }
  return {value, evidence: capEvidence(evidence)}
}

export const changeTracking: Criterion = {definition: CHANGE_TRACKING, measure}
