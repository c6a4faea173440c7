import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {SAMPLE_ROWS} from '../../../../../src/connectors/connector.js'
import {createXlsxReader} from '../../../../../src/connectors/file/xlsx/xlsx-reader.js'
import {codes, column, FIXTURES, readWorkbook, type ReadTable, type ReadWorkbook} from './read-workbook.js'

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`)

describe('createXlsxReader on the multi-sheet fixture', () => {
  const path = join(FIXTURES, 'multi-sheet.xlsx')
  let book: ReadWorkbook
  const table = (name: string): ReadTable => book.tables.find((t) => t.name === name)!

  beforeAll(async () => {
    book = await readWorkbook(createXlsxReader(path))
  })

  it('describes the workbook: sheets, hidden and empty ones, file facts', () => {
    expect(book.facts.kind).toBe('xlsx')
    expect(book.facts.file?.sizeBytes).toBe(statSync(path).size)
    expect(book.facts.workbook).toEqual({sheetCount: 7, hiddenSheets: ['Archiv', 'Intern'], emptySheets: ['Leer', 'Intern']})
    // the very hidden sheet has no table, so its finding belongs to the source
    expect(book.facts.findings).toEqual([{code: 'HIDDEN_SHEET', severity: 'info', data: {sheet: 'Intern'}}])
  })

  it('yields one table per sheet with cells, in workbook order', () => {
    expect(book.tables.map((t) => t.name)).toEqual(['Kunden', 'Bevölkerung', 'Formeln', 'Messwerte', 'Archiv'])
  })

  it('finds the header below the merged title and the note, and skips the blank row in the data', () => {
    const kunden = table('Kunden')
    expect(kunden.headerRow).toBe(4)
    expect(kunden.columns).toEqual(['Kundennummer', 'Name', 'Straße', 'PLZ', 'Ort', 'Umsatz 2023', 'Kunde seit', 'Aktiv', 'E-Mail'])
    expect(kunden.rows).toHaveLength(30)
    expect(kunden.blankRowsInData).toBe(1)
    expect(kunden.rows.every((row) => row.length === 9)).toBe(true)
    const notes = kunden.facts.findings.find((f) => f.code === 'NOTES_ABOVE_HEADER')
    expect(notes).toMatchObject({table: 'Kunden', data: {lines: 2, headerLine: 4, rows: [1, 2]}})
  })

  it('types the values: text with umlauts, numbers, dates, booleans, and keeps numbers stored as text as text', () => {
    const kunden = table('Kunden')
    expect(kunden.rows[0].slice(0, 5)).toEqual([10001, 'Müller GmbH 1', 'Hauptstraße 1', '80331', 'München'])
    expect(column(kunden, 'PLZ')).toContain('01067')
    expect(column(kunden, 'PLZ').every((v) => typeof v === 'string')).toBe(true)
    expect(column(kunden, 'Kunde seit').every((v) => v instanceof Date)).toBe(true)
    expect(column(kunden, 'Kunde seit')[0]).toEqual(utc('2010-01-01'))
    expect(column(kunden, 'Aktiv').slice(0, 3)).toEqual([false, true, true])
    const umsatz = column(kunden, 'Umsatz 2023')
    expect(umsatz.filter((v) => v === '1.234,56')).toHaveLength(4)
    expect(umsatz[1]).toBe(1012.5)
  })

  it('joins rich text, gives hyperlinks as their text and errors as their error text', () => {
    const kunden = table('Kunden')
    expect(column(kunden, 'Name')[2]).toBe('Schmidt & Partner')
    expect(column(kunden, 'E-Mail')[0]).toBe('kunde1@beispiel.de')
    expect(column(kunden, 'Umsatz 2023')[4]).toBe('#N/A')
  })

  it('reports merged cells inside the data, not those of the title and header', () => {
    const kunden = table('Kunden')
    expect(kunden.facts.sheet).toMatchObject({hidden: false, mergedCellsInData: 2, formulaCells: 0})
    expect(kunden.facts.findings.find((f) => f.code === 'MERGED_CELLS_IN_DATA')?.data).toMatchObject({
      count: 2,
      examples: ['E20:E21', 'B31:C31'],
    })
    // a merged cell holds its value only in its first cell
    const ort = column(kunden, 'Ort')
    expect([ort[15], ort[16]]).toEqual(['München', null])
    expect(codes(table('Bevölkerung').facts)).not.toContain('MERGED_CELLS_IN_DATA')
  })

  it('names columns under a merged group cell "Bevölkerung insgesamt" …', () => {
    const bev = table('Bevölkerung')
    expect(bev.headerRow).toBe(4)
    expect(bev.columns).toEqual(['Schlüssel', 'Kreis', 'Fläche in km²', 'Bevölkerung insgesamt', 'Bevölkerung männlich', 'Bevölkerung weiblich'])
    expect(column(bev, 'Schlüssel')).toEqual(['01001', '01002', '01003', '01004', '01005', '01006', '01007', '01008'])
    expect(column(bev, 'Kreis')[2]).toBe('Lübeck')
  })

  it('reads cached formula results with their types and counts the formulas', () => {
    const formeln = table('Formeln')
    expect(formeln.rows).toHaveLength(11)
    expect(column(formeln, 'Summe').slice(0, 5)).toEqual([9.5, 38, 85.5, 152, '#DIV/0!'])
    expect(column(formeln, 'Teuer').slice(2, 4)).toEqual([false, true])
    expect(column(formeln, 'Hinweis').slice(2, 4)).toEqual(['ok', 'prüfen'])
    expect(column(formeln, 'Fällig')[9]).toEqual(utc('2024-01-10'))
    expect(column(formeln, 'Summe')[10]).toBe(1234.5)
    expect(formeln.facts.sheet).toEqual({hidden: false, mergedCellsInData: 0, formulaCells: 41, totalCells: 78})
    expect(formeln.facts.findings.find((f) => f.code === 'FORMULAS')?.data).toMatchObject({cells: 41, share: 41 / 78})
  })

  it('marks the hidden sheet that has data on its table, and a column name used twice', () => {
    const archiv = table('Archiv')
    expect(archiv.facts.sheet?.hidden).toBe(true)
    expect(archiv.facts.findings).toEqual([
      {code: 'HIDDEN_SHEET', severity: 'warning', table: 'Archiv', data: {sheet: 'Archiv'}},
      {code: 'DUPLICATE_COLUMN_NAMES', severity: 'warning', table: 'Archiv', data: {names: ['Umsatz']}},
    ])
    expect(archiv.columns).toEqual(['Jahr', 'Umsatz', 'Umsatz_2'])
    expect(archiv.rows).toEqual([[2019, 1200.5, 1100], [2020, 980.25, 1000], [2021, 1410, 1300]])
  })

  it('reads a sheet without a header: the title is a note, the columns are numbered', () => {
    const mess = table('Messwerte')
    expect(mess.headerRow).toBeNull()
    expect(mess.columns).toEqual(['column_1', 'column_2', 'column_3', 'column_4', 'column_5'])
    expect(mess.rows).toHaveLength(6)
    expect(mess.rows[0]).toEqual([1, 20.5, utc('2024-03-01'), 1013, true])
    expect(mess.facts.findings.map((f) => [f.code, f.data])).toEqual([
      ['NOTES_ABOVE_HEADER', {lines: 1, rows: [1]}],
      ['NO_HEADER', {columns: 5}],
    ])
    // the merged title above the data is not "in the data"
    expect(mess.facts.sheet?.mergedCellsInData).toBe(0)
  })

  it('gives a sample that rows() repeats, and progress in bytes that adds up to the sheet XML size', () => {
    for (const t of book.tables) {
      expect(t.sample).toEqual(t.rows.slice(0, SAMPLE_ROWS))
      expect(t.totalBytes).toBeGreaterThan(0)
      expect(t.bytes).toBe(t.totalBytes)
    }
  })
})

describe('createXlsxReader on a workbook written by another tool', () => {
  it('follows relationships to renamed parts and reads prefixed XML, inline strings, ISO and 1904 dates', async () => {
    const book = await readWorkbook(createXlsxReader(join(FIXTURES, 'handmade.xlsx')))
    expect(book.facts.workbook).toEqual({sheetCount: 1, hiddenSheets: [], emptySheets: []})
    const [daten] = book.tables
    expect(daten.name).toBe('Daten')
    expect(daten.headerRow).toBe(1)
    expect(daten.columns).toEqual(['Name', 'Datum', 'Zeit', 'ISO', 'Notiz'])
    expect(daten.rows).toEqual([
      ['Grün', utc('1904-01-01'), 0.5, new Date('2024-02-29T12:30:00Z'), 'Zeile 1\rZeile 2'],
      ['Weiß', utc('1905-01-01'), 0.75, utc('2023-12-31'), 'a & b'],
      // 45000 days after 1904-01-01 (1904 system), checked with Python's datetime
      ['Öl', utc('2027-03-16'), 0.25, utc('2024-01-01'), true],
    ])
    expect(daten.blankRowsInData).toBe(1)
    expect(daten.facts.findings.find((f) => f.code === 'MERGED_CELLS_IN_DATA')?.data).toMatchObject({examples: ['E4:E5']})
  })
})

describe('createXlsxReader streaming a larger sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'datenreife-xlsx-'))
  const path = join(dir, 'umlaute.xlsx')
  const ROWS = 20_000
  const text = (i: number, k: number): string => `Müller-Lüdenscheidt ${i} Straße ${k} Größe äöüß ${i % 977}`

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Große Liste')
    ws.addRow(['Nr', 'Name', 'Adresse', 'Notiz'])
    for (let i = 0; i < ROWS; i++) ws.addRow([i, text(i, 1), text(i, 2), text(i, 3)])
    await wb.xlsx.writeFile(path)
  }, 60_000)
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('keeps every umlaut intact across chunk boundaries (exceljs alone breaks some) and streams in batches', async () => {
    const reader = createXlsxReader(path)
    await reader.open()
    let batches = 0
    let rows = 0
    let damaged = 0
    let wrong = 0
    for await (const t of reader.tables()) {
      expect(t.sample).toHaveLength(SAMPLE_ROWS)
      for await (const batch of t.rows()) {
        batches++
        for (const row of batch.rows) {
          const i = row[0] as number
          for (let k = 1; k <= 3; k++) {
            if ((row[k] as string).includes('\uFFFD')) damaged++
            if (row[k] !== text(i, k)) wrong++
          }
          rows++
        }
      }
    }
    await reader.close()
    expect({rows, damaged, wrong}).toEqual({rows: ROWS, damaged: 0, wrong: 0})
    expect(batches).toBeGreaterThan(10)
  })
})
