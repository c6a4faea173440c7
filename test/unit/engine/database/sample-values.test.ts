import {describe, expect, it} from 'vitest'
import {sampleValue} from '../../../../src/engine/database/sample-values.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

// a zone far from UTC (UTC+13 in January), so that local midnight is the previous day in UTC and a date
// taken over without conversion would show; set before any Date is built (Node re-reads TZ)
process.env.TZ = 'Pacific/Auckland'

const int = col('menge', 'bigint', 'integer', 0)
const dec = col('preis', 'numeric(12,2)', 'decimal', 0)
const day = col('datum', 'date', 'date', 0)
const stamp = col('erfasst', 'datetime', 'datetime', 0)
const flag = col('aktiv', 'tinyint(1)', 'boolean', 0)
const text = col('name', 'varchar(80)', 'text', 0)
const blob = col('bild', 'blob', 'binary', 0)

function iso(value: unknown): string {
  expect(value).toBeInstanceOf(Date)
  return (value as Date).toISOString()
}

describe('sampleValue: dates', () => {
  it('pg: a Date built in local time from the calendar values becomes the same UTC calendar date', () => {
    expect(new Date(2024, 0, 31).getTimezoneOffset()).not.toBe(0)
    expect(iso(sampleValue(new Date(2024, 0, 31), day, 'postgres')).startsWith('2024-01-31')).toBe(true)
    expect(iso(sampleValue(new Date(2024, 0, 31, 23, 30, 5), stamp, 'postgres'))).toBe('2024-01-31T23:30:05.000Z')
    expect(iso(sampleValue(new Date(2024, 11, 31, 0, 0, 0), day, 'postgres'))).toBe('2024-12-31T00:00:00.000Z')
  })

  it('mssql (tedious builds UTC dates): kept as they are', () => {
    const d = new Date(Date.UTC(1996, 6, 4, 0, 0, 0))
    expect(sampleValue(d, stamp, 'mssql')).toBe(d)
  })

  it('an invalid Date is no value', () => {
    expect(sampleValue(new Date(Number.NaN), day, 'postgres')).toBeNull()
  })

  it('mysql2 dateStrings: text in the server spelling becomes the UTC date of that calendar value', () => {
    expect(iso(sampleValue('2024-01-31 12:00:00', stamp, 'mysql'))).toBe('2024-01-31T12:00:00.000Z')
    expect(iso(sampleValue('2024-01-31', day, 'mysql'))).toBe('2024-01-31T00:00:00.000Z')
    expect(iso(sampleValue('2024-01-31 12:00:00.250', stamp, 'mysql'))).toBe('2024-01-31T12:00:00.000Z')
    expect(iso(sampleValue('2024-01-31T08:15', stamp, 'sqlite'))).toBe('2024-01-31T08:15:00.000Z')
  })

  it("zero dates stay text, so the missing-ness rules see them ('0000-00-00' is a placeholder)", () => {
    expect(sampleValue('0000-00-00', day, 'mysql')).toBe('0000-00-00')
    expect(sampleValue('0000-00-00 00:00:00', stamp, 'mysql')).toBe('0000-00-00 00:00:00')
    expect(sampleValue('2024-00-15', day, 'mysql')).toBe('2024-00-15')
    expect(sampleValue('2024-05-00', day, 'mysql')).toBe('2024-05-00')
  })

  it('SQLite: text that is no ISO date stays text, Unix times stay numbers', () => {
    expect(sampleValue('31.01.2024', day, 'sqlite')).toBe('31.01.2024')
    expect(sampleValue(1706659200, stamp, 'sqlite')).toBe(1706659200)
  })
})

describe('sampleValue: numbers', () => {
  it('pg and mysql2 give int8/numeric as strings: numbers where that is exact', () => {
    expect(sampleValue('42', int, 'postgres')).toBe(42)
    expect(sampleValue('-7', int, 'mysql')).toBe(-7)
    expect(sampleValue('12.50', dec, 'postgres')).toBe(12.5)
    expect(sampleValue(3.25, dec, 'mssql')).toBe(3.25)
    expect(sampleValue('9007199254740991', int, 'postgres')).toBe(9007199254740991)
  })

  it('integers beyond 2^53 stay exact text', () => {
    expect(sampleValue('9007199254740993', int, 'postgres')).toBe('9007199254740993')
    expect(sampleValue('-12345678901234567890', int, 'mysql')).toBe('-12345678901234567890')
    expect(sampleValue(9007199254740993n, int, 'sqlite')).toBe('9007199254740993')
    expect(sampleValue(17n, int, 'sqlite')).toBe(17)
  })

  it('text in a number column that is no number stays text', () => {
    expect(sampleValue('n/a', int, 'sqlite')).toBe('n/a')
    expect(sampleValue('', dec, 'sqlite')).toBe('')
  })
})

describe('sampleValue: booleans, text, binaries, nulls', () => {
  it('tinyint(1) 0/1 and bit become booleans', () => {
    expect(sampleValue(0, flag, 'mysql')).toBe(false)
    expect(sampleValue(1, flag, 'mysql')).toBe(true)
    expect(sampleValue('1', flag, 'mysql')).toBe(true)
    expect(sampleValue('0', flag, 'mysql')).toBe(false)
    expect(sampleValue(true, flag, 'mssql')).toBe(true)
    expect(sampleValue(1n, flag, 'sqlite')).toBe(true)
  })

  it('other text in a boolean column stays text', () => {
    expect(sampleValue('ja', flag, 'sqlite')).toBe('ja')
  })

  it('Buffers (binary collations) become text; numbers in text columns become their text', () => {
    expect(sampleValue(Buffer.from('Müller GmbH'), text, 'mysql')).toBe('Müller GmbH')
    expect(sampleValue(12.5, text, 'sqlite')).toBe('12.5')
    expect(sampleValue('12,50', text, 'postgres')).toBe('12,50')
  })

  it('binaries are sampled as their length', () => {
    expect(sampleValue(2048, blob, 'mysql')).toBe(2048)
    expect(sampleValue('2048', blob, 'postgres')).toBe(2048)
  })

  it('null and undefined are null', () => {
    for (const c of [int, dec, day, stamp, flag, text, blob]) {
      expect(sampleValue(null, c, 'postgres')).toBeNull()
      expect(sampleValue(undefined, c, 'mysql')).toBeNull()
    }
  })

  it('json and other objects become JSON text', () => {
    expect(sampleValue({a: 1}, col('j', 'jsonb', 'other', 0), 'postgres')).toBe('{"a":1}')
  })
})
