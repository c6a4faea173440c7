import {describe, expect, it} from 'vitest'
import {findEntityColumns, isNameLikeHeader} from '../../../../src/analyzers/tables/entity-columns.js'
import {headerWords, isIdLikeHeader} from '../../../../src/analyzers/tables/header-words.js'

describe('headerWords', () => {
  it('folds umlauts, splits at punctuation and camelCase', () => {
    expect(headerWords('Kunden-Nr.')).toEqual({words: ['kunden', 'nr'], compact: 'kundennr'})
    expect(headerWords('Straße')).toEqual({words: ['strasse'], compact: 'strasse'})
    expect(headerWords('cFirma').words).toEqual(['c', 'firma'])
    expect(headerWords('Name 1').compact).toBe('name1')
    expect(headerWords('Empfänger').compact).toBe('empfaenger')
  })
})

describe('isIdLikeHeader', () => {
  it.each(['ID', 'Kundennummer', 'Kunden-Nr.', 'KdNr', 'ArtNr', 'Belegnr', 'customer_id', 'Artikelschlüssel', 'Code', 'KundenID', 'Transaktionscode'])(
    '%j is an identifier name',
    (h) => expect(isIdLikeHeader(h)).toBe(true),
  )
  it.each(['Name', 'Valid', 'Ort', 'Umsatz', 'Bemerkung'])('%j is not', (h) => expect(isIdLikeHeader(h)).toBe(false))
})

describe('isNameLikeHeader', () => {
  it.each([
    'Firma',
    'Name',
    'Name1',
    'Name 1',
    'Kunde',
    'Kundenname',
    'Nachname',
    'Vorname',
    'Company',
    'CustomerName',
    'Lieferant',
    'Empfänger',
    'Auftraggeber',
    'Kontoinhaber',
    'Name Zahlungsbeteiligter',
    'Beguenstigter/Zahlungspflichtiger',
    'Firmenname',
    'cFirma',
  ])('%j names an entity', (h) => expect(isNameLikeHeader(h)).toBe(true))

  it.each([
    'Name 2',
    'Kundennummer',
    'Kunden-Nr.',
    'Dateiname',
    'Bankname Auftragskonto',
    'IBAN Kontoinhaber',
    'Empfänger E-Mail-Adresse',
    'Option 1 Name',
    'Artikelname',
    'Ansprechpartner',
    'Umsatz',
  ])('%j does not', (h) => expect(isNameLikeHeader(h)).toBe(false))
})

describe('findEntityColumns', () => {
  it('finds names, street, house number and PLZ (Ort only without PLZ)', () => {
    expect(findEntityColumns(['Kundennummer', 'Firma', 'Straße', 'Hausnummer', 'PLZ', 'Ort', 'E-Mail'])).toEqual({
      names: [1],
      street: 2,
      houseNumber: 3,
      place: 4,
      used: [1, 2, 3, 4],
    })
    expect(findEntityColumns(['Vorname', 'Nachname', 'Anschrift', 'Stadt'])).toEqual({
      names: [0, 1],
      street: 2,
      houseNumber: -1,
      place: 3,
      used: [0, 1, 2, 3],
    })
  })

  it('has nothing to offer without a name-like column', () => {
    expect(findEntityColumns(['Buchungstag', 'Betrag', 'PLZ', 'Straße'])).toBeUndefined()
    expect(findEntityColumns([])).toBeUndefined()
  })

  it('reads real bank export headers', () => {
    const gls = ['Bezeichnung Auftragskonto', 'IBAN Auftragskonto', 'BIC Auftragskonto', 'Bankname Auftragskonto', 'Buchungstag', 'Valutadatum', 'Name Zahlungsbeteiligter', 'IBAN Zahlungsbeteiligter']
    expect(findEntityColumns(gls)?.names).toEqual([6])
  })
})
