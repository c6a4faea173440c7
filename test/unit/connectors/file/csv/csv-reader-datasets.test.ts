/**
 * Every real CSV file under ../shared/datasets opens and reads; the facts were checked by hand
 * (wc -l, awk -F';' '{print NF}', iconv, file(1)) against the files.
 */
import {readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {SourceFacts, TableSource} from '../../../../../src/connectors/connector.js'
import {createCsvReader} from '../../../../../src/connectors/file/csv/csv-reader.js'
import type {CsvDialect} from '../../../../../src/report/scan-report.js'
import {DATASETS as SHARED_DATASETS} from '../../../../helpers/run-cli.js'

const DATASETS = SHARED_DATASETS

interface Expected {
  dialect: Partial<CsvDialect>
  columns: number
  rows: number
  findings: string[]
}

const EXPECTED: Record<string, Expected> = {
  'bank-exports-rechnungspilot/commerzbank.csv': {dialect: {encoding: 'utf-8', bom: true, delimiter: ';', lineEnding: 'crlf', headerLine: 1, decimalSeparator: ','}, columns: 8, rows: 7, findings: []},
  'bank-exports-rechnungspilot/gls-bank.csv': {dialect: {encoding: 'utf-8', bom: true, delimiter: ';', lineEnding: 'crlf', headerLine: 1, decimalSeparator: ','}, columns: 18, rows: 18, findings: []},
  'bank-exports-rechnungspilot/paypal.csv': {dialect: {encoding: 'utf-8', bom: true, delimiter: ',', quote: '"', lineEnding: 'lf', headerLine: 1, decimalSeparator: ','}, columns: 41, rows: 11, findings: []},
  'bank-exports-rechnungspilot/sparda-bank-west.csv': {dialect: {encoding: 'utf-8', bom: true, delimiter: ';', lineEnding: 'lf', headerLine: 1}, columns: 18, rows: 20, findings: []},
  'bank-exports-rechnungspilot/sparkasse-lzo-camt-v2.csv': {dialect: {encoding: 'utf-8', bom: false, delimiter: ';', quote: '"', lineEnding: 'lf', headerLine: 1, decimalSeparator: ','}, columns: 17, rows: 10, findings: []},
  'bank-exports-rechnungspilot/sparkasse-lzo-camt-v8.csv': {dialect: {encoding: 'utf-8', bom: false, delimiter: ';', lineEnding: 'lf', headerLine: 1}, columns: 17, rows: 10, findings: []},
  'bank-exports-rechnungspilot/sparkasse-lzo-mt940.csv': {dialect: {encoding: 'utf-8', delimiter: ';', lineEnding: 'lf', headerLine: 1}, columns: 11, rows: 10, findings: []},
  'datev-extf-ledermann/EXTF_Buchungsstapel.csv': {dialect: {encoding: 'windows-1252', delimiter: ';', lineEnding: 'crlf', headerLine: 2, linesAboveHeader: 1, decimalSeparator: ','}, columns: 120, rows: 2, findings: ['DATEV_EXPORT']},
  'datev-extf-ledermann/EXTF_Kontenbeschriftungen.csv': {dialect: {encoding: 'utf-8', delimiter: ';', lineEnding: 'crlf', headerLine: 2, linesAboveHeader: 1}, columns: 3, rows: 3, findings: ['DATEV_EXPORT']},
  'datev-extf-ledermann/EXTF_Stammdaten.csv': {dialect: {encoding: 'iso-8859-1', delimiter: ';', lineEnding: 'crlf', headerLine: 2, linesAboveHeader: 1}, columns: 254, rows: 4, findings: ['DATEV_EXPORT']},
  'bundestagswahl-2017-kerg/btw17_kerg.csv': {dialect: {encoding: 'utf-8', bom: false, delimiter: ';', lineEnding: 'lf', headerLine: 6, linesAboveHeader: 2}, columns: 192, rows: 316, findings: ['NOTES_ABOVE_HEADER']},
  'adventureworks-oltp-csv-microsoft/Employee.csv': {dialect: {encoding: 'utf-8', delimiter: '\t', lineEnding: 'lf', headerLine: null, linesAboveHeader: 0}, columns: 16, rows: 290, findings: ['NO_HEADER']},
  'adventureworks-oltp-csv-microsoft/CreditCard.csv': {dialect: {encoding: 'utf-8', delimiter: '\t', lineEnding: 'lf', headerLine: null}, columns: 6, rows: 19118, findings: ['NO_HEADER']},
  'adventureworks-oltp-csv-microsoft/EmailAddress.csv': {dialect: {encoding: 'utf-8', delimiter: '+|', lineEnding: 'lf', headerLine: null}, columns: 5, rows: 19972, findings: ['NO_HEADER']},
}

async function scan(path: string): Promise<{facts: SourceFacts; table: TableSource; rows: unknown[][]}> {
  const reader = createCsvReader(path)
  const facts = await reader.open()
  let table: TableSource | undefined
  const rows: unknown[][] = []
  for await (const t of reader.tables()) {
    table = t
    for await (const batch of t.rows()) rows.push(...batch.rows)
  }
  await reader.close()
  return {facts, table: table!, rows}
}

describe('createCsvReader on the real datasets', () => {
  it('covers every CSV file of the four folders', () => {
    const folders = ['bank-exports-rechnungspilot', 'datev-extf-ledermann', 'bundestagswahl-2017-kerg', 'adventureworks-oltp-csv-microsoft']
    const files = folders.flatMap((folder) => readdirSync(resolve(DATASETS, folder)).filter((f) => f.endsWith('.csv')).map((f) => `${folder}/${f}`))
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`reads ${file}`, async () => {
      const {facts, table, rows} = await scan(resolve(DATASETS, file))
      expect(facts.dialect).toMatchObject(expected.dialect)
      expect(table.columns).toHaveLength(expected.columns)
      expect(rows).toHaveLength(expected.rows)
      // every row has the width of the header
      expect(rows.every((row) => row.length === expected.columns)).toBe(true)
      expect(facts.findings.map((f) => f.code)).toEqual(expected.findings)
    })
  }

  it('gets umlauts and the Windows-1252 en dash of the DATEV files right', async () => {
    const postings = await scan(resolve(DATASETS, 'datev-extf-ledermann/EXTF_Buchungsstapel.csv'))
    const names = postings.table.columns.map((c) => c.name)
    expect(names).toContain('Beleginfo – Art 1')
    expect(names).toContain('Gegenkonto (ohne BU-Schlüssel)')
    expect(postings.facts.datev).toMatchObject({category: 21, formatName: 'Buchungsstapel', formatVersion: 9, fiscalYearStart: '2018-01-01'})
    expect(postings.rows[0][0]).toBe('24,95')
    const master = await scan(resolve(DATASETS, 'datev-extf-ledermann/EXTF_Stammdaten.csv'))
    expect(master.table.columns[15].name).toBe('Straße')
    expect(master.rows[0].slice(0, 5)).toEqual(['10000', '', '', 'Mustermann', 'Sabine'])
    expect(master.rows[0][18]).toBe('Köln')
    expect(master.rows[0][15]).toBe('Am Haagelspfädchen 14')
  })

  it('reads the Bundestagswahl header rows into combined names and skips the separator lines', async () => {
    const {facts, table, rows} = await scan(resolve(DATASETS, 'bundestagswahl-2017-kerg/btw17_kerg.csv'))
    expect(facts.findings[0].data).toMatchObject({lines: [1, 2]})
    expect(table.headerRow).toBe(6)
    expect(table.columns[3].name).toBe('Wahlberechtigte Erststimmen Vorläufig')
    expect(rows[0].slice(0, 3)).toEqual(['1', 'Flensburg – Schleswig', '1'])
  })

  it('splits AdventureWorks EmailAddress at "+|" and drops the "&|" record terminator', async () => {
    const {table, rows} = await scan(resolve(DATASETS, 'adventureworks-oltp-csv-microsoft/EmailAddress.csv'))
    expect(table.columns.map((c) => c.name)).toEqual(['column_1', 'column_2', 'column_3', 'column_4', 'column_5'])
    expect(rows[0]).toEqual(['1', '1', 'ken0@adventure-works.com', '8A1901E4-671B-431A-871C-EADB2942E9EE', '2020-01-07 00:00:00.000'])
    expect(table.parallel).toBeUndefined()
  })

  it('reads the PayPal export (all fields quoted, decimal comma in a comma file)', async () => {
    const {table, rows} = await scan(resolve(DATASETS, 'bank-exports-rechnungspilot/paypal.csv'))
    expect(table.columns[7].name).toBe('Brutto')
    expect(table.decimalSeparator).toBe(',')
    expect(rows.every((row) => /^-?\d+,\d\d$/.test(String(row[7])))).toBe(true)
  })
})
