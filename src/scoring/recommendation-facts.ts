/**
 * The report facts behind each kind of recommendation: one concrete, counted sentence ("Kundenstamm:
 * 1.240 mögliche Dubletten (3,1 %)", "12 Kopien von Kundenlisten auf der Freigabe") and its evidence.
 * Null when the report holds no such fact; the recommendation then falls back to the criterion's own
 * measurement.
 */
import {formatDate, formatNumber, formatPercent, quote} from '../i18n/format.js'
import type {Lang, ScanReport, TableReport} from '../report/scan-report.js'
import type {Evidence} from './model.js'
import {kindOfName, nameHasTerm, reportTables, tableKind, tableLabel} from './use-cases/use-case-tables.js'

export interface Fact {
  summary: string
  evidence: Evidence[]
}

export type FactKind =
  | 'dedupe'
  | 'leadingSource'
  | 'primaryKeys'
  | 'involveDpo'
  | 'pseudonymise'
  | 'completeness'
  | 'formats'
  | 'links'
  | 'history'
  | 'freshness'
  | 'systemUpdate'
  | 'machineReadable'
  | 'changeTracking'
  | 'consolidate'
  | 'documentation'
  | 'volume'

type FactFinder = (report: ScanReport, lang: Lang) => Fact | null

const DATABASE_KINDS = new Set(['postgres', 'mysql', 'mssql', 'sqlite'])

/** "Kundenstamm" for a customer table, else the table's own name */
function entityLabel(table: TableReport, lang: Lang): string {
  const kind = tableKind(table)
  if (kind === 'customers') return lang === 'de' ? 'Kundenstamm' : 'Customer master'
  if (kind === 'items') return lang === 'de' ? 'Artikelstamm' : 'Item master'
  return tableLabel(table)
}

const dedupe: FactFinder = (report, lang) => {
  const worst = reportTables(report)
    // likely entity duplicates include the exact ones when both were measured: the larger count, not the sum
    .map(({source, table}) => ({source, table, surplus: Math.max(table.duplicates.likelyEntities?.surplusRows ?? 0, table.duplicates.exactRows)}))
    .filter((t) => t.surplus > 0 && t.table.rowCount > 0)
    .sort((a, b) => b.surplus - a.surplus)[0]
  if (worst === undefined) return null
  const share = formatPercent(worst.surplus / worst.table.rowCount, lang)
  const count = formatNumber(worst.surplus, lang)
  return {
    summary: `${entityLabel(worst.table, lang)}: ${count} ${lang === 'de' ? 'mögliche Dubletten' : 'possible duplicates'} (${share})`,
    evidence: [{source: worst.source.location, table: tableLabel(worst.table), detail: `${worst.surplus} / ${worst.table.rowCount}`}],
  }
}

/** the folder with the most hand-made copies, same-content files and near-identical headers */
const leadingSource: FactFinder = (report, lang) => {
  const copies = report.folders
    .map((folder) => {
      const paths = new Set<string>()
      for (const v of folder.versionedCopies) v.paths.forEach((p) => paths.add(p))
      for (const d of folder.duplicateContent) d.paths.forEach((p) => paths.add(p))
      for (const s of folder.similarHeaders) s.tables.forEach((t) => paths.add(t.path))
      return {folder, paths: [...paths]}
    })
    .filter((c) => c.paths.length >= 2)
    .sort((a, b) => b.paths.length - a.paths.length)[0]
  if (copies === undefined) return null
  const {folder, paths} = copies
  const customers = paths.filter((p) => kindOfName(p.split(/[\\/]/).pop() ?? p) === 'customers').length
  const what = customers * 2 >= paths.length ? (lang === 'de' ? 'Kundenlisten' : 'customer lists') : lang === 'de' ? 'Tabellen' : 'spreadsheets'
  const n = formatNumber(paths.length, lang)
  return {
    summary: lang === 'de' ? `${n} Kopien von ${what} auf der Freigabe` : `${n} copies of ${what} on the file share`,
    evidence: [{source: folder.location, detail: `${paths.length} files`}],
  }
}

const primaryKeys: FactFinder = (report, lang) => {
  const tables = reportTables(report).filter((t) => DATABASE_KINDS.has(t.source.kind))
  const without = tables.filter((t) => (t.table.primaryKey ?? []).length === 0)
  if (without.length === 0) return null
  const [a, b] = [formatNumber(without.length, lang), formatNumber(tables.length, lang)]
  return {
    summary: lang === 'de' ? `${a} von ${b} Tabellen ohne Primärschlüssel` : `${a} of ${b} tables without a primary key`,
    evidence: without.slice(0, 5).map((t) => ({source: t.source.location, table: tableLabel(t.table)})),
  }
}

/** "1 Tabelle", "3 Tabellen", "1 table", "3 tables" */
function tablesText(count: number, lang: Lang): string {
  const word = lang === 'de' ? (count === 1 ? 'Tabelle' : 'Tabellen') : count === 1 ? 'table' : 'tables'
  return `${formatNumber(count, lang)} ${word}`
}

const involveDpo: FactFinder = (report, lang) => {
  const view = report.personalData
  if (view === undefined || view.tablesWithPersonalData === 0) return null
  const special = view.tablesWithSpecialCategories
  const tables = view.tables.filter((t) => (special > 0 ? t.specialCategories.length > 0 : true)).slice(0, 5)
  const evidence = tables.map((t) => ({source: t.location, table: t.table, detail: (special > 0 ? t.specialCategories : t.categories).join(', ')}))
  if (special > 0) {
    return {summary: lang === 'de' ? `Besondere Kategorien (Art. 9/10 DSGVO) in ${tablesText(special, lang)}` : `Special categories (Art. 9/10 GDPR) in ${tablesText(special, lang)}`, evidence}
  }
  const n = view.tablesWithPersonalData
  return {summary: lang === 'de' ? `Personenbezogene Daten in ${tablesText(n, lang)}` : `Personal data in ${tablesText(n, lang)}`, evidence}
}

const pseudonymise: FactFinder = (report, lang) => {
  const action = report.personalData?.actions.find((a) => a.code === 'PSEUDONYMISE')
  if (action === undefined || action.columns === 0) return null
  const columns = `${formatNumber(action.columns, lang)} ${action.columns === 1 ? (lang === 'de' ? 'Spalte' : 'column') : lang === 'de' ? 'Spalten' : 'columns'}`
  return {
    summary: lang === 'de' ? `${columns} in ${tablesText(action.tables.length, lang)} mit direkten Personenbezügen` : `${columns} in ${tablesText(action.tables.length, lang)} with direct identifiers`,
    evidence: action.tables.slice(0, 5).map((table) => ({source: table})),
  }
}

/** findings of some codes, counted over all tables: "23 Spalten mit Formatproblemen" */
function findingCount(codes: readonly string[], de: string, en: string): FactFinder {
  return (report, lang) => {
    const found = reportTables(report).flatMap(({source, table}) => [...table.findings, ...source.findings.filter((f) => f.table === table.name)].filter((f) => codes.includes(f.code)).map((f) => ({source, table, f})))
    if (found.length === 0) return null
    const n = formatNumber(found.length, lang)
    return {
      summary: `${n} ${lang === 'de' ? de : en}`,
      evidence: found.slice(0, 5).map(({source, table, f}) => ({source: source.location, table: tableLabel(table), ...(f.column !== undefined ? {column: f.column} : {}), detail: f.code})),
    }
  }
}

const links: FactFinder = (report, lang) => {
  const orphans = reportTables(report).flatMap(({source, table}) => (table.foreignKeys ?? []).filter((k) => (k.orphanRows ?? 0) > 0).map((k) => ({source, table, k})))
  const worst = orphans.sort((a, b) => (b.k.orphanRows ?? 0) - (a.k.orphanRows ?? 0))[0]
  if (worst === undefined) return null
  const n = formatNumber(worst.k.orphanRows ?? 0, lang)
  return {
    summary: `${tableLabel(worst.table)} → ${worst.k.references.table}: ${n} ${lang === 'de' ? 'verwaiste Zeilen' : 'orphan rows'}`,
    evidence: [{source: worst.source.location, table: tableLabel(worst.table), column: worst.k.columns.join(', ')}],
  }
}

function longestHistory(report: ScanReport) {
  return reportTables(report)
    .flatMap(({source, table}) => (table.history ?? []).map((h) => ({source, table, h})))
    .sort((a, b) => b.h.monthsSpanned - a.h.monthsSpanned)[0]
}

const history: FactFinder = (report, lang) => {
  const best = longestHistory(report)
  if (best === undefined) return null
  const n = formatNumber(best.h.monthsSpanned, lang)
  return {
    summary: lang === 'de' ? `Historie reicht ${n} Monate zurück (${quote(best.table.name, lang)})` : `history goes back ${n} months (${quote(best.table.name, lang)})`,
    evidence: [{source: best.source.location, table: tableLabel(best.table), column: best.h.column, detail: `${best.h.earliest} – ${best.h.latest}`}],
  }
}

const freshness: FactFinder = (report, lang) => {
  const latest = reportTables(report)
    .flatMap(({source, table}) => (table.history ?? []).map((h) => ({source, table, h})))
    .sort((a, b) => (a.h.latest < b.h.latest ? 1 : -1))[0]
  if (latest === undefined) return null
  const date = formatDate(latest.h.latest, lang)
  return {
    summary: lang === 'de' ? `Neuester Geschäftsvorfall vom ${date}` : `latest business date ${date}`,
    evidence: [{source: latest.source.location, table: tableLabel(latest.table), column: latest.h.column}],
  }
}

const systemUpdate: FactFinder = (report, lang) => {
  const old = report.sources.find((s) => s.system?.support?.status === 'unsupported')
  const support = old?.system?.support
  if (old === undefined || support === undefined) return null
  const since = support.endOfSupport !== undefined ? formatDate(support.endOfSupport, lang) : null
  const de = `${support.product} ohne Herstellersupport${since !== null ? ` seit ${since}` : ''}`
  const en = `${support.product} out of vendor support${since !== null ? ` since ${since}` : ''}`
  return {summary: lang === 'de' ? de : en, evidence: [{source: old.location, detail: old.system?.version ?? ''}]}
}

const consolidate: FactFinder = (report, lang) => {
  const ok = report.sources.filter((s) => s.status === 'ok')
  const files = ok.filter((s) => !DATABASE_KINDS.has(s.kind)).length
  const databases = ok.length - files
  if (files === 0) return null
  const [f, d] = [formatNumber(files, lang), formatNumber(databases, lang)]
  return {
    summary: lang === 'de' ? `${f} Tabellenkalkulationen und CSV-Dateien neben ${d} Datenbanken` : `${f} spreadsheets and CSV files next to ${d} databases`,
    evidence: ok.filter((s) => !DATABASE_KINDS.has(s.kind)).slice(0, 5).map((s) => ({source: s.location})),
  }
}

/** column names that record when a row was made or changed, for incremental loads */
export const CHANGE_TIMESTAMP_TERMS: readonly string[] = ['created', 'modified', 'updated', 'changed', 'erstellt', 'geaendert', 'aenderung', 'angelegt', 'timestamp', 'zeitstempel', 'lastmod']

const changeTracking: FactFinder = (report, lang) => {
  const tables = reportTables(report).filter((t) => DATABASE_KINDS.has(t.source.kind))
  const without = tables.filter((t) => !t.table.columns.some((c) => nameHasTerm(c.name, CHANGE_TIMESTAMP_TERMS)))
  if (without.length === 0) return null
  const [a, b] = [formatNumber(without.length, lang), formatNumber(tables.length, lang)]
  return {
    summary: lang === 'de' ? `${a} von ${b} Tabellen ohne Änderungszeitstempel` : `${a} of ${b} tables without change timestamps`,
    evidence: without.slice(0, 5).map((t) => ({source: t.source.location, table: tableLabel(t.table)})),
  }
}

const volume: FactFinder = (report, lang) => {
  const smallest = reportTables(report)
    .filter((t) => tableKind(t.table) !== null)
    .sort((a, b) => a.table.rowCount - b.table.rowCount)[0]
  if (smallest === undefined) return null
  const n = formatNumber(smallest.table.rowCount, lang)
  return {summary: `${entityLabel(smallest.table, lang)}: ${n} ${lang === 'de' ? 'Zeilen' : 'rows'}`, evidence: [{source: smallest.source.location, table: tableLabel(smallest.table)}]}
}

/** the fact finder per kind; kinds without one fall back to the criterion's measurement */
export const FACT_FINDERS: Readonly<Partial<Record<FactKind, FactFinder>>> = {
  dedupe,
  leadingSource,
  primaryKeys,
  involveDpo,
  pseudonymise,
  completeness: findingCount(['LOW_COMPLETENESS', 'EMPTY_COLUMN'], 'Spalten mit vielen Lücken', 'columns with many gaps'),
  formats: findingCount(
    ['NUMBERS_AS_TEXT', 'MIXED_DATE_FORMATS', 'MIXED_NUMBER_FORMATS', 'MIXED_TYPES', 'PLACEHOLDERS', 'INVALID_ENCODING_BYTES'],
    'Spalten mit Formatproblemen (Zahlen als Text, gemischte Formate, Platzhalter)',
    'columns with format problems (numbers as text, mixed formats, placeholders)',
  ),
  links,
  history,
  freshness,
  systemUpdate,
  machineReadable: findingCount(
    ['NOTES_ABOVE_HEADER', 'MERGED_CELLS_IN_DATA', 'HIDDEN_SHEET', 'FORMULAS', 'REPEATED_HEADER', 'NO_HEADER'],
    'Tabellen mit Notizen über der Kopfzeile, verbundenen Zellen oder Formeln',
    'tables with notes above the header, merged cells or formulas',
  ),
  changeTracking,
  consolidate,
  volume,
}
