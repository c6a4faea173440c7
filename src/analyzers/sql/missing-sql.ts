/**
 * Missing-ness in SQL: the same definition as src/values/missing.ts (the row path), as one CASE that
 * classifies a text value: NULL for SQL NULL, 1 empty ('' or only whitespace), 2 placeholder (the
 * trimmed, lower-cased text is one of PLACEHOLDERS), 0 a real value. Non-text columns (numbers, dates,
 * booleans) can only be null: a typed value is always a value.
 *
 * Trimming is the expensive part (PostgreSQL and MySQL build it from several functions), and most
 * values have no whitespace at their ends: the CASE trims only values whose first or last character is
 * whitespace, and compares with the placeholder list only values short enough to be one. Measured on a
 * 1M-row table this is what brings the pushdown near a hand-written aggregate.
 */
import type {CatalogColumn} from '../../connectors/sql/catalog.js'
import type {SqlDialect} from '../../connectors/sql/dialect.js'
import {POSTGRES_TRIM_CHARACTERS} from '../../connectors/sql/postgres.js'
import {LONGEST_PLACEHOLDER, PLACEHOLDERS} from '../../values/missing.js'
import {isTextColumn, sqlString} from './sql-form.js'

/** what String.prototype.trim removes (src/values/missing.ts isSpaceCode) */
const WHITESPACE = [
  ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\ufeff', '\u1680',
  '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
]

export function placeholderList(dialect: SqlDialect): string {
  return PLACEHOLDERS.map((p) => sqlString(dialect, p)).join(', ')
}

/**
 * The value as text that compares exactly: PostgreSQL compares enums and other types as text only after a
 * cast; MySQL columns may be latin1 (the literals are utf8mb4: "illegal mix of collations") and their
 * _ci collations would equate 'ná' with the placeholder 'na'.
 */
function asText(expr: string, dialect: SqlDialect): string {
  if (dialect.name === 'postgres') return `CAST(${expr} AS text)`
  if (dialect.name === 'mysql') return `(CONVERT(${expr} USING utf8mb4) COLLATE utf8mb4_bin)`
  return expr
}

/** a whitespace character as SQL; control characters as char functions, so printed statements stay on their lines */
function whitespaceLiteral(c: string, dialect: SqlDialect): string {
  const code = c.charCodeAt(0)
  if (code >= 32) return sqlString(dialect, c)
  switch (dialect.name) {
    case 'mysql':
      return `CHAR(${code} USING utf8mb4)`
    case 'mssql':
      return `NCHAR(${code})`
    case 'sqlite':
      return `char(${code})`
    default:
      return `chr(${code})`
  }
}

/** the first or the last character is whitespace (or the value is empty, where engines differ) */
function edgeIsSpace(expr: string, dialect: SqlDialect): string {
  switch (dialect.name) {
    case 'postgres': {
      // a LATIN1 database cannot even parse U+3000 as a literal: the dialect's trim set is built at run time
      const text = asText(expr, dialect)
      return `(strpos(${POSTGRES_TRIM_CHARACTERS}, left(${text}, 1)) > 0 OR strpos(${POSTGRES_TRIM_CHARACTERS}, right(${text}, 1)) > 0)`
    }
    case 'sqlite': {
      const list = WHITESPACE.map((c) => whitespaceLiteral(c, dialect)).join(', ')
      return `(substr(${expr}, 1, 1) IN (${list}) OR substr(${expr}, -1, 1) IN (${list}))`
    }
    default: {
      const list = WHITESPACE.map((c) => whitespaceLiteral(c, dialect)).join(', ')
      const text = asText(expr, dialect)
      return `(LEFT(${text}, 1) IN (${list}) OR RIGHT(${text}, 1) IN (${list}))`
    }
  }
}

/** the first characters of the placeholders (they are stored lower-case) */
const PLACEHOLDER_FIRST = [...new Set(PLACEHOLDERS.map((p) => p.charAt(0)))]

function firstChar(expr: string, dialect: SqlDialect): string {
  return dialect.name === 'sqlite' ? `substr(${expr}, 1, 1)` : `LEFT(${asText(expr, dialect)}, 1)`
}

/**
 * NULL, 0 value, 1 empty, 2 placeholder — for a text column. Cheapest tests first: a value without
 * whitespace at its ends is a placeholder only if it starts like one and is short enough.
 */
export function missingClass(expr: string, dialect: SqlDialect): string {
  const text = asText(expr, dialect)
  const trimmed = dialect.trimmed(expr)
  const placeholders = placeholderList(dialect)
  const starts = PLACEHOLDER_FIRST.map((c) => sqlString(dialect, c)).join(', ')
  return (
    `CASE WHEN ${expr} IS NULL THEN NULL WHEN ${text} = '' THEN 1` +
    ` WHEN NOT ${edgeIsSpace(expr, dialect)} THEN CASE WHEN LOWER(${firstChar(expr, dialect)}) NOT IN (${starts})` +
    ` OR ${dialect.charLength(expr)} > ${LONGEST_PLACEHOLDER} THEN 0 WHEN LOWER(${text}) IN (${placeholders}) THEN 2 ELSE 0 END` +
    ` WHEN ${trimmed} = '' THEN 1 WHEN LOWER(${trimmed}) IN (${placeholders}) THEN 2 ELSE 0 END`
  )
}

/** the condition "this row has a real value in the column" */
export function presentCondition(column: CatalogColumn, expr: string, dialect: SqlDialect): string {
  if (!isTextColumn(column)) return `${expr} IS NOT NULL`
  return `${missingClass(expr, dialect)} = 0`
}
