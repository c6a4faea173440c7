import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {detectHeader, headerNames} from '../../../../src/connectors/file/header-detection.js'
import {RecordTokenizer} from '../../../../src/connectors/file/csv/record-tokenizer.js'
import {DATASETS as SHARED_DATASETS} from '../../../helpers/run-cli.js'

const DATASETS = SHARED_DATASETS

function records(text: string, delimiter = ';'): string[][] {
  const out: string[][] = []
  new RecordTokenizer({delimiter, quote: '"', lineBreak: '\n', skipBlankRecords: false}).tokenize(text, 0, true, out, Number.POSITIVE_INFINITY, 60)
  return out
}

function datasetRecords(file: string, delimiter: string, encoding = 'utf8'): string[][] {
  return records(iconv.decode(readFileSync(resolve(DATASETS, file)), encoding).replace(/^\uFEFF/, ''), delimiter)
}

describe('detectHeader', () => {
  it('finds a header on the first line (bank export)', () => {
    const rows = datasetRecords('bank-exports-rechnungspilot/commerzbank.csv', ';')
    const h = detectHeader(rows)
    expect(h).toMatchObject({headerIndex: 0, headerRowCount: 1, notesAbove: []})
    expect(h.names).toEqual(['Buchungstag', 'Wertstellung', 'Umsatzart', 'Buchungstext', 'Betrag', 'Währung', 'IBAN Kontoinhaber', 'Kategorie'])
  })

  it('skips notes and a blank row above the header', () => {
    const rows = [['Export vom 03.02.2024', '', '', ''], ['Mandant: 10001', '', '', ''], ['', '', '', ''], ['Belegnr', 'Datum', 'Betrag', 'Kunde'], ['R-1', '02.01.2024', '119,00', 'Müller'], ['R-2', '05.01.2024', '59,50', 'Schäfer'], ['R-3', '09.01.2024', '1.190,00', 'Jürgens']]
    expect(detectHeader(rows)).toEqual({headerIndex: 3, headerRowCount: 1, names: ['Belegnr', 'Datum', 'Betrag', 'Kunde'], notesAbove: [0, 1, 2], duplicateNames: []})
  })

  it('reads the 2 title rows and the 4-row header of the Bundestagswahl file (group row broken over two lines)', () => {
    const rows = datasetRecords('bundestagswahl-2017-kerg/btw17_kerg.csv', ';')
    const h = detectHeader(rows, {joinBrokenLines: true})
    expect(h.headerIndex).toBe(5)
    expect(h.headerRowCount).toBe(4)
    expect(h.notesAbove).toEqual([0, 1])
    expect(h.names).toHaveLength(192)
    expect(h.names.slice(0, 5)).toEqual(['Nr', 'Gebiet', 'gehört zu', 'Wahlberechtigte Erststimmen Vorläufig', 'Wahlberechtigte Erststimmen Vorperiode'])
    expect(h.names[19]).toBe('Christlich Demokratische Union Deutschlands Erststimmen Vorläufig')
    expect(h.names[22]).toBe('Christlich Demokratische Union Deutschlands Zweitstimmen Vorperiode')
  })

  it('joins broken lines only when asked (worksheet rows of fitting lengths stay apart)', () => {
    const rows = [['Bereich', 'Lager', 'Einkauf'], ['', 'Menge', 'Betrag'], ['Artikel', 'Soll', 'Ist', 'netto', 'brutto'], ['Schraube', '100', '98', '10,00', '11,90'], ['Dübel', '50', '50', '2,50', '2,98']]
    const apart = detectHeader(rows)
    expect(apart).toMatchObject({headerIndex: 2, headerRowCount: 3, notesAbove: []})
    expect(apart.names[3]).toBe('Einkauf Betrag netto')
    // as CSV lines, 3 + 3 fields make one 5-field line broken after "Einkauf"
    const joined = detectHeader(rows, {joinBrokenLines: true})
    expect(joined).toMatchObject({headerIndex: 2, headerRowCount: 3, notesAbove: []})
    expect(joined.names[3]).toBe('Menge netto')
  })

  it('combines a partially filled group row (merged cells) with the label row', () => {
    const rows = [['', 'Menge', '', 'Betrag', ''], ['Artikel', 'Soll', 'Ist', 'netto', 'brutto'], ['Schraube', '100', '98', '10,00', '11,90'], ['Dübel', '50', '50', '2,50', '2,98'], ['Leim', '5', '4', '20,00', '23,80']]
    const h = detectHeader(rows)
    expect(h).toMatchObject({headerIndex: 1, headerRowCount: 2, notesAbove: []})
    expect(h.names).toEqual(['Artikel', 'Menge Soll', 'Menge Ist', 'Betrag netto', 'Betrag brutto'])
  })

  it('takes years as column labels for a header, not for data', () => {
    const rows = [['Umsatz je Region', '', '', ''], ['Region', '2022', '2023', '2024'], ['Nord', '1,5', '2,1', '2,4'], ['Süd', '3,0', '2,8', '3,3'], ['West', '0,9', '1,2', '1,1']]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 1, headerRowCount: 1, names: ['Region', '2022', '2023', '2024'], notesAbove: [0]})
  })

  it('treats a row of column numbers under the labels as part of the header', () => {
    const rows = [['Schlüssel', 'Name', 'Fläche', 'Einwohner', 'Dichte'], ['1', '2', '3', '4', '5'], ['01001', 'Flensburg', '56,73', '89934', '1585'], ['01002', 'Kiel', '118,65', '246601', '2078'], ['01003', 'Lübeck', '214,19', '216530', '1011']]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 1, headerRowCount: 2, names: ['Schlüssel', 'Name', 'Fläche', 'Einwohner', 'Dichte']})
  })

  it('recognises files without a header (AdventureWorks) and names the columns column_1..n', () => {
    for (const [file, width] of [['Employee.csv', 16], ['CreditCard.csv', 6]] as const) {
      const h = detectHeader(datasetRecords(`adventureworks-oltp-csv-microsoft/${file}`, '\t'))
      expect(h.headerIndex).toBeNull()
      expect(h.headerRowCount).toBe(0)
      expect(h.notesAbove).toEqual([])
      expect(h.names).toEqual(Array.from({length: width}, (_, i) => `column_${i + 1}`))
    }
  })

  it('finds the DATEV column names under the metadata line even without DATEV recognition', () => {
    const h = detectHeader(datasetRecords('datev-extf-ledermann/EXTF_Stammdaten.csv', ';', 'windows-1252'))
    expect(h.headerIndex).toBe(1)
    expect(h.notesAbove).toEqual([0])
    expect(h.names[3]).toBe('Name (Adressatentyp natürl. Person)')
  })

  it('names blank header cells column_<n> and suffixes duplicates', () => {
    const rows = [['Name', 'Name', '', 'Ort', 'Name'], ['Müller', 'Hans', '1', 'Köln', 'x'], ['Schäfer', 'Eva', '2', 'Bonn', 'y'], ['Weiß', 'Jan', '3', 'Ulm', 'z']]
    const h = detectHeader(rows)
    expect(h.names).toEqual(['Name', 'Name_2', 'column_3', 'Ort', 'Name_3'])
    expect(h.duplicateNames).toEqual(['Name'])
  })

  it('works on typed worksheet values (numbers, dates, booleans)', () => {
    const rows: RawValue[][] = [['Kunden 2024', null, null, null], [null, null, null, null], ['Nr', 'Eintritt', 'Umsatz', 'Aktiv'], [1, new Date('2020-01-15T00:00:00Z'), 1234.5, true], [2, new Date('2021-03-01T00:00:00Z'), 99, false], [3, new Date('2022-07-31T00:00:00Z'), 0.5, true]]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 2, headerRowCount: 1, names: ['Nr', 'Eintritt', 'Umsatz', 'Aktiv'], notesAbove: [0, 1]})
  })

  it('uses the first wide row as the header when no column is typed', () => {
    const rows = [['Kontakte'], ['Name', 'Ort', 'Branche'], ['Müller', 'Köln', 'Handel'], ['Schäfer', 'Bonn', 'Handwerk']]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 1, headerRowCount: 1, names: ['Name', 'Ort', 'Branche'], notesAbove: [0]})
  })

  it('keeps the header when the same header line is pasted in again below', () => {
    const rows = [['Kundennr', 'Name', 'Ort'], ['1', 'Müller', 'München'], ['2', 'Schäfer', 'Köln'], ['Kundennr', 'Name', 'Ort'], ['3', 'Jürgens', 'Lübeck']]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 0, notesAbove: []})
  })

  it('does not take a numeric note above the header for the data start', () => {
    const rows = [['10001', '', '', ''], ['Belegnr', 'Datum', 'Betrag', 'Kunde'], ['1', '02.01.2024', '119,00', 'Müller'], ['2', '05.01.2024', '59,50', 'Schäfer']]
    expect(detectHeader(rows)).toMatchObject({headerIndex: 1, notesAbove: [0]})
  })

  it('returns no header and no names for no rows', () => {
    expect(detectHeader([])).toEqual({headerIndex: null, headerRowCount: 0, names: [], notesAbove: [], duplicateNames: []})
  })

  it('looks only at the first maxScan rows', () => {
    const rows = [...Array.from({length: 10}, () => ['Hinweis', '', '']), ['a', 'b', 'c'], ['1', '2', '3']]
    expect(detectHeader(rows, {maxScan: 5}).headerIndex).toBe(0)
    expect(detectHeader(rows).headerIndex).toBe(10)
  })

  it('headerNames trims and fills in names of a known header row', () => {
    expect(headerNames([' Konto ', 'Name', 'Name', null])).toEqual({names: ['Konto', 'Name', 'Name_2', 'column_4'], duplicateNames: ['Name']})
  })
})
