/**
 * infrastruktur.schemaQuality: how much structure the data tables carry. A database table is checked for
 * a primary key, declared (rather than only inferred) foreign keys, declared column types that fit the
 * values, sensible names and comments; its quality is the weighted mean of the checks that apply. A
 * spreadsheet or CSV table has none of this (no keys, no types, no constraints) and counts 0, so moving
 * data from files into a keyed table can only raise the measure. The value is the mean over all tables.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {ColumnReport, InferredType, ScanReport, TableReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, isDatabase, tableEvidence, type DataTable} from './data-tables.js'

export const SCHEMA_QUALITY: CriterionDefinition = {
  id: 'infrastruktur.schemaQuality',
  hurdle: 'infrastruktur',
  title: {de: 'Schemaqualität', en: 'Schema quality'},
  unit: 'share',
  thresholds: [
    {value: 0, points: 0},
    {value: 0.5, points: 40},
    {value: 0.9, points: 100},
  ],
  weight: 2,
  action: {
    de: 'Primärschlüssel und Fremdschlüssel anlegen, Zahlen und Datumswerte in passend typisierten Spalten speichern, Spalten sprechend benennen und kommentieren.',
    en: 'Add primary and foreign keys, store numbers and dates in properly typed columns, give columns meaningful names and comments.',
  },
  basis: [
    'ISO/IEC 25012: Consistency (referential integrity), Understandability, Precision',
    'DAMA: Validity, Consistency',
    'Lawrence DRL: C1 = loadable with a known schema',
  ],
}

export type SchemaCheck = 'primaryKey' | 'declaredForeignKeys' | 'typedColumns' | 'names' | 'comments'

/** how much each check counts in a table's quality: keys first, documentation last */
export const SCHEMA_CHECK_WEIGHTS: Readonly<Record<SchemaCheck, number>> = {
  primaryKey: 4,
  declaredForeignKeys: 2,
  typedColumns: 2,
  names: 1,
  comments: 1,
}

/** column names that say nothing: generated or placeholder names ("col3", "Feld1", "Spalte 7", "x") */
export const MEANINGLESS_NAME = /^(col|column|field|feld|spalte|attr|attribute|var|value|wert|f|c|x|y|z|tmp|temp|test|dummy|unnamed|neu|new)[\s_:-]*\d*$/i

/** names beyond this length are sentences, not names */
export const MAX_NAME_LENGTH = 64

/** inferred types that a text-declared column should not hold: numbers, dates and flags stored as text */
const TYPED_VALUES: ReadonlySet<InferredType> = new Set(['integer', 'decimal', 'date', 'datetime', 'boolean'])
const TEXT_TYPE = /char|text|string|clob|nvarchar|varchar|ntext/i

export function isSensibleName(name: string): boolean {
  const trimmed = name.trim()
  return trimmed.length >= 2 && trimmed.length <= MAX_NAME_LENGTH && !MEANINGLESS_NAME.test(trimmed)
}

/**
 * A column is well typed when it has a declared type and, if that type is text, its values are text too.
 * Columns whose values are all empty or mixed say nothing about the fit and are skipped (null).
 */
export function columnTypeFits(column: ColumnReport): boolean | null {
  if (column.declaredType === undefined || column.declaredType.trim() === '') return false
  if (column.inferredType === 'empty' || column.inferredType === 'mixed') return null
  return !(TEXT_TYPE.test(column.declaredType) && TYPED_VALUES.has(column.inferredType))
}

function shareOf<T>(items: readonly T[], test: (item: T) => boolean | null): number | null {
  const verdicts = items.map(test).filter((v): v is boolean => v !== null)
  return verdicts.length === 0 ? null : verdicts.filter(Boolean).length / verdicts.length
}

/** each check's result 0..1, or null where it does not apply (no foreign keys, no columns) */
export function schemaChecks(table: TableReport): Record<SchemaCheck, number | null> {
  const foreignKeys = table.foreignKeys ?? []
  const names = shareOf([table.name, ...table.columns.map((c) => c.name)], isSensibleName)
  const columnComments = shareOf(table.columns, (c) => c.comment !== undefined && c.comment.trim() !== '')
  const tableComment = table.comment !== undefined && table.comment.trim() !== '' ? 0.5 : 0
  return {
    primaryKey: table.primaryKey !== undefined && table.primaryKey.length > 0 ? 1 : 0,
    declaredForeignKeys: foreignKeys.length === 0 ? null : foreignKeys.filter((fk) => fk.declared).length / foreignKeys.length,
    typedColumns: shareOf(table.columns, columnTypeFits),
    names,
    comments: Math.min(1, tableComment + (columnComments ?? 0)),
  }
}

/** a database table's quality 0..1; a file table has no schema and gets 0 */
export function tableSchemaQuality({source, table}: DataTable): number {
  if (!isDatabase(source)) return 0
  const checks = schemaChecks(table)
  let points = 0
  let weights = 0
  for (const [check, weight] of Object.entries(SCHEMA_CHECK_WEIGHTS) as Array<[SchemaCheck, number]>) {
    const result = checks[check]
    if (result === null) continue
    points += result * weight
    weights += weight
  }
  return weights === 0 ? 0 : points / weights
}

function weaknesses(table: TableReport): string {
  const checks = schemaChecks(table)
  const parts: string[] = []
  if (checks.primaryKey === 0) parts.push('no primary key')
  if (checks.declaredForeignKeys !== null && checks.declaredForeignKeys < 1) parts.push('undeclared foreign keys')
  if (checks.typedColumns !== null && checks.typedColumns < 1) parts.push(`${Math.round((1 - checks.typedColumns) * 100)} % of columns badly typed`)
  if (checks.names !== null && checks.names < 1) parts.push('meaningless names')
  return parts.join(', ')
}

function measure(report: ScanReport): Measurement {
  const tables = dataTables(report)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no table with rows was read'}
  const scored = tables.map((t) => ({t, quality: tableSchemaQuality(t)}))
  const value = scored.reduce((n, s) => n + s.quality, 0) / scored.length

  const database = scored.filter((s) => isDatabase(s.t.source))
  const withKey = database.filter((s) => schemaChecks(s.t.table).primaryKey === 1).length
  const files = scored.length - database.length
  const evidence: Evidence[] = [{source: 'scan', detail: `${withKey} of ${database.length} database tables with a primary key; ${files} file tables without a schema`}]
  const weakest = database.filter((s) => s.quality < 1).sort((a, b) => a.quality - b.quality)
  for (const {t} of weakest) evidence.push(tableEvidence(t, weaknesses(t.table) || 'no comments'))
  return {value, evidence: capEvidence(evidence)}
}

export const schemaQuality: Criterion = {definition: SCHEMA_QUALITY, measure}
