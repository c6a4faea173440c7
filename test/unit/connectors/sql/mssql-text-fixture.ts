/**
 * SQL Server fragments written out by hand, so that the complete statements in the builder tests are
 * spelled independently of the dialect code: a change of the generated text fails a test.
 */
import {MSSQL_PLACEHOLDER_LIST} from './catalog-fixture.js'

const NOT_SPACE = "N'%[^' + N' ' + NCHAR(9) + NCHAR(10) + NCHAR(13) + NCHAR(160) + N']%'"

/** the dialect's `trimmed` for SQL Server 2012+ (PATINDEX bounds instead of TRIM) */
export function mssqlTrimmed(q: string): string {
  return (
    `(CASE WHEN PATINDEX(${NOT_SPACE}, ${q}) = 0 THEN N'' ELSE SUBSTRING(${q}, PATINDEX(${NOT_SPACE}, ${q}), ` +
    `(LEN(${q} + N'.') - 1) - PATINDEX(${NOT_SPACE}, REVERSE(${q})) - PATINDEX(${NOT_SPACE}, ${q}) + 2) END)`
  )
}

/** what String.prototype.trim removes, as SQL Server literals (control characters as NCHAR) */
export const MSSQL_WHITESPACE_LIST = [
  "N' '", 'NCHAR(9)', 'NCHAR(10)', 'NCHAR(11)', 'NCHAR(12)', 'NCHAR(13)',
  ...['\u00a0', '\ufeff', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'].map((c) => `N'${c}'`),
].join(', ')

/** the first characters of the placeholders */
export const MSSQL_PLACEHOLDER_STARTS = ['n', '#', 'k', 'o', '-', '\u2013', '\u2014', '?', '.', '\u2026', '(', '<', 'u', 't', 'x', '0'].map((c) => `N'${c}'`).join(', ')

/** the longest placeholder ('00.00.0000 00:00:00') */
export const LONGEST_PLACEHOLDER = 19

/** the missing class of a text value: NULL null, 1 empty, 2 placeholder, 0 a real value */
export function mssqlMissingClass(q: string): string {
  const t = mssqlTrimmed(q)
  return (
    `CASE WHEN ${q} IS NULL THEN NULL WHEN ${q} = '' THEN 1` +
    ` WHEN NOT (LEFT(${q}, 1) IN (${MSSQL_WHITESPACE_LIST}) OR RIGHT(${q}, 1) IN (${MSSQL_WHITESPACE_LIST}))` +
    ` THEN CASE WHEN LOWER(LEFT(${q}, 1)) NOT IN (${MSSQL_PLACEHOLDER_STARTS}) OR (LEN(${q} + N'.') - 1) > ${LONGEST_PLACEHOLDER} THEN 0` +
    ` WHEN LOWER(${q}) IN (${MSSQL_PLACEHOLDER_LIST}) THEN 2 ELSE 0 END` +
    ` WHEN ${t} = '' THEN 1 WHEN LOWER(${t}) IN (${MSSQL_PLACEHOLDER_LIST}) THEN 2 ELSE 0 END`
  )
}

/** a text column holds a real value */
export function mssqlPresent(q: string): string {
  return `${mssqlMissingClass(q)} = 0`
}

export const BIN2 = 'COLLATE Latin1_General_100_BIN2'
