/** The sentences the use-case evaluator writes into `missing` and into evidence details, per report language. */
import {formatNumber, formatPercent, joinList, quote} from '../../i18n/format.js'
import type {Lang} from '../../report/scan-report.js'
import type {ColumnKind} from './use-case-model.js'

export const COLUMN_KIND_NAMES: Readonly<Record<ColumnKind, {de: string; en: string}>> = {
  date: {de: 'Datum', en: 'date'},
  timestamp: {de: 'Zeitstempel', en: 'timestamp'},
  item: {de: 'Artikel', en: 'item'},
  quantity: {de: 'Menge', en: 'quantity'},
  customer: {de: 'Kunde', en: 'customer'},
  amount: {de: 'Betrag', en: 'amount'},
  dueDate: {de: 'Fälligkeitsdatum', en: 'due date'},
  paidDate: {de: 'Zahlungsdatum', en: 'payment date'},
  measure: {de: 'numerischer Messwert', en: 'numeric measure'},
  category: {de: 'Kategorie', en: 'category'},
}

export function useCaseTexts(lang: Lang) {
  const n = (value: number): string => formatNumber(value, lang)
  const q = (name: string): string => quote(name, lang)
  const de = lang === 'de'
  const kinds = (list: readonly ColumnKind[]): string => joinList(list.map((k) => COLUMN_KIND_NAMES[k][lang]), lang)
  return {
    rows: (count: number) => (de ? `${n(count)} Zeilen` : `${n(count)} rows`),
    months: (count: number) => (de ? `${n(count)} Monate` : `${n(count)} months`),
    gaps: (gaps: number, months: number) =>
      de ? `${n(gaps)} von ${n(months)} Monaten ohne Daten (${formatPercent(gaps / months, lang)})` : `${n(gaps)} of ${n(months)} months without data (${formatPercent(gaps / months, lang)})`,
    texts: (count: number) => (de ? `${n(count)} gefüllte Texte` : `${n(count)} filled texts`),
    labels: (column: string, distinct: number) => (de ? `${q(column)} mit ${n(distinct)} Werten` : `${q(column)} with ${n(distinct)} values`),
    noTable: () => (de ? 'keine passende Tabelle gefunden' : 'no matching table found'),
    lacksColumns: (table: string, missing: readonly ColumnKind[]) =>
      de ? `${q(table)} gefunden, aber ohne Spalte für ${kinds(missing)}` : `${q(table)} found, but without a column for ${kinds(missing)}`,
    needsFirst: (what: string) => (de ? `nicht prüfbar, solange ${what} fehlt` : `cannot be checked while ${what} is missing`),
    tooFewRows: (table: string, count: number) => (de ? `nur ${n(count)} Zeilen in ${q(table)}` : `only ${n(count)} rows in ${q(table)}`),
    noDates: (table: string) => (de ? `keine auswertbaren Datumswerte in ${q(table)}` : `no usable dates in ${q(table)}`),
    tooShort: (table: string, column: string, months: number) =>
      de ? `nur ${n(months)} Monate in ${q(`${table}.${column}`)}` : `only ${n(months)} months in ${q(`${table}.${column}`)}`,
    gapsUnknown: () =>
      de ? 'Monatslücken nicht messbar: die Datei liefert nur erstes und letztes Datum' : 'gap months not measurable: the file gives only the first and the last date',
    tooManyGaps: (gaps: number, months: number) =>
      de ? `zu viele Lücken: ${n(gaps)} von ${n(months)} Monaten ohne Daten` : `too many gaps: ${n(gaps)} of ${n(months)} months without data`,
    foreignKey: (orphans: number | null) =>
      orphans === null ? (de ? 'Fremdschlüssel' : 'foreign key') : de ? `Fremdschlüssel, ${n(orphans)} verwaiste Zeilen` : `foreign key, ${n(orphans)} orphan rows`,
    sharedKey: (a: string, b: string) => (de ? `gemeinsame Kundennummer ${q(a)} ↔ ${q(b)}` : `shared customer number ${q(a)} ↔ ${q(b)}`),
    notLinked: (a: string, b: string) => (de ? `keine gemeinsame Kundennummer zwischen ${q(a)} und ${q(b)}` : `no shared customer number between ${q(a)} and ${q(b)}`),
    noFreeText: () => (de ? 'keine Freitextspalten gefunden' : 'no free-text columns found'),
    tooFewTexts: (table: string, count: number) => (de ? `nur ${n(count)} gefüllte Texte in ${q(table)}` : `only ${n(count)} filled texts in ${q(table)}`),
    noLabels: (table: string) => (de ? `keine Kategorie-Spalte in ${q(table)}` : `no category column in ${q(table)}`),
    personalData: (columns: readonly string[], categories: readonly string[]) =>
      de
        ? `${joinList(columns.map(q), lang)} enthält personenbezogene Daten (${categories.join(', ')}) — vorher pseudonymisieren`
        : `${joinList(columns.map(q), lang)} holds personal data (${categories.join(', ')}) — pseudonymise first`,
  }
}

export type UseCaseTexts = ReturnType<typeof useCaseTexts>
