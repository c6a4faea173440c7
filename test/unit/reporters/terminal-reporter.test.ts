import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {renderTerminal} from '../../../src/reporters/terminal-reporter.js'
import type {ColumnReport, Finding, ScanReport} from '../../../src/report/scan-report.js'
import {minimalReport, realisticReport} from '../../fixtures/reports/reports.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*m/g

// local times are checked in one known zone; set before the describe blocks render (Node re-reads TZ)
process.env.TZ = 'Europe/Berlin'

function lines(text: string): string[] {
  return text.split('\n')
}

describe('renderTerminal in German', () => {
  const out = renderTerminal(realisticReport('de'), {lang: 'de', color: false, width: 120})

  it('starts with tool, scan time, duration and the source tally', () => {
    expect(lines(out).slice(0, 3)).toEqual([
      'datenreife 0.1.0 · Scan vom 01.02.2024, 10:15 · Dauer 3,2 s',
      'Quellen: 3 · gelesen: 2 · nicht gelesen: 1',
      'Hinweise: 3 Fehler · 2 Warnungen · 2 Infos',
    ])
  })

  it('describes a CSV source: size, date, encoding, delimiter, header', () => {
    expect(out).toContain('■ /daten/Vertrieb/kunden.csv  ·  CSV-Datei · 185 MB, geändert am 31.01.2024')
    expect(out).toContain(
      '  Kodierung Windows-1252 · Trennzeichen Semikolon · Textbegrenzer " · Zeilenende CRLF (Windows) · Dezimalkomma',
    )
    expect(out).toContain('Kopfzeile in Zeile 3, 2 Zeilen Notizen darüber')
  })

  it('summarises the table with German number formatting', () => {
    expect(out).toContain('  Tabelle „kunden.csv“\n    1.234.567 Zeilen · 5 Spalten · gefüllt 87,7 %')
    expect(out).toContain('    Doppelte Zeilen: 12 (0,1 %) in 10 Gruppen')
    expect(out).toContain('    Schlüsselkandidaten: Kundennummer (eindeutig) · E-Mail (3 doppelte Werte, 4 leer)')
    expect(out).toContain(
      '    Vermutlich doppelte Einträge: 8 Gruppen (11 überzählige Zeilen) in Firma, PLZ — z. B. „Müller GmbH“ / „Mueller GmbH“',
    )
  })

  it('lists columns with type, filled share, distinct count (≈ when approximate) and detail', () => {
    const table = lines(out)
    const head = table.findIndex((l) => l.startsWith('    Spalte'))
    expect(table.slice(head, head + 6)).toEqual([
      '    Spalte        Typ          Gefüllt  Verschieden  Formate / Bereich',
      '    Kundennummer  Ganzzahl       100 %  ≈ 1.234.567  1 – 1.234.567',
      '    Firma         Text          98,5 %  ≈ 1.100.000  Länge 3–80',
      '    Lieferdatum   Datum         99,9 %          300  02.01.2023 – 31.01.2024 · dd.mm.yyyy (950), yyyy-mm-dd (50)',
      '    Umsatz        Dezimalzahl     40 %        5.000  -12,5 – 98.765,43',
      '    Status        Text           100 %            2  „aktiv“ (1.000.000), „inaktiv“ (234.567)',
    ])
  })

  it('lists a table’s findings, errors first', () => {
    expect(out).toContain(
      [
        '    Hinweise:',
        '    ✖ Schlüsselspalte „E-Mail“ ist nicht eindeutig.',
        '    ▲ Spalte „Umsatz“ ist nur zu 40 % gefüllt.',
        '    • Spalte „Umsatz“ enthält Platzhalter.',
      ].join('\n'),
    )
  })

  it('shows workbook and sheet facts', () => {
    expect(out).toContain('  2 Blätter · ausgeblendet: „Alt“')
    expect(out).toContain('  Blatt „Alt“\n    0 Zeilen · 1 Spalte · Kopfzeile in Zeile 1 · ausgeblendetes Blatt · 2 verbundene Zellen im Datenbereich')
    expect(out).toContain('Formeln: 5 Zellen (25 %)')
  })

  it('shows a failed source with its error and what to do', () => {
    expect(out).toContain(
      [
        '✖ /daten/Vertrieb/geheim.xlsx  ·  Excel-Arbeitsmappe · nicht gelesen',
        '  Fehler FILE_ENCRYPTED: geheim.xlsx: the workbook is password-protected.',
        '  → Save an unprotected copy and scan that.',
      ].join('\n'),
    )
  })

  it('shows the folder inventory', () => {
    expect(out).toContain('■ Ordner „/daten/Vertrieb“\n  4 Dateien · 185 MB · 3 als Datenquelle gelesen')
    expect(out).toContain('  Dateiarten: 2 XLSX, 1 CSV, 1 andere')
    expect(out).toContain('Zuletzt geändert: 1 in den letzten 30 Tagen · 0 im letzten Jahr · 1 in den letzten 3 Jahren · 2 vor mehr als 3 Jahren')
    expect(out).toContain('  älteste Änderung 01.05.2019, neueste 31.01.2024')
    expect(out).toContain('  Gleicher Inhalt mehrfach gespeichert: 1 Gruppe\n    - „artikel.xlsx“, „artikel - Kopie.xlsx“ (2 KB)')
    expect(out).toContain('    - Kundenliste: „Kundenliste_final.xlsx“, „Kundenliste_final_v2.xlsx“')
    // source ids are shown as the files they stand for, relative to the folder
    expect(out).toContain('    - 92 % gleich: „kunden.csv“, „artikel.xlsx › Alt“; Spalten: Firma, PLZ, Ort')
    expect(out).toContain('  ▲ 1 Datei ist eine inhaltsgleiche Kopie.')
  })

  it('ends with the findings across sources', () => {
    expect(out.endsWith('Übergreifende Hinweise\n  ✖ „geheim.xlsx“ konnte nicht gelesen werden.\n')).toBe(true)
  })
})

describe('renderTerminal in English', () => {
  const out = renderTerminal(realisticReport('en'), {lang: 'en', color: false, width: 120})

  it('uses English labels and number formatting', () => {
    expect(lines(out).slice(0, 3)).toEqual([
      'datenreife 0.1.0 · scanned 2024-02-01 10:15 · took 3.2 s',
      'Sources: 3 · read: 2 · not read: 1',
      'Findings: 3 errors · 2 warnings · 2 notes',
    ])
    expect(out).toContain('1,234,567 rows · 5 columns · 87.7% filled')
    expect(out).toContain('    Kundennummer  integer    100%  ≈ 1,234,567  1 – 1,234,567')
    expect(out).toContain('Duplicate rows: 12 (0.1%) in 10 groups')
    expect(out).toContain('encoding Windows-1252 · delimiter semicolon')
    expect(out).toContain('■ Folder “/daten/Vertrieb”')
    expect(out).not.toMatch(/Zeilen|Spalten|Tabelle|Ordner|gefüllt/)
  })
})

describe('colours', () => {
  it('has no escape codes when colour is off', () => {
    expect(renderTerminal(realisticReport(), {lang: 'de', color: false})).not.toMatch(ANSI)
  })

  it('colours when asked, and only adds escape codes', () => {
    const plain = renderTerminal(realisticReport(), {lang: 'de', color: false})
    const coloured = renderTerminal(realisticReport(), {lang: 'de', color: true})
    expect(coloured).toMatch(ANSI)
    expect(coloured).toContain('\u001B[31m') // red for errors
    expect(coloured.replace(ANSI, '')).toBe(plain)
  })
})

describe('layout', () => {
  it('keeps every line within the width', () => {
    fc.assert(
      fc.property(fc.integer({min: 60, max: 160}), fc.constantFrom<'de' | 'en'>('de', 'en'), (width, lang) => {
        for (const line of lines(renderTerminal(realisticReport(lang), {lang, color: false, width}))) {
          expect(line.length, line).toBeLessThanOrEqual(width)
        }
      }),
      {numRuns: 40},
    )
  })

  it('never goes below 60 characters', () => {
    const out = renderTerminal(realisticReport(), {lang: 'de', color: false, width: 10})
    expect(Math.max(...lines(out).map((l) => l.length))).toBeGreaterThan(10)
    expect(Math.max(...lines(out).map((l) => l.length))).toBeLessThanOrEqual(60)
  })

  it('caps long column lists and names the rest', () => {
    const report = realisticReport()
    const table = report.sources[0].tables[0]
    const template = table.columns[1]
    table.columns = Array.from({length: 45}, (_, i): ColumnReport => ({...template, name: `Feld${i + 1}`, position: i}))
    const out = renderTerminal(report, {lang: 'de', color: false})
    expect(out).toContain('    Feld40 ')
    expect(out).not.toContain('Feld41')
    expect(out).toContain('    … 5 weitere Spalten nicht gezeigt')
  })

  it('leaves the empty columns of a wide table out first', () => {
    const report = realisticReport()
    const table = report.sources[0].tables[0]
    const filled = table.columns[1]
    const empty: ColumnReport = {...filled, inferredType: 'empty', completeness: 0, distinctCount: 0}
    table.columns = Array.from({length: 120}, (_, i): ColumnReport => ({...(i % 3 === 0 ? filled : empty), name: `Feld${i + 1}`, position: i}))
    const out = renderTerminal(report, {lang: 'de', color: false})
    expect(out).toContain('    Feld1 ')
    expect(out).not.toContain('    Feld2 ')
    expect(out).toContain('    … 80 leere Spalten nicht gezeigt')
    expect(out).not.toContain('weitere Spalten')
  })

  it('caps long finding lists, keeping errors and warnings first', () => {
    const report = realisticReport()
    const table = report.sources[0].tables[0]
    const info = (i: number): Finding => ({code: 'PLACEHOLDERS', severity: 'info', message: `Info ${i}.`, data: {}})
    table.findings = [...Array.from({length: 10}, (_, i) => info(i)), {code: 'EMPTY_COLUMN', severity: 'warning', message: 'Warnung.', data: {}}]
    const out = renderTerminal(report, {lang: 'de', color: false})
    expect(out).toContain('    Hinweise:\n    ▲ Warnung.\n    • Info 0.')
    expect(out).toContain('    • Info 6.\n    … und 3 weitere')
    expect(out).not.toContain('Info 7.')
  })

  it('wraps long findings under their mark', () => {
    const report = realisticReport()
    report.sources[0].tables[0].findings = [
      {code: 'MIXED_TYPES', severity: 'warning', message: `Spalte „X“ ${'mischt sehr viele Dinge '.repeat(6)}.`, data: {}},
    ]
    const out = lines(renderTerminal(report, {lang: 'de', color: false, width: 60}))
    const at = out.findIndex((l) => l.startsWith('    ▲ Spalte „X“'))
    expect(at).toBeGreaterThan(0)
    expect(out[at + 1]).toMatch(/^ {6}\S/)
  })
})

describe('edge cases', () => {
  it('says so when nothing was scanned', () => {
    expect(renderTerminal(minimalReport(), {lang: 'en', color: false})).toBe(
      'datenreife 0.1.0 · scanned 2024-02-01 10:15 · took 0 ms\nNo sources scanned.\n',
    )
  })

  it('does not change the report', () => {
    const report: ScanReport = realisticReport()
    const before = structuredClone(report)
    renderTerminal(report, {lang: 'de', color: true, width: 70})
    expect(report).toEqual(before)
  })

  it('never echoes the values of a column with personal data', () => {
    const report = realisticReport()
    const status = report.sources[0].tables[0].columns[4]
    status.pii = [{category: 'person_name', confidence: 0.9, matchShare: 0.95, evidence: ['column name']}]
    const out = renderTerminal(report, {lang: 'de', color: false})
    expect(out).not.toContain('„aktiv“')
  })

  it('marks a source without tables', () => {
    const report = realisticReport()
    report.sources[1].tables = []
    expect(renderTerminal(report, {lang: 'de', color: false})).toContain('  keine Tabellen gefunden')
  })
})
