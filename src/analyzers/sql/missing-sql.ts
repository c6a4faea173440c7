/**
 * Missing-ness in SQL: the same definition as src/values/missing.ts (the row path), as conditions.
 * - Null: SQL NULL.
 * - Empty: a text that is '' after trimming whitespace (the dialect's `trimmed`).
 * - Placeholder: the trimmed, lower-cased text is one of PLACEHOLDERS.
 * Non-text columns (numbers, dates, booleans) can only be null: a typed value is always a value.
 */
import type {CatalogColumn} from '../../connectors/sql/catalog.js'
import type {SqlDialect} from '../../connectors/sql/dialect.js'
import {PLACEHOLDERS} from '../../values/missing.js'
import {isTextColumn, sqlString} from './sql-form.js'

export function placeholderList(dialect: SqlDialect): string {
  return PLACEHOLDERS.map((p) => sqlString(dialect, p)).join(', ')
}

export function emptyCondition(expr: string, dialect: SqlDialect): string {
  return `${dialect.trimmed(expr)} = ''`
}

export function placeholderCondition(expr: string, dialect: SqlDialect): string {
  return `LOWER(${dialect.trimmed(expr)}) IN (${placeholderList(dialect)})`
}

/** the condition "this row has a real value in the column" */
export function presentCondition(column: CatalogColumn, expr: string, dialect: SqlDialect): string {
  if (!isTextColumn(column)) return `${expr} IS NOT NULL`
  const trimmed = dialect.trimmed(expr)
  return `${expr} IS NOT NULL AND ${trimmed} <> '' AND LOWER(${trimmed}) NOT IN (${placeholderList(dialect)})`
}
