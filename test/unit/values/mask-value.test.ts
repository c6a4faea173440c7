import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  type WordMaskStyle,
  isMailProvider,
  keepsWord,
  maskEntityText,
  maskIntegerText,
  maskLongInteger,
  maskValue,
  maskWords,
} from '../../../src/values/mask-value.js'

describe('maskValue (the floor for every text value)', () => {
  it.each([
    // e-mails: initial of the local part; provider domains stay, other domains are word-masked
    ['jana.mueller@gmx.de', 'j***@gmx.de'],
    ['Kontakt: info@mueller-bau.de.', 'Kontakt: i***@m******-b**.de.'],
    // IBANs, with or without spaces
    ['DE89370400440532013000', 'DE89 **** **** **** **30 00'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 **** **** **** **30 00'],
    // phone numbers: one run across their separators
    ['+49 30 23125 678', '+49 ** ***** *78'],
    ['030/23125678', '03*/******78'],
    ['0221-12345', '02**-***45'],
    ['+49 (0)221 12345', '+49 (*)*** ***45'],
    // digit runs of 6+ (tax, insurance, account numbers), also without separators
    ['Steuer-ID 12345678901', 'Steuer-ID 12*******01'],
    ['20240115', '20****15'],
    ['12 345 678 901', '12 *** *** *01'],
    ['21/815/08150', '21/***/***50'],
    ['12345678-9', '12****78-9'],
    // short numbers, amounts and house number + PLZ stay
    ['Kunde seit 2019', 'Kunde seit 2019'],
    ['10007', '10007'],
    ['12.345.678,90', '12.345.678,90'],
    ['RE-2024-0001', 'RE-2024-0001'],
    ['Rechnung 2024-0001-17', 'Rechnung 2024-0001-17'],
    ['Hauptstr. 5 50667 Köln', 'Hauptstr. 5 50667 Köln'],
    // words are not masked by the floor
    ['Müller GmbH', 'Müller GmbH'],
  ])('%s → %s', (input, expected) => {
    expect(maskValue(input)).toBe(expected)
  })

  it.each([
    '1999-03-12',
    '07.03.2024',
    '7.3.24',
    '31.12.1999',
    '15/01/2024',
    '2024-01-15T10:30:00+01:00',
    '2024-01-15T10:30:00.123Z',
    '15.01.2024 10:30',
    '15.01.2024 10:30:59',
    'Lieferung vom 07.03.2024 bis 2024-03-09',
    'Abschlag Strom 01/2024',
    'Miete Halle 2 01/2024',
    'Zinsen 12.2023',
  ])('leaves the date in %j readable', (date) => {
    expect(maskValue(date)).toBe(date)
  })

  it('masks a phone number next to a date, but not the date', () => {
    expect(maskValue('Rückruf 07.03.2024 unter 0221 123456')).toBe('Rückruf 07.03.2024 unter 02** ****56')
  })

  it('does not take a date out of a longer number', () => {
    // "12.03.2024" is glued to a digit run: the whole is one number
    expect(maskValue('030.12.03.2024')).toBe('03*.**.**.**24')
    // no valid day/month: not a date, and dots only join the groups of a phone number
    expect(maskValue('45.67.1234')).toBe('45.67.1234')
    expect(maskValue('0045.67.1234')).toBe('00**.**.**34')
  })

  it('never leaves six consecutive digits of the input in the output', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('0', '1', '7', '9', ' ', '/', '-', '.', ',', 'a', '@', '+')}), (s) => {
        const out = maskValue(s)
        for (const run of s.match(/\d{6,}/g) ?? []) expect(out).not.toContain(run)
      }),
    )
  })
})

describe('maskWords (name, address and contact columns)', () => {
  it.each<[string, string]>([
    // names to initials, one star per further letter
    ['Jana Müller', 'J*** M*****'],
    ['Dr. Hans-Peter O’Neil', 'D*. H***-P**** O’N***'],
    ['MÜLLER', 'M*****'],
    // legal forms stay, so variants keep their structure
    ['Müller GmbH', 'M***** GmbH'],
    ['Mueller GmbH & Co. KG', 'M****** GmbH & Co. KG'],
    ['MUELLER GMBH & CO. KG', 'M****** GMBH & CO. KG'],
    ['Bäckerei Schmidt e.K.', 'B******* S****** e.K.'],
    ['Tanzverein Blau-Weiß e.V.', 'T********* B***-W*** e.V.'],
    ['Schulze UG (haftungsbeschränkt)', 'S****** UG (haftungsbeschränkt)'],
    ['Acme Ltd', 'A*** Ltd'],
    ['Weber AG', 'W**** AG'],
    // in a name column a street word is a surname
    ['Hans Ring', 'H*** R***'],
    // contact values
    ['jana.mueller@web.de', 'j***@web.de'],
    ['Jana Müller <jana@mueller.de>', 'J*** M***** <j***@m******.de>'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 **** **** **** **30 00'],
    ['0221 12345', '02** ***45'],
    ['+49 171 2345678', '+49 *** *****78'],
    // dates stay
    ['Müller (seit 01.02.2019)', 'M***** (s*** 01.02.2019)'],
  ])('name: %s → %s', (input, expected) => {
    expect(maskWords(input)).toBe(expected)
  })

  it.each<[string, string]>([
    // street words and house numbers stay, the street's name does not
    ['Hauptstr. 5', 'H*******. 5'],
    ['Hauptstraße 5', 'H********** 5'],
    ['Berliner Straße 12a', 'B******* Straße 12a'],
    ['Berliner Str. 12-14', 'B******* Str. 12-14'],
    ['Am Ring 7', 'A* Ring 7'],
    ['Lindenweg 3', 'L******** 3'],
    ['Mühlenweg 3, 50667 Köln', 'M******** 3, 50667 K***'],
    ['Hauptstr. 5 50667 Köln', 'H*******. 5 50667 K***'],
    ['Postfach 123456', 'P******* 12**56'],
  ])('address: %s → %s', (input, expected) => {
    expect(maskWords(input, 'address')).toBe(expected)
  })
})

describe('maskEntityText (duplicate-entity keys and spellings)', () => {
  it.each([
    ['Müller GmbH | Hauptstr. 5 | 50667', 'M***** GmbH | H*******. 5 | 50667'],
    ['Mueller GmbH & Co. KG | Hauptstraße 5 | 50667', 'M****** GmbH & Co. KG | H********** 5 | 50667'],
    ['mueller | hauptstrasse 5 | 50667', 'm****** | h*********** 5 | 50667'],
    ['Hans Ring | Am Ring 5', 'H*** R*** | A* Ring 5'],
    ['paypal', 'p*****'],
  ])('%s → %s', (input, expected) => {
    expect(maskEntityText(input)).toBe(expected)
  })
})

describe('integers', () => {
  it.each<[number, number | string]>([
    [12345678901, '12*******01'],
    [1234567890, '12******90'],
    [12345678, '12****78'],
    [-12345678, '-12****78'],
    [1234567, 1234567],
    [10007, 10007],
    [0, 0],
    [12345678.5, 12345678.5],
  ])('maskLongInteger(%d) → %s', (input, expected) => {
    expect(maskLongInteger(input)).toBe(expected)
  })

  it('masks from a lower digit count when asked (contact columns)', () => {
    expect(maskLongInteger(2312567, 6)).toBe('23***67')
    expect(maskLongInteger(12345, 6)).toBe(12345)
  })

  it.each([
    ['12345678901', '12*******01'],
    ['12.345.678', '12.***.*78'],
    ['1234567', '1234567'],
  ])('maskIntegerText(%s) → %s', (input, expected) => {
    expect(maskIntegerText(input)).toBe(expected)
  })
})

// ---- property: nothing readable survives the word mask ----

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ']
const DIGITS = [...'0123456789']
const word = fc.string({unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 12})
const digits = (min: number, max: number) => fc.string({unit: fc.constantFrom(...DIGITS), minLength: min, maxLength: max})
const special = fc.constantFrom('GmbH', '&', 'Co.', 'KG', 'e.K.', 'AG', 'Dr.', 'Herr', 'Straße', 'Str.', 'Weg', 'Ring')

const personName = fc
  .tuple(fc.array(fc.oneof({weight: 4, arbitrary: word}, {weight: 1, arbitrary: special}), {minLength: 1, maxLength: 5}), fc.constantFrom(' ', '-', ', '))
  .map(([words, sep]) => words.join(sep))
const street = fc
  .tuple(word, fc.constantFrom('str.', 'straße', 'strasse', ' Str.', ' Straße', ' Weg', 'weg', ''), fc.integer({min: 1, max: 999}), fc.constantFrom('', 'a', '-3'))
  .map(([name, suffix, n, extra]) => `${name}${suffix} ${n}${extra}`)
const email = fc
  .tuple(
    fc.string({unit: fc.constantFrom(...LETTERS.slice(0, 26), ...DIGITS, '.', '_', '-'), minLength: 1, maxLength: 16}),
    fc.string({unit: fc.constantFrom(...LETTERS.slice(0, 26), ...DIGITS, '-'), minLength: 1, maxLength: 16}),
    fc.constantFrom('de', 'com', 'net', 'org', 'info'),
  )
  .filter(([, domain, tld]) => !isMailProvider(`${domain}.${tld}`))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`)
const iban = fc
  .tuple(digits(2, 2), digits(18, 18), fc.boolean())
  .map(([check, rest, spaced]) => {
    const raw = `DE${check}${rest}`
    return spaced ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw
  })
const phone = fc
  .tuple(fc.constantFrom('0', '+49 ', '0049 ', '+49 (0)'), digits(2, 4), fc.constantFrom(' ', '/', '-', ' / '), digits(4, 9))
  .map(([prefix, area, sep, number]) => `${prefix}${area}${sep}${number}`)
const personalValue = fc.oneof(personName, street, email, iban, phone)
const combined = fc.array(personalValue, {minLength: 1, maxLength: 3}).map((parts) => parts.join(' '))

const LETTER_RUN = /[\p{L}\p{M}]+/gu
const TLDS = new Set(['com', 'net', 'org', 'info'])

function expectNothingReadable(input: string, output: string, style: WordMaskStyle): void {
  const shown = new Set((output.match(LETTER_RUN) ?? []).map((w) => w.toLowerCase()))
  for (const w of input.match(LETTER_RUN) ?? []) {
    // kept on purpose: legal forms, street words in addresses, the top-level domain of an e-mail
    if ([...w].length < 3 || keepsWord(w, style) || TLDS.has(w)) continue
    expect(shown.has(w.toLowerCase()), `"${w}" of ${JSON.stringify(input)} in ${JSON.stringify(output)}`).toBe(false)
  }
  for (const run of input.match(/\d{6,}/g) ?? []) expect(output).not.toContain(run)
}

describe('word mask property', () => {
  it('shows no word of 3+ letters and no 6+-digit run of a name, street, e-mail, IBAN or phone value', () => {
    fc.assert(
      fc.property(combined, fc.constantFrom<WordMaskStyle>('name', 'address'), (value, style) => {
        expectNothingReadable(value, maskWords(value, style), style)
      }),
      {numRuns: 500},
    )
  })

  it('holds for duplicate-entity spellings built from such values', () => {
    fc.assert(
      fc.property(fc.array(personalValue, {minLength: 1, maxLength: 4}), (parts) => {
        const text = parts.join(' | ')
        // a part with a digit keeps street words, so judge by the looser (address) style
        expectNothingReadable(text, maskEntityText(text), 'address')
      }),
      {numRuns: 300},
    )
  })
})
