import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {PII_CATEGORIES} from '../../../../src/analyzers/personal-data/categories.js'
import {MAX_TEXT_CHARS, maskIdentifier, maskPiiExample} from '../../../../src/analyzers/personal-data/mask-example.js'

/** letters and digits of the raw value still readable at the same place in the masked one */
function keptAlnum(raw: string, masked: string): number {
  let kept = 0
  for (let i = 0; i < Math.min(raw.length, masked.length); i++) if (/[\p{L}\p{N}]/u.test(raw[i]) && raw[i] === masked[i]) kept++
  return kept
}

describe('maskPiiExample', () => {
  it('masks each category the way the report shows it', () => {
    expect(maskPiiExample('email', 'jana.mueller@gmx.de')).toBe('j***@gmx.de')
    expect(maskPiiExample('iban', 'DE89370400440532013000')).toBe('DE89 **** **** **** **30 00')
    expect(maskPiiExample('person_name', 'Müller')).toBe('M*****')
    expect(maskPiiExample('person_name', 'Max Mustermann')).toBe('M** M*********')
    expect(maskPiiExample('street_address', 'Hauptstraße 12a')).toBe('H********** 12a')
    expect(maskPiiExample('tax_id_de', '12 345 678 901')).toBe('12 *** *** *01')
    expect(maskPiiExample('passport_de', 'C01X00T47')).toBe('C0*****47')
    expect(maskPiiExample('id_card_de', 'L01X00T4')).toBe('L0****T4')
    expect(maskPiiExample('vat_id', 'DE123456789')).toBe('DE*******89')
    expect(maskPiiExample('phone', '+49 (0)30 1234567')).toBe('+49 (0)** *****67')
    expect(maskPiiExample('phone', '0171-2345678')).toBe('017*-*****78')
    expect(maskPiiExample('birth_date', '1985-03-14')).toBe('**.**.1985')
    expect(maskPiiExample('birth_date', '14.03.1985')).toBe('**.**.1985')
    expect(maskPiiExample('postal_code', '80331')).toBe('80***')
    expect(maskPiiExample('ip_address', '192.168.10.77')).toBe('192.168.*.*')
    expect(maskPiiExample('ip_address', '2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:*::*:*:*')
    expect(maskPiiExample('vehicle_plate_de', 'M-AB 1234')).toBe('M-** ****')
    expect(maskPiiExample('art9_religion', 'rk')).toBe('r*')
  })

  it('masks free text as text: cut, every word to its initial, numbers inside masked', () => {
    const text = 'Bitte Frau Weber anrufen: 0171 2345678, wegen Bandscheibenvorfall krankgeschrieben bis Freitag'
    const masked = maskPiiExample('phone', text, true)
    expect(masked.startsWith('B**** F*** W**** a******: 01')).toBe(true)
    expect(masked).not.toContain('Weber')
    expect(masked).not.toContain('2345678')
    expect(masked.endsWith('…')).toBe(true)
    expect(Array.from(masked).length).toBeLessThanOrEqual(MAX_TEXT_CHARS + 2)
  })

  it('never returns an identifier of 8+ letters/digits with more than four of them readable', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{8,20}$/), (raw) => {
        const masked = maskIdentifier(raw)
        expect(masked).not.toBe(raw)
        expect(masked.length).toBe(raw.length)
        expect(keptAlnum(raw, masked)).toBeLessThanOrEqual(4)
      }),
    )
  })

  it('never returns any value of any category unchanged when it has 3+ letters or digits to hide', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PII_CATEGORIES),
        fc.stringMatching(/^[A-Za-z0-9äöüß]{3,12}( [A-Za-z0-9äöüß]{3,12}){0,3}$/),
        fc.boolean(),
        (category, raw, inFreeText) => {
          const masked = maskPiiExample(category, raw, inFreeText)
          expect(masked).not.toBe(raw)
          expect(masked.includes(raw)).toBe(false)
        },
      ),
      {numRuns: 2000},
    )
  })
})
