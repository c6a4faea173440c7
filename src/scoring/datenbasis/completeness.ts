/**
 * Completeness of the fields that matter: per table the weighted mean of its columns' completeness (key
 * columns count most, free-text notes least), then the mean over tables weighted by their distinct rows.
 * Column weights come from names and the schema only, never from the values, so that adding nulls can
 * only lower the value.
 */
import type {ColumnReport, ScanReport, TableReport} from '../../report/scan-report.js'
import {splitWords} from '../../recognizers/erp-recognizer.js'
import type {Criterion, CriterionDefinition, Measurement} from '../model.js'
import {distinctRows, evidenceOf, percent, scannedTables, weightedMean, rankedFirst} from './scanned-tables.js'

/**
 * How much a column's completeness counts. Why: a missing customer or article number breaks every join
 * and every model; a missing name, price or date hurts one use case; an empty notes field hurts none.
 */
export const COLUMN_WEIGHTS = {key: 3, descriptive: 1, notes: 0.2} as const

export type ColumnKind = keyof typeof COLUMN_WEIGHTS

/** name words (umlauts folded, lower case) of free-text columns */
export const NOTE_WORDS: readonly string[] = [
  'bemerkung', 'bemerkungen', 'notiz', 'notizen', 'kommentar', 'kommentare', 'anmerkung', 'anmerkungen',
  'hinweis', 'hinweise', 'freitext', 'langtext', 'zusatztext', 'memo', 'info', 'infos',
  'note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'annotation', 'annotations',
]
/** German stems that make a compound a notes column wherever they stand: Kundenbemerkung, Lieferhinweise */
export const NOTE_STEMS: readonly string[] = ['bemerkung', 'notiz', 'kommentar', 'anmerkung', 'hinweis', 'freitext']

/** last name words of identifying columns: Kunden-Nr, CustomerID, order_no, Beleg Nummer, sku */
export const KEY_WORDS: readonly string[] = ['id', 'nr', 'no', 'nummer', 'number', 'key', 'schluessel', 'sku']
/** German compound heads of identifying columns: Kundennummer, Artikelnr, Primaerschluessel */
export const KEY_HEADS: readonly string[] = ['nummer', 'nr', 'schluessel']
/** numbers that are contact or address details, not identifiers: Telefonnummer, phone_no, Hausnummer */
export const NOT_KEY_STEMS: readonly string[] = ['tel', 'fax', 'phone', 'mobil', 'handy', 'haus', 'house', 'street', 'strasse']

function isNotes(words: readonly string[]): boolean {
  return words.some((word) => NOTE_WORDS.includes(word) || NOTE_STEMS.some((stem) => word.includes(stem)))
}

function isKeyName(words: readonly string[]): boolean {
  const last = words[words.length - 1]
  if (last === undefined) return false
  if (words.some((word) => NOT_KEY_STEMS.some((stem) => word.startsWith(stem)))) return false
  return KEY_WORDS.includes(last) || KEY_HEADS.some((head) => last.length >= head.length + 3 && last.endsWith(head))
}

/** key: part of the primary key, a foreign key, a candidate key or named like one; notes: free text */
export function columnKind(table: TableReport, column: ColumnReport): ColumnKind {
  const inKey =
    (table.primaryKey ?? []).includes(column.name) ||
    (table.foreignKeys ?? []).some((fk) => fk.columns.includes(column.name)) ||
    table.duplicates.candidateKeys.some((key) => key.columns.includes(column.name))
  const words = splitWords(column.name)
  if (inKey || isKeyName(words)) return 'key'
  if (isNotes(words)) return 'notes'
  return 'descriptive'
}

export const completenessDefinition: CriterionDefinition = {
  id: 'datenbasis.completeness',
  hurdle: 'datenbasis',
  title: {de: 'Vollständigkeit der wichtigen Felder', en: 'Completeness of the fields that matter'},
  unit: 'share',
  // Why: real master data always has optional fields (fax, second address line) left empty, so 95 %
  // weighted completeness is already very good; below 70 % models must guess or drop too many rows; at
  // 50 % half of what matters is missing.
  thresholds: [
    {value: 0.5, points: 0},
    {value: 0.7, points: 40},
    {value: 0.85, points: 70},
    {value: 0.95, points: 90},
    {value: 1, points: 100},
  ],
  // weight 2 of 11: missing values are the most common reason an SME data set cannot be used as is
  weight: 2,
  action: {
    de: 'Pflichtfelder (Kunden-/Artikelnummer, Name, PLZ, Preis, Datum) im System erzwingen und Lücken in den Stammdaten nachpflegen.',
    en: 'Make key fields mandatory in the system (customer/item number, name, postcode, price, date) and fill the gaps in the master data.',
  },
  basis: ['ISO/IEC 25012: Completeness (ISO/IEC 25024 Com-I-1)', 'DAMA: Completeness', 'Lawrence DRL: Band B (missing values)'],
}

function tableCompleteness(table: TableReport): number | null {
  const columns = table.columns.filter((c) => c.completeness !== null)
  return weightedMean(columns, (c) => c.completeness ?? 0, (c) => COLUMN_WEIGHTS[columnKind(table, c)])
}

export function measureCompleteness(report: ScanReport): Measurement {
  const tables = scannedTables(report)
    .filter((item) => distinctRows(item.table) > 0)
    .map((item) => ({item, completeness: tableCompleteness(item.table)}))
    .filter((entry): entry is typeof entry & {completeness: number} => entry.completeness !== null)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no table with rows and profiled columns'}
  const value = weightedMean(tables, (e) => e.completeness, (e) => distinctRows(e.item.table)) ?? 0
  const evidence = rankedFirst(tables, (e) => (1 - e.completeness) * distinctRows(e.item.table)).map(({item, completeness}) => {
    const gaps = item.table.columns
      .filter((c) => c.completeness !== null && c.completeness < 1 && columnKind(item.table, c) === 'key')
      .map((c) => c.name)
    const keys = gaps.length > 0 ? `; key columns with gaps: ${gaps.slice(0, 3).join(', ')}` : ''
    return evidenceOf(item, `weighted completeness ${percent(completeness)} over ${distinctRows(item.table)} rows${keys}`)
  })
  return {value, evidence}
}

export const completeness: Criterion = {definition: completenessDefinition, measure: measureCompleteness}
