import {describe, expect, it} from 'vitest'
import {isoTemporal, valueRangeSql} from '../../../../src/analyzers/sql/value-range-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

const price = col('UnitPrice', 'money', 'decimal', 3)
const shipped = col('ShippedDate', 'datetime', 'datetime', 5)
const day = col('OrderDate', 'date', 'date', 1)
const name = col('ProductName', 'nvarchar(40)', 'text', 2)
const ctx = {rows: 3, dialect: postgresDialect}

describe('valueRangeSql.items', () => {
  it('numbers: MIN and MAX as they are', () => {
    expect(valueRangeSql.items({column: price, expr: '[UnitPrice]', missing: null}, mssqlDialect)).toEqual([
      {alias: 'mn', expr: 'MIN([UnitPrice])'},
      {alias: 'mx', expr: 'MAX([UnitPrice])'},
    ])
  })

  it('date-times as text per dialect (SQL Server style 121, pg/MySQL casts, SQLite as stored)', () => {
    expect(valueRangeSql.items({column: shipped, expr: '[ShippedDate]', missing: null}, mssqlDialect)).toEqual([
      {alias: 'mn', expr: 'CONVERT(varchar(23), MIN([ShippedDate]), 121)'},
      {alias: 'mx', expr: 'CONVERT(varchar(23), MAX([ShippedDate]), 121)'},
    ])
    expect(valueRangeSql.items({column: shipped, expr: '"s"', missing: null}, postgresDialect)[0].expr).toBe('CAST(MIN("s") AS text)')
    expect(valueRangeSql.items({column: shipped, expr: '`s`', missing: null}, mysqlDialect)[1].expr).toBe('CAST(MAX(`s`) AS CHAR)')
    expect(valueRangeSql.items({column: day, expr: '"s"', missing: null}, sqliteDialect)[0].expr).toBe('MIN("s")')
  })

  it('text: MIN/MAX of present values in binary order and their character lengths', () => {
    const present = 'm2 = 0'
    expect(valueRangeSql.items({column: name, expr: '[ProductName]', missing: 'm2'}, mssqlDialect)).toEqual([
      {alias: 'mn', expr: `MIN(CASE WHEN ${present} THEN [ProductName] COLLATE Latin1_General_100_BIN2 END)`},
      {alias: 'mx', expr: `MAX(CASE WHEN ${present} THEN [ProductName] COLLATE Latin1_General_100_BIN2 END)`},
      {alias: 'ln', expr: `MIN(CASE WHEN ${present} THEN (LEN([ProductName] + N'.') - 1) END)`},
      {alias: 'lx', expr: `MAX(CASE WHEN ${present} THEN (LEN([ProductName] + N'.') - 1) END)`},
    ])
  })

  it('booleans, times, binaries, other types and large objects get no range', () => {
    for (const c of [
      col('Discontinued', 'bit', 'boolean', 6),
      col('t', 'time', 'time', 0),
      col('b', 'varbinary(8)', 'binary', 0),
      col('g', 'uniqueidentifier', 'other', 0),
      col('Notes', 'ntext', 'text', 7, {largeObject: true}),
    ]) {
      expect(valueRangeSql.items({column: c, expr: '[x]', missing: null}, mssqlDialect), c.declaredType).toEqual([])
    }
  })
})

describe('valueRangeSql.metric', () => {
  it('numbers from pg/mysql2 strings (numeric, bigint) and from tedious numbers', () => {
    expect(valueRangeSql.metric({mn: '-12.50', mx: '9999999'}, {column: price, expr: '', missing: null}, ctx)).toEqual({min: -12.5, max: 9999999})
    expect(valueRangeSql.metric({mn: 0, mx: 263.5}, {column: price, expr: '', missing: null}, ctx)).toEqual({min: 0, max: 263.5})
  })

  it('no values (MIN over zero rows is NULL): no range', () => {
    expect(valueRangeSql.metric({mn: null, mx: null}, {column: price, expr: '', missing: null}, ctx)).toEqual({})
    expect(valueRangeSql.metric({mn: null, mx: null}, {column: shipped, expr: '', missing: null}, ctx)).toEqual({})
    expect(valueRangeSql.metric({mn: null, mx: null, ln: null, lx: null}, {column: name, expr: '', missing: null}, ctx)).toEqual({})
  })

  it('date-times of each engine in the row path spelling', () => {
    expect(valueRangeSql.metric({mn: '1996-07-10 00:00:00.000', mx: '1998-05-06 12:30:15.997'}, {column: shipped, expr: '', missing: null}, ctx)).toEqual({
      min: '1996-07-10T00:00:00',
      max: '1998-05-06T12:30:15',
    })
    expect(valueRangeSql.metric({mn: '2024-01-31', mx: '2024-02-29'}, {column: day, expr: '', missing: null}, ctx)).toEqual({min: '2024-01-31', max: '2024-02-29'})
  })

  it('text from strings and from Buffers (MySQL binary collation), with lengths', () => {
    expect(
      valueRangeSql.metric({mn: Buffer.from('Alice Mutton'), mx: Buffer.from('Zürcher Würste'), ln: '3', lx: 40n}, {column: name, expr: '', missing: null}, ctx),
    ).toEqual({min: 'Alice Mutton', max: 'Zürcher Würste', minLength: 3, maxLength: 40})
    expect(valueRangeSql.metric({mn: 'A', mx: 'b', ln: 1, lx: 1}, {column: name, expr: '', missing: null}, ctx)).toEqual({min: 'A', max: 'b', minLength: 1, maxLength: 1})
  })

  it('booleans get nothing whatever the driver returns', () => {
    expect(valueRangeSql.metric({mn: 0, mx: 1}, {column: col('b', 'bit', 'boolean', 0), expr: '', missing: null}, ctx)).toEqual({})
  })
})

describe('isoTemporal', () => {
  it.each([
    ['2024-01-31', 'date', '2024-01-31'],
    ['2024-01-31', 'datetime', '2024-01-31'],
    ['2024-01-31 12:00:00', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31 12:00:00.000', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31 12:00:00.1234567', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31T12:00:00+01', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31 12:00:00+01', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31 12:00', 'datetime', '2024-01-31T12:00:00'],
    ['2024-01-31 23:59:59', 'date', '2024-01-31'],
    ['  2024-01-31  ', 'date', '2024-01-31'],
  ] as const)('%j as %s → %s', (input, typeClass, expected) => {
    expect(isoTemporal(input, typeClass)).toBe(expected)
  })

  it('Date objects: the calendar values they hold in local time (how pg builds them)', () => {
    expect(isoTemporal(new Date(2024, 0, 31), 'date')).toBe('2024-01-31')
    expect(isoTemporal(new Date(2024, 0, 31, 12, 5, 9), 'datetime')).toBe('2024-01-31T12:05:09')
    expect(isoTemporal(new Date(2024, 11, 31, 23, 59, 59), 'date')).toBe('2024-12-31')
  })

  it('Buffers are read as text', () => {
    expect(isoTemporal(Buffer.from('2024-01-31 08:00:00'), 'datetime')).toBe('2024-01-31T08:00:00')
  })

  it('null stays null; what is no date comes back as it is', () => {
    expect(isoTemporal(null, 'date')).toBeNull()
    expect(isoTemporal(undefined, 'datetime')).toBeNull()
    expect(isoTemporal('infinity', 'date')).toBe('infinity')
    expect(isoTemporal('31.01.2024', 'date')).toBe('31.01.2024')
  })
})
