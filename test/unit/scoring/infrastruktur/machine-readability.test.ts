import {describe, expect, it} from 'vitest'
import {machineReadability, readabilityProblems} from '../../../../src/scoring/infrastruktur/machine-readability.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import type {CsvDialect} from '../../../../src/report/scan-report.js'
import {CONTEXT, dbSource, fileSource, finding, keyedTable, report, sheetTable} from '../../../helpers/scoring-infra-report.js'

const sheet = (over: Partial<{hidden: boolean; mergedCellsInData: number; formulaCells: number; formulaShare: number | null}> = {}) => ({
  hidden: false, mergedCellsInData: 0, formulaCells: 0, formulaShare: null, ...over,
})

const dialect: CsvDialect = {encoding: 'windows-1252', bom: false, delimiter: ';', quote: '"', lineEnding: 'crlf', headerLine: 3, linesAboveHeader: 2, decimalSeparator: ','}

describe('readabilityProblems', () => {
  it('finds each problem from the sheet facts, the findings and the dialect', () => {
    const problems = (source: ReturnType<typeof fileSource>) => readabilityProblems({source, table: source.tables[0]})
    expect(problems(fileSource('a', '/d/a.xlsx', [sheetTable('A', 5, undefined, {sheet: sheet({hidden: true})})]))).toEqual(['hidden sheet'])
    expect(problems(fileSource('a', '/d/a.xlsx', [sheetTable('A', 5, undefined, {sheet: sheet({mergedCellsInData: 3})})]))).toEqual(['merged cells in the data'])
    expect(problems(fileSource('a', '/d/a.xlsx', [sheetTable('A', 5, undefined, {sheet: sheet({formulaShare: 0.6})})]))).toEqual(['values kept as formulas'])
    expect(problems(fileSource('a', '/d/a.xlsx', [sheetTable('A', 5, undefined, {sheet: sheet({formulaShare: 0.1})})]))).toEqual([])
    expect(problems(fileSource('a', '/d/a.xlsx', [sheetTable('A', 5, undefined, {headerRow: null})]))).toEqual(['no header row'])
    expect(problems(fileSource('c', '/d/c.csv', [sheetTable('c.csv', 5)], {dialect}))).toEqual(['notes above the header'])
    // a DATEV export's format line above the header is the standard, not a note
    const datev = {marker: 'EXTF' as const, versionNumber: 700, category: 21, formatName: 'Buchungsstapel', formatVersion: 9}
    expect(problems(fileSource('x', '/d/EXTF.csv', [sheetTable('EXTF.csv', 5)], {dialect: {...dialect, linesAboveHeader: 1}, datev}))).toEqual([])
    // a finding filed with the source still names its table
    const withSourceFinding = fileSource('e', '/d/e.csv', [sheetTable('e.csv', 5)], {findings: [finding('INVALID_ENCODING_BYTES', 'e.csv')]})
    expect(problems(withSourceFinding)).toEqual(['bytes invalid in the encoding'])
    const tableFinding = fileSource('r', '/d/r.csv', [sheetTable('r.csv', 5, undefined, {findings: [finding('REPEATED_HEADER', 'r.csv')]})])
    expect(problems(tableFinding)).toEqual(['header repeated in the data'])
  })

  it('finds none in database tables', () => {
    const db = dbSource('db', [keyedTable('kunde', 5, [], 'dbo')])
    db.tables[0].findings = [finding('NO_HEADER', 'kunde')]
    expect(readabilityProblems({source: db, table: db.tables[0]})).toEqual([])
  })
})

describe('infrastruktur.machineReadability', () => {
  it('is the share of rows in tables without problems, database rows readable', () => {
    const r = report([
      dbSource('db', [keyedTable('kunde', 700)]),
      fileSource('a', '/d/ok.csv', [sheetTable('ok.csv', 200)]),
      fileSource('b', '/d/bad.xlsx', [sheetTable('Liste', 100, undefined, {sheet: sheet({mergedCellsInData: 1})})]),
    ])
    const m = machineReadability.measure(r, CONTEXT)
    expect(m.value).toBeCloseTo(0.9)
    expect(m.evidence[0].detail).toBe('1 of 2 file tables without problems; 900 of 1000 rows machine-readable')
    expect(m.evidence[1]).toMatchObject({source: '/d/bad.xlsx', table: 'Liste', detail: 'merged cells in the data'})
    expect(evaluateCriterion(machineReadability, r, CONTEXT).points).toBe(78)
  })

  it('gives no points when every file needs tidying', () => {
    const r = report([fileSource('b', '/d/bad.xlsx', [sheetTable('Liste', 100, undefined, {headerRow: null})])])
    expect(evaluateCriterion(machineReadability, r, CONTEXT).points).toBe(0)
  })

  it('is unmeasurable without rows', () => {
    expect(machineReadability.measure(report([fileSource('a', '/d/a.csv', [sheetTable('a.csv', 0)])]), CONTEXT).value).toBeNull()
  })
})
