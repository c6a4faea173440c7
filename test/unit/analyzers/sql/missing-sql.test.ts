import {describe, expect, it} from 'vitest'
import {emptyCondition, placeholderCondition, placeholderList, presentCondition} from '../../../../src/analyzers/sql/missing-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {PLACEHOLDERS} from '../../../../src/values/missing.js'
import {col, MSSQL_PLACEHOLDER_LIST, PLACEHOLDER_TEXTS, PLAIN_PLACEHOLDER_LIST} from '../../connectors/sql/catalog-fixture.js'

describe('placeholderList', () => {
  it('the fixture spells the same list as src/values/missing.ts (the SQL and row paths share one definition)', () => {
    expect(PLACEHOLDERS).toEqual(PLACEHOLDER_TEXTS)
  })

  it('SQL Server: every placeholder as N-literal, including en dash, em dash and ellipsis', () => {
    const list = placeholderList(mssqlDialect)
    expect(list).toBe(MSSQL_PLACEHOLDER_LIST)
    expect(list).toContain("N'–', N'—'")
    expect(list).toContain("N'...', N'…'")
    expect(list).not.toMatch(/(^|[^N])'n\/a'/)
  })

  it.each([postgresDialect, mysqlDialect, sqliteDialect].map((d) => [d.name, d] as const))('%s: plain literals', (_, d) => {
    expect(placeholderList(d)).toBe(PLAIN_PLACEHOLDER_LIST)
    expect(placeholderList(d)).toContain("'?', '??', '???'")
  })
})

describe('conditions', () => {
  it('empty: the trimmed text equals the empty string', () => {
    expect(emptyCondition('"Name"', postgresDialect)).toBe(`${postgresDialect.trimmed('"Name"')} = ''`)
    expect(emptyCondition('"Name"', sqliteDialect)).toMatch(/^trim\("Name", char\(9, 10, .*\)\) = ''$/)
  })

  it('placeholder: the lower-cased trimmed text is in the list', () => {
    expect(placeholderCondition('[Name]', mssqlDialect)).toBe(`LOWER(${mssqlDialect.trimmed('[Name]')}) IN (${MSSQL_PLACEHOLDER_LIST})`)
  })

  it('present for a typed column: only not null', () => {
    expect(presentCondition(col('Preis', 'money', 'decimal', 0), '[Preis]', mssqlDialect)).toBe('[Preis] IS NOT NULL')
    expect(presentCondition(col('Datum', 'date', 'date', 0), '`Datum`', mysqlDialect)).toBe('`Datum` IS NOT NULL')
  })

  it('present for a text column: not null, not empty after trimming, not a placeholder', () => {
    const trimmed = sqliteDialect.trimmed('"Name"')
    expect(presentCondition(col('Name', 'TEXT', 'text', 0), '"Name"', sqliteDialect)).toBe(
      `"Name" IS NOT NULL AND ${trimmed} <> '' AND LOWER(${trimmed}) NOT IN (${PLAIN_PLACEHOLDER_LIST})`,
    )
  })
})
