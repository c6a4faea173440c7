import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {icaoCheckDigit} from '../../../../../src/analyzers/personal-data/validators/icao9303.js'
import {isValidIdCardNumber, isValidPassportNumber} from '../../../../../src/analyzers/personal-data/validators/id-card.js'

const serialChars = [...'0123456789CFGHJKLMNPRTVWXYZ']
const serial = (first: string) =>
  fc.tuple(fc.constantFrom(...first), fc.array(fc.constantFrom(...serialChars), {minLength: 8, maxLength: 8}))
    .map(([f, rest]) => f + rest.join(''))
const withCheck = (nine: string) => nine + String(icaoCheckDigit(nine))

function changeOneDigit(number: string, at: number, delta: number): string {
  const digits = [...number].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []))
  const i = digits[at % digits.length]
  return number.slice(0, i) + String((Number(number[i]) + delta) % 10) + number.slice(i + 1)
}

describe('isValidIdCardNumber', () => {
  it('accepts the current format, with and without the trailing D, and the old format', () => {
    expect(isValidIdCardNumber('L01X00T471')).toBe(true)
    expect(isValidIdCardNumber('L01X00T471D')).toBe(true)
    expect(isValidIdCardNumber('l01x00t471')).toBe(true)
    expect(isValidIdCardNumber('T220001293')).toBe(true) // specimen before 11/2010
    expect(isValidIdCardNumber(withCheck('123456789'))).toBe(true) // oldest, digits only
  })

  it('rejects a wrong check digit, a transposition, forbidden letters and a missing check digit', () => {
    expect(isValidIdCardNumber('L01X00T472')).toBe(false)
    expect(isValidIdCardNumber('L01X00T741')).toBe(false) // 4 and 7 swapped
    expect(isValidIdCardNumber('LA1X00T471')).toBe(false) // A is not used (check digit fits)
    expect(isValidIdCardNumber('L01X00T47')).toBe(false)
    expect(isValidIdCardNumber('T220001294')).toBe(false)
    expect(isValidIdCardNumber('C01X00T478')).toBe(false) // a passport number
  })

  it('accepts generated numbers and rejects them with one digit changed', () => {
    fc.assert(
      fc.property(serial('LMNPRTVWXY'), fc.nat(), fc.integer({min: 1, max: 9}), (nine, at, delta) => {
        const valid = withCheck(nine)
        expect(isValidIdCardNumber(valid)).toBe(true)
        expect(isValidIdCardNumber(changeOneDigit(valid, at, delta))).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})

describe('isValidPassportNumber', () => {
  it('accepts the specimen and rejects variants', () => {
    expect(isValidPassportNumber('C01X00T478')).toBe(true)
    expect(isValidPassportNumber('C01X00T 478')).toBe(true)
    expect(isValidPassportNumber('C01X00T479')).toBe(false)
    expect(isValidPassportNumber('C10X00T478')).toBe(false) // 0 and 1 swapped
    expect(isValidPassportNumber('C01A00T477')).toBe(false) // A is not used (check digit fits)
    expect(isValidPassportNumber('L01X00T471')).toBe(false) // an ID card number
    expect(isValidPassportNumber('C01X00T47')).toBe(false)
  })

  it('accepts generated numbers and rejects them with one digit changed', () => {
    fc.assert(
      fc.property(serial('CFGHJK'), fc.nat(), fc.integer({min: 1, max: 9}), (nine, at, delta) => {
        const valid = withCheck(nine)
        expect(isValidPassportNumber(valid)).toBe(true)
        expect(isValidPassportNumber(changeOneDigit(valid, at, delta))).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})
