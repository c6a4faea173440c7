import {describe, expect, it} from 'vitest'
import {isStreetAddress, isStreetName} from '../../../../../src/analyzers/personal-data/validators/street-address.js'

describe('isStreetAddress', () => {
  it.each([
    'Hauptstraße 12a',
    'Hauptstr. 5',
    'Hauptstr.5',
    'Lindenweg 12',
    'Am Markt 3',
    'An der Alster 7',
    'Karl-Marx-Allee 90',
    'Schloßplatz 1',
    'Industriestrasse 4-6',
    'Im Gewerbegebiet 2',
    'Berliner Str. 7/1',
    'Unter den Linden 5',
    'Kurfürstendamm 21',
    'Jungfernstieg 7',
    'HAUPTSTRASSE 12 B',
    'Hauptstraße 12, 10115 Berlin',
    'Hauptstraße 12 10115 Berlin',
    'Am Markt 3, D-80331 München',
    'Lindenweg 12, Frankfurt (Oder)',
  ])('accepts %s', (value) => expect(isStreetAddress(value)).toBe(true))

  it.each([
    'Postfach 1234',
    'Postfach 12 34 56',
    'Parkplatz 12',
    'Stellplatz 4',
    'Dichtring 20',
    'O-Ring 20',
    'Bahnsteig 3',
    'Firewall 2',
    'Zusatzfeld 1',
    'Fragebogen 3',
    'Baureihe 3',
    'Im Lager 3',
    'Schraube M8 verzinkt',
    'Artikel 12',
    'Halle 3',
    'Eingang 3',
    'Weg 3',
    'Straße 5',
    'Rechnung 2024',
    'AB-2024-0012',
    'Berlin',
    'Hauptstraße 0',
    'Hauptstraße 12345',
    'Termin am 12.03.2024 verschoben, Menge 12345',
  ])('rejects %s', (value) => expect(isStreetAddress(value)).toBe(false))

  it('takes a street name without number only when asked to (a street column)', () => {
    expect(isStreetAddress('Lindenweg')).toBe(false)
    expect(isStreetAddress('Lindenweg', true)).toBe(true)
    expect(isStreetAddress('An der Alster', true)).toBe(true)
    expect(isStreetAddress('Heidelberger Druckmaschinen', true)).toBe(false)
    expect(isStreetAddress('Postfach', true)).toBe(false)
  })
})

describe('isStreetName', () => {
  it('needs a front before a bare suffix word and a stem of three letters in a compound', () => {
    expect(isStreetName('Alte Allee')).toBe(true)
    expect(isStreetName('Allee')).toBe(false)
    expect(isStreetName('Exweg')).toBe(false)
    expect(isStreetName('Auweg')).toBe(false)
    expect(isStreetName('Bachweg')).toBe(true)
  })

  it('accepts addresses written number first with an English street type', () => {
    for (const address of ['47 MySakila Drive', '1913 Hanoi Way', '1795 Santiago de Compostela Way', '120 Hanover Sq.', '12 Orchestra Terrace, London']) {
      expect(isStreetAddress(address), address).toBe(true)
    }
    for (const other of ['12 Kartons Schrauben', '500 Stück', '3 Way Valve', '47 MySakila']) {
      expect(isStreetAddress(other), other).toBe(false)
    }
  })
})
