import {describe, expect, it} from 'vitest'
import {decideColumnHints} from '../../../src/values/column-hints.js'

describe('decideColumnHints', () => {
  it('German spellings say decimal comma', () => {
    expect(decideColumnHints(['1.234,56', '-10,7', '1.234', null, ''], '.')).toEqual({decimalSeparator: ','})
    expect(decideColumnHints(['1.234.567', '1.234'], '.')).toEqual({decimalSeparator: ','})
    expect(decideColumnHints(['12,5 %'], '.')).toEqual({decimalSeparator: ','})
  })

  it('English spellings say decimal point', () => {
    expect(decideColumnHints(['1,234.56', '1234.5', '1,234'], ',')).toEqual({decimalSeparator: '.'})
    expect(decideColumnHints(['1,234,567'], ',')).toEqual({decimalSeparator: '.'})
  })

  it('ambiguous or non-numeric samples fall back to the source separator', () => {
    expect(decideColumnHints(['1.234', '1,234', '42', 'abc', '01.02.2024'], ',')).toEqual({decimalSeparator: ','})
    expect(decideColumnHints(['1.234', '2.345'], '.')).toEqual({decimalSeparator: '.'})
    expect(decideColumnHints([], '.')).toEqual({decimalSeparator: '.'})
    // a currency or percent without separators tells nothing either
    expect(decideColumnHints(['15 %', '100 €'], '.')).toEqual({decimalSeparator: '.'})
  })

  it('the majority wins; a tie falls back', () => {
    expect(decideColumnHints(['1,5', '2,5', '3.5'], '.')).toEqual({decimalSeparator: ','})
    expect(decideColumnHints(['1,5', '3.5'], '.')).toEqual({decimalSeparator: '.'})
    expect(decideColumnHints(['1,5', '3.5'], ',')).toEqual({decimalSeparator: ','})
  })

  it('values typed by the source are no evidence', () => {
    expect(decideColumnHints([1.5, 2.5, true, new Date(0)], ',')).toEqual({decimalSeparator: ','})
  })

  it('padded values count', () => {
    expect(decideColumnHints([' 1.234,5 '], '.')).toEqual({decimalSeparator: ','})
  })
})
