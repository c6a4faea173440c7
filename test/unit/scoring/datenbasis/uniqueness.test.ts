import {describe, expect, it} from 'vitest'
import {duplicateCount, measureUniqueness, uniqueness} from '../../../../src/scoring/datenbasis/uniqueness.js'
import type {KeyCandidate, TableDuplicates} from '../../../../src/report/scan-report.js'
import {CONTEXT, col, report, source, table} from '../../../helpers/scoring-report.js'

function key(surplusRows: number): KeyCandidate {
  return {columns: ['Kundennummer'], unique: surplusRows === 0, distinctCount: 100, distinctApprox: false, missingCount: 0, duplicatedValues: surplusRows, surplusRows}
}

function dup(rows: number, exactRows: number, keySurplus?: number, entitySurplus?: number): TableDuplicates {
  const d: TableDuplicates = {exactRows, duplicatedRowGroups: exactRows, exactRowShare: exactRows / rows, candidateKeys: keySurplus === undefined ? [] : [key(keySurplus)]}
  if (entitySurplus !== undefined) d.likelyEntities = {columns: ['Name', 'PLZ'], groups: entitySurplus, surplusRows: entitySurplus, examples: []}
  return d
}

describe('duplicateCount', () => {
  it('takes the largest of the overlapping views, never their sum', () => {
    expect(duplicateCount(table('Kunden', 1000, [col('Name')], {duplicates: dup(1000, 10, 25, 30)}))).toEqual({exact: 10, key: 25, entities: 30, surplus: 30})
    expect(duplicateCount(table('Kunden', 1000, [col('Name')], {duplicates: dup(1000, 40, 25, 30)}))?.surplus).toBe(40)
    expect(duplicateCount(table('Kunden', 1000, [col('Name')], {duplicates: dup(1000, 0, 70)}))?.surplus).toBe(70)
  })

  it('never exceeds the row count', () => {
    const t = table('Kunden', 10, [col('Name')], {duplicates: dup(10, 8, 12, 9)})
    expect(duplicateCount(t)?.surplus).toBe(10)
  })

  it('is null when duplicates were not measured', () => {
    const t = table('Kunden', 10, [col('Name')], {duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null, candidateKeys: []}})
    expect(duplicateCount(t)).toBeNull()
  })
})

describe('datenbasis.uniqueness', () => {
  it('is 0 for clean tables and the duplicate share for one table', () => {
    expect(measureUniqueness(report(source('a', 'csv', [table('k', 100, [col('x')])]))).value).toBe(0)
    const m = measureUniqueness(report(source('a', 'csv', [table('Kunden', 1000, [col('Name')], {duplicates: dup(1000, 0, 0, 31)})])))
    expect(m.value).toBeCloseTo(0.031)
    expect(m.evidence[0].detail).toMatch(/31 of 1000 rows duplicate \(3\.1%\).*31 likely duplicate entities/)
  })

  it('weights tables by the square root of their distinct rows', () => {
    const ledger = table('Buchungen', 10000, [col('x')])
    const customers = table('Kunden', 100, [col('x')], {duplicates: dup(100, 0, 0, 10)})
    // weights 100 and 10: 0.1 × 10 / 110
    expect(measureUniqueness(report(source('a', 'postgres', [ledger, customers]))).value).toBeCloseTo(1 / 110)
  })

  it('lists the tables with most duplicate rows first', () => {
    const scan = report(source('a', 'csv', [table('a', 100, [col('x')], {duplicates: dup(100, 5)}), table('b', 100, [col('x')], {duplicates: dup(100, 20)})]))
    expect(measureUniqueness(scan).evidence.map((e) => e.table)).toEqual(['b', 'a'])
  })

  it('is not measurable when no table with rows had its duplicates measured', () => {
    const unmeasured = table('Kunden', 10, [col('Name')], {duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null, candidateKeys: []}})
    expect(uniqueness.measure(report(source('a', 'postgres', [unmeasured])), CONTEXT).value).toBeNull()
    expect(uniqueness.measure(report(), CONTEXT).reason).toMatch(/not measured/)
  })
})
