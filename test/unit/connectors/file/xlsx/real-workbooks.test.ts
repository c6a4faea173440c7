/**
 * The public workbooks of ../shared/datasets: they must open and stream without failing, and give facts
 * that were checked independently (by reading their XML with Python's zipfile and regular expressions).
 */
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {RawValue} from '../../../../../src/connectors/connector.js'
import {createXlsxReader} from '../../../../../src/connectors/file/xlsx/xlsx-reader.js'
import {codes, column, DATASETS, readWorkbook, type ReadTable, type ReadWorkbook} from './read-workbook.js'

function allStrings(book: ReadWorkbook): string[] {
  const out: string[] = []
  for (const t of book.tables) {
    out.push(...t.columns)
    for (const row of t.rows) for (const v of row) if (typeof v === 'string') out.push(v)
  }
  return out
}

const tableNamed = (book: ReadWorkbook, name: string): ReadTable => book.tables.find((t) => t.name === name)!

describe('Destatis 04-kreise.xlsx', () => {
  let book: ReadWorkbook
  beforeAll(async () => {
    book = await readWorkbook(createXlsxReader(join(DATASETS, 'destatis-04-kreise/04-kreise.xlsx')))
  })

  it('has a cover sheet and the data sheet', () => {
    expect(book.facts.workbook).toEqual({sheetCount: 2, hiddenSheets: [], emptySheets: []})
    expect(book.tables.map((t) => t.name)).toEqual(['Deckblatt', 'Kreisfreie Städte u. Landkreise'])
  })

  it('finds the 2-row header with its merged group and the row of column numbers', () => {
    const data = tableNamed(book, 'Kreisfreie Städte u. Landkreise')
    // rows 4–5 hold the labels (F4:I4 "Bevölkerung" merged over three), row 6 numbers the columns
    expect(data.headerRow).toBe(6)
    expect(data.columns).toHaveLength(9)
    expect(data.columns.slice(5)).toEqual(['Bevölkerung2) insgesamt', 'Bevölkerung2) männlich', 'Bevölkerung2) weiblich', 'Bevölkerung2) je km2'])
    expect(codes(data.facts)).toContain('NOTES_ABOVE_HEADER')
  })

  it('streams all 482 rows below the header, with the 401 district keys as text with leading zeros', () => {
    const data = tableNamed(book, 'Kreisfreie Städte u. Landkreise')
    expect(data.rows).toHaveLength(482)
    const keys = data.rows.map((row) => row[0]).filter((v): v is string => typeof v === 'string' && /^\d{5}$/.test(v))
    expect(keys).toHaveLength(401)
    expect(keys[0]).toBe('01001')
    expect(keys[keys.length - 1]).toBe('16077')
    const flensburg = data.rows.find((row) => row[0] === '01001')!
    expect(flensburg).toEqual(['01001', 'Kreisfreie Stadt', 'Flensburg, Stadt', 'DEF01', 56.73, 89934, 44797, 45137, 1585])
    // the footnotes under the table are merged over the width: merged cells among the data rows
    expect(data.facts.sheet?.mergedCellsInData).toBe(2)
  })

  it('reads every umlaut intact', () => {
    const strings = allStrings(book)
    expect(strings.some((s) => s.includes('\uFFFD'))).toBe(false)
    expect(strings).toContain('Kreisfreie Städte und Landkreise nach Fläche,')
  })
})

describe('Destatis Sonderauswertung Sterbefälle 2020', () => {
  let book: ReadWorkbook
  beforeAll(async () => {
    book = await readWorkbook(createXlsxReader(join(DATASETS, 'destatis-sonderauswertung-sterbefaelle-2020/germany_total_source_2020_04_19.xlsx')))
  })

  it('opens all 24 sheets as tables', () => {
    expect(book.facts.workbook?.sheetCount).toBe(24)
    expect(book.tables).toHaveLength(24)
    expect(book.tables.slice(0, 4).map((t) => t.name)).toEqual(['Titelseite', 'Inhaltsverzeichnis', 'Hinweise', 'D_2020_Tage'])
  })

  it('reads the 368-column day sheets (one column per day of the leap year 2016) with dates', () => {
    const days = tableNamed(book, 'D_2016_Tage')
    expect(days.columns).toHaveLength(368)
    expect(days.headerRow).toBe(8)
    const dateRow = days.rows[0]
    expect(dateRow[1]).toEqual(new Date('2016-01-01T00:00:00Z'))
    expect(dateRow[366]).toEqual(new Date('2016-12-31T00:00:00Z'))
    expect(days.rows[1][0]).toBe('Insgesamt')
    expect(typeof days.rows[1][1]).toBe('number')
    expect(tableNamed(book, 'BL_2016_Tage').columns).toHaveLength(368)
  })
})

describe('Hamburg Stadtteilprofile 2014', () => {
  let book: ReadWorkbook
  beforeAll(async () => {
    book = await readWorkbook(createXlsxReader(join(DATASETS, 'hamburg-stadtteilprofile-2014/Daten_fuer_die_Stadtteilprofile_2014.xlsx')))
  })

  it('combines group row 2, the short names of row 3 and the descriptions of row 4 into the header', () => {
    const [sheet] = book.tables
    expect(sheet.name).toBe('Stadtteilprofile 2014')
    expect(sheet.headerRow).toBe(4)
    expect(sheet.columns).toHaveLength(69)
    expect(sheet.columns[0]).toBe('Stadtgebiet')
    expect(sheet.columns[1]).toBe('Bevölkerung und Haushalte 31.12.2013 Bevölkerung Anzahl der Einwohnerinnen und Einwohner')
    expect(sheet.facts.findings.find((f) => f.code === 'NOTES_ABOVE_HEADER')?.data).toMatchObject({lines: 1, rows: [1]})
  })

  it('streams the 107 district, borough and total rows with the 84 "." placeholders as text', () => {
    const [sheet] = book.tables
    expect(sheet.rows).toHaveLength(107)
    expect(sheet.rows[0].slice(0, 3)).toEqual(['Hamburg-Altstadt', 1675, 162])
    let dots = 0
    for (const row of sheet.rows) for (const v of row) if (typeof v === 'string' && v.trim() === '.') dots++
    expect(dots).toBe(84)
  })
})

describe('NISRA weekly deaths (.xlsx with formulas and a chart sheet)', () => {
  let book: ReadWorkbook
  beforeAll(async () => {
    book = await readWorkbook(createXlsxReader(join(DATASETS, 'nisra-weekly-deaths/northern_ireland_total_source_2020_03_01.xlsx')))
  })

  it('lists the chart-only sheet as empty and gives it no table', () => {
    expect(book.facts.workbook).toEqual({sheetCount: 12, hiddenSheets: [], emptySheets: ['Chart']})
    expect(book.tables).toHaveLength(11)
    expect(book.tables.map((t) => t.name)).not.toContain('Chart')
  })

  it('counts all 1,671 formulas and reads their cached results, dates included', () => {
    const total = book.tables.reduce((n, t) => n + (t.facts.sheet?.formulaCells ?? 0), 0)
    expect(total).toBe(1671)
    const y2010 = tableNamed(book, 'Weekly Deaths_2010')
    expect(y2010.facts.sheet).toEqual({hidden: false, mergedCellsInData: 0, formulaCells: 106, totalCells: 378})
    expect(codes(y2010.facts)).toContain('FORMULAS')
    // "Week Ends (Friday)" is the formula ='Weekly Deaths_2009'!C56+1 … shown as a date
    const weekEnds: RawValue[] = column(y2010, 'Week Ends (Friday)')
    expect(weekEnds[0]).toEqual(new Date('2010-01-01T00:00:00Z'))
    expect(weekEnds.filter((v) => v instanceof Date).length).toBeGreaterThanOrEqual(52)
  })

  it('finds the same header in every year', () => {
    for (const t of book.tables) {
      expect(t.headerRow).toBe(4)
      expect(t.columns[0]).toBe('Registration Week')
    }
  })
})
