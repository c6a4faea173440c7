import {describe, expect, it} from 'vitest'
import {COLUMN_WEIGHTS, columnKind, completeness, measureCompleteness} from '../../../../src/scoring/datenbasis/completeness.js'
import {CONTEXT, col, fk, report, source, table} from '../../../helpers/scoring-report.js'

describe('columnKind', () => {
  const t = table('Kunden', 10, [col('KD'), col('Ref')], {primaryKey: ['KD'], foreignKeys: [fk(['Ref'], 'Gruppen', 0)]})
  it.each([
    ['KD', 'key'],
    ['Ref', 'key'],
    ['Kundennummer', 'key'],
    ['Artikel-Nr', 'key'],
    ['CustomerID', 'key'],
    ['order_no', 'key'],
    ['Telefonnummer', 'descriptive'],
    ['Hausnummer', 'descriptive'],
    ['Name', 'descriptive'],
    ['PLZ', 'descriptive'],
    ['Bemerkung', 'notes'],
    ['Kundenbemerkungen', 'notes'],
    ['Lieferhinweis', 'notes'],
    ['comments', 'notes'],
    ['Notiz', 'notes'],
  ])('%s is %s', (name, kind) => {
    const column = t.columns.find((c) => c.name === name) ?? table('x', 10, [col(name)]).columns[0]
    expect(columnKind(t, column)).toBe(kind)
  })

  it('counts candidate key columns as keys', () => {
    const keyed = table('x', 10, [col('Kuerzel')], {
      duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0, candidateKeys: [{columns: ['Kuerzel'], unique: true, distinctCount: 10, distinctApprox: false, missingCount: 0, duplicatedValues: 0, surplusRows: 0}]},
    })
    expect(columnKind(keyed, keyed.columns[0])).toBe('key')
  })
})

describe('datenbasis.completeness', () => {
  it('weights key columns over descriptive ones over notes', () => {
    const t = table('Kunden', 100, [col('Kundennummer', 0.5), col('Name', 1), col('Bemerkung', 0)])
    const m = measureCompleteness(report(source('a', 'csv', [t])))
    const {key, descriptive, notes} = COLUMN_WEIGHTS
    expect(m.value).toBeCloseTo((0.5 * key + 1 * descriptive + 0 * notes) / (key + descriptive + notes))
    expect(m.evidence[0].detail).toMatch(/key columns with gaps: Kundennummer/)
  })

  it('keeps entirely empty columns in the weighting (blanking a column never helps)', () => {
    const t = table('Artikel', 100, [col('Bezeichnung', 1), col('Preis', 0, 'decimal')])
    expect(measureCompleteness(report(source('a', 'csv', [t]))).value).toBeCloseTo(0.5)
  })

  it('hardly suffers from empty notes', () => {
    const t = table('Kunden', 100, [col('Kundennummer'), col('Name'), col('Bemerkung', 0)])
    expect(measureCompleteness(report(source('a', 'csv', [t]))).value).toBeGreaterThan(0.95)
  })

  it('weights tables by their distinct rows', () => {
    const big = table('Auftraege', 900, [col('Datum', 1, 'date')])
    const small = table('Kunden', 100, [col('Name', 0)])
    expect(measureCompleteness(report(source('a', 'csv', [big, small]))).value).toBeCloseTo(0.9)
    // the same big table, but 800 of its rows are copies: now it counts as 100 rows
    big.duplicates = {exactRows: 800, duplicatedRowGroups: 100, exactRowShare: 800 / 900, candidateKeys: []}
    expect(measureCompleteness(report(source('a', 'csv', [big, small]))).value).toBeCloseTo(0.5)
  })

  it('lists the tables losing most values first', () => {
    const scan = report(source('a', 'csv', [table('a', 100, [col('x', 0.9)]), table('b', 1000, [col('x', 0.5)]), table('c', 10, [col('x', 1)])]))
    expect(measureCompleteness(scan).evidence.map((e) => e.table)).toEqual(['b', 'a', 'c'])
  })

  it('is not measurable without tables that have rows', () => {
    const m = completeness.measure(report(source('a', 'csv', [table('leer.csv', 0, [col('x')])])), CONTEXT)
    expect(m.value).toBeNull()
    expect(m.reason).toBeDefined()
    expect(completeness.measure(report(), CONTEXT).value).toBeNull()
  })
})
