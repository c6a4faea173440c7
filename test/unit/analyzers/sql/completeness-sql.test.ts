import {describe, expect, it} from 'vitest'
import {completenessSql} from '../../../../src/analyzers/sql/completeness-sql.js'
import type {SqlColumnRef} from '../../../../src/analyzers/sql/sql-form.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

/** a text column whose missing class the pushdown computed as `m2` */
const name: SqlColumnRef = {column: col('ProductName', 'nvarchar(40)', 'text', 2), expr: '[ProductName]', missing: 'm2'}
const price: SqlColumnRef = {column: col('UnitPrice', 'money', 'decimal', 3), expr: '[UnitPrice]', missing: null}
const notes: SqlColumnRef = {column: col('Notes', 'ntext', 'text', 7, {largeObject: true}), expr: '[Notes]', missing: null}

describe('completenessSql.items', () => {
  it('a text column: non-null count, and empty and placeholder counts from its missing class', () => {
    expect(completenessSql.items(name, mssqlDialect)).toEqual([
      {alias: 'nn', expr: 'COUNT([ProductName])'},
      {alias: 'em', expr: 'SUM(CASE WHEN m2 = 1 THEN 1 ELSE 0 END)'},
      {alias: 'ph', expr: 'SUM(CASE WHEN m2 = 2 THEN 1 ELSE 0 END)'},
    ])
  })

  it('the missing class may be an inline expression', () => {
    const inline = {...name, missing: 'CASE WHEN [ProductName] IS NULL THEN NULL ELSE 0 END'}
    expect(completenessSql.items(inline, mssqlDialect)[2].expr).toBe('SUM(CASE WHEN CASE WHEN [ProductName] IS NULL THEN NULL ELSE 0 END = 2 THEN 1 ELSE 0 END)')
  })

  it('typed columns and large objects (no missing class) only count nulls', () => {
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

  it('a column that is all null: SUM over only NULL classes is NULL too', () => {
    expect(completenessSql.metric({nn: '0', em: null, ph: null}, name, ctx)).toEqual({nullCount: 10, emptyCount: 0, placeholderCount: 0, completeness: 0})
  })
})
