import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {emptyCell, Kind} from '../../../src/values/cell.js'
import {FORMATS} from '../../../src/values/formats.js'
import {parseNumberText} from '../../../src/values/number-text.js'

const COMMA = 44
const DOT = 46

function parse(text: string, sep = COMMA) {
  const cell = emptyCell()
  const ok = parseNumberText(text, 0, text.length, sep, cell)
  return ok ? {kind: cell.kind, format: FORMATS[cell.format].label, num: cell.num} : null
}

/** decimals with 0–4 fraction digits and up to 11 integer digits: at most 15 significant digits */
const decimal = fc
  .tuple(fc.integer({min: -99_999_999_999, max: 99_999_999_999}), fc.integer({min: 0, max: 4}))
  .map(([units, digits]) => ({units, digits}))

describe('parseNumberText agrees with Intl formatting', () => {
  it('German, with and without grouping', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), ({units, digits}, grouping) => {
        const value = units / 10 ** digits
        const text = new Intl.NumberFormat('de-DE', {minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping}).format(value)
        const parsed = parse(text.replace('\u2212', '-'), COMMA)
        expect(parsed, text).not.toBeNull()
        expect(parsed!.num, text).toBe(Number(value.toFixed(digits)))
        expect(parsed!.kind, text).toBe(digits === 0 ? Kind.Integer : Kind.Decimal)
      }),
      {numRuns: 3000},
    )
  })

  it('English, with and without grouping', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), ({units, digits}, grouping) => {
        const value = units / 10 ** digits
        const text = new Intl.NumberFormat('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping}).format(value)
        const parsed = parse(text, DOT)
        expect(parsed, text).not.toBeNull()
        expect(parsed!.num, text).toBe(Number(value.toFixed(digits)))
      }),
      {numRuns: 3000},
    )
  })

  it('a spelling that is not ambiguous reads the same under both hints', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('de-DE', 'en-US'), ({units, digits}, locale) => {
        const text = new Intl.NumberFormat(locale, {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(units / 10 ** digits)
        const ambiguous = /^-?\d{1,3}[.,]\d{3}$/.test(text)
        if (!ambiguous) expect(parse(text, COMMA), text).toEqual(parse(text, DOT))
      }),
      {numRuns: 2000},
    )
  })
})

describe('parseNumberText edge cases', () => {
  it('parses only the given range', () => {
    const cell = emptyCell()
    expect(parseNumberText('xx12,5yy', 2, 6, COMMA, cell)).toBe(true)
    expect(cell.num).toBe(12.5)
  })

  it('rejects a lone sign, currency or percent', () => {
    for (const text of ['-', '+', '€', 'EUR', '%', '- %', '€ -']) expect(parse(text), text).toBeNull()
  })

  it('does not read a long digit code as a number, but a long grouped or decimal number is fine', () => {
    expect(parse('1234567890123456')).toBeNull()
    expect(parse('123456789012345')?.num).toBe(123456789012345)
    expect(parse('1.234.567.890.123.456')?.kind).toBe(Kind.Integer)
  })
})
