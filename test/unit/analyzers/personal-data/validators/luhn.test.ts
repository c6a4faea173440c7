import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cardIssuer, isValidCardNumber, passesLuhn} from '../../../../../src/analyzers/personal-data/validators/luhn.js'

const completeLuhn = (front: string) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => front + d).filter(passesLuhn)

describe('isValidCardNumber', () => {
  it('accepts the issuers’ published test numbers, with spaces or dashes', () => {
    const cards: Array<[string, string]> = [
      ['4111111111111111', 'Visa'],
      ['4222222222222', 'Visa'],
      ['5555555555554444', 'Mastercard'],
      ['2223003122003222', 'Mastercard'],
      ['378282246310005', 'American Express'],
      ['30569309025904', 'Diners Club'],
      ['6011111111111117', 'Discover'],
      ['3530111333300000', 'JCB'],
      ['6200000000000005', 'UnionPay'],
    ]
    for (const [number, issuer] of cards) {
      expect(isValidCardNumber(number), number).toBe(true)
      expect(cardIssuer(number)).toBe(issuer)
    }
    expect(isValidCardNumber('4111 1111 1111 1111')).toBe(true)
    expect(isValidCardNumber('4111-1111-1111-1111')).toBe(true)
  })

  it('rejects a changed digit, a transposition and other separators', () => {
    expect(isValidCardNumber('4111111111111112')).toBe(false)
    expect(isValidCardNumber('4111111111111121')).toBe(false) // 1 and 2 swapped
    expect(isValidCardNumber('5555555555554544')).toBe(false)
    expect(isValidCardNumber('4111.1111.1111.1111')).toBe(false)
  })

  it('rejects Luhn-valid digit runs without an issuer prefix or with the wrong length', () => {
    expect(passesLuhn('1234567812345670')).toBe(true)
    expect(isValidCardNumber('1234567812345670')).toBe(false)
    const mastercard17 = completeLuhn('5555555555554444')[0] // Luhn-valid, 17 digits
    expect(isValidCardNumber(mastercard17)).toBe(false)
    const amex16 = completeLuhn('378282246310005')[0]
    expect(isValidCardNumber(amex16)).toBe(false)
    expect(isValidCardNumber('4006381333931')).toBe(false) // an EAN-13, Luhn fails
    expect(isValidCardNumber('42')).toBe(false)
  })

  it('has exactly one Luhn digit per front; changing one digit or swapping two adjacent ones breaks it', () => {
    const front = fc
      .tuple(fc.constantFrom('4', '51', '2221', '2720', '34', '6011'), fc.array(fc.nat(9), {minLength: 14, maxLength: 14}))
      .map(([prefix, rest]) => (prefix + rest.join('')).slice(0, 15))
    fc.assert(
      fc.property(front, fc.nat(15), fc.integer({min: 1, max: 9}), fc.nat(14), (f, at, delta, swapAt) => {
        const completions = completeLuhn(f)
        expect(completions).toHaveLength(1)
        const valid = completions[0]
        expect(isValidCardNumber(valid) || f.startsWith('34')).toBe(true) // Amex has 15 digits
        const changed = valid.slice(0, at) + String((Number(valid[at]) + delta) % 10) + valid.slice(at + 1)
        expect(isValidCardNumber(changed)).toBe(false)
        const [a, b] = [valid[swapAt], valid[swapAt + 1]]
        // Luhn misses only the swap of 0 and 9.
        fc.pre(a !== b && !(a + b === '09' || a + b === '90'))
        const swapped = valid.slice(0, swapAt) + b + a + valid.slice(swapAt + 2)
        expect(isValidCardNumber(swapped)).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})
