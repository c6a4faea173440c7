import {describe, expect, it} from 'vitest'
import {completenessSql} from '../../../../src/analyzers/sql/completeness-sql.js'
import type {SqlColumnRef} from '../../../../src/analyzers/sql/sql-form.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {col, MSSQL_PLACEHOLDER_LIST, PLAIN_PLACEHOLDER_LIST} from '../../connectors/sql/catalog-fixture.js'

const name: SqlColumnRef = {column: col('ProductName', 'nvarchar(40)', 'text', 2), expr: '[ProductName]'}
const price: SqlColumnRef = {column: col('UnitPrice', 'money', 'decimal', 3), expr: '[UnitPrice]'}
const notes: SqlColumnRef = {column: col('Notes', 'ntext', 'text', 7, {largeObject: true}), expr: '[Notes]'}

describe('completenessSql.items', () => {
  it('a text column: non-null count, empty count and placeholder count, SQL Server spelling', () => {
    const trimmed = mssqlDialect.trimmed('[ProductName]')
    expect(completenessSql.items(name, mssqlDialect)).toEqual([
      {alias: 'nn', expr: 'COUNT([ProductName])'},
      {alias: 'em', expr: `SUM(CASE WHEN ${trimmed} = '' THEN 1 ELSE 0 END)`},
      {alias: 'ph', expr: `SUM(CASE WHEN LOWER(${trimmed}) IN (${MSSQL_PLACEHOLDER_LIST}) THEN 1 ELSE 0 END)`},
    ])
  })

  it.each([postgresDialect, mysqlDialect, sqliteDialect].map((d) => [d.name, d] as const))('%s: the placeholder IN list is plain literals', (_, d) => {
    const ref = {column: name.column, expr: d.quoteIdent('ProductName')}
    const items = completenessSql.items(ref, d)
    expect(items.map((i) => i.alias)).toEqual(['nn', 'em', 'ph'])
    expect(items[2].expr).toContain(`IN (${PLAIN_PLACEHOLDER_LIST})`)
    expect(items[2].expr).not.toContain("N'")
  })

  it('typed columns and large objects only count nulls (a large object cannot be trimmed cheaply)', () => {
    expect(completenessSql.items(price, mssqlDialect)).toEqual([{alias: 'nn', expr: 'COUNT([UnitPrice])'}])
    expect(completenessSql.items(notes, mssqlDialect)).toEqual([{alias: 'nn', expr: 'COUNT([Notes])'}])
  })
})

describe('completenessSql.metric', () => {
  const ctx = {rows: 10, dialect: postgresDialect}

  it('reads pg/mysql2 bigint strings', () => {
    expect(completenessSql.metric({nn: '8', em: '1', ph: '2'}, name, ctx)).toEqual({nullCount: 2, emptyCount: 1, placeholderCount: 2, completeness: 0.5})
  })

  it('reads numbers (tedious, better-sqlite3)', () => {
    expect(completenessSql.metric({nn: 10, em: 0, ph: 0}, name, {rows: 10, dialect: mssqlDialect})).toEqual({nullCount: 0, emptyCount: 0, placeholderCount: 0, completeness: 1})
  })

  it('zero rows: SUM is NULL, counts are 0 and completeness is null', () => {
    expect(completenessSql.metric({nn: '0', em: null, ph: null}, name, {rows: 0, dialect: postgresDialect})).toEqual({nullCount: 0, emptyCount: 0, placeholderCount: 0, completeness: null})
  })

  it('a typed column without em/ph results: only nulls are missing', () => {
    expect(completenessSql.metric({nn: 7}, price, ctx)).toEqual({nullCount: 3, emptyCount: 0, placeholderCount: 0, completeness: 0.7})
  })

  it('a column that is all null', () => {
    expect(completenessSql.metric({nn: '0', em: null, ph: null}, name, ctx)).toEqual({nullCount: 10, emptyCount: 0, placeholderCount: 0, completeness: 0})
  })
})
