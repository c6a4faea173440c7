/**
 * Validity and consistency: the share of columns with a format or type problem — mixed types, mixed date
 * or number notations, numbers or dates stored as text, placeholders ("k.A.", "-"), and mojibake (invalid
 * encoding bytes, which break the text columns of their table). Tables count by their distinct rows, so a
 * broken column in the order lines weighs more than one in a ten-row lookup list.
 *
 * Column problems are judged by the same rules that write the column findings (findings/column-findings.ts),
 * applied to every column: the report keeps only the first ten findings of a code per table.
 */
import type {ColumnReport, Finding, ScanReport, SourceReport, TableReport} from '../../report/scan-report.js'
import {columnFindings} from '../../findings/column-findings.js'
import type {Criterion, CriterionDefinition, Measurement} from '../model.js'
import {distinctRows, evidenceOf, scannedTables, weightedMean, rankedFirst, type ScannedTable} from './scanned-tables.js'

/** the column finding codes that make a column invalid or inconsistent */
export const VALIDITY_CODES = ['MIXED_TYPES', 'MIXED_DATE_FORMATS', 'MIXED_NUMBER_FORMATS', 'NUMBERS_AS_TEXT', 'PLACEHOLDERS'] as const

export type ValidityIssue = (typeof VALIDITY_CODES)[number] | 'DATES_AS_TEXT' | 'INVALID_ENCODING_BYTES'

/** declared database types that hold text: a date found in such a column is a date stored as text */
const TEXT_DECLARED = /char|text|string|clob/i

const VALIDITY_SET: ReadonlySet<string> = new Set(VALIDITY_CODES)

/** invalid encoding bytes reported on the table, or on its source for it (or for the whole source) */
export function hasInvalidEncoding(source: SourceReport, table: TableReport): boolean {
  const forTable = (f: Finding): boolean => f.code === 'INVALID_ENCODING_BYTES' && (f.table === undefined || f.table === table.name)
  return table.findings.some(forTable) || source.findings.some(forTable)
}

/** the problems of one column; `garbled`: its table has invalid encoding bytes */
export function columnIssues(table: TableReport, column: ColumnReport, garbled: boolean): ValidityIssue[] {
  const issues = new Set<ValidityIssue>(
    columnFindings(table, column)
      .map((draft) => draft.code)
      .filter((code): code is (typeof VALIDITY_CODES)[number] => VALIDITY_SET.has(code)),
  )
  const dated = column.inferredType === 'date' || column.inferredType === 'datetime'
  if (dated && column.declaredType !== undefined && TEXT_DECLARED.test(column.declaredType)) issues.add('DATES_AS_TEXT')
  // mojibake sits in text: a wrongly decoded file garbles its umlauts wherever text is
  if (garbled && (column.inferredType === 'text' || column.inferredType === 'mixed')) issues.add('INVALID_ENCODING_BYTES')
  return [...issues]
}

export const validityDefinition: CriterionDefinition = {
  id: 'datenbasis.validity',
  hurdle: 'datenbasis',
  title: {de: 'Gültigkeit und Konsistenz der Formate', en: 'Validity and consistency of formats'},
  unit: 'share',
  // value: row-weighted share of columns with a problem (lower is better). Why: one column in twenty
  // with a problem is normal cleanup before a project ("bereit"); a third of the columns means every
  // analysis starts with conversion work; half means the data cannot be loaded without hand work.
  thresholds: [
    {value: 0, points: 100},
    {value: 0.05, points: 85},
    {value: 0.15, points: 60},
    {value: 0.3, points: 30},
    {value: 0.5, points: 0},
  ],
  // weight 1.5 of 11: format problems are real work but mostly mechanical to fix
  weight: 1.5,
  action: {
    de: 'Datums- und Zahlenformate vereinheitlichen, Zahlen und Daten als echte Typen speichern, Platzhalter wie "k.A." durch leere Werte ersetzen, Zeichensatz auf UTF-8 umstellen.',
    en: 'Unify date and number formats, store numbers and dates as real types, replace placeholders such as "n/a" with empty values, convert the encoding to UTF-8.',
  },
  basis: [
    'ISO/IEC 25012: Accuracy (syntactic, ISO/IEC 25024 Acc-I-1), Consistency',
    'DAMA: Validity, Consistency',
    'Lawrence DRL: Band B (common format, unit sanity)',
  ],
}

interface TableValidity {
  item: ScannedTable
  /** share of the table's columns with at least one problem */
  share: number
  issues: Array<{column: string; issues: ValidityIssue[]}>
}

export function measureValidity(report: ScanReport): Measurement {
  const tables: TableValidity[] = []
  for (const item of scannedTables(report)) {
    if (distinctRows(item.table) === 0 || item.table.columns.length === 0) continue
    const garbled = hasInvalidEncoding(item.source, item.table)
    const issues = item.table.columns
      .map((column) => ({column: column.name, issues: columnIssues(item.table, column, garbled)}))
      .filter((entry) => entry.issues.length > 0)
    tables.push({item, share: issues.length / item.table.columns.length, issues})
  }
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no table with rows and profiled columns'}
  const value = weightedMean(tables, (t) => t.share, (t) => distinctRows(t.item.table)) ?? 0
  const flagged = tables.flatMap((t) => t.issues.map((entry) => ({item: t.item, ...entry})))
  const evidence = rankedFirst(flagged, (f) => distinctRows(f.item.table)).map((f) =>
    evidenceOf(f.item, f.issues.join(', '), f.column),
  )
  if (evidence.length > 0) return {value, evidence}
  // nothing flagged: name the tables that were checked, the largest first
  const checked = rankedFirst(tables, (t) => distinctRows(t.item.table)).map((t) =>
    evidenceOf(t.item, `0 of ${t.item.table.columns.length} columns with format problems`),
  )
  return {value, evidence: checked}
}

export const validity: Criterion = {definition: validityDefinition, measure: measureValidity}
