import {describe, expect, it} from 'vitest'
import {asBoolean, asNonEmptyText, asNumber, asStringList, asText} from '../../../../src/connectors/sql/row-values.js'

describe('asText: text as the drivers hand it', () => {
  it('gives strings, numbers and UTF-8 Buffers (mysql2 binary collations) as text', () => {
    expect(asText('Müller')).toBe('Müller')
    expect(asText(42)).toBe('42')
    expect(asText(Buffer.from('Größe', 'utf8'))).toBe('Größe')
    expect(asText('')).toBe('')
  })

  it('gives undefined for SQL NULL', () => {
    expect(asText(null)).toBeUndefined()
    expect(asText(undefined)).toBeUndefined()
  })
})

describe('asNonEmptyText: optional catalog text', () => {
  it('treats the empty string like NULL', () => {
    expect(asNonEmptyText('')).toBeUndefined()
    expect(asNonEmptyText(Buffer.alloc(0))).toBeUndefined()
    expect(asNonEmptyText(null)).toBeUndefined()
  })

  it('keeps any other text, whitespace included', () => {
    expect(asNonEmptyText('utf8mb4_bin')).toBe('utf8mb4_bin')
    expect(asNonEmptyText(' ')).toBe(' ')
  })
})

// also the analyzers' sqlNumber (src/analyzers/sql/sql-form.ts re-exports it)
describe('asNumber: catalog values and aggregate results', () => {
  it('reads numbers, bigints and numeric text (pg and mysql2 give bigint/numeric as strings)', () => {
    expect(asNumber(42)).toBe(42)
    expect(asNumber(-1)).toBe(-1)
    expect(asNumber(2155n)).toBe(2155)
    expect(asNumber('2155')).toBe(2155)
    expect(asNumber(' 17 ')).toBe(17)
    expect(asNumber('12.50')).toBe(12.5)
    expect(asNumber('-3')).toBe(-3)
    expect(asNumber(Buffer.from('8192'))).toBe(8192)
  })

  it('keeps a number the driver parsed itself, also a float extreme', () => {
    expect(asNumber(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
    expect(asNumber(0.1)).toBe(0.1)
  })

  it('gives null for NULL, blank text, non-numbers and text beyond finite numbers', () => {
    expect(asNumber(null)).toBeNull()
    expect(asNumber(undefined)).toBeNull()
    expect(asNumber('')).toBeNull()
    expect(asNumber('   ')).toBeNull()
    expect(asNumber('abc')).toBeNull()
    expect(asNumber('NaN')).toBeNull()
    expect(asNumber('1e999')).toBeNull()
    expect(asNumber({})).toBeNull()
    expect(asNumber(true)).toBeNull()
    expect(asNumber(new Date(0))).toBeNull()
  })
})

describe('asBoolean: flags and settings', () => {
  it('keeps booleans (pg bool, tedious bit)', () => {
    expect(asBoolean(true)).toBe(true)
    expect(asBoolean(false)).toBe(false)
  })

  it('reads numbers and numeric text as "not 0" (MySQL tinyint flags, IS_MEMBER, PRAGMA query_only)', () => {
    expect(asBoolean(1)).toBe(true)
    expect(asBoolean(0)).toBe(false)
    expect(asBoolean(1n)).toBe(true)
    expect(asBoolean('1')).toBe(true)
    expect(asBoolean(' 0 ')).toBe(false)
    expect(asBoolean(Buffer.from('1'))).toBe(true)
  })

  it('reads the words of settings (PostgreSQL on/off, t/f), any case', () => {
    for (const word of ['on', 'ON', 'yes', 'true', 'True', 't', ' on ']) expect(asBoolean(word), word).toBe(true)
    for (const word of ['off', 'no', 'false', 'f', '', 'maybe']) expect(asBoolean(word), word).toBe(false)
  })

  it('is false for NULL', () => {
    expect(asBoolean(null)).toBe(false)
    expect(asBoolean(undefined)).toBe(false)
  })
})

describe('asStringList: aggregated name lists', () => {
  it('takes an array pg already parsed', () => {
    expect(asStringList(['mandant', 'nr'])).toEqual(['mandant', 'nr'])
    expect(asStringList([1, 2])).toEqual(['1', '2'])
  })

  it('parses JSON text from other drivers', () => {
    expect(asStringList('["a","b"]')).toEqual(['a', 'b'])
    expect(asStringList('{"a":1}')).toEqual([])
  })

  it('gives [] for NULL (json_agg over no rows)', () => {
    expect(asStringList(null)).toEqual([])
    expect(asStringList(undefined)).toEqual([])
  })

  it('throws on text that is not JSON (a statement that stopped aggregating is a bug to see)', () => {
    expect(() => asStringList('a,b')).toThrow(SyntaxError)
  })
})
