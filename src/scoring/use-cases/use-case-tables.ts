/**
 * Recognising tables and columns for the use-case catalog by their names (German, English, ERP shorthand)
 * and by report facts (inferred type, history, lengths). The term lists are data; matching is deliberately
 * simple: a name is split into words (camelCase, separators, umlauts folded), a long term may sit inside a
 * word ("Rechnungsbetrag" holds "betrag"), a short term must be a whole word ("Qty", "Due").
 */
import type {ColumnReport, InferredType, ScanReport, SourceReport, TableReport} from '../../report/scan-report.js'
import {PERSONAL_DATA_MIN_CONFIDENCE} from '../../analyzers/personal-data/categories.js'
import type {ColumnKind, TableKind} from './use-case-model.js'

/** terms shorter than this must match a whole word; longer ones may sit inside a compound word */
export const MIN_INFIX_TERM_LENGTH = 5

export function foldName(name: string): string {
  return name
    .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
}

/** "DocDueDate" → doc, due, date; "bezahlt_am" → bezahlt, am; "kunden.csv" → kunden */
export function nameWords(name: string): string[] {
  return foldName(name.replace(/\.(csv|tsv|txt|xlsx?|xlsm)$/i, ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

function termInWord(word: string, term: string): boolean {
  return term.length >= MIN_INFIX_TERM_LENGTH ? word.includes(term) : word === term
}

/** a term in one of the words, or in the words joined ("KdNr" splits into kd, nr but is "kdnr") */
export function nameHasTerm(name: string, terms: readonly string[]): boolean {
  const words = nameWords(name)
  const joined = words.join('')
  return [...words, joined].some((word) => terms.some((term) => termInWord(word, term)))
}

// ---- tables ----

/** words that name what a table holds; ERP tables with cryptic names are listed by their full name */
export const TABLE_KIND_TERMS: Readonly<Record<TableKind, {terms: readonly string[]; erpTables: readonly string[]}>> = {
  customers: {terms: ['kunde', 'kunden', 'debitor', 'klient', 'customer', 'client', 'debtor'], erpTables: ['ocrd', 'res_partner', 's_user', 'adresse']},
  items: {terms: ['artikel', 'produkt', 'material', 'article', 'product', 'item', 'items'], erpTables: ['oitm', 'product_template', 's_articles']},
  orders: {terms: ['auftrag', 'auftraege', 'bestell', 'bestellung', 'verkauf', 'order', 'orders', 'sales'], erpTables: ['ordr', 'sale_order']},
  orderLines: {terms: [], erpTables: ['rdr1', 'inv1', 'dln1', 'sale_order_line', 'account_move_line', 's_order_details']},
  invoices: {terms: ['rechnung', 'faktura', 'invoice', 'invoices'], erpTables: ['oinv', 'account_move']},
  payments: {terms: ['zahlung', 'payment', 'payments', 'offeneposten'], erpTables: ['orct']},
  measurements: {
    terms: ['messung', 'messwert', 'sensor', 'maschine', 'telemetrie', 'protokoll', 'pruefung', 'qualitaet', 'measurement', 'reading', 'readings', 'machine', 'telemetry', 'quality', 'log', 'logs'],
    erpTables: [],
  },
}

/** words that contain a kind's term but name something else: "Produktion" is no product table */
export const TABLE_WORDS_EXCLUDED: readonly string[] = ['produktion', 'production']

/** a document word followed by one of these makes the table the document's lines (Auftragspositionen, order_lines) */
export const LINE_TERMS: readonly string[] = ['pos', 'position', 'positionen', 'zeile', 'zeilen', 'line', 'lines', 'detail', 'details', 'lineitem', 'item', 'items']

/** the roles the scan assigns (ERP recognition, table-name roles) that map onto a kind */
const ROLE_KINDS: Readonly<Record<string, TableKind>> = {
  customers: 'customers',
  items: 'items',
  orders: 'orders',
  orderLines: 'orderLines',
  invoices: 'invoices',
  payments: 'payments',
}

const DOCUMENT_KINDS: readonly TableKind[] = ['orders', 'invoices']

/** "auftrag_position", "order lines", "Auftragspositionen", "bestellpos", "orderdetails" */
function lineKind(words: readonly string[]): boolean {
  const documentTerms = DOCUMENT_KINDS.flatMap((kind) => TABLE_KIND_TERMS[kind].terms)
  return words.some((word, i) =>
    documentTerms.some((term) => {
      const at = word.indexOf(term)
      if (at < 0 || (term.length < MIN_INFIX_TERM_LENGTH && word !== term)) return false
      // the rest of a compound after the document word, German linking s dropped
      const rest = word.slice(at + term.length).replace(/^s(?=[a-z])/, '')
      return LINE_TERMS.some((line) => rest.startsWith(line)) || words.slice(i + 1).some((w) => LINE_TERMS.includes(w))
    }),
  )
}

/** what a table holds: the scan's role first, then its name; null when neither tells */
export function tableKind(table: TableReport): TableKind | null {
  if (table.role !== undefined && ROLE_KINDS[table.role] !== undefined) return ROLE_KINDS[table.role]
  return kindOfName(table.name)
}

/** what a table or file name says it holds: ERP table names, then a document's lines, then the last naming word */
export function kindOfName(name: string): TableKind | null {
  const bare = name.replace(/\.(csv|tsv|txt|xlsx?|xlsm)$/i, '').toLowerCase()
  for (const [kind, {erpTables}] of Object.entries(TABLE_KIND_TERMS) as Array<[TableKind, {erpTables: readonly string[]}]>) {
    if (erpTables.includes(bare)) return kind
  }
  const words = nameWords(name)
  if (lineKind(words)) return 'orderLines'
  // the last word that names something decides: "kunden_auftraege" holds orders
  for (let i = words.length - 1; i >= 0; i--) {
    if (TABLE_WORDS_EXCLUDED.some((excluded) => words[i].includes(excluded))) continue
    for (const [kind, {terms}] of Object.entries(TABLE_KIND_TERMS) as Array<[TableKind, {terms: readonly string[]}]>) {
      if (terms.some((term) => termInWord(words[i], term))) return kind
    }
  }
  return null
}

// ---- columns ----

export interface ColumnKindRule {
  types: readonly InferredType[]
  /** name terms; with `nameRequired` a column must carry one, else they only rank candidates */
  terms: readonly string[]
  nameRequired: boolean
  /** words that rule a column out although a term matched ("Fälligkeit" is no payment date) */
  excluded?: readonly string[]
}

const DATES: readonly InferredType[] = ['date', 'datetime']
const NUMBERS: readonly InferredType[] = ['integer', 'decimal']
const ANY: readonly InferredType[] = ['integer', 'decimal', 'text', 'mixed', 'boolean', 'date', 'datetime']

/** key-like names: a number column named so is an identifier, not a measure */
export const ID_TERMS: readonly string[] = ['id', 'nr', 'no', 'nummer', 'number', 'key', 'code', 'plz', 'jahr', 'year', 'monat', 'month', 'ean']

export const COLUMN_KINDS: Readonly<Record<ColumnKind, ColumnKindRule>> = {
  date: {types: DATES, terms: ['datum', 'date', 'belegdatum', 'docdate', 'erstellt', 'created'], nameRequired: false, excluded: ['faellig', 'due', 'geburt', 'birth']},
  timestamp: {types: DATES, terms: ['zeit', 'time', 'stamp', 'zeitstempel', 'timestamp', 'datum', 'date'], nameRequired: false},
  item: {types: ANY, terms: ['artikel', 'artnr', 'item', 'itemcode', 'product', 'produkt', 'sku', 'material', 'matnr'], nameRequired: true},
  quantity: {types: NUMBERS, terms: ['menge', 'qty', 'quantity', 'anzahl', 'stueck', 'stk', 'units', 'pieces'], nameRequired: true},
  customer: {types: ANY, terms: ['kunde', 'kunden', 'kdnr', 'kndnr', 'customer', 'cust', 'debitor', 'cardcode', 'partner', 'client', 'klient'], nameRequired: true},
  amount: {types: NUMBERS, terms: ['betrag', 'amount', 'summe', 'total', 'brutto', 'netto', 'preis', 'price', 'umsatz', 'wert', 'value'], nameRequired: true},
  dueDate: {types: DATES, terms: ['faellig', 'due', 'zahlungsziel', 'zahlbar'], nameRequired: true},
  paidDate: {
    types: DATES,
    terms: ['bezahlt', 'paid', 'zahldatum', 'zahlungsdatum', 'zahlungseingang', 'ausgleich', 'ausgeglichen', 'payment', 'eingang'],
    nameRequired: true,
    excluded: ['faellig', 'due'],
  },
  measure: {
    types: NUMBERS,
    terms: ['messwert', 'wert', 'value', 'temperatur', 'temperature', 'druck', 'pressure', 'dauer', 'duration', 'gewicht', 'weight', 'drehzahl', 'speed', 'laenge', 'length'],
    nameRequired: false,
    excluded: ID_TERMS,
  },
  category: {
    types: ['text', 'integer'],
    terms: ['kategorie', 'typ', 'type', 'art', 'status', 'klasse', 'category', 'class', 'label', 'grund', 'reason', 'thema', 'topic', 'gruppe', 'group'],
    nameRequired: true,
  },
}

function fits(column: ColumnReport, rule: ColumnKindRule): boolean {
  if (!rule.types.includes(column.inferredType)) return false
  if (rule.excluded !== undefined && nameHasTerm(column.name, rule.excluded)) return false
  return !rule.nameRequired || nameHasTerm(column.name, rule.terms)
}

/** the best column of a kind: a name match first, then the most complete; null when none fits */
export function findColumn(table: TableReport, kind: ColumnKind, skip: ReadonlySet<string> = new Set()): ColumnReport | null {
  const rule = COLUMN_KINDS[kind]
  const keys = new Set(table.primaryKey ?? [])
  const candidates = table.columns.filter((c) => !skip.has(c.name) && fits(c, rule) && !(kind === 'measure' && keys.has(c.name)))
  const rank = (c: ColumnReport): number => (nameHasTerm(c.name, rule.terms) ? 2 : 0) + (c.completeness ?? 0)
  return candidates.sort((a, b) => rank(b) - rank(a))[0] ?? null
}

// ---- history ----

export interface MonthsCovered {
  column: string
  months: number
  /** null when the scan has no month counts for the column (files report min and max only) */
  gapMonths: number | null
}

const ISO_MONTH = /^(\d{4})-(\d{2})/

function monthIndex(iso: string): number | null {
  const match = ISO_MONTH.exec(iso)
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null
}

/** how many months a date column spans: the database's month counts, else the column's min and max */
export function monthsCovered(table: TableReport, column: string): MonthsCovered | null {
  const history = table.history?.find((h) => h.column === column)
  if (history !== undefined) return {column, months: history.monthsSpanned, gapMonths: history.gapMonths}
  const col = table.columns.find((c) => c.name === column)
  if (col === undefined || typeof col.min !== 'string' || typeof col.max !== 'string') return null
  const [from, to] = [monthIndex(col.min), monthIndex(col.max)]
  if (from === null || to === null || to < from) return null
  return {column, months: to - from + 1, gapMonths: null}
}

// ---- text and personal data ----

/** column names that announce free text, whatever their length */
export const FREE_TEXT_TERMS: readonly string[] = [
  'bemerkung', 'notiz', 'kommentar', 'beschreibung', 'freitext', 'betreff', 'nachricht', 'anmerkung', 'memo', 'note', 'notes',
  'comment', 'description', 'subject', 'message', 'text',
]

/** a named notes column still needs values of at least this many characters to count as text */
export const NAMED_FREE_TEXT_MIN_LENGTH = 20

export function isFreeText(column: ColumnReport, minLength: number): boolean {
  if (column.inferredType !== 'text') return false
  if (column.pii.some((v) => v.evidence.includes('free-text'))) return true
  const longest = column.maxLength ?? 0
  return longest >= minLength || (longest >= NAMED_FREE_TEXT_MIN_LENGTH && nameHasTerm(column.name, FREE_TEXT_TERMS))
}

export function hasPersonalData(column: ColumnReport): boolean {
  return column.pii.some((v) => v.confidence >= PERSONAL_DATA_MIN_CONFIDENCE)
}

/** rows with a real value */
export function filledValues(table: TableReport, column: ColumnReport): number {
  return Math.round(table.rowCount * (column.completeness ?? 0))
}

// ---- tables of a report ----

export interface LocatedTable {
  source: SourceReport
  table: TableReport
}

/** the readable tables of all sources that were scanned */
export function reportTables(report: ScanReport): LocatedTable[] {
  return report.sources
    .filter((s) => s.status === 'ok')
    .flatMap((source) => source.tables.filter((t) => t.error === undefined && t.kind !== 'view').map((table) => ({source, table})))
}

/** "Verkauf.tAuftrag", "kunden.csv" */
export function tableLabel(table: TableReport): string {
  return table.schema !== undefined ? `${table.schema}.${table.name}` : table.name
}
