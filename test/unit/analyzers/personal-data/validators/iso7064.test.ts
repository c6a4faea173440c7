import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mod11_10CheckDigit} from '../../../../../src/analyzers/personal-data/validators/iso7064.js'

const digitsOf = (s: string) => Array.from(s, Number)

describe('mod11_10CheckDigit', () => {
  it('matches published numbers', () => {
    expect(mod11_10CheckDigit(digitsOf('3657426180'))).toBe(9) // Steuer-ID 36574261809
    expect(mod11_10CheckDigit(digitsOf('8609574271'))).toBe(9) // Steuer-ID 86095742719
    expect(mod11_10CheckDigit(digitsOf('13669597'))).toBe(6) // USt-IdNr DE136695976
  })

  it('detects an adjacent transposition in the examples', () => {
    expect(mod11_10CheckDigit(digitsOf('3567426180'))).not.toBe(9)
    expect(mod11_10CheckDigit(digitsOf('13669579'))).not.toBe(6)
  })

  it('changes whenever exactly one digit changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 9}), {minLength: 1, maxLength: 14}),
        fc.nat(),
        fc.integer({min: 1, max: 9}),
        (digits, at, delta) => {
          const i = at % digits.length
          const changed = [...digits]
          changed[i] = (changed[i] + delta) % 10
          expect(mod11_10CheckDigit(changed)).not.toBe(mod11_10CheckDigit(digits))
        },
      ),
    )
  })
})
