/** The personal-data parts of `datenreife scan` as a user meets them: the DSGVO view, --format art30, --no-examples. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {ScanReport} from '../../src/report/scan-report.js'
import {runCli} from '../helpers/run-cli.js'

const DEMO = ['scan', 'demo/', 'sqlite:demo/wawi.db']

describe('datenreife scan: personal data (built CLI)', () => {
  it('puts verdicts with masked examples in every column and the DSGVO view in the report', () => {
    const result = runCli([...DEMO, '--json'])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as ScanReport
    const wawi = report.sources.find((s) => s.kind === 'sqlite')!
    const staff = wawi.tables.find((t) => t.name === 'mitarbeiter')!
    const iban = staff.columns.find((c) => c.name === 'iban')!.pii[0]
    expect(iban).toMatchObject({category: 'iban', matchShare: 1})
    expect(iban.evidence).toEqual(expect.arrayContaining(['checksum:mod 97']))
    expect(iban.examples?.length).toBeGreaterThan(0)
    expect(staff.columns.find((c) => c.name === 'konfession')!.pii[0].category).toBe('art9_religion')
    expect(wawi.personalData).toMatchObject({tablesWithSpecialCategories: 1, specialCategories: ['art9_health', 'art9_religion']})
    expect(report.personalData?.tables.find((t) => t.table === 'mitarbeiter')?.specialCategories).toEqual(['art9_health', 'art9_religion'])
    expect(report.personalData?.actions[0].code).toBe('INVOLVE_DPO')
  })

  it('shows the DSGVO section in the terminal summary, in German and English', () => {
    const de = runCli([...DEMO, '--no-color'])
    expect(de.status).toBe(0)
    expect(de.stdout).toContain('Personenbezogene Daten (DSGVO)')
    expect(de.stdout).toContain('Besondere Kategorien (Art. 9/10) in 1 Tabelle')
    // lines wrap at the terminal width: compare with the wrapping undone
    expect(de.stdout.replace(/\s+/g, ' ')).toMatch(/Personenbezug: [^\n]*IBAN \(„iban“\)/)
    const en = runCli([...DEMO, '--no-color', '--lang', 'en'])
    expect(en.stdout).toContain('Personal data (GDPR)')
    expect(en.stdout).toContain('Involve the data-protection officer early')
  })

  it('scores the scan: three hurdles, use cases and ranked actions, first in the terminal summary', () => {
    const report = JSON.parse(runCli([...DEMO, '--json']).stdout) as ScanReport
    for (const hurdle of ['datenbasis', 'infrastruktur', 'datenschutz'] as const) {
      expect(report.scores[hurdle]?.criteria.length, hurdle).toBeGreaterThan(0)
    }
    expect(report.useCases).toHaveLength(5)
    expect(report.recommendations[0].rank).toBe(1)
    expect(report.sources.every((s) => s.readiness !== undefined)).toBe(true)
    const text = runCli([...DEMO, '--no-color']).stdout
    expect(text.indexOf('KI-Bereitschaft')).toBeGreaterThan(0)
    expect(text.indexOf('KI-Bereitschaft')).toBeLessThan(text.indexOf('sqlite:demo/wawi.db'))
    expect(text).toContain('Zuerst angehen:')
  })

  it('--no-examples leaves every verdict without examples and says so', () => {
    const json = runCli([...DEMO, '--json', '--no-examples'])
    const report = JSON.parse(json.stdout) as ScanReport
    const verdicts = report.sources.flatMap((s) => s.tables.flatMap((t) => t.columns.flatMap((c) => c.pii)))
    expect(verdicts.length).toBeGreaterThan(20)
    expect(verdicts.filter((v) => v.examples !== undefined)).toEqual([])
    expect(runCli([...DEMO, '--no-examples', '--no-color']).stdout).toContain('Beispielwerte abgeschaltet (--no-examples).')
  })

  it('examples: false in the config file works like --no-examples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-privacy-'))
    const config = join(dir, 'datenreife.yaml')
    writeFileSync(config, `defaults:\n  examples: false\nsources:\n  - path: ${join(process.cwd(), 'demo')}\n`)
    const report = JSON.parse(runCli(['scan', '--config', config, '--json']).stdout) as ScanReport
    const verdicts = report.sources.flatMap((s) => s.tables.flatMap((t) => t.columns.flatMap((c) => c.pii)))
    expect(verdicts.length).toBeGreaterThan(5)
    expect(verdicts.some((v) => v.examples !== undefined)).toBe(false)
  })

  it('--format art30 writes the draft inventory into --out, and needs --out', () => {
    const out = mkdtempSync(join(tmpdir(), 'dr-art30-'))
    const result = runCli([...DEMO, '--format', 'art30', '--out', out])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('datenreife-art30.csv')
    const csv = readFileSync(join(out, 'datenreife-art30.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFSystem;Quelle;Tabelle;Anzahl Datensätze;')).toBe(true)
    expect(csv).toMatch(/\r\nSQLite [^;]*;[^;]*wawi\.db;mitarbeiter;24;[^;]*;Gesundheitsdaten \(Art\. 9\), Religion\/Konfession \(Art\. 9\);/)
    const missing = runCli([...DEMO, '--format', 'art30'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('--format art30 writes a CSV file and needs --out <dir>')
  })
})
