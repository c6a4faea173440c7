import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {NormalizedTextBuilder, TextMemo, normalizeEntityText} from '../../../../src/analyzers/tables/normalize-entity.js'
import {hashString} from '../../../../src/values/hash.js'

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
    expect(normalizeEntityText('Ǽ ẞ')).toBe('ae ss')
    // a surrogate pair is one letter, kept whole
    expect(normalizeEntityText('𢡊 GmbH')).toBe('𢡊')
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
      {numRuns: 3000},
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

describe('NormalizedTextBuilder.hash', () => {
  it('equals hashString of the built text (so keys hash the same with or without a string)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({unit: 'grapheme', maxLength: 12}), {maxLength: 4}), (parts) => {
        const b = new NormalizedTextBuilder()
        parts.forEach((p, i) => {
          if (i > 0) b.separate()
          b.append(p)
        })
        expect(b.hash()).toBe(hashString(b.toString()))
      }),
    )
  })
})

describe('NormalizedTextBuilder.append of a field inside a longer text', () => {
  it('normalises text[start, end) exactly like the field on its own', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 12}), fc.string({unit: 'grapheme', maxLength: 6}), (before, field, after) => {
        const inPlace = new NormalizedTextBuilder()
        const alone = new NormalizedTextBuilder()
        expect(inPlace.append(before + field + after, before.length, before.length + field.length)).toBe(alone.append(field))
        expect(inPlace.toString()).toBe(alone.toString())
      }),
    )
  })
})

describe('NormalizedTextBuilder.appendMemo', () => {
  it('gives the same text as append, on first use and on repeats, in any part position', () => {
    const pool = ['Müller GmbH', 'Hauptstr. 5', 'GmbH', '', 'Dr. Hans', '01067', 'x'.repeat(60), 'Berliner Str. 12 a', '  ']
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), {maxLength: 4}), {maxLength: 12}), (rowsOfParts) => {
        const memo = new NormalizedTextBuilder()
        const plain = new NormalizedTextBuilder()
        const memos = [new TextMemo(), new TextMemo()]
        for (const parts of rowsOfParts) {
          memo.reset()
          plain.reset()
          parts.forEach((p, i) => {
            if (i === 2) {
              memo.separate()
              plain.separate()
            }
            // the memoised builder reads the text as a field inside a record, as the engine hands it over
            const record = `1;${p};x`
            expect(memo.appendMemo(record, 2, 2 + p.length, hashString(p), memos[i % 2])).toBe(plain.append(p))
          })
          expect(memo.toString()).toBe(plain.toString())
        }
      }),
    )
  })
})

describe('NormalizedTextBuilder.appendStreetMemo', () => {
  const word = fc.oneof(
    fc.constantFrom('Hauptstr.', 'Straße', 'str', 'Berliner', 'An', 'der', 'GmbH', 'SE', 'Co', '&', 'KG', 'e.K.', 'Dr.', 'med.', 'Weg', 'a', '5', '12a', 'Müller', 'ß', '-', '😀'),
    fc.string({unit: 'grapheme', maxLength: 5}),
  )
  const value = fc
    .tuple(fc.array(word, {maxLength: 5}), fc.constantFrom(' ', '  ', ''), fc.option(fc.integer({min: 0, max: 99_999_999}).map(String)))
    .map(([words, gap, number]) => words.join(' ') + (number === null ? '' : gap + number))

  it('gives what append gives for the whole value, on first use and on repeats, in any part position', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(word), value), {maxLength: 12}), (rows) => {
        const memo = new NormalizedTextBuilder()
        const plain = new NormalizedTextBuilder()
        const memos = [new TextMemo(), new TextMemo()]
        for (const [name, street] of rows) {
          memo.reset()
          plain.reset()
          if (name !== null) {
            memo.append(name)
            plain.append(name)
            memo.separate()
            plain.separate()
          }
          const record = `7;${street};x`
          memo.appendStreetMemo(record, 2, 2 + street.length, hashString(street), memos[0], memos[1])
          plain.append(street)
          expect(memo.toString(), street).toBe(plain.toString())
        }
      }),
      {numRuns: 3000},
    )
  })

  it('normalises a street part that loses a trailing legal form without its number as a whole', () => {
    const memo = new NormalizedTextBuilder()
    const memos = [new TextMemo(), new TextMemo()]
    for (let i = 0; i < 2; i++) {
      memo.reset()
      memo.appendStreetMemo('Muster SE 5', 0, 11, hashString('Muster SE 5'), memos[0], memos[1])
      expect(memo.toString()).toBe(normalizeEntityText('Muster SE 5'))
    }
    expect(normalizeEntityText('Muster SE 5')).toBe('muster se 5')
  })
})
