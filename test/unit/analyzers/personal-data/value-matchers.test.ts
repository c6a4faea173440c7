import {describe, expect, it} from 'vitest'
import {PII_CATEGORIES} from '../../../../src/analyzers/personal-data/categories.js'
import {
  type MatchContext,
  type NameSupport,
  VALUE_MATCHERS,
  embeddedCategories,
  isFreeTextColumn,
  isGermanPostalCode,
  isPlausibleBirthDate,
  looksPhoneLike,
  parseDateValue,
} from '../../../../src/analyzers/personal-data/value-matchers.js'

const today = new Date(Date.UTC(2026, 5, 15))

describe('looksPhoneLike', () => {
  it.each(['0171-1234567', '(089) 123456', '+49 (0)30 12345678', '0049 30 1234567', '030/1234567', 'Tel. 0221 98765'])(
    'accepts the dialled spelling %s without a phone name',
    (value) => expect(looksPhoneLike(value, false)).toBe(true),
  )

  it('takes bare digit runs and numbers without trunk zero only with a phone name', () => {
    for (const value of ['01711234567', '12345678901', '89 123456']) {
      expect(looksPhoneLike(value, false)).toBe(false)
      expect(looksPhoneLike(value, true)).toBe(true)
    }
  })

  it.each(['12.03.2024', '2024-03-12', 'ART-4711', '0171-ABC', '01234', '1.234,56'])('rejects %s even with a phone name', (value) =>
    expect(looksPhoneLike(value, true)).toBe(false),
  )
})

describe('dates and postal codes', () => {
  it('parses ISO and German dates that exist, and nothing else', () => {
    expect(parseDateValue('1980-02-29')).toEqual({year: 1980, month: 2, day: 29})
    expect(parseDateValue('1980-02-29 00:00:00')).toEqual({year: 1980, month: 2, day: 29})
    expect(parseDateValue('3.7.1975')).toEqual({year: 1975, month: 7, day: 3})
    for (const bad of ['1981-02-29', '31.04.1990', '1990/01/01', '01.01.90', '19900101', '']) expect(parseDateValue(bad)).toBeNull()
  })

  it('accepts birth dates from 1900 to today minus 14 years', () => {
    expect(isPlausibleBirthDate('1900-01-01', today)).toBe(true)
    expect(isPlausibleBirthDate('1899-12-31', today)).toBe(false)
    expect(isPlausibleBirthDate('2012-06-15', today)).toBe(true)
    expect(isPlausibleBirthDate('2012-06-16', today)).toBe(false)
  })

  it('accepts five-digit codes from 01001 to 99998', () => {
    expect(['01001', '10115', '99998'].every(isGermanPostalCode)).toBe(true)
    expect(['01000', '00999', '99999', '1234', '123456', '1011a'].some(isGermanPostalCode)).toBe(false)
  })

  it('looks for postal codes, birth dates, Steuernummern and licence numbers only with name evidence', () => {
    const nameBound = VALUE_MATCHERS.filter((m) => m.needsNameEvidence).map((m) => m.category)
    expect(nameBound.sort()).toEqual(['birth_date', 'drivers_license_de', 'postal_code', 'tax_number_de'])
  })
})

/** a context whose header backs the given categories */
function contextWith(support: Partial<Record<string, NameSupport>> = {}): MatchContext {
  return {nameSaysPhone: false, today, nameSupport: (category) => support[category] ?? 'none'}
}
const matcherFor = (category: string) => {
  const matcher = VALUE_MATCHERS.find((m) => m.category === category)
  if (matcher === undefined) throw new Error(`no matcher for ${category}`)
  return matcher
}

describe('VALUE_MATCHERS', () => {
  it('come in the order of PII_CATEGORIES, one per category', () => {
    const order = VALUE_MATCHERS.map((m) => PII_CATEGORIES.indexOf(m.category))
    expect(order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1]))).toBe(true)
  })

  it('count a lone surname as a name only under a person header, a full name under any', () => {
    const name = matcherFor('person_name')
    expect(name).toMatchObject({kind: 'pattern', evidence: 'dictionary:names', valuesCanContradictName: false})
    expect(name.matches('Max Mustermann', contextWith())).toBe(true)
    expect(name.matches('Schmidt', contextWith())).toBe(false)
    expect(name.matches('Schmidt', contextWith({person_name: 'weak'}))).toBe(true)
    expect(name.matches('Xylander', contextWith({person_name: 'weak'}))).toBe(false)
    expect(name.matches('Xylander', contextWith({person_name: 'strong'}))).toBe(true)
    expect(name.matches('Müller GmbH', contextWith({person_name: 'strong'}))).toBe(false)
  })

  it('take a street name without number only under a strong street header', () => {
    const street = matcherFor('street_address')
    expect(street.matches('Hauptstraße 12', contextWith())).toBe(true)
    expect(street.matches('Hauptstraße', contextWith())).toBe(false)
    expect(street.matches('Hauptstraße', contextWith({street_address: 'weak'}))).toBe(false)
    expect(street.matches('Hauptstraße', contextWith({street_address: 'strong'}))).toBe(true)
  })

  it('check number plates against the district list, Steuernummern and licence numbers by shape', () => {
    expect(matcherFor('vehicle_plate_de')).toMatchObject({kind: 'dictionary', evidence: 'dictionary:district-codes'})
    expect(matcherFor('vehicle_plate_de').matches('M-AB 1234', contextWith())).toBe(true)
    expect(matcherFor('vehicle_plate_de').matches('XX-AB 1234', contextWith())).toBe(false)
    expect(matcherFor('tax_number_de').matches('181/815/08155', contextWith())).toBe(true)
    expect(matcherFor('drivers_license_de').matches('B072RRE2I55', contextWith())).toBe(true)
  })
})

describe('free text', () => {
  it('tells free text from short values', () => {
    expect(isFreeTextColumn(['Bitte morgen zurückrufen', 'Ware beschädigt angekommen heute', 'ok'])).toBe(true)
    expect(isFreeTextColumn(['Max Mustermann', 'Erika Musterfrau', 'Hans im Glück'])).toBe(false)
    expect(isFreeTextColumn([])).toBe(false)
  })

  it('finds e-mails in punctuation, phones followed by other numbers, spaced IBANs', () => {
    expect([...embeddedCategories('Mail an <max.mustermann@gmx.de>, danke.')]).toEqual(['email'])
    expect([...embeddedCategories('Tel. 030 1234567 3 Kartons')]).toEqual(['phone'])
    expect([...embeddedCategories('Konto DE89 3704 0044 0532 0130 00 bitte')]).toEqual(['iban'])
    expect([...embeddedCategories('IBAN DE89370400440532013000.')]).toEqual(['iban'])
  })

  it('finds clear health terms, and only those', () => {
    expect([...embeddedCategories('AU bis 12.3., Bandscheibenvorfall')]).toEqual(['art9_health'])
    expect([...embeddedCategories('Rückruf 0171 1234567, seit Montag krankgeschrieben')].sort()).toEqual(['art9_health', 'phone'])
    expect(embeddedCategories('Lieferung krank? nein').size).toBe(0)
  })

  it('finds nothing in dates, amounts, order numbers and IBANs with a wrong check digit', () => {
    for (const text of ['Termin am 12.03.2024 um 10:30', 'Betrag 1.234,56 EUR offen', 'Auftrag 4711-0815 geliefert', 'Konto DE88 3704 0044 0532 0130 00 bitte', 'Mail an info@ bitte']) {
      expect(embeddedCategories(text).size).toBe(0)
    }
  })
})
