/**
 * Recognises the ERP system behind a database from its table names (signatures in erp-signatures.ts), maps
 * its core entities to tables, and — for databases without a recognised ERP — infers what each table holds
 * from German and English table names. Pure functions over names and catalog types: no SQL, no I/O.
 */
import {qualifiedName} from '../connectors/sql/catalog.js'
import {
  CORE_ENTITIES,
  ERP_SIGNATURES,
  GERMAN_COMPOUND_HEADS,
  HEADER_WORDS,
  LINE_DOCUMENT_WORDS,
  LINE_WORDS,
  MASTER_WORDS,
  NAV_COMPANY_TABLE,
  NON_SALES_ORDER_QUALIFIERS,
  QUALIFIER_WORDS,
  ROLE_WORDS,
  TECHNICAL_CLIENT_QUALIFIERS,
  type CoreEntity,
  type ErpSignature,
  type TablePattern,
  type TableRole,
} from './erp-signatures.js'

export type {CoreEntity, TableRole} from './erp-signatures.js'

export interface TableName {
  schema: string | null
  name: string
}

export interface ErpRecognition {
  /** stable id of the signature ("sap-business-one", "dynamics-nav", "sakila") */
  id: string
  name: string
  /** 0..1, from how many of the system's signature tables are present */
  confidence: number
  /** which signature tables were found, e.g. "OCRD, OITM, ORDR, OINV (4 of 18 signature tables)" */
  evidence: string[]
  /** a sample/teaching database (Northwind, Sakila), not a production ERP */
  sample?: boolean
  /** Dynamics NAV / BC: the companies whose tables carry the signature */
  companies?: string[]
  /** qualified table names ("schema.table" or "table") per core entity */
  entities: Partial<Record<CoreEntity, string[]>>
}

/** the least confidence a recognition has; below a signature's minCore nothing is reported at all */
export const MIN_ERP_CONFIDENCE = 0.5

/** Dynamics NAV / BC 15+ base application, the GUID its tables carry as a suffix */
const BC_BASE_APP_GUID = '437dbf0e-84ff-417a-965d-ed2bb9650972'

export function recognizeErp(tables: readonly TableName[]): ErpRecognition | null {
  let best: ErpRecognition | null = null
  for (const signature of ERP_SIGNATURES) {
    const candidate = signature.companyPrefixed ? scoreCompanyPrefixed(signature, tables) : scorePlain(signature, tables)
    if (candidate === null || candidate.confidence < MIN_ERP_CONFIDENCE) continue
    if (best === null || isBetter(candidate, best)) best = candidate
  }
  return best
}

function isBetter(a: ErpRecognition, b: ErpRecognition): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence
  // a real ERP wins a tie against a sample database
  return Boolean(b.sample) && !a.sample
}

function matchesPattern(pattern: TablePattern, schema: string | null, name: string): boolean {
  if (pattern.schema !== undefined && (schema ?? '').toLowerCase() !== pattern.schema.toLowerCase()) return false
  const lower = name.toLowerCase()
  if ('name' in pattern) return lower === pattern.name.toLowerCase()
  if ('prefix' in pattern) return lower.startsWith(pattern.prefix.toLowerCase())
  return pattern.regex.test(name)
}

interface SignatureCount {
  found: string[]
  coreFound: number
  otherFound: number
}

function countSignature(signature: ErpSignature, tables: ReadonlyArray<{schema: string | null; name: string}>): SignatureCount {
  const found: string[] = []
  let coreFound = 0
  for (const entry of signature.tables) {
    if (!tables.some((table) => matchesPattern(entry.pattern, table.schema, table.name))) continue
    found.push(entry.label)
    if (entry.core) coreFound++
  }
  return {found, coreFound, otherFound: found.length - coreFound}
}

/** 0.5 at nothing, rising with the share of core tables (weight 0.3) and of the other tables (0.2) found */
function confidenceOf(signature: ErpSignature, count: SignatureCount): number {
  const coreTotal = signature.tables.filter((entry) => entry.core).length
  const otherTotal = signature.tables.length - coreTotal
  const coreShare = count.coreFound / coreTotal
  const otherShare = otherTotal === 0 ? coreShare : count.otherFound / otherTotal
  return Math.round((0.5 + 0.3 * coreShare + 0.2 * otherShare) * 100) / 100
}

function evidenceLine(signature: ErpSignature, count: SignatureCount): string {
  return `${count.found.join(', ')} (${count.found.length} of ${signature.tables.length} signature tables)`
}

function scorePlain(signature: ErpSignature, tables: readonly TableName[]): ErpRecognition | null {
  const count = countSignature(signature, tables)
  if (count.coreFound < signature.minCore) return null
  const entities: Partial<Record<CoreEntity, string[]>> = {}
  for (const entity of CORE_ENTITIES) {
    const patterns = signature.entities[entity]
    if (!patterns) continue
    // in pattern order: the signature lists the main table first (Verkauf.tAuftrag before legacy tBestellung)
    const names = patterns.flatMap((pattern) =>
      tables.filter((table) => matchesPattern(pattern, table.schema, table.name)).map((table) => qualifiedName(table)),
    )
    if (names.length > 0) entities[entity] = [...new Set(names)]
  }
  return {
    id: signature.id,
    name: signature.name,
    confidence: confidenceOf(signature, count),
    evidence: [evidenceLine(signature, count)],
    ...(signature.sample ? {sample: true} : {}),
    entities,
  }
}

interface CompanyTable {
  table: TableName
  base: string
  app: string | undefined
}

/** `<Company>$<Table>[$<app GUID>]` split into its parts; null for names without a company prefix */
export function splitCompanyTable(name: string): {company: string; table: string; app?: string} | null {
  const match = NAV_COMPANY_TABLE.exec(name)
  if (!match?.groups) return null
  const {company, table, app} = match.groups
  return app === undefined ? {company, table} : {company, table, app}
}

function scoreCompanyPrefixed(signature: ErpSignature, tables: readonly TableName[]): ErpRecognition | null {
  // the same company name in two schemas is two companies
  const companies = new Map<string, {label: string; tables: CompanyTable[]}>()
  for (const table of tables) {
    const parts = splitCompanyTable(table.name)
    if (parts === null) continue
    const key = `${table.schema ?? ''}\u0000${parts.company}`
    const group = companies.get(key) ?? {label: parts.company, tables: []}
    group.tables.push({table, base: parts.table, app: parts.app})
    companies.set(key, group)
  }
  const qualifying: Array<{label: string; tables: CompanyTable[]; count: SignatureCount}> = []
  for (const group of companies.values()) {
    const count = countSignature(signature, group.tables.map((entry) => ({schema: entry.table.schema, name: entry.base})))
    if (count.coreFound >= signature.minCore) qualifying.push({...group, count})
  }
  if (qualifying.length === 0) return null
  qualifying.sort((a, b) => b.count.coreFound - a.count.coreFound || b.count.found.length - a.count.found.length)

  const evidence = qualifying.slice(0, 5).map((group) => `${group.label}: ${evidenceLine(signature, group.count)}`)
  const labels = [...new Set(qualifying.map((group) => group.label))]
  if (qualifying.length > 1) evidence.push(`${qualifying.length} companies: ${labels.join(', ')}`)
  if (qualifying.some((group) => group.tables.some((entry) => entry.app !== undefined))) {
    evidence.push('table names carry an app GUID suffix ($<GUID>), as Business Central 15 and later name them')
  }

  const entities: Partial<Record<CoreEntity, string[]>> = {}
  for (const entity of CORE_ENTITIES) {
    const patterns = signature.entities[entity]
    if (!patterns) continue
    const names: string[] = []
    for (const group of qualifying) {
      const matching = group.tables.filter((entry) =>
        patterns.some((pattern) => matchesPattern(pattern, entry.table.schema, entry.base)),
      )
      const main = preferBaseTable(matching)
      if (main) names.push(qualifiedName(main.table))
    }
    if (names.length > 0) entities[entity] = names
  }
  return {
    id: signature.id,
    name: signature.name,
    confidence: confidenceOf(signature, qualifying[0].count),
    evidence,
    companies: labels,
    entities,
  }
}

/** of `Company$Customer` and its extension tables `Company$Customer$<GUID>`, the one that holds the rows */
function preferBaseTable(matching: CompanyTable[]): CompanyTable | undefined {
  return (
    matching.find((entry) => entry.app === undefined) ??
    matching.find((entry) => entry.app?.toLowerCase() === BC_BASE_APP_GUID) ??
    matching[0]
  )
}

// ---- table roles from names ----

/** lower case with umlauts folded (ä → ae, ß → ss), so "Aufträge" and "auftraege" are one word */
export function foldUmlauts(text: string): string {
  return text
    .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
}

/** a name's words: split at separators and camelCase ("SalesOrderDetail" → sales, order, detail) */
export function splitWords(name: string): string[] {
  return foldUmlauts(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

const ROLE_OF = new Map<string, TableRole>()
for (const [role, words] of Object.entries(ROLE_WORDS) as Array<[TableRole, readonly string[]]>) {
  for (const word of words) ROLE_OF.set(word, role)
}
const LINES = new Set(LINE_WORDS)
const HEADERS = new Set(HEADER_WORDS)
const MASTERS = new Set(MASTER_WORDS)
const LINE_DOCUMENTS = new Set(LINE_DOCUMENT_WORDS)
const NON_SALES = new Set(NON_SALES_ORDER_QUALIFIERS)
const TECHNICAL = new Set(TECHNICAL_CLIENT_QUALIFIERS)
const ENTRY_QUALIFIERS = new Set(['ledger', 'gl', 'g', 'value', 'journal', 'posting', 'buchungs'])
const KNOWN_WORDS = new Set([
  ...ROLE_OF.keys(), ...LINES, ...HEADERS, ...MASTERS, ...QUALIFIER_WORDS, 'entry', 'entries',
])
const COMPOUND_HEADS = Object.keys(GERMAN_COMPOUND_HEADS).sort((a, b) => b.length - a.length)

/**
 * Splits a joined word into known words (salesorderdetails → sales order details, bestellpos → bestell
 * pos, auftragsposition → auftrag position with the German linking s). Null when it does not split
 * completely: "border" is not b + order.
 */
function segment(word: string): string[] | null {
  // best[i]: the fewest-word split of word[0, i)
  const best: Array<string[] | null> = Array.from({length: word.length + 1}, () => null)
  best[0] = []
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start]
      if (before === null) continue
      const piece = word.slice(start, end)
      let next: string[] | null = null
      if (KNOWN_WORDS.has(piece)) next = [...before, piece]
      // a linking s between two words (Auftrag-s-position) adds no word
      else if (piece === 's' && before.length > 0 && end < word.length) next = before
      if (next !== null && (best[end] === null || next.length < best[end]!.length)) best[end] = next
    }
  }
  const result = best[word.length]
  return result !== null && result.length > 1 ? result : null
}

/** the words of a name, joined words split, a German compound's head separated, trailing numbers dropped */
function roleWords(name: string): string[] | 'excluded' {
  const words: string[] = []
  for (const word of splitWords(name)) {
    words.push(...(KNOWN_WORDS.has(word) ? [word] : segment(word) ?? [word]))
  }
  // partitions and yearly copies: payment_p2007_01, kunden2019
  while (words.length > 0 && /^[a-z]?\d+$/.test(words[words.length - 1])) words.pop()
  if (words.length > 0) words[words.length - 1] = words[words.length - 1].replace(/(?<=[a-z]{3})\d+$/, '')
  const last = words[words.length - 1]
  if (last !== undefined && !KNOWN_WORDS.has(last)) {
    for (const head of COMPOUND_HEADS) {
      if (!last.endsWith(head) || last.length - head.length < 2) continue
      const prefix = last.slice(0, -head.length)
      if (GERMAN_COMPOUND_HEADS[head].some((excluded) => prefix.endsWith(excluded))) return 'excluded'
      words.splice(words.length - 1, 1, prefix, head)
      break
    }
  }
  return words
}

function roleOfWords(words: string[]): TableRole {
  const last = words[words.length - 1]
  const qualifiers = words.slice(0, -1)
  if (last === 'entry' || last === 'entries') {
    return qualifiers.some((word) => ENTRY_QUALIFIERS.has(word)) ? 'transactions' : 'other'
  }
  const role = ROLE_OF.get(last)
  if (role === undefined) return 'other'
  if (role === 'orders' && qualifiers.some((word) => NON_SALES.has(word))) return 'transactions'
  if ((last === 'client' || last === 'clients') && qualifiers.some((word) => TECHNICAL.has(word))) return 'other'
  return role
}

function dropTrailing(words: string[], set: ReadonlySet<string>): string[] {
  const rest = [...words]
  while (rest.length > 1 && set.has(rest[rest.length - 1])) rest.pop()
  return rest
}

function classifyWords(name: string): TableRole {
  const split = roleWords(name)
  if (split === 'excluded' || split.length === 0) return 'other'
  let words = dropTrailing(split, MASTERS)
  words = dropTrailing(words, HEADERS)
  const last = words[words.length - 1]
  if (!LINES.has(last)) return roleOfWords(words)

  const head = [...words]
  while (head.length > 0 && LINES.has(head[head.length - 1])) head.pop()
  const documentHead = dropTrailing(head, HEADERS)
  if (documentHead.length === 0 || HEADERS.has(documentHead[0])) {
    return last === 'item' || last === 'items' ? 'items' : 'other'
  }
  const headRole = roleOfWords(documentHead)
  if (headRole === 'orders' || headRole === 'invoices') return 'orderLines'
  if (LINE_DOCUMENTS.has(documentHead[documentHead.length - 1])) return 'orderLines'
  return headRole === 'transactions' ? 'transactions' : 'other'
}

/** the name and the name without a naming-convention prefix: tKunde, tbl_kunden, s_order, tabItem, KHK… */
export function tableNameVariants(name: string): string[] {
  const variants = [name]
  const add = (match: RegExpExecArray | null): void => {
    if (match && match[1].length >= 2) variants.push(match[1])
  }
  add(/^tbl_?(.+)$/i.exec(name))
  add(/^t_(.+)$/i.exec(name))
  add(/^t([A-Z].*)$/.exec(name))
  add(/^tab([A-Z].*)$/.exec(name))
  add(/^s_(.+)$/i.exec(name))
  add(/^khk(.+)$/i.exec(name))
  // JTL also spells some tables in lower case (tbestellpos): tried last, and only kept on a known word
  add(/^t([a-z].+)$/.exec(name))
  return [...new Set(variants)]
}

/** What a table holds, judged by its name alone (company prefix and naming-convention prefix removed). */
export function classifyTableName(name: string): TableRole {
  const base = splitCompanyTable(name)?.table ?? name
  for (const variant of tableNameVariants(base)) {
    const role = classifyWords(variant)
    if (role !== 'other') return role
  }
  return 'other'
}

/** Table roles from German and English table names, for databases without a recognised ERP. */
export function inferTableRoles(tables: readonly TableName[]): Map<string, TableRole> {
  const roles = new Map<string, TableRole>()
  for (const table of tables) roles.set(qualifiedName(table), classifyTableName(table.name))
  return roles
}
