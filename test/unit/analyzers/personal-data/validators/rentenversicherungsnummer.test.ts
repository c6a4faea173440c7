import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isValidRvnr} from '../../../../../src/analyzers/personal-data/validators/rentenversicherungsnummer.js'

// The first eleven characters of a number; the check digit is found by trying all ten.
function checkDigitsThatValidate(front: string): number[] {
  return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((check) => isValidRvnr(front + check))
}

const pad = (n: number) => String(n).padStart(2, '0')
const validFront = fc
  .record({
    area: fc.constantFrom(2, 4, 8, 10, 13, 21, 23, 26, 28, 29, 38, 40, 42, 50, 65, 79, 80, 82, 89),
    day: fc.integer({min: 1, max: 28}),
    plus50: fc.boolean(),
    month: fc.integer({min: 1, max: 12}),
    year: fc.integer({min: 0, max: 99}),
    letter: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    serial: fc.integer({min: 0, max: 99}),
  })
  .map((r) => pad(r.area) + pad(r.day + (r.plus50 ? 50 : 0)) + pad(r.month) + pad(r.year) + r.letter + pad(r.serial))

describe('isValidRvnr', () => {
  it('accepts the VKVV example, with spaces and a lower-case letter', () => {
    expect(isValidRvnr('15070649C103')).toBe(true)
    expect(isValidRvnr('15 070649 C 103')).toBe(true)
    expect(isValidRvnr('15070649c103')).toBe(true)
  })

  it('accepts a hand-computed number that uses every weight (month 12, letter M = 13)', () => {
    // 6 5 2 4 1 2 8 5 1 3 5 1 × 2 1 2 5 7 1 2 1 2 1 2 1 → 12 5 4 20 7 2 16 5 2 3 10 1,
    // digit sums 3+5+4+2+7+2+7+5+2+3+1+1 = 42 → check digit 2
    expect(isValidRvnr('65241285M512')).toBe(true)
    expect(isValidRvnr('65241285M513')).toBe(false)
  })

  it('rejects a changed check digit, a transposition and wrong shapes', () => {
    expect(isValidRvnr('15070649C104')).toBe(false)
    expect(isValidRvnr('15070694C103')).toBe(false) // year digits swapped
    expect(isValidRvnr('15070649C13')).toBe(false)
    expect(isValidRvnr('150706493103')).toBe(false) // digit where the letter belongs
    expect(isValidRvnr('15070649-C103')).toBe(false)
  })

  // Each of these has the check digit the weights give, so only the named rule rejects or admits it.
  it('checks the area number', () => {
    expect(isValidRvnr('01070649C107')).toBe(false) // area 01 does not exist
    expect(isValidRvnr('51070649C108')).toBe(true) // 51: former BfA, Westfalen + 40
  })

  it('checks the birth date, allowing day + 50', () => {
    expect(isValidRvnr('15320649C102')).toBe(false) // 32 June
    expect(isValidRvnr('15650649C105')).toBe(true) // 15 June, serials of that date ran out
    expect(isValidRvnr('15290201C108')).toBe(false) // 29 February 01
    expect(isValidRvnr('15290204C101')).toBe(true) // 29 February 04
  })

  it('has exactly one valid check digit for every plausible front', () => {
    fc.assert(
      fc.property(validFront, (front) => {
        expect(checkDigitsThatValidate(front)).toHaveLength(1)
      }),
      {numRuns: 500},
    )
  })

  it('becomes invalid when any single digit of a valid number changes', () => {
    fc.assert(
      fc.property(validFront, fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11), fc.integer({min: 1, max: 9}), (front, i, delta) => {
        const valid = front + checkDigitsThatValidate(front)[0]
        const changed = valid.slice(0, i) + String((Number(valid[i]) + delta) % 10) + valid.slice(i + 1)
        expect(isValidRvnr(changed)).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})
