import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  joinList,
  quote,
} from '../../../src/i18n/format.js'

beforeAll(() => {
  // local-time formatting is checked in one known zone (Node re-reads TZ when it is assigned)
  process.env.TZ = 'Europe/Berlin'
})

describe('formatNumber', () => {
  it.each([
    [0, '0', '0'],
    [7, '7', '7'],
    [1234, '1.234', '1,234'],
    [1234567, '1.234.567', '1,234,567'],
    [-98765.43, '-98.765,43', '-98,765.43'],
    [0.5, '0,5', '0.5'],
    [2.999, '3', '3'],
    [-0.001, '0', '0'],
  ])('%d → %s / %s', (value, de, en) => {
    expect(formatNumber(value, 'de')).toBe(de)
    expect(formatNumber(value, 'en')).toBe(en)
  })

  it('shows non-finite numbers as a dash', () => {
    expect(formatNumber(Number.NaN, 'de')).toBe('–')
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('–')
  })

  it('reads back to the same integer in both languages', () => {
    fc.assert(
      fc.property(fc.integer({min: -1e15, max: 1e15}), (n) => {
        expect(Number(formatNumber(n, 'de').replaceAll('.', ''))).toBe(n)
        expect(Number(formatNumber(n, 'en').replaceAll(',', ''))).toBe(n)
      }),
    )
  })

  it('groups every three digits and never elsewhere', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 1e15}), (n) => {
        expect(formatNumber(n, 'de')).toMatch(/^\d{1,3}(\.\d{3})*$/)
      }),
    )
  })
})

describe('formatPercent', () => {
  it.each([
    [0.985, '98,5 %', '98.5%'],
    [1, '100 %', '100%'],
    [0, '0 %', '0%'],
    [0.9996, '99,9 %', '99.9%'],
    [0.0001, '0,1 %', '0.1%'],
    [0.4, '40 %', '40%'],
  ])('%d → %s / %s', (share, de, en) => {
    expect(formatPercent(share, 'de')).toBe(de)
    expect(formatPercent(share, 'en')).toBe(en)
  })

  it('never rounds an incomplete share up to 100 % or a positive one down to 0 %', () => {
    fc.assert(
      fc.property(fc.double({min: 0, max: 1, noNaN: true}), (share) => {
        const text = formatPercent(share, 'de')
        if (share < 1) expect(text).not.toBe('100 %')
        if (share > 0) expect(text).not.toBe('0 %')
      }),
    )
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1.023 B'],
    [1024, '1 KB'],
    [1536, '1,5 KB'],
    [185 * 1024 * 1024, '185 MB'],
    [3.5 * 1024 ** 3, '3,5 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes, 'de')).toBe(text)
  })
})

describe('dates and durations', () => {
  it('formats date-only ISO strings without time-zone shifts', () => {
    expect(formatDate('2024-01-01', 'de')).toBe('01.01.2024')
    expect(formatDate('2024-01-01', 'en')).toBe('2024-01-01')
  })

  it('formats instants in local time', () => {
    expect(formatDate('2023-12-31T23:30:00Z', 'de')).toBe('01.01.2024')
    expect(formatDateTime('2024-02-01T09:15:00Z', 'de')).toBe('01.02.2024, 10:15')
    expect(formatDateTime('2024-07-01T09:15:00Z', 'en')).toBe('2024-07-01 11:15')
  })

  it('passes text that is no date through', () => {
    expect(formatDate('irgendwann', 'de')).toBe('irgendwann')
  })

  it.each([
    [350, '350 ms', '350 ms'],
    [3200, '3,2 s', '3.2 s'],
    [125_000, '2 min 05 s', '2 min 05 s'],
    [3_720_000, '1 h 02 min', '1 h 02 min'],
  ])('%d ms → %s', (ms, de, en) => {
    expect(formatDuration(ms, 'de')).toBe(de)
    expect(formatDuration(ms, 'en')).toBe(en)
  })
})

describe('quote and joinList', () => {
  it('quotes the way each language does', () => {
    expect(quote('Lieferdatum', 'de')).toBe('„Lieferdatum“')
    expect(quote('Lieferdatum', 'en')).toBe('“Lieferdatum”')
  })

  it('joins with the language’s "and"', () => {
    expect(joinList([], 'de')).toBe('')
    expect(joinList(['a'], 'de')).toBe('a')
    expect(joinList(['a', 'b', 'c'], 'de')).toBe('a, b und c')
    expect(joinList(['a', 'b'], 'en')).toBe('a and b')
  })
})
