import {describe, expect, it} from 'vitest'
import {columnFindings} from '../../../src/findings/column-findings.js'
import type {ColumnReport, FindingCode, TableReport} from '../../../src/report/scan-report.js'

function table(rowCount: number): TableReport {
  return {
    name: 'kunden.csv',
    rowCount,
    columnCount: 1,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0, candidateKeys: []},
    columns: [],
    findings: [],
  }
}

/** A clean, fully filled text column with 100 distinct values in 100 rows. */
function column(over: Partial<ColumnReport> = {}): ColumnReport {
  return {
    name: 'Lieferdatum',
    position: 0,
    inferredType: 'text',
    typeCounts: {text: 100},
    nullCount: 0,
    emptyCount: 0,
    placeholderCount: 0,
    completeness: 1,
    distinctCount: 100,
    distinctApprox: false,
    pii: [],
    ...over,
  }
}

function codes(rows: number, col: ColumnReport): FindingCode[] {
  return columnFindings(table(rows), col).map((d) => d.code)
}

describe('columnFindings', () => {
  it('finds nothing in a clean column', () => {
    expect(columnFindings(table(100), column())).toEqual([])
  })

  it('judges no column of an empty table (EMPTY_TABLE says it once)', () => {
    expect(columnFindings(table(0), column({inferredType: 'empty', typeCounts: {}, completeness: null, distinctCount: 0}))).toEqual([])
  })

  it('EMPTY_COLUMN when no row has a value, without also reporting low completeness', () => {
    const drafts = columnFindings(
      table(10),
      column({inferredType: 'empty', typeCounts: {}, nullCount: 6, emptyCount: 4, completeness: 0, distinctCount: 0}),
    )
    expect(drafts).toEqual([
      {code: 'EMPTY_COLUMN', severity: 'info', table: 'kunden.csv', column: 'Lieferdatum', data: {rows: 10}},
    ])
  })

  it('EMPTY_COLUMN also when the only "values" are placeholders', () => {
    expect(codes(3, column({placeholderCount: 3, placeholders: {'k.A.': 3}, completeness: 0, distinctCount: 0}))).toEqual([
      'EMPTY_COLUMN',
      'PLACEHOLDERS',
    ])
  })

  it('CONSTANT_COLUMN with the value from topValues', () => {
    const drafts = columnFindings(table(5), column({distinctCount: 1, topValues: [{value: 'DE', count: 5}]}))
    expect(drafts).toEqual([
      {code: 'CONSTANT_COLUMN', severity: 'info', table: 'kunden.csv', column: 'Lieferdatum', data: {value: 'DE', count: 5}},
    ])
  })

  it('CONSTANT_COLUMN takes the value from min = max when there are no top values', () => {
    const [draft] = columnFindings(table(5), column({inferredType: 'integer', typeCounts: {integer: 5}, distinctCount: 1, min: 7, max: 7}))
    expect(draft.data).toEqual({value: '7', count: 5})
  })

  it('no CONSTANT_COLUMN for a single value, an approximate count or two distinct values', () => {
    expect(codes(1, column({distinctCount: 1}))).toEqual([])
    expect(codes(5, column({distinctCount: 1, distinctApprox: true}))).toEqual([])
    expect(codes(5, column({distinctCount: 2}))).toEqual([])
  })

  it('LOW_COMPLETENESS below half filled, not at exactly half', () => {
    const [draft] = columnFindings(table(100), column({nullCount: 51, completeness: 0.49}))
    expect(draft).toMatchObject({code: 'LOW_COMPLETENESS', severity: 'warning', data: {completeness: 0.49, missing: 51, rows: 100}})
    expect(codes(100, column({nullCount: 50, completeness: 0.5}))).toEqual([])
  })

  it('PLACEHOLDERS lists which placeholders, most frequent first', () => {
    const [draft] = columnFindings(
      table(100),
      column({placeholderCount: 15, placeholders: {'-': 3, 'k.A.': 12}, completeness: 0.85}),
    )
    expect(draft).toMatchObject({code: 'PLACEHOLDERS', severity: 'info', data: {count: 15, values: ['k.A.', '-'], counts: [12, 3]}})
    expect(codes(100, column({placeholderCount: 0}))).toEqual([])
  })

  it('MIXED_TYPES across kind families, with counts', () => {
    const [draft] = columnFindings(table(100), column({inferredType: 'integer', typeCounts: {integer: 90, text: 10}}))
    expect(draft).toMatchObject({code: 'MIXED_TYPES', severity: 'warning', data: {kinds: ['integer', 'text'], counts: [90, 10]}})
  })

  it('no MIXED_TYPES for integer with decimal or date with date-time', () => {
    expect(codes(100, column({inferredType: 'decimal', typeCounts: {integer: 60, decimal: 40}}))).toEqual([])
    expect(codes(100, column({inferredType: 'datetime', typeCounts: {date: 60, datetime: 40, text: 0}}))).toEqual([])
  })

  it('MIXED_TYPES whenever the inferred type is mixed', () => {
    expect(codes(100, column({inferredType: 'mixed', typeCounts: {integer: 100}}))).toEqual(['MIXED_TYPES'])
  })

  it('MIXED_DATE_FORMATS for two date notations', () => {
    const [draft] = columnFindings(
      table(1000),
      column({
        inferredType: 'date',
        typeCounts: {date: 1000},
        formats: [
          {format: 'yyyy-mm-dd', count: 50},
          {format: 'dd.mm.yyyy', count: 950},
        ],
      }),
    )
    expect(draft).toMatchObject({code: 'MIXED_DATE_FORMATS', data: {formats: ['dd.mm.yyyy', 'yyyy-mm-dd'], counts: [950, 50]}})
  })

  it('no MIXED_DATE_FORMATS when only a time part differs', () => {
    const formats = [
      {format: 'dd.mm.yyyy', count: 900},
      {format: 'dd.mm.yyyy hh:mm', count: 100},
    ]
    expect(codes(1000, column({inferredType: 'datetime', typeCounts: {date: 900, datetime: 100}, formats}))).toEqual([])
  })

  it('MIXED_NUMBER_FORMATS for German and English decimals, not for German decimals and plain integers', () => {
    const mixed = [
      {format: '1.234,56', count: 900},
      {format: '1234.56', count: 100},
    ]
    expect(codes(1000, column({inferredType: 'decimal', typeCounts: {decimal: 1000}, formats: mixed}))).toEqual(['MIXED_NUMBER_FORMATS'])
    const german = [
      {format: '1234,56', count: 900},
      {format: '1234', count: 100},
    ]
    expect(codes(1000, column({inferredType: 'decimal', typeCounts: {decimal: 900, integer: 100}, formats: german}))).toEqual([])
  })

  it('NUMBERS_AS_TEXT when a typed source stored numbers as text', () => {
    const [draft] = columnFindings(table(100), column({inferredType: 'integer', typeCounts: {integer: 100}, textualNumbers: 12}))
    expect(draft).toMatchObject({code: 'NUMBERS_AS_TEXT', severity: 'warning', data: {count: 12, rows: 100}})
    expect(codes(100, column({inferredType: 'integer', typeCounts: {integer: 100}, textualNumbers: 0}))).toEqual([])
  })

  it('no NUMBERS_AS_TEXT in a text column of codes (PLZ with leading zeros)', () => {
    const plz = column({
      inferredType: 'text',
      typeCounts: {integer: 76, text: 44},
      textualNumbers: 76,
      formats: [
        {format: '1234', count: 76},
        {format: '0123 (leading zero)', count: 44},
      ],
    })
    expect(codes(120, plz)).not.toContain('NUMBERS_AS_TEXT')
  })
})
