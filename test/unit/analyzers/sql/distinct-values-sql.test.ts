import {describe, expect, it} from 'vitest'
import {APPROX_DISTINCT_MIN_ROWS, createDistinctValuesSql, distinctValuesSql} from '../../../../src/analyzers/sql/distinct-values-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

const text = col('ProductName', 'nvarchar(40)', 'text', 2)
const int = col('OrderID', 'int', 'integer', 0)

describe('distinctValuesSql.items', () => {
  it('SQL Server text: COUNT(DISTINCT) over present values (missing class 0) in a binary collation', () => {
    expect(distinctValuesSql.items({column: text, expr: '[ProductName]', missing: 'm2'}, mssqlDialect)).toEqual([
      {alias: 'dc', expr: 'COUNT(DISTINCT CASE WHEN m2 = 0 THEN [ProductName] COLLATE Latin1_General_100_BIN2 END)'},
    ])
  })

  it('typed columns are counted as they are', () => {
    expect(distinctValuesSql.items({column: int, expr: '"OrderID"', missing: null}, postgresDialect)).toEqual([
      {alias: 'dc', expr: 'COUNT(DISTINCT CASE WHEN "OrderID" IS NOT NULL THEN "OrderID" END)'},
    ])
  })

  it('binary per dialect: pg COLLATE "C", MySQL utf8mb4 binary, SQLite BINARY', () => {
    expect(distinctValuesSql.items({column: text, expr: '"n"', missing: 'm2'}, postgresDialect)[0].expr).toContain('THEN CAST("n" AS text) COLLATE "C" END')
    expect(distinctValuesSql.items({column: text, expr: '`n`', missing: 'm2'}, mysqlDialect)[0].expr).toContain('CAST(CONVERT(`n` USING utf8mb4) AS BINARY)')
    expect(distinctValuesSql.items({column: text, expr: '"n"', missing: 'm2'}, sqliteDialect)[0].expr).toContain('THEN "n" COLLATE BINARY END')
  })

  it('large objects, binaries and other types get no item', () => {
    expect(distinctValuesSql.items({column: col('Notes', 'ntext', 'text', 7, {largeObject: true}), expr: '[Notes]', missing: null}, mssqlDialect)).toEqual([])
    expect(distinctValuesSql.items({column: col('Bild', 'image', 'binary', 1, {largeObject: true}), expr: '[Bild]', missing: null}, mssqlDialect)).toEqual([])
    expect(distinctValuesSql.items({column: col('g', 'uniqueidentifier', 'other', 1), expr: '[g]', missing: null}, mssqlDialect)).toEqual([])
  })

  it('approximate: APPROX_COUNT_DISTINCT on SQL Server, exact where the engine has none', () => {
    const approx = createDistinctValuesSql({approximate: true})
    expect(approx.items({column: int, expr: '[OrderID]', missing: null}, mssqlDialect)).toEqual([
      {alias: 'dc', expr: 'APPROX_COUNT_DISTINCT(CASE WHEN [OrderID] IS NOT NULL THEN [OrderID] END)'},
    ])
    expect(approx.items({column: int, expr: '"OrderID"', missing: null}, postgresDialect)[0].expr).toBe('COUNT(DISTINCT CASE WHEN "OrderID" IS NOT NULL THEN "OrderID" END)')
  })

  it('the approximate count is for tables of ten million rows and more', () => {
    expect(APPROX_DISTINCT_MIN_ROWS).toBe(10_000_000)
  })
})

describe('distinctValuesSql.metric', () => {
  const ctx = {rows: 5, dialect: postgresDialect}
  it('reads bigint strings and numbers; exact unless created approximate', () => {
    expect(distinctValuesSql.metric({dc: '1234'}, {column: int, expr: '', missing: null}, ctx)).toEqual({distinctCount: 1234, distinctApprox: false})
    expect(distinctValuesSql.metric({dc: 0}, {column: int, expr: '', missing: null}, ctx)).toEqual({distinctCount: 0, distinctApprox: false})
    expect(createDistinctValuesSql({approximate: true}).metric({dc: 98}, {column: int, expr: '', missing: null}, ctx)).toEqual({distinctCount: 98, distinctApprox: true})
  })

  it('no result (no item for the column): no metric', () => {
    expect(distinctValuesSql.metric({dc: undefined}, {column: int, expr: '', missing: null}, ctx)).toEqual({})
    expect(distinctValuesSql.metric({}, {column: int, expr: '', missing: null}, ctx)).toEqual({})
  })
})
