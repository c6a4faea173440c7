import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {IBAN_LENGTHS, isValidIban} from '../../../../../src/analyzers/personal-data/validators/iban.js'

// The check digits that make `country` + cd + `bban` valid, found by trying all of them.
const checkDigitsThatValidate = (country: string, bban: string) =>
  Array.from({length: 100}, (_, n) => String(n).padStart(2, '0')).filter((cd) => isValidIban(country + cd + bban))

describe('isValidIban', () => {
  it('accepts published examples from several countries', () => {
    for (const iban of [
      'DE89370400440532013000',
      'DE89 3704 0044 0532 0130 00',
      'de89 3704 0044 0532 0130 00',
      'AT611904300234573201',
      'CH9300762011623852957',
      'GB82WEST12345698765432',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'BE68539007547034',
      'NO9386011117947',
      'IT60X0542811101000000123456',
      'ES9121000418450200051332',
      'PL61109010140000071219812874',
      'MT84MALT011000012345MTLCAST001S',
    ]) {
      expect(isValidIban(iban), iban).toBe(true)
    }
  })

  it('rejects a changed digit, transposed digits, a wrong length and unknown countries', () => {
    expect(isValidIban('DE89370400440532013001')).toBe(false)
    expect(isValidIban('DE89370400440532010300')).toBe(false) // 3 and 0 swapped
    expect(isValidIban('DE98370400440532013000')).toBe(false) // check digits swapped
    expect(isValidIban('DE8937040044053201300')).toBe(false)
    expect(isValidIban('DE893704004405320130000')).toBe(false)
    expect(isValidIban('XX89370400440532013000')).toBe(false)
    expect(isValidIban('DE89-3704-0044-0532-0130-00')).toBe(false)
  })

  it('rejects letters in a German BBAN even when mod 97 fits (batch codes)', () => {
    const bban = '3704004405320130AB'
    const fits = checkDigitsThatValidate('DE', bban)
    expect(fits).toEqual([])
    // The same BBAN with digits in place of the letters has exactly one valid pair of check digits.
    expect(checkDigitsThatValidate('DE', '370400440532013011')).toHaveLength(1)
  })

  it('never accepts the check digits 00, 01 or 99, which alias 97, 98 and 02', () => {
    // DE02… is valid, so DE99… passes mod 97 too but is not an IBAN.
    const bban = '120300000000202051'
    expect(isValidIban(`DE02${bban}`)).toBe(true)
    expect(isValidIban(`DE99${bban}`)).toBe(false)
  })

  it('has the SEPA lengths', () => {
    expect(IBAN_LENGTHS.DE).toBe(22)
    expect(IBAN_LENGTHS.AT).toBe(20)
    expect(IBAN_LENGTHS.CH).toBe(21)
    expect(Object.keys(IBAN_LENGTHS).length).toBeGreaterThanOrEqual(36)
  })

  it('has exactly one valid pair of check digits per German BBAN, and a changed digit breaks it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{18}$/), fc.nat(19), fc.integer({min: 1, max: 9}), (bban, at, delta) => {
        const checks = checkDigitsThatValidate('DE', bban)
        expect(checks).toHaveLength(1)
        const valid = `DE${checks[0]}${bban}`
        const i = at + 2
        const changed = valid.slice(0, i) + String((Number(valid[i]) + delta) % 10) + valid.slice(i + 1)
        expect(isValidIban(changed)).toBe(false)
      }),
      {numRuns: 300},
    )
  })
})
