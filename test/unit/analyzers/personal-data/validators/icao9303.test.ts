import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {icaoCheckDigit} from '../../../../../src/analyzers/personal-data/validators/icao9303.js'

describe('icaoCheckDigit', () => {
  it('matches the ICAO 9303 specimen MRZ and the German specimen documents', () => {
    // ICAO specimen: L898902C3 6 … 740812 2 … 120415 9 … ZE184226B<<<<< 1
    expect(icaoCheckDigit('L898902C3')).toBe(6)
    expect(icaoCheckDigit('740812')).toBe(2)
    expect(icaoCheckDigit('120415')).toBe(9)
    expect(icaoCheckDigit('ZE184226B<<<<<')).toBe(1)
    expect(icaoCheckDigit('C01X00T47')).toBe(8) // Reisepass specimen
    expect(icaoCheckDigit('T22000129')).toBe(3) // old Personalausweis specimen
  })

  it('rejects characters outside the MRZ alphabet', () => {
    expect(() => icaoCheckDigit('c01x')).toThrow(RangeError)
    expect(() => icaoCheckDigit('Ä1')).toThrow(RangeError)
  })

  it('changes whenever one digit is replaced by another digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,12}$/), fc.nat(), fc.integer({min: 1, max: 9}), (chars, at, delta) => {
        const digitPositions = [...chars].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []))
        fc.pre(digitPositions.length > 0)
        const i = digitPositions[at % digitPositions.length]
        const changed = chars.slice(0, i) + String((Number(chars[i]) + delta) % 10) + chars.slice(i + 1)
        expect(icaoCheckDigit(changed)).not.toBe(icaoCheckDigit(chars))
      }),
    )
  })

  it('does not see a letter swapped for the digit it equals mod 10 (a known limit of 7-3-1)', () => {
    // C = 12 and 2 weigh the same mod 10, so validators must also check the character classes.
    expect(icaoCheckDigit('C01X00T47')).toBe(icaoCheckDigit('201X00T47'))
  })
})
