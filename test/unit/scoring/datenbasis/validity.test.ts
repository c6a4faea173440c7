import {describe, expect, it} from 'vitest'
import {columnIssues, measureValidity, validity} from '../../../../src/scoring/datenbasis/validity.js'
import type {Finding} from '../../../../src/report/scan-report.js'
import {CONTEXT, col, report, source, table} from '../../../helpers/scoring-report.js'

const clean = (name: string) => col(name, 1, 'integer')

describe('columnIssues', () => {
  const rows = 100
  const issuesOf = (spec: ReturnType<typeof col>, garbled = false) => {
    const t = table('t', rows, [spec])
    return columnIssues(t, t.columns[0], garbled)
  }

  it('finds nothing in a clean column', () => {
    expect(issuesOf(clean('Menge'))).toEqual([])
  })

  it('finds mixed types, mixed date formats, numbers as text and placeholders', () => {
    expect(issuesOf(col('Menge', 1, 'integer', {typeCounts: {integer: 90, text: 10}}))).toContain('MIXED_TYPES')
    expect(issuesOf(col('Datum', 1, 'date', {formats: [{format: 'dd.mm.yyyy', count: 60}, {format: 'yyyy-mm-dd', count: 40}]}))).toContain('MIXED_DATE_FORMATS')
    expect(issuesOf(col('Preis', 1, 'decimal', {textualNumbers: 5}))).toContain('NUMBERS_AS_TEXT')
    expect(issuesOf(col('PLZ', 0.9, 'text', {placeholderCount: 10, placeholders: {'k.A.': 10}}))).toContain('PLACEHOLDERS')
  })

  it('finds dates kept in a text-typed database column', () => {
    expect(issuesOf(col('Datum', 1, 'date', {declaredType: 'varchar(10)'}))).toEqual(['DATES_AS_TEXT'])
    expect(issuesOf(col('Datum', 1, 'date', {declaredType: 'date'}))).toEqual([])
  })

  it('marks only the text columns of a garbled table', () => {
    expect(issuesOf(col('Name'), true)).toEqual(['INVALID_ENCODING_BYTES'])
    expect(issuesOf(clean('Menge'), true)).toEqual([])
  })
})

describe('datenbasis.validity', () => {
  it('is the row-weighted share of columns with a problem', () => {
    const big = table('Auftraege', 300, [clean('a'), clean('b'), col('c', 1, 'integer', {typeCounts: {integer: 200, text: 100}}), clean('d')])
    const small = table('Kunden', 100, [col('PLZ', 0.9, 'text', {placeholderCount: 10}), clean('e')])
    const m = measureValidity(report(source('a', 'csv', [big, small])))
    // 1 of 4 columns at 300 rows, 1 of 2 at 100 rows
    expect(m.value).toBeCloseTo((0.25 * 300 + 0.5 * 100) / 400)
    expect(m.evidence.map((e) => [e.table, e.column, e.detail])).toEqual([
      ['Auftraege', 'c', 'MIXED_TYPES'],
      ['Kunden', 'PLZ', 'PLACEHOLDERS'],
    ])
  })

  it('counts invalid encoding bytes reported on the table or on its source', () => {
    const garbled: Finding = {code: 'INVALID_ENCODING_BYTES', severity: 'warning', message: '', table: 'kunden.csv'}
    const onTable = table('kunden.csv', 10, [col('Name'), clean('Nr')], {findings: [garbled]})
    expect(measureValidity(report(source('a', 'csv', [onTable]))).value).toBeCloseTo(0.5)
    const plain = table('kunden.csv', 10, [col('Name'), clean('Nr')])
    expect(measureValidity(report(source('a', 'csv', [plain], {findings: [garbled]}))).value).toBeCloseTo(0.5)
    expect(measureValidity(report(source('a', 'csv', [plain]))).value).toBe(0)
  })

  it('judges every column, not only the first ten findings the report keeps', () => {
    const columns = Array.from({length: 20}, (_, i) => col(`c${i}`, 1, 'integer', {textualNumbers: 3}))
    expect(measureValidity(report(source('a', 'xlsx', [table('Blatt', 50, columns)]))).value).toBe(1)
  })

  it('names the checked tables when nothing is wrong', () => {
    const m = measureValidity(report(source('a', 'csv', [table('t', 10, [clean('x')])])))
    expect(m.value).toBe(0)
    expect(m.evidence[0].detail).toBe('0 of 1 columns with format problems')
  })

  it('caps evidence at ten items', () => {
    const columns = Array.from({length: 30}, (_, i) => col(`c${i}`, 1, 'integer', {textualNumbers: 3}))
    expect(measureValidity(report(source('a', 'xlsx', [table('Blatt', 50, columns)]))).evidence).toHaveLength(10)
  })

  it('is not measurable without tables that have rows', () => {
    expect(validity.measure(report(source('a', 'csv', [table('leer', 0, [col('x')])])), CONTEXT).value).toBeNull()
  })
})
