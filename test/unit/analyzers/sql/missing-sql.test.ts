import {describe, expect, it} from 'vitest'
import {missingClass, placeholderList, presentCondition} from '../../../../src/analyzers/sql/missing-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {LONGEST_PLACEHOLDER as LONGEST, PLACEHOLDERS} from '../../../../src/values/missing.js'
import {col, MSSQL_PLACEHOLDER_LIST, PLACEHOLDER_TEXTS, PLAIN_PLACEHOLDER_LIST} from '../../connectors/sql/catalog-fixture.js'
import {LONGEST_PLACEHOLDER, mssqlMissingClass} from '../../connectors/sql/mssql-text-fixture.js'

const others = [postgresDialect, mysqlDialect, sqliteDialect].map((d) => [d.name, d] as const)

describe('placeholderList', () => {
  it('the fixture spells the same list as src/values/missing.ts (the SQL and row paths share one definition)', () => {
    expect(PLACEHOLDERS).toEqual(PLACEHOLDER_TEXTS)
    expect(LONGEST).toBe(LONGEST_PLACEHOLDER)
  })

  it('SQL Server: every placeholder as N-literal, including en dash, em dash and ellipsis', () => {
    const list = placeholderList(mssqlDialect)
    expect(list).toBe(MSSQL_PLACEHOLDER_LIST)
    expect(list).toContain("N'–', N'—'")
    expect(list).toContain("N'...', N'…'")
    expect(list).not.toMatch(/(^|[^N])'n\/a'/)
  })

  it.each(others)('%s: plain literals', (_, d) => {
    expect(placeholderList(d)).toBe(PLAIN_PLACEHOLDER_LIST)
    expect(placeholderList(d)).toContain("'?', '??', '???'")
  })
})

describe('missingClass', () => {
  it('SQL Server: the complete CASE (null, empty, cheap test without trimming, trimmed test)', () => {
    expect(missingClass('[ProductName]', mssqlDialect)).toBe(mssqlMissingClass('[ProductName]'))
  })

  it('SQL Server: control characters as NCHAR so printed statements stay on their lines; no raw tab or newline', () => {
    const sql = missingClass('[x]', mssqlDialect)
    expect(sql).not.toMatch(/[\t\n\r\v\f]/)
    expect(sql).toContain('NCHAR(9), NCHAR(10), NCHAR(11), NCHAR(12), NCHAR(13)')
  })

  it.each(others)('%s: classes 1 and 2 for empty and placeholder, plain literals, no raw control characters', (_, d) => {
    const q = d.quoteIdent('name')
    const sql = missingClass(q, d)
    expect(sql.startsWith(`CASE WHEN ${q} IS NULL THEN NULL WHEN `)).toBe(true)
    expect(sql).toContain(`IN (${PLAIN_PLACEHOLDER_LIST}) THEN 2 ELSE 0 END`)
    expect(sql).toContain(`> ${LONGEST_PLACEHOLDER} THEN 0`)
    expect(sql).toContain(`WHEN ${d.trimmed(q)} = '' THEN 1 WHEN LOWER(${d.trimmed(q)}) IN (`)
    expect(sql).not.toMatch(/[\t\n\r\v\f]/)
    expect(sql).not.toContain("N'")
  })

  it('PostgreSQL compares as text (enums, domains) and finds edge whitespace with the run-time trim set', () => {
    const sql = missingClass('"status"', postgresDialect)
    expect(sql).toContain(`WHEN CAST("status" AS text) = '' THEN 1`)
    expect(sql).toMatch(/strpos\(\(SELECT ' ' \|\| chr\(9\).*left\(CAST\("status" AS text\), 1\)\) > 0/)
  })

  it('MySQL compares in utf8mb4 binary (latin1 columns, no accent folding of _ci collations)', () => {
    const sql = missingClass('`name`', mysqlDialect)
    expect(sql).toContain("WHEN (CONVERT(`name` USING utf8mb4) COLLATE utf8mb4_bin) = '' THEN 1")
    expect(sql).toContain('CHAR(9 USING utf8mb4)')
  })

  it('SQLite uses substr and char()', () => {
    const sql = missingClass('"name"', sqliteDialect)
    expect(sql).toContain('substr("name", 1, 1) IN (')
    expect(sql).toContain('substr("name", -1, 1) IN (')
    expect(sql).toContain('char(9)')
  })
})

describe('presentCondition', () => {
  it('typed columns: only not null', () => {
    expect(presentCondition(col('Preis', 'money', 'decimal', 0), '[Preis]', mssqlDialect)).toBe('[Preis] IS NOT NULL')
    expect(presentCondition(col('Datum', 'date', 'date', 0), '`Datum`', mysqlDialect)).toBe('`Datum` IS NOT NULL')
  })

  it('text columns: the missing class is 0', () => {
    expect(presentCondition(col('Name', 'nvarchar(40)', 'text', 0), '[Name]', mssqlDialect)).toBe(`${mssqlMissingClass('[Name]')} = 0`)
  })
})
