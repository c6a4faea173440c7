import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterEach, describe, expect, it} from 'vitest'
import {buildPersonalDataView} from '../../../src/analyzers/personal-data/dsgvo-view.js'
import {ART30_FILE_NAME, renderArt30Csv, writeArt30Csv} from '../../../src/reporters/art30-csv-reporter.js'
import {ScannerError} from '../../../src/errors.js'
import {column, samplePiiSources, source, table, verdict} from '../../helpers/pii-report.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true})
})

function rows(text: string, delimiter: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return parse(text.slice(1), {delimiter, relax_column_count: false}) as string[][]
}

describe('renderArt30Csv', () => {
  it('writes one row per table with personal data, German headings, ; and CRLF', () => {
    const text = renderArt30Csv(buildPersonalDataView(samplePiiSources()), 'de')
    expect(text).toContain('\r\n')
    const [head, ...body] = rows(text, ';')
    expect(head).toEqual([
      'System',
      'Quelle',
      'Tabelle',
      'Anzahl Datensätze',
      'Kategorien personenbezogener Daten',
      'Besondere Kategorien (Art. 9/10 DSGVO)',
      'Spalten mit Personenbezug',
      'Empfohlene Maßnahme vor KI-Nutzung',
    ])
    expect(body).toHaveLength(2)
    const payroll = body.find((r) => r[2] === 'public.mitarbeiter')
    expect(payroll).toEqual([
      'PostgreSQL 15.4',
      'postgres://reader@erp-host/lohn',
      'public.mitarbeiter',
      '120',
      'Personenname, Geburtsdatum, Steuer-ID',
      'Gesundheitsdaten (Art. 9), Religion/Konfession (Art. 9)',
      'NAME1, GEBDAT, STID, KONF, KRANKTAGE',
      'entfernen / DSB entscheidet: KONF, KRANKTAGE; pseudonymisieren: NAME1, STID; vergröbern: GEBDAT',
    ])
  })

  it('uses English headings and commas in English', () => {
    const [head, ...body] = rows(renderArt30Csv(buildPersonalDataView(samplePiiSources()), 'en'), ',')
    expect(head[4]).toBe('Categories of personal data')
    expect(body.find((r) => r[2] === 'kunden.csv')?.[4]).toBe('e-mail address, postal code, VAT ID')
  })

  it('quotes delimiters and quotes, and defuses cells Excel would run as formulas', () => {
    const odd = source('src-z', 'csv', '/daten/a;b.csv', [table('=HYPERLINK("x")', 2, [column('Mail "privat"', [verdict('email')])])])
    const [, row] = rows(renderArt30Csv(buildPersonalDataView([odd]), 'de'), ';')
    expect(row[1]).toBe('/daten/a;b.csv')
    expect(row[2]).toBe(`'=HYPERLINK("x")`)
    expect(row[6]).toBe('Mail "privat"')
  })

  it('has only the heading row when nothing personal was found', () => {
    expect(rows(renderArt30Csv(buildPersonalDataView([]), 'de'), ';')).toHaveLength(1)
  })
})

describe('writeArt30Csv', () => {
  it('writes datenreife-art30.csv atomically into the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'art30-'))
    dirs.push(dir)
    const path = await writeArt30Csv(buildPersonalDataView(samplePiiSources()), 'de', join(dir, 'neu'))
    expect(path).toBe(join(dir, 'neu', ART30_FILE_NAME))
    expect(readFileSync(path, 'utf8')).toContain('public.mitarbeiter')
    expect(readdirSync(join(dir, 'neu'))).toEqual([ART30_FILE_NAME])
  })

  it('fails with OUTPUT_WRITE_FAILED when --out is a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'art30-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'datei'), 'x')
    const error = await writeArt30Csv(buildPersonalDataView([]), 'de', join(dir, 'datei')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('OUTPUT_WRITE_FAILED')
  })
})
