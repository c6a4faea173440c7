/**
 * Likely foreign keys that the schema does not declare, found from names: `kunden_nr` in `auftrag` points
 * at `kunde.nr`, `Sell-to Customer No_` in `CRONUS$Sales Header` at `CRONUS$Customer.No_`, `kKunde` at
 * `tKunde.kKunde`. The scanner checks them for orphans like declared ones, reported as inferred.
 *
 * Precision over recall — a wrong key produces wrong orphan counts, a missed one only a gap:
 * - the child column must name a parent table (German/English, singular/plural, t/tbl prefixes, known
 *   abbreviations like kd/art), or carry exactly the name of a parent's single-column key;
 * - the parent needs a primary key or unique constraint on that one column — unless the column is named
 *   exactly like the parent's own key column (`artikel_nr` in a keyless `artikel`);
 * - types must be of one class (integer↔integer, text↔text; integer↔decimal is fine);
 * - bare `id`/`nr`/`No_` columns never point anywhere by name alone; nothing already declared, nothing on
 *   the child's own single-column key, no self-references; NAV tables only within their company;
 * - at most one parent per column, and none when two parents score the same.
 */
import {qualifiedName, type CatalogColumn, type CatalogTable} from '../connectors/sql/catalog.js'
import {splitCompanyTable, splitWords, tableNameVariants} from './erp-recognizer.js'

export interface InferredForeignKey {
  table: {schema: string | null; name: string}
  columns: string[]
  references: {schema: string | null; table: string; columns: string[]}
  /** e.g. "column kunden_nr in auftrag matches key nr of kunde" */
  reason: string
}

/** key column names that say nothing about which table they belong to */
const GENERIC_KEYS = new Set(['id', 'nr', 'no', 'nummer', 'num', 'number', 'key'])
/** words after a name that make a column a key or a reference to one */
const KEY_SUFFIXES = new Set(['id', 'nr', 'no', 'nummer', 'num', 'number', 'key'])
/** leading words that qualify a reference without changing its target (NAV "Sell-to Customer No_") */
const REFERENCE_QUALIFIERS = new Set(['sell', 'bill', 'ship', 'buy', 'pay', 'to', 'from', 'main', 'haupt', 'primary', 'default'])
/** abbreviations common in German and English schemas (kdnr, art_nr, lief_nr, cust_id) */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  kd: ['kunde'],
  kdn: ['kunde'],
  kund: ['kunde'],
  art: ['artikel'],
  lief: ['lieferant'],
  lf: ['lieferant'],
  ma: ['mitarbeiter'],
  auftr: ['auftrag'],
  rech: ['rechnung'],
  best: ['bestellung'],
  pers: ['personal'],
  cust: ['customer'],
  prod: ['product'],
  supp: ['supplier'],
  emp: ['employee'],
  ord: ['order'],
  cat: ['category'],
}

type StemKind = 'full' | 'tail' | 'abbreviation'

interface ParsedReference {
  /** candidate table-name stems, most specific first */
  stems: Array<{stem: string; kind: StemKind}>
  /** named as a key (suffix id/nr/No_, Hungarian kKunde), not just like a table (plz) */
  keyShaped: boolean
  /** the whole name, words joined: "sell-to customer no_" → "selltocustomerno" */
  normalized: string
}

const joinWords = (name: string): string => splitWords(name).join('')

/**
 * Reads a column name as a reference: its stem (the table it names) and whether it is key-shaped.
 * Null for generic names (id, nr, No_) that name no table.
 */
function parseReference(name: string): ParsedReference | null {
  const normalized = joinWords(name)
  // JTL: kKunde, and tKunde_kKunde (table_key)
  const hungarian = /(?:^|_)k([A-Z][A-Za-z0-9]*)$/.exec(name)
  if (hungarian) return withStems([joinWords(hungarian[1])], true, normalized)

  const words = splitWords(name)
  if (words.length === 0) return null
  const last = words[words.length - 1]
  if (KEY_SUFFIXES.has(last)) {
    const stemWords = words.slice(0, -1)
    return stemWords.length === 0 ? null : withStems(stemWords, true, normalized)
  }
  // a suffix written onto the word: kundennr, customerid, kundennummer (not "no": casino)
  const attached = /^(.{2,}?)(nr|nummer|number)$|^(.{3,}?)(id)$/.exec(last)
  if (attached) {
    const stem = attached[1] ?? attached[3]
    return withStems([...words.slice(0, -1), stem], true, normalized)
  }
  return withStems(words, false, normalized)
}

function withStems(stemWords: string[], keyShaped: boolean, normalized: string): ParsedReference | null {
  const stems: ParsedReference['stems'] = []
  const full = stemWords.join('')
  if (full.length >= 3) stems.push({stem: full, kind: 'full'})
  // drop leading qualifiers only: "sell to customer" → "customer", never "customer type" → "type"
  for (let start = 1; start < stemWords.length && REFERENCE_QUALIFIERS.has(stemWords[start - 1]); start++) {
    const tail = stemWords.slice(start).join('')
    if (tail.length >= 3) stems.push({stem: tail, kind: 'tail'})
  }
  for (const expansion of ABBREVIATIONS[full] ?? []) stems.push({stem: expansion, kind: 'abbreviation'})
  return stems.length === 0 ? null : {stems, keyShaped, normalized}
}

/** a word and its singular candidates: kunden → kunde, categories → category, auftraege → auftrag */
function nameForms(word: string): string[] {
  const forms = new Set([word])
  const add = (form: string): void => {
    if (form.length >= 3) forms.add(form)
  }
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`)
  if (word.endsWith('es')) add(word.slice(0, -2))
  if (word.endsWith('s')) add(word.slice(0, -1))
  if (word.endsWith('en')) add(word.slice(0, -2))
  if (word.endsWith('n')) add(word.slice(0, -1))
  // German umlaut plurals: auftraege → auftrag, koepfe → kopf
  const umlaut = /^(.*)(ae|oe|ue)([^aeiou]*)e$/.exec(word)
  if (umlaut) add(`${umlaut[1]}${umlaut[2][0]}${umlaut[3]}`)
  return [...forms]
}

interface Parent {
  table: CatalogTable
  company: string | null
  /** single-column keys: primary key first, then unique constraints and unique indexes */
  keys: Array<{column: CatalogColumn; kind: 'primary' | 'unique'}>
  forms: Set<string>
}

function singleColumnKeys(table: CatalogTable): Parent['keys'] {
  const byName = new Map(table.columns.map((column) => [column.name, column]))
  const keys: Parent['keys'] = []
  const add = (columns: readonly string[] | null, kind: 'primary' | 'unique'): void => {
    const column = columns?.length === 1 ? byName.get(columns[0]) : undefined
    if (column && !keys.some((key) => key.column === column)) keys.push({column, kind})
  }
  add(table.primaryKey, 'primary')
  for (const unique of table.uniqueConstraints) add(unique, 'unique')
  for (const index of table.indexes) if (index.unique) add(index.columns, index.primary ? 'primary' : 'unique')
  return keys
}

function tableForms(name: string): Set<string> {
  const forms = new Set<string>()
  for (const variant of tableNameVariants(name)) {
    // the lower-case "t" prefix strip (tbestellpos) is a guess; short remainders (title → itle) are noise
    if (variant === name.slice(1) && /^[a-z]/.test(variant) && variant.length < 5) continue
    for (const form of nameForms(joinWords(variant))) forms.add(form)
  }
  return forms
}

function toParent(table: CatalogTable): Parent {
  const parts = splitCompanyTable(table.name)
  return {
    table,
    company: parts?.company.toLowerCase() ?? null,
    keys: singleColumnKeys(table),
    forms: tableForms(parts?.table ?? table.name),
  }
}

const NUMERIC = new Set(['integer', 'decimal'])
const KEYABLE = new Set(['integer', 'decimal', 'text', 'binary', 'other'])

function compatibleTypes(child: CatalogColumn, parent: CatalogColumn): boolean {
  if (child.largeObject || parent.largeObject) return false
  if (NUMERIC.has(child.typeClass) && NUMERIC.has(parent.typeClass)) return true
  if (child.typeClass !== parent.typeClass || !KEYABLE.has(child.typeClass)) return false
  // uuid, BINARY(16) and the like: only the same declared type
  const base = (declared: string): string => declared.toLowerCase().replace(/\(.*$/, '').trim()
  return child.typeClass !== 'other' || base(child.declaredType) === base(parent.declaredType)
}

const STEM_POINTS: Record<StemKind, number> = {full: 4, tail: 3, abbreviation: 3}

interface Candidate {
  parent: Parent
  key: CatalogColumn
  score: number
}

/** the best key of `parent` that `column` can point at, with its score; null when none qualifies */
function scoreParent(
  child: CatalogTable,
  column: CatalogColumn,
  reference: ParsedReference,
  parent: Parent,
): Candidate | null {
  const stemMatch = reference.stems.find((entry) => nameForms(entry.stem).some((form) => parent.forms.has(form)))
  const stemPoints = stemMatch ? STEM_POINTS[stemMatch.kind] : 0
  const schemaPoints = parent.table.schema === child.schema ? 1 : 0
  let best: Candidate | null = null
  const consider = (key: CatalogColumn, points: number): void => {
    if (!compatibleTypes(column, key)) return
    const score = points + schemaPoints
    if (best === null || score > best.score) best = {parent, key, score}
  }

  for (const {column: key, kind} of parent.keys) {
    const keyName = joinWords(key.name)
    const sameName = keyName === reference.normalized
    const keyPoints = kind === 'primary' ? 1 : 0
    if (sameName && (stemMatch || reference.keyShaped)) {
      consider(key, stemPoints + 3 + keyPoints)
    } else if (stemMatch && reference.keyShaped && (GENERIC_KEYS.has(keyName) || namesTable(key.name, parent))) {
      consider(key, stemPoints + 1 + keyPoints)
    }
  }
  // a keyless parent: only a column named exactly like the child's and named after the parent itself
  if (parent.keys.length === 0 && stemMatch && reference.keyShaped) {
    const key = parent.table.columns.find((candidate) => joinWords(candidate.name) === reference.normalized)
    if (key && namesTable(key.name, parent)) consider(key, stemPoints + 3 - 1)
  }
  return best
}

/** whether a key column is named after its own table: artikel.artikel_nr, tKunde.kKunde, kunde.kdnr */
function namesTable(columnName: string, parent: Parent): boolean {
  const own = parseReference(columnName)
  return own !== null && own.keyShaped && own.stems.some((entry) => nameForms(entry.stem).some((form) => parent.forms.has(form)))
}

function declaredColumns(table: CatalogTable): Set<string> {
  return new Set(table.foreignKeys.flatMap((foreignKey) => foreignKey.columns))
}

export function inferForeignKeys(tables: readonly CatalogTable[]): InferredForeignKey[] {
  const parents = tables.filter((table) => table.kind === 'table').map(toParent)
  const byForm = new Map<string, Parent[]>()
  const byKeyName = new Map<string, Parent[]>()
  const index = (map: Map<string, Parent[]>, key: string, parent: Parent): void => {
    const list = map.get(key) ?? []
    if (!list.includes(parent)) list.push(parent)
    map.set(key, list)
  }
  for (const parent of parents) {
    for (const form of parent.forms) index(byForm, form, parent)
    for (const {column} of parent.keys) index(byKeyName, joinWords(column.name), parent)
  }

  const inferred: InferredForeignKey[] = []
  for (const child of parents) {
    const declared = declaredColumns(child.table)
    const ownKey = child.table.primaryKey?.length === 1 ? child.table.primaryKey[0] : undefined
    for (const column of child.table.columns) {
      if (declared.has(column.name) || column.name === ownKey) continue
      const reference = parseReference(column.name)
      if (reference === null) continue
      const candidates = new Set<Parent>(byKeyName.get(reference.normalized) ?? [])
      for (const {stem} of reference.stems) {
        for (const form of nameForms(stem)) for (const parent of byForm.get(form) ?? []) candidates.add(parent)
      }
      const best = pickBest(child, column, reference, candidates)
      if (best) inferred.push(toForeignKey(child.table, column, best))
    }
  }
  return inferred
}

function pickBest(child: Parent, column: CatalogColumn, reference: ParsedReference, parents: Set<Parent>): Candidate | null {
  let best: Candidate | null = null
  let tied = false
  for (const parent of parents) {
    if (parent === child || parent.company !== child.company) continue
    const candidate = scoreParent(child.table, column, reference, parent)
    if (candidate === null) continue
    if (best === null || candidate.score > best.score) {
      best = candidate
      tied = false
    } else if (candidate.score === best.score) {
      tied = true
    }
  }
  // two parents equally likely: guessing would report wrong orphans half the time
  return tied ? null : best
}

function toForeignKey(child: CatalogTable, column: CatalogColumn, best: Candidate): InferredForeignKey {
  const parent = best.parent.table
  return {
    table: {schema: child.schema, name: child.name},
    columns: [column.name],
    references: {schema: parent.schema, table: parent.name, columns: [best.key.name]},
    reason: `column ${column.name} in ${qualifiedName(child)} matches key ${best.key.name} of ${qualifiedName(parent)}`,
  }
}
