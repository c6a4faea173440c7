import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mod11_10CheckDigit} from '../../../../../src/analyzers/personal-data/validators/iso7064.js'
import {isValidUstIdNr} from '../../../../../src/analyzers/personal-data/validators/ust-idnr.js'

const withCheck = (eight: string) => `DE${eight}${mod11_10CheckDigit(Array.from(eight, Number))}`

describe('isValidUstIdNr', () => {
  it('accepts a valid number, with spaces and in lower case', () => {
    expect(isValidUstIdNr('DE136695976')).toBe(true)
    expect(isValidUstIdNr('DE 136 695 976')).toBe(true)
    expect(isValidUstIdNr('de136695976')).toBe(true)
  })

  it('rejects a changed check digit, a transposition, a leading zero and wrong shapes', () => {
    expect(isValidUstIdNr('DE136695977')).toBe(false)
    expect(isValidUstIdNr('DE136695796')).toBe(false) // 9 and 7 swapped
    expect(isValidUstIdNr(withCheck('03669597'))).toBe(false)
    expect(isValidUstIdNr('136695976')).toBe(false) // no country prefix
    expect(isValidUstIdNr('AT136695976')).toBe(false)
    expect(isValidUstIdNr('DE1366959760')).toBe(false)
    expect(isValidUstIdNr('DE-136695976')).toBe(false)
  })

  it('accepts every number with the MOD 11,10 digit and none with a single digit changed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{7}$/), fc.nat(8), fc.integer({min: 1, max: 9}), (eight, i, delta) => {
        const valid = withCheck(eight)
        expect(isValidUstIdNr(valid)).toBe(true)
        const at = i + 2
        const changed = valid.slice(0, at) + String((Number(valid[at]) + delta) % 10) + valid.slice(at + 1)
        expect(isValidUstIdNr(changed)).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})
