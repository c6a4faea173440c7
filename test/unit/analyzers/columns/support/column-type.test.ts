import {describe, expect, it} from 'vitest'
import {decideColumnType, looksLikeDateName} from '../../../../../src/analyzers/columns/support/column-type.js'

// index = Kind: none, integer, decimal, boolean, date, datetime, text
const counts = (integer: number, decimal: number, boolean: number, date: number, datetime: number, text: number) => [0, integer, decimal, boolean, date, datetime, text]
const decide = (kindCounts: number[], leadingZero = 0, columnName = 'Spalte', numericMin = 1, numericMax = 2) =>
  decideColumnType({kindCounts, leadingZero, numericMin, numericMax, columnName})

describe('decideColumnType', () => {
  it('families, dominance and mixed', () => {
    expect(decide(counts(10, 0, 0, 0, 0, 0)).type).toBe('integer')
    expect(decide(counts(10, 1, 0, 0, 0, 0)).type).toBe('decimal')
    expect(decide(counts(0, 0, 0, 3, 1, 0)).type).toBe('datetime')
    expect(decide(counts(95, 0, 0, 0, 0, 5)).type).toBe('integer')
    expect(decide(counts(94, 0, 0, 0, 0, 6))).toMatchObject({type: 'mixed', dominant: 'integer'})
    expect(decide(counts(0, 0, 0, 0, 0, 0))).toMatchObject({type: 'empty', dominant: 'empty'})
  })

  it('leading zeros turn integers into codes', () => {
    expect(decide(counts(10, 0, 0, 0, 0, 0), 1)).toMatchObject({type: 'text', integersAsCodes: true})
    expect(decide(counts(10, 0, 0, 0, 0, 0), 0)).toMatchObject({type: 'integer', integersAsCodes: false})
  })

  it('Excel serial days need a date name and the serial range', () => {
    expect(decide(counts(5, 0, 0, 0, 0, 0), 0, 'Datum', 40000, 46000)).toMatchObject({type: 'date', excelSerial: true})
    expect(decide(counts(5, 1, 0, 0, 0, 0), 0, 'Datum', 40000, 46000.5)).toMatchObject({type: 'datetime', excelSerial: true})
    expect(decide(counts(5, 0, 0, 0, 0, 0), 0, 'Datum', 19999, 46000).excelSerial).toBe(false)
    expect(decide(counts(5, 0, 0, 0, 0, 0), 0, 'Datum', 40000, 80001).excelSerial).toBe(false)
    expect(decide(counts(5, 0, 0, 0, 0, 0), 0, 'Menge', 40000, 46000).excelSerial).toBe(false)
  })

  it('date-like column names', () => {
    for (const name of ['Datum', 'Rechnungsdatum', 'date', 'Geburtstag', 'Geb.', 'geb_dat', 'GebDat', 'Erstellt am', 'geändert', 'Geaendert', 'created_at', 'modified', 'Stichtag', 'Valuta']) {
      expect(looksLikeDateName(name), name).toBe(true)
    }
    for (const name of ['Gebiet', 'Gebühr', 'Menge', 'Kundennummer', 'PLZ', 'Betrag']) {
      expect(looksLikeDateName(name), name).toBe(false)
    }
  })
})
