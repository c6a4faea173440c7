/**
 * The text of the plain SELECTs the dialects build for reading rows (samples, key-range slices): the same
 * clauses everywhere, only the row limit is spelt two ways (`LIMIT n` at the end, SQL Server's `TOP (n)`
 * at the front). The dialect files pass in their own quoting and column expressions.
 */
import type {CatalogColumn, CatalogTable} from './catalog.js'

/** The parts of a SELECT; `where` and `orderBy` are left out when empty. */
export interface SelectParts {
  columns: string
  from: string
  where?: string
  orderBy?: string
}

/** n as a row count SQL accepts: a whole number, never negative. */
export function rowLimit(n: number): string {
  return String(Math.max(0, Math.floor(n)))
}

function clauses(select: SelectParts): string {
  let sql = `${select.columns} FROM ${select.from}`
  if (select.where) sql += ` WHERE ${select.where}`
  if (select.orderBy) sql += ` ORDER BY ${select.orderBy}`
  return sql
}

/** `SELECT … FROM … [WHERE …] [ORDER BY …] LIMIT n` (PostgreSQL, MySQL/MariaDB, SQLite) */
export function limitSelect(select: SelectParts, n: number): string {
  return `SELECT ${clauses(select)} LIMIT ${rowLimit(n)}`
}

/** `SELECT TOP (n) … FROM … [WHERE …] [ORDER BY …]` (SQL Server) */
export function topSelect(select: SelectParts, n: number): string {
  return `SELECT TOP (${rowLimit(n)}) ${clauses(select)}`
}

/** `schema.table` with both parts quoted, or the table alone where the engine has no schemas (MySQL, SQLite). */
export function qualifiedTableRef(table: Pick<CatalogTable, 'schema' | 'name'>, quoteIdent: (name: string) => string): string {
  return table.schema === null ? quoteIdent(table.name) : `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`
}

/**
 * The select list of a sample: each column as the dialect's sampleExpr reads it, renamed back to the
 * column's name where the expression differs; a constant `_` column when there are no columns (a SELECT
 * needs one).
 */
export function sampleSelectList(columns: readonly CatalogColumn[], quoteIdent: (name: string) => string, sampleExpr: (column: CatalogColumn) => string): string {
  if (columns.length === 0) return `1 AS ${quoteIdent('_')}`
  return columns
    .map((column) => {
      const expr = sampleExpr(column)
      const quoted = quoteIdent(column.name)
      return expr === quoted ? quoted : `${expr} AS ${quoted}`
    })
    .join(', ')
}
