import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {NormalizedTextBuilder, normalizeEntityText} from '../../../../src/analyzers/tables/normalize-entity.js'

const same = (texts: string[]) => new Set(texts.map(normalizeEntityText))

describe('normalizeEntityText', () => {
  it('folds umlauts and case, and drops legal forms: Müller GmbH = Mueller GmbH = MÜLLER GMBH & CO. KG', () => {
    expect(same(['Müller GmbH', 'Mueller GmbH', 'MÜLLER GMBH & CO. KG', 'Müller', 'mueller gmbh'])).toEqual(new Set(['mueller']))
  })

  it.each([
    ['Bäckerei Schulze e.K.', 'baeckerei schulze'],
    ['Sportverein Grün-Weiß e.V.', 'sportverein gruen weiss'],
    ['Weber UG (haftungsbeschränkt)', 'weber'],
    ['Hoffmann & Söhne OHG', 'hoffmann und soehne'],
    ['Schneider Holding SE', 'schneider holding'],
    ['Becker GbR', 'becker'],
    ['Fischer GmbH & Co. KGaA', 'fischer'],
    ['Wagner mbH', 'wagner'],
    ['Acme Ltd.', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['Meier und Co', 'meier'],
    ['Meier u. Co. KG', 'meier'],
    ['Koch AG', 'koch'],
  ])('drops the legal form of %j', (input, expected) => {
    expect(normalizeEntityText(input)).toBe(expected)
  })

  it('drops legal forms that are ordinary words elsewhere only at the end, and never the first word', () => {
    expect(normalizeEntityText('SE Consulting')).toBe('se consulting')
    expect(normalizeEntityText('SE')).toBe('se')
    expect(normalizeEntityText('Co-Op Handel')).toBe('co op handel')
  })

  it('unifies street abbreviations: "Hauptstr. 5" = "Hauptstraße 5"', () => {
    expect(same(['Hauptstr. 5', 'Hauptstraße 5', 'Hauptstrasse 5', 'HAUPTSTR.5', 'Haupt Straße 5', 'Hauptstraße  5'])).toEqual(
      new Set(['hauptstrasse 5']),
    )
    expect(same(['Berliner Str. 12a', 'Berliner Straße 12 a', 'Berlinerstr. 12A'])).toEqual(new Set(['berlinerstrasse 12a']))
    expect(normalizeEntityText('An der Straße 3')).toBe('an der strasse 3')
  })

  it('drops titles from names', () => {
    expect(same(['Dr. Hans Müller', 'Herr Hans Müller', 'Prof. Dr. med. Hans Müller', 'Dipl.-Ing. (FH) Hans Müller', 'Hans Mueller'])).toEqual(
      new Set(['hans mueller']),
    )
    expect(normalizeEntityText('Frau Erika Mustermann')).toBe('erika mustermann')
  })

  it('strips accents, apostrophes and decomposed umlauts; collapses whitespace and punctuation', () => {
    expect(normalizeEntityText('Café Crème')).toBe('cafe creme')
    expect(normalizeEntityText('Łódź')).toBe('lodz')
    expect(normalizeEntityText("O'Neil")).toBe('oneil')
    expect(normalizeEntityText('O\u2019Neil')).toBe('oneil')
    expect(normalizeEntityText('Mu\u0308ller')).toBe('mueller')
    expect(normalizeEntityText('  Schulze ,  Hans\t')).toBe('schulze hans')
    expect(normalizeEntityText('Ελληνικά')).toBe('ελληνικα')
  })

  it('keeps digits and returns the input itself when nothing changes', () => {
    const plz = '01067'
    expect(normalizeEntityText(plz)).toBe(plz)
    expect(normalizeEntityText('')).toBe('')
    expect(normalizeEntityText('GmbH')).toBe('')
  })

  it('is idempotent and yields only lower-case words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 20}), fc.string({unit: fc.constantFrom(...'äÖüßéÈ &.-\'5aStrGmbHeKvco'.split('')), maxLength: 30})), (s) => {
        const once = normalizeEntityText(s)
        expect(normalizeEntityText(once)).toBe(once)
        expect(once).not.toMatch(/^ | $| {2}/)
        expect(once).toBe(once.toLowerCase())
      }),
    )
  })

  it('handles long texts', () => {
    const long = 'Müller GmbH '.repeat(5000)
    expect(normalizeEntityText(long)).toBe('mueller '.repeat(4999) + 'mueller')
  })
})

describe('NormalizedTextBuilder', () => {
  it('builds a composite key from several texts', () => {
    const b = new NormalizedTextBuilder()
    b.append('Dr. Hans')
    b.append('Müller')
    b.separate()
    b.append('Hauptstr.')
    b.append('5')
    b.separate()
    b.append('12345')
    expect(b.toString()).toBe('hans mueller | hauptstrasse 5 | 12345')
    b.reset()
    expect(b.append('GmbH')).toBe(0)
    expect(b.length).toBe(0)
  })
})
