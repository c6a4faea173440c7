import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {maskValue} from '../../../src/values/mask-value.js'

describe('maskValue', () => {
  it.each([
    ['jana.mueller@gmx.de', 'j***@gmx.de'],
    ['DE89370400440532013000', 'DE89 **** **** **** **30 00'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 **** **** **** **30 00'],
    ['+49 30 23125 678', '+49 ** ***** *78'],
    ['030/23125678', '03*/******78'],
    ['Kunde seit 2019', 'Kunde seit 2019'],
    ['10007', '10007'],
    ['Müller GmbH', 'Müller GmbH'],
  ])('%s → %s', (input, expected) => {
    expect(maskValue(input)).toBe(expected)
  })

  it('never leaves six consecutive digits of the input in the output', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('0', '1', '7', '9', ' ', '/', '-', 'a', '@', '.')}), (s) => {
        const out = maskValue(s)
        for (const run of s.match(/\d{6,}/g) ?? []) expect(out).not.toContain(run)
      }),
    )
  })
})
