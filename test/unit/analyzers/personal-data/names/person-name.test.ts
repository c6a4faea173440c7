import {describe, expect, it} from 'vitest'
import {
  NAME_SHAPE_NEEDS,
  countsAsPersonName,
  personNameShape,
} from '../../../../../src/analyzers/personal-data/names/person-name.js'

describe('personNameShape: full names', () => {
  it.each([
    'Max Mustermann',
    'Mustermann, Max',
    'Dr. Anna-Lena Schmidt',
    'Frau Prof. Dr. Weber',
    'von der Heide, Jan',
    'Herr Dipl.-Ing. Klaus Meier',
    'Dr. med. Thomas Klein',
    'MÜLLER, HANS',
    'A. Schmidt',
    'Hans-Peter Müller-Lüdenscheidt',
    'Mehmet Yılmaz',
    'Ayşe Öztürk',
    'Łukasz Kowalski',
    'Giulia De Luca',
    "Sean O'Brien",
    'Nguyen Thi Lan',
    'z. Hd. Herrn Leon Mayer',
    'c/o Katharina Köhler',
    'Familie Schröder',
    'Anna Schmidt geb. Müller',
  ])('%s', (value) => expect(personNameShape(value)).toBe('full-name'))

  it('reads a known first name at either end, whatever the other word is', () => {
    expect(personNameShape('Sabine Brzęczyszczykiewicz')).toBe('full-name')
    expect(personNameShape('Brzęczyszczykiewicz Sabine')).toBe('full-name')
  })
})

describe('personNameShape: single and unknown names', () => {
  it('grades a single known first name or surname as a known name', () => {
    for (const value of ['Anna', 'Mustermann', 'Schmidt', 'Kowalska', 'Jörg']) expect(personNameShape(value), value).toBe('known-name')
  })

  it('grades unknown capitalised words as merely name-shaped', () => {
    for (const value of ['Zygmunt Brzęczyszczykiewicz', 'Xylander', 'Berlin']) expect(personNameShape(value), value).toBe('name-shaped')
  })

  it('does not make a full name of a first name that is also a word or brand, unless another name stands by it', () => {
    expect(personNameShape('Rosa Pullover')).toBe('name-shaped')
    expect(personNameShape('Mercedes Sprinter')).toBe('name-shaped')
    expect(personNameShape('Rosa Schmidt')).toBe('full-name')
  })

  it('grades several words without a first name at an end as merely name-shaped, known surnames or not', () => {
    expect(personNameShape('Weber Grill')).toBe('name-shaped')
    expect(personNameShape('Kaiser Natron')).toBe('name-shaped')
    expect(personNameShape('Schmidt Weber')).toBe('name-shaped')
  })
})

describe('personNameShape: hard negatives', () => {
  it.each([
    // companies and legal forms
    'Müller GmbH',
    'Bäckerei Schmidt',
    'Autohaus Weber',
    'Stadtwerke München',
    'Müller & Söhne',
    'Schmidt e.K.',
    'Weber Bau',
    'Meier AG',
    'Schäfer Elektrotechnik GmbH',
    'Hans Müller Handelsgesellschaft',
    'Otto Versand',
    'Elektro-Meier',
    'Holzhandel Schulz',
    'Schmidt Logistik',
    'Roth Spedition UG (haftungsbeschränkt)',
    // towns and streets
    'Frankfurt am Main',
    'Bad Homburg',
    'Sankt Augustin',
    'St. Ingbert',
    'Neustadt an der Weinstraße',
    'Halle (Saale)',
    'Müllerstraße',
    // products, codes, placeholders, salutations alone
    'Schraube M8 verzinkt',
    'Hans im Glück',
    'A-Kunde',
    'KAT-A',
    'AB-2024-0012',
    'Herr',
    'Frau',
    'Diverse',
    'Barverkauf',
    'Zahlung per Rechnung',
    'max.mustermann@gmx.de',
    'Abt. Einkauf',
    '',
  ])('%s is no name', (value) => expect(personNameShape(value)).toBeUndefined())

  it('refuses more than four core words and more than one comma', () => {
    expect(personNameShape('Anna Maria Luisa Sophie Schmidt')).toBeUndefined()
    expect(personNameShape('Schmidt, Anna, Berlin')).toBeUndefined()
  })
})

describe('countsAsPersonName', () => {
  it('counts full names under any header, known names under a person header, bare shapes only under a strong one', () => {
    expect(NAME_SHAPE_NEEDS).toEqual({'full-name': 'none', 'known-name': 'weak', 'name-shaped': 'strong'})
    expect(countsAsPersonName('Max Mustermann', 'none')).toBe(true)
    expect(countsAsPersonName('Schmidt', 'none')).toBe(false)
    expect(countsAsPersonName('Schmidt', 'weak')).toBe(true)
    expect(countsAsPersonName('Xylander', 'weak')).toBe(false)
    expect(countsAsPersonName('Xylander', 'strong')).toBe(true)
    expect(countsAsPersonName('Müller GmbH', 'strong')).toBe(false)
  })
})
