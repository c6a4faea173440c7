import {describe, expect, it} from 'vitest'
import {isDriversLicenseNumber} from '../../../../../src/analyzers/personal-data/validators/fuehrerschein.js'

describe('isDriversLicenseNumber', () => {
  it('accepts both published shapes of the 11-character card number, with spaces or lower case', () => {
    for (const value of ['VM71044048B', 'RL213386350', 'B072RRE2I55', 'J010 0000 01X', 'b072rre2i55']) {
      expect(isDriversLicenseNumber(value), value).toBe(true)
    }
  })

  it('rejects other lengths, digit-only numbers and other characters', () => {
    for (const value of ['VM7104404B', 'VM71044048BX', '12345678901', 'B07-2RR/E2I55', 'B07ÄRRE2I55', 'Klasse B', '']) {
      expect(isDriversLicenseNumber(value), value).toBe(false)
    }
  })
})
