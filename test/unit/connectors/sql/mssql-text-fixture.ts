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

/** a text column holds a real value: not null, not blank, not a placeholder */
export function mssqlPresent(q: string): string {
  const t = mssqlTrimmed(q)
  return `${q} IS NOT NULL AND ${t} <> '' AND LOWER(${t}) NOT IN (${MSSQL_PLACEHOLDER_LIST})`
}

export const BIN2 = 'COLLATE Latin1_General_100_BIN2'
