/**
 * Which keys of a database table are reported as candidate keys, and which need a GROUP BY to count
 * their duplicated values:
 * - the primary key and unique constraints are declared: the engine enforces them, nothing to count;
 * - a table without a primary key gets up to MAX_CHECKED single columns checked: columns named like
 *   identifiers (Kundennummer, kunden_nr, id) and columns that are nearly unique by the pushdown's
 *   distinct count — the same idea as the row path (src/analyzers/tables/key-columns.ts), decided here
 *   from whole-table counts instead of the sample.
 */
import {isComparable} from '../../analyzers/sql/sql-form.js'
import {isIdLikeHeader} from '../../analyzers/tables/header-words.js'
import type {CatalogColumn, CatalogTable} from '../../connectors/sql/catalog.js'

export const MAX_CHECKED = 3
/** a column without an identifier name is a key candidate only when at least this share of its values is distinct */
export const NEAR_UNIQUE_SHARE = 0.99
export const MIN_ROWS_FOR_UNNAMED_KEY = 100

export interface ColumnCounts {
  /** rows with a real value */
  present: number
  distinct: number | null
}

export interface KeyChoice {
  columns: CatalogColumn[]
  /** 'primary' / 'unique': declared and enforced; null: inferred, to be checked */
  declared: 'primary' | 'unique' | null
}

export function chooseKeys(table: CatalogTable, counts: readonly ColumnCounts[], rows: number): KeyChoice[] {
  const byName = new Map(table.columns.map((c) => [c.name, c]))
  const resolve = (names: readonly string[]) => names.map((n) => byName.get(n)).filter((c): c is CatalogColumn => c !== undefined)
  const keys: KeyChoice[] = []
  if (table.primaryKey && table.primaryKey.length > 0) keys.push({columns: resolve(table.primaryKey), declared: 'primary'})
  for (const unique of table.uniqueConstraints) {
    if (keys.some((k) => sameColumns(k.columns, unique))) continue
    keys.push({columns: resolve(unique), declared: 'unique'})
  }
  if (keys.length > 0 || rows === 0) return keys
  const candidates = table.columns
    .filter((c) => isComparable(c) && (c.typeClass === 'integer' || c.typeClass === 'text'))
    .map((column) => {
      const {present, distinct} = counts[column.position] ?? {present: 0, distinct: null}
      const idLike = isIdLikeHeader(column.name)
      const share = distinct === null || present === 0 ? 0 : distinct / present
      return {column, idLike, share, present}
    })
    .filter(({idLike, share, present}) => present > 0 && (idLike ? share >= 0.5 : rows >= MIN_ROWS_FOR_UNNAMED_KEY && share >= NEAR_UNIQUE_SHARE))
    .sort((a, b) => Number(b.idLike) - Number(a.idLike) || b.share - a.share || a.column.position - b.column.position)
  return candidates.slice(0, MAX_CHECKED).map(({column}) => ({columns: [column], declared: null}))
}

function sameColumns(columns: readonly CatalogColumn[], names: readonly string[]): boolean {
  return columns.length === names.length && columns.every((c, i) => c.name === names[i])
}
