import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import type {ScanReport} from '../../src/report/scan-report.js'
import {runCli} from '../helpers/run-cli.js'
import {reportValidator} from '../helpers/schema.js'
import {maximalReport, minimalReport, realisticReport} from '../fixtures/reports/reports.js'

describe('the build\'s precompiled report validator (dist/reporters/report-validator.cjs)', () => {
  it('accepts and rejects what an independent ajv instance accepts and rejects', () => {
    const precompiled = createRequire(import.meta.url)('../../dist/reporters/report-validator.cjs') as (data: unknown) => boolean
    const independent = reportValidator()
    const broken = [{...minimalReport(), unknownField: 1}, {...realisticReport(), schemaVersion: 7}, {...minimalReport(), sources: 'none'}]
    for (const report of [maximalReport(), minimalReport(), realisticReport(), ...broken]) {
      expect(precompiled(report)).toBe(independent(report))
    }
    expect(broken.every((report) => !precompiled(report))).toBe(true)
  })
})

describe('datenreife scan demo/ (built CLI)', () => {
  const validate = reportValidator()

  it('prints a schema-valid ScanReport with --json and exits 0', () => {
    const result = runCli(['scan', 'demo/', '--json'])
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as ScanReport
    const valid = validate(report)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(report.schemaVersion).toBe('1.3.0')
    expect(report.folders).toHaveLength(1)
    expect(report.sources.length).toBeGreaterThanOrEqual(5)
    expect(report.sources.every((s) => s.status === 'ok')).toBe(true)

    const kunden = report.sources.find((s) => s.location.endsWith('Kunden_Export.csv'))!
    expect(kunden.dialect).toMatchObject({encoding: 'windows-1252', delimiter: ';', lineEnding: 'crlf', linesAboveHeader: 2})
    const table = kunden.tables[0]
    expect(table.name).toBe('Kunden_Export.csv')
    expect(table.duplicates.exactRows).toBe(6)
    expect(table.duplicates.likelyEntities?.groups).toBeGreaterThan(0)
    const codes = table.findings.map((f) => f.code)
    expect(codes).toEqual(expect.arrayContaining(['DUPLICATE_ROWS', 'MIXED_DATE_FORMATS', 'EMPTY_COLUMN', 'CONSTANT_COLUMN']))
    expect(table.columns.some((c) => /ä|ö|ü|ß/.test(c.name))).toBe(true)

    const datev = report.sources.find((s) => s.datev)!
    expect(datev.datev).toMatchObject({marker: 'EXTF', category: 21, formatName: 'Buchungsstapel'})

    const workbook = report.sources.find((s) => s.location.endsWith('Artikelstamm.xlsx'))!
    expect(workbook.workbook?.hiddenSheets).toEqual(['alt'])
    expect(workbook.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Artikel', 'Lieferanten']))

    const folder = report.folders[0]
    expect(folder.duplicateContent.length).toBeGreaterThan(0)
    expect(folder.versionedCopies.length).toBeGreaterThan(0)
    expect(folder.similarHeaders.length).toBeGreaterThan(0)
  })

  it('prints a German terminal summary by default and an English one with --lang en', () => {
    const de = runCli(['scan', 'demo/'])
    expect(de.status).toBe(0)
    expect(de.stdout).toMatch(/Zeilen/)
    expect(de.stdout).toMatch(/Kunden_Export\.csv/)
    const en = runCli(['scan', 'demo/', '--lang', 'en'])
    expect(en.status).toBe(0)
    expect(en.stdout).toMatch(/rows/i)
  })

  it('writes the JSON report with --format json --out and keeps stdout free of JSON', () => {
    const out = mkdtempSync(join(tmpdir(), 'datenreife-out-'))
    const result = runCli(['scan', 'demo/Vertrieb', '--format', 'json', '--out', out])
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe('')
    const report = JSON.parse(readFileSync(join(out, 'datenreife-report.json'), 'utf8')) as ScanReport
    expect(validate(report)).toBe(true)
    expect(report.sources.length).toBeGreaterThan(0)
  })

  it('shows no progress output when stderr is not a terminal', () => {
    const result = runCli(['scan', 'demo/Vertrieb/Kunden_Export.csv'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
  })

  it('rejects an unknown flag with exit code 2', () => {
    const result = runCli(['scan', 'demo/', '--no-such-flag'])
    expect(result.status).toBe(2)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
