import {describe, expect, it} from 'vitest'
import {countDatenpfuetzen, dataLocation} from '../../../../src/scoring/infrastruktur/data-location.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, fileSource, folder, keyedTable, report, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

describe('infrastruktur.dataLocation', () => {
  it('is the share of rows in databases', () => {
    const r = report([dbSource('db', [keyedTable('kunde', 900)]), fileSource('f', '/d/artikel.xlsx', [sheetTable('Artikel', 100)])])
    const m = dataLocation.measure(r, CONTEXT)
    expect(m.value).toBeCloseTo(0.9)
    expect(evaluateCriterion(dataLocation, r, CONTEXT).points).toBe(100)
    expect(m.evidence.some((e) => e.source === '/d/artikel.xlsx')).toBe(true)
  })

  it('gives no points when everything lives in files, and counts the puddles', () => {
    const f = folder('fld', '/share', {
      duplicateContent: [{sha256: 'a', sizeBytes: 1, paths: ['kunden.xlsx', 'kunden (1).xlsx']}],
      versionedCopies: [{base: 'artikel', paths: ['artikel.xlsx', 'artikel_v2.xlsx', 'artikel_alt.xlsx']}],
      similarHeaders: [{similarity: 1, tables: [], columns: ['Nr']}],
    })
    const r = report([fileSource('a', '/share/kunden.xlsx', [sheetTable('Kunden', 50)]), fileSource('b', '/share/k.csv', [sheetTable('k.csv', 50)])], [f])
    expect(dataLocation.measure(r, CONTEXT).value).toBe(0)
    expect(evaluateCriterion(dataLocation, r, CONTEXT).points).toBe(0)
    expect(countDatenpfuetzen(r)).toEqual({files: 2, copies: 3, similarHeaderGroups: 1})
    expect(dataLocation.measure(r, CONTEXT).evidence[1].detail).toContain('2 spreadsheet/CSV files, 3 copies')
  })

  it('leaves out views, empty tables and failed tables', () => {
    const view = tbl('v_kunden', 1000, [], {kind: 'view'})
    const failed = tbl('broken', 1000, [], {error: {code: 'X', message: 'x'}})
    const r = report([dbSource('db', [view, failed, keyedTable('leer', 0)]), fileSource('f', '/d/a.csv', [sheetTable('a.csv', 10)])])
    expect(dataLocation.measure(r, CONTEXT).value).toBe(0)
  })

  it('is unmeasurable without any rows', () => {
    const m = dataLocation.measure(report([dbSource('db', [keyedTable('leer', 0)])]), CONTEXT)
    expect(m.value).toBeNull()
    expect(m.reason).toMatch(/no table with rows/)
  })

  it('names at most ten file sources plus a rest count', () => {
    const files = Array.from({length: 14}, (_, i) => fileSource(`f${i}`, `/d/f${i}.csv`, [sheetTable(`f${i}.csv`, 10 + i, [col('a')])]))
    const m = dataLocation.measure(report(files), CONTEXT)
    expect(m.evidence).toHaveLength(11)
    expect(m.evidence[10].detail).toMatch(/and \d+ more/)
  })
})
