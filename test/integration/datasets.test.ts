import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runScan} from '../../src/engine/scan-service.js'
import {validateReport} from '../../src/reporters/json-reporter.js'
import type {ScanReport, SourceReport, TableReport} from '../../src/report/scan-report.js'
import {DATASETS} from '../helpers/run-cli.js'

/**
 * The real public files in ../shared/datasets/ (see its README): every CSV and workbook must be scanned
 * without failing, and what we know about them must come out. The .xls file is the one exception: it must
 * fail with UNSUPPORTED_FORMAT when named directly and be an inventory finding inside a folder.
 */
const available = existsSync(DATASETS)
const folders = [
  'bank-exports-rechnungspilot',
  'datev-extf-ledermann',
  'bundestagswahl-2017-kerg',
  'adventureworks-oltp-csv-microsoft',
  'destatis-04-kreise',
  'destatis-sonderauswertung-sterbefaelle-2020',
  'hamburg-stadtteilprofile-2014',
  'nisra-weekly-deaths',
]

describe.skipIf(!available && !process.env.CI)('scanning the shared datasets', () => {
  let report: ScanReport
  const source = (suffix: string): SourceReport => report.sources.find((s) => s.location.endsWith(suffix))!
  const table = (suffix: string, name?: string): TableReport => {
    const s = source(suffix)
    return name ? s.tables.find((t) => t.name === name)! : s.tables[0]
  }

  beforeAll(async () => {
    if (!available) throw new Error(`CI=true but the datasets folder ${DATASETS} is missing`)
    report = await runScan({inputs: folders.map((f) => resolve(DATASETS, f)), lang: 'de', workers: 0})
  }, 300_000)

  it('reads every CSV and XLSX file and produces a schema-valid report; prose .txt files are not sources', () => {
    expect(() => validateReport(report)).not.toThrow()
    const failed = report.sources.filter((s) => s.status === 'failed').map((s) => `${s.location}: ${s.error?.message}`)
    expect(failed).toEqual([])
    expect(report.sources.length).toBe(7 + 3 + 1 + 3 + 1 + 1 + 1 + 1)
    expect(report.sources.some((s) => s.location.endsWith('LICENSE-upstream.txt'))).toBe(false)
  })

  it('lists the .xls workbook in the folder inventory as unsupported', () => {
    const nisra = report.folders.find((f) => f.location.endsWith('nisra-weekly-deaths'))!
    expect(nisra.findings.map((f) => f.code)).toContain('UNSUPPORTED_FORMAT')
  })

  it('recognises the DATEV exports with their format facts', () => {
    const buchungen = source('EXTF_Buchungsstapel.csv')
    expect(buchungen.datev).toMatchObject({marker: 'EXTF', category: 21, formatName: 'Buchungsstapel', fiscalYearStart: '2018-01-01'})
    expect(buchungen.dialect?.encoding).toBe('windows-1252')
    const header = buchungen.tables[0].columns.map((c) => c.name)
    expect(header[0]).toBe('Umsatz (ohne Soll/Haben-Kz)')
    expect(header).toContain('Beleginfo – Art 1')
    const umsatz = buchungen.tables[0].columns[0]
    expect(umsatz.inferredType).toBe('decimal')
    expect(source('EXTF_Stammdaten.csv').datev?.category).toBe(16)
  })

  it('reads the bank exports with their dialects and German numbers', () => {
    expect(source('commerzbank.csv').dialect).toMatchObject({delimiter: ';', bom: true, encoding: 'utf-8'})
    expect(source('paypal.csv').dialect).toMatchObject({delimiter: ','})
    const sparkasse = table('sparkasse-lzo-camt-v2.csv')
    expect(sparkasse.rowCount).toBe(10)
    const betrag = sparkasse.columns.find((c) => c.name === 'Betrag')!
    expect(betrag.inferredType).toBe('decimal')
    const buchungstag = sparkasse.columns.find((c) => c.name === 'Buchungstag')!
    expect(buchungstag.inferredType).toBe('date')
    expect(buchungstag.formats?.[0].format).toBe('dd.mm.yy')
  })

  it('finds the election results below the title rows', () => {
    const btw = source('btw17_kerg.csv')
    expect(btw.dialect?.linesAboveHeader).toBeGreaterThanOrEqual(2)
    expect(btw.tables[0].columnCount).toBe(192)
    expect(btw.tables[0].rowCount).toBe(316)
  })

  it('names the columns of headerless AdventureWorks files', () => {
    const employee = table('Employee.csv')
    expect(employee.rowCount).toBe(290)
    expect(employee.columns[0].name).toBe('column_1')
    expect(employee.findings.map((f) => f.code)).toContain('NO_HEADER')
    expect(table('CreditCard.csv').rowCount).toBe(19_118)
  })

  it('finds the personal data of the bank, PayPal, DATEV and AdventureWorks files, and none in the statistics', () => {
    const strong = (suffix: string, column: string, name?: string): string[] =>
      (table(suffix, name).columns.find((c) => c.name === column)?.pii ?? []).filter((v) => v.confidence >= 0.5).map((v) => v.category)
    expect(strong('gls-bank.csv', 'IBAN Zahlungsbeteiligter')).toContain('iban')
    expect(strong('gls-bank.csv', 'Name Zahlungsbeteiligter')).toContain('person_name')
    // the IBAN column of the Sparkasse exports is named "Auftragskonto": found by the checksum alone
    expect(strong('sparkasse-lzo-camt-v2.csv', 'Auftragskonto')).toContain('iban')
    expect(strong('paypal.csv', 'Absender E-Mail-Adresse')).toContain('email')
    expect(strong('paypal.csv', 'PLZ')).toContain('postal_code')
    const stammdaten = 'EXTF_Stammdaten.csv'
    expect(strong(stammdaten, 'Vorname (Adressatentyp natürl. Person)')).toContain('person_name')
    expect(strong(stammdaten, 'Straße')).toContain('street_address')
    expect(strong(stammdaten, 'IBAN 1')).toContain('iban')
    expect(strong(stammdaten, 'Telefon')).toContain('phone')
    // "IBAN 2" … "IBAN 10" are never filled: a hint in the column, not personal data in the view
    expect(strong(stammdaten, 'IBAN 5')).toEqual([])
    // headerless: e-mails found from the values alone
    expect(strong('EmailAddress.csv', 'column_3')).toContain('email')
    // AdventureWorks card numbers are random digits: 10 % pass Luhn, as chance predicts, so no card column
    expect(table('CreditCard.csv').columns.flatMap((c) => c.pii.map((v) => v.category))).not.toContain('credit_card')
    for (const stats of ['bundestagswahl-2017-kerg', 'destatis-04-kreise', 'hamburg-stadtteilprofile-2014']) {
      const found = report.sources
        .filter((s) => s.location.includes(stats))
        .flatMap((s) => s.tables.flatMap((t) => t.columns.flatMap((c) => c.pii.filter((v) => v.confidence >= 0.5).map((v) => `${t.name}.${c.name}: ${v.category}`))))
      expect(found, stats).toEqual([])
    }
  })

  it('reads the Destatis and Hamburg workbooks and keeps leading-zero keys as text', () => {
    const kreise = source('04-kreise.xlsx')
    const data = kreise.tables.find((t) => t.rowCount > 400)!
    const key = data.columns[0]
    expect(key.name).toBe('Schlüssel-nummer')
    expect(key.inferredType).toBe('text')
    expect(key.min).toBe('01')
    expect(key.distinctCount).toBeGreaterThan(401)
    expect(data.findings.map((f) => f.code)).toContain('NOTES_BELOW_DATA')
    const sterbefaelle = source('germany_total_source_2020_04_19.xlsx')
    expect(sterbefaelle.workbook?.sheetCount).toBe(24)
    expect(sterbefaelle.tables.some((t) => t.columnCount >= 360)).toBe(true)
    const hamburg = table('Daten_fuer_die_Stadtteilprofile_2014.xlsx')
    expect(hamburg.columnCount).toBe(69)
    expect(hamburg.columns.some((c) => (c.placeholders?.['.'] ?? 0) > 0)).toBe(true)
  })

  it('reports formula share and chart-only sheets of the NISRA workbook', () => {
    const nisra = source('northern_ireland_total_source_2020_03_01.xlsx')
    expect(nisra.workbook?.emptySheets).toContain('Chart')
    expect(nisra.tables.some((t) => (t.sheet?.formulaCells ?? 0) > 0)).toBe(true)
  })
})

describe.skipIf(!available && !process.env.CI)('an .xls file named directly', () => {
  it('fails as a source with UNSUPPORTED_FORMAT and a "save as .xlsx" message', async () => {
    const report = await runScan({inputs: [resolve(DATASETS, 'nisra-weekly-deaths/northern_ireland_total_source_2020_05_08.xls')], lang: 'en', workers: 0})
    expect(report.sources[0].status).toBe('failed')
    expect(report.sources[0].error?.code).toBe('UNSUPPORTED_FORMAT')
    expect(report.sources[0].error?.message).toMatch(/\.xlsx/)
  })
})
