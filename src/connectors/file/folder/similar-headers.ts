/**
 * Tables in different files whose header rows (nearly) match: the same entity kept in several
 * spreadsheets (`Kunden_Export.csv`, `Kundenliste_final.xlsx` › Kunden, …). Header names are compared
 * after normalisation (case, umlauts, ß, punctuation and spaces do not count), by Jaccard similarity of
 * the name sets. Pairs link transitively into groups.
 */
import {compareCodeUnits} from './duplicate-content.js'

export interface HeaderTable {
  /** the source id as in the report */
  source: string
  /** the file the table lives in; tables of one file are never compared with each other */
  sourcePath: string
  table: string
  columns: string[]
}

export interface SimilarHeaderGroup {
  /** the lowest similarity of any two tables of the group that lie in different files (0..1, 3 decimals) */
  similarity: number
  tables: Array<{source: string; path: string; table: string}>
  /** the columns every table of the group has, as the first table names them */
  columns: string[]
}

export const MIN_SIMILARITY = 0.8
export const MIN_SHARED_COLUMNS = 3

/**
 * "Straße" = "strasse" = "STRASSE", "E-Mail" = "EMail", "Kunden-Nr." = "kundennr": lower case, umlauts
 * spelled out, other accents dropped, everything but letters and digits removed.
 */
export function normaliseHeaderName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
}

/** Names a reader makes up for files without a header ("Spalte 3", "column_3") say nothing about content. */
const GENERATED_NAME = /^(?:spalte|column|col|feld|field)\d+$/

interface PreparedTable {
  index: number
  input: HeaderTable
  names: Set<string>
}

export function findSimilarHeaders(tables: readonly HeaderTable[]): SimilarHeaderGroup[] {
  const prepared: PreparedTable[] = []
  for (let i = 0; i < tables.length; i++) {
    const names = new Set<string>()
    for (const c of tables[i].columns) {
      const n = normaliseHeaderName(c)
      if (n !== '' && !GENERATED_NAME.test(n)) names.add(n)
    }
    if (names.size >= MIN_SHARED_COLUMNS) prepared.push({index: i, input: tables[i], names})
  }
  // Jaccard(A, B) <= |A| / |B| for |A| <= |B|: after sorting by size only a window of partners can reach
  // the threshold, which keeps large folders far below all-pairs cost
  prepared.sort((a, b) => a.names.size - b.names.size)

  const parent = prepared.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  for (let i = 0; i < prepared.length; i++) {
    const a = prepared[i]
    for (let j = i + 1; j < prepared.length; j++) {
      const b = prepared[j]
      if (a.names.size < MIN_SIMILARITY * b.names.size) break
      if (a.input.sourcePath === b.input.sourcePath) continue
      const shared = sharedCount(a.names, b.names)
      if (shared >= MIN_SHARED_COLUMNS && jaccard(a.names, b.names, shared) >= MIN_SIMILARITY) {
        parent[find(j)] = find(i)
      }
    }
  }

  const members = new Map<number, PreparedTable[]>()
  for (let i = 0; i < prepared.length; i++) {
    const root = find(i)
    const list = members.get(root)
    if (list === undefined) members.set(root, [prepared[i]])
    else list.push(prepared[i])
  }
  const groups: SimilarHeaderGroup[] = []
  for (const list of members.values()) if (list.length > 1) groups.push(describeGroup(list))
  groups.sort((a, b) => compareTableRefs(a.tables[0], b.tables[0]))
  return groups
}

function describeGroup(list: PreparedTable[]): SimilarHeaderGroup {
  list.sort((a, b) => compareTableRefs(a.input, b.input) || a.index - b.index)
  let similarity = 1
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (list[i].input.sourcePath === list[j].input.sourcePath) continue
      similarity = Math.min(similarity, jaccard(list[i].names, list[j].names))
    }
  }
  const first = list[0]
  const columns: string[] = []
  const taken = new Set<string>()
  for (const c of first.input.columns) {
    const n = normaliseHeaderName(c)
    if (taken.has(n) || !first.names.has(n)) continue
    if (list.every((t) => t.names.has(n))) {
      taken.add(n)
      columns.push(c)
    }
  }
  return {
    similarity: Math.round(similarity * 1000) / 1000,
    tables: list.map((t) => ({source: t.input.source, path: t.input.sourcePath, table: t.input.table})),
    columns,
  }
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n
}

function jaccard(a: Set<string>, b: Set<string>, shared = sharedCount(a, b)): number {
  return shared / (a.size + b.size - shared)
}

function compareTableRefs(a: {source: string; table: string}, b: {source: string; table: string}): number {
  return compareCodeUnits(a.source, b.source) || compareCodeUnits(a.table, b.table)
}
