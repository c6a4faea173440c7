import {describe, expect, it} from 'vitest'
import type {Lang, SourceReport, TableReport} from '../../../src/report/scan-report.js'
import {databaseLines, tableHistoryLines} from '../../../src/reporters/terminal-database.js'
import {painter, type TerminalContext} from '../../../src/reporters/terminal-text.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*m/g

function ctx(lang: Lang, color = false, width = 200): TerminalContext {
  return {lang, paint: painter(color), width}
}

function source(overrides: Partial<SourceReport> = {}): SourceReport {
  return {
    id: 'src-1',
    kind: 'mssql',
    location: 'mssql://reader@erp-sql:1433/Wawi',
    status: 'ok',
    tables: [],
    findings: [],
    system: {
      engine: 'Microsoft SQL Server',
      version: '12.0.6024.0',
      edition: 'Express Edition (64-bit)',
      support: {status: 'unsupported', product: 'SQL Server 2014', endOfSupport: '2024-07-09'},
      erp: {name: 'JTL-Wawi', confidence: 0.86, evidence: ['tKunde, tArtikel'], entities: {customers: ['dbo.tKunde']}},
    },
    database: {name: 'Wawi', readOnlySession: true, schemas: ['dbo'], tableCount: 412, viewCount: 1, views: ['dbo.vKunde'], sampleRowsPerTable: 10_000, statementCount: 1234, tableRoles: {}},
    ...overrides,
  }
}

function historyTable(overrides: Partial<TableReport> = {}): TableReport {
  return {
    name: 'tBestellung',
    rowCount: 10,
    columnCount: 2,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null, candidateKeys: []},
    columns: [],
    findings: [],
    history: [{column: 'dErstellt', earliest: '2015-03-02', latest: '2024-01-31', monthsSpanned: 107, monthsWithRows: 101, gapMonths: 6, gaps: ['2016-08']}],
    ...overrides,
  }
}

describe('databaseLines', () => {
  it('German: engine, version, database, tables and views, end of support, session, sample, statements, ERP', () => {
    const text = databaseLines(source(), ctx('de')).join('\n')
    expect(text).toContain('Microsoft SQL Server 12.0.6024.0 · Datenbank „Wawi“ · 412 Tabellen, 1 Sicht')
    expect(text).toContain('Herstellersupport beendet am 09.07.2024')
    expect(text).toContain('Sitzung schreibgeschützt · Stichprobe bis 10.000 Zeilen je Tabelle · 1.234 Abfragen')
    expect(text).toContain('Erkanntes System: JTL-Wawi (Sicherheit 86 %)')
    expect(text).not.toContain('undefined')
  })

  it('English: the same facts', () => {
    const text = databaseLines(source(), ctx('en')).join('\n')
    expect(text).toContain('Microsoft SQL Server 12.0.6024.0 · database “Wawi” · 412 tables, 1 view')
    expect(text).toContain('vendor support ended on 2024-07-09')
    expect(text).toContain('read-only session · sample up to 10,000 rows per table · 1,234 statements')
    expect(text).toContain('Recognised system: JTL-Wawi (confidence 86%)')
    expect(text).not.toContain('undefined')
  })

  it('a supported version with a known end: "until"; without an end date or ERP: neither line', () => {
    const supported = source({system: {engine: 'PostgreSQL', version: '16.4', support: {status: 'supported', product: 'PostgreSQL 16', endOfSupport: '2028-11-09'}}})
    expect(databaseLines(supported, ctx('de')).join('\n')).toContain('Herstellersupport bis 09.11.2028')
    expect(databaseLines(supported, ctx('en')).join('\n')).toContain('vendor support until 2028-11-09')
    const plain = source({system: {engine: 'SQLite', version: '3.45.1'}})
    for (const lang of ['de', 'en'] as const) {
      const text = databaseLines(plain, ctx(lang)).join('\n')
      expect(text).not.toMatch(/support|Herstellersupport|Erkanntes|Recognised|undefined/)
    }
  })

  it('a session that is not read-only is said so, in red', () => {
    const writable = source({database: {...source().database!, readOnlySession: false}})
    expect(databaseLines(writable, ctx('de')).join('\n')).toContain('Sitzung NICHT schreibgeschützt')
    expect(databaseLines(writable, ctx('en')).join('\n')).toContain('session NOT read-only')
    const colored = databaseLines(writable, ctx('en', true)).join('\n')
    expect(colored).toContain('\u001B[31m')
    expect(colored.replace(ANSI, '')).toContain('session NOT read-only')
  })

  it('no version: no "undefined"', () => {
    const text = databaseLines(source({system: {engine: 'MariaDB'}}), ctx('en')).join('\n')
    expect(text).toContain('MariaDB')
    expect(text).not.toContain('undefined')
  })

  it('singular and plural', () => {
    const one = source({database: {...source().database!, tableCount: 1, viewCount: 0}})
    expect(databaseLines(one, ctx('de')).join('\n')).toContain('1 Tabelle, 0 Sichten')
    expect(databaseLines(one, ctx('en')).join('\n')).toContain('1 table, 0 views')
  })

  it('file sources (no database facts) get no lines', () => {
    expect(databaseLines(source({database: undefined}), ctx('de'))).toEqual([])
    expect(databaseLines(source({system: undefined}), ctx('en'))).toEqual([])
  })

  it('wraps long facts to the width with indentation', () => {
    const lines = databaseLines(source(), ctx('de', false, 50))
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50)
    expect(lines[0].startsWith('  ')).toBe(true)
  })
})

describe('tableHistoryLines', () => {
  it('German and English: column, range, months with data and gaps', () => {
    expect(tableHistoryLines(historyTable(), ctx('de')).join('\n')).toContain('Historie „dErstellt“: 02.03.2015 – 31.01.2024, 101 Monate mit Daten, 6 Lücken')
    expect(tableHistoryLines(historyTable(), ctx('en')).join('\n')).toContain('History “dErstellt”: 2015-03-02 – 2024-01-31, 101 months with data, 6 gaps')
  })

  it('singular forms', () => {
    const one = historyTable({history: [{column: 'd', earliest: '2024-01-01', latest: '2024-01-31', monthsSpanned: 1, monthsWithRows: 1, gapMonths: 1, gaps: []}]})
    expect(tableHistoryLines(one, ctx('de')).join('\n')).toContain('1 Monat mit Daten, 1 Lücke')
    expect(tableHistoryLines(one, ctx('en')).join('\n')).toContain('1 month with data, 1 gap')
  })

  it('a partial table is marked', () => {
    const partial = historyTable({history: undefined, partial: {reason: 'table-budget', skipped: ['history']}})
    expect(tableHistoryLines(partial, ctx('de'))).toEqual(['    nur teilweise untersucht'])
    expect(tableHistoryLines(partial, ctx('en'))).toEqual(['    profiled only partly'])
  })

  it('nothing to say: no lines', () => {
    expect(tableHistoryLines(historyTable({history: undefined}), ctx('en'))).toEqual([])
  })
})
