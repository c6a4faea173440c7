import {describe, expect, it} from 'vitest'
import {changeTracking, trackingOf} from '../../../../src/scoring/infrastruktur/change-tracking.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import type {ColumnReport, DatabaseKind} from '../../../../src/report/scan-report.js'
import {CONTEXT, col, dbSource, fileSource, report, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

const tracking = (...columns: ColumnReport[]) => trackingIn('mssql', ...columns)
const trackingIn = (kind: DatabaseKind, ...columns: ColumnReport[]) => {
  const source = dbSource('db', [tbl('t', 10, columns)], kind)
  return trackingOf({source, table: source.tables[0]})
}

describe('trackingOf', () => {
  it('recognises modified stamps by name and type, German and ERP spellings', () => {
    expect(tracking(col('dGeaendert', {declaredType: 'datetime'}))).toEqual({tracking: 'modified', columns: ['dGeaendert']})
    expect(tracking(col('Letzte Änderung', {inferredType: 'datetime'})).tracking).toBe('modified')
    expect(tracking(col('write_date', {declaredType: 'timestamp without time zone'})).tracking).toBe('modified')
    expect(tracking(col('UpdateDate', {declaredType: 'datetime'})).tracking).toBe('modified')
  })

  it('counts a rowversion whatever its name, a created stamp as created only', () => {
    expect(tracking(col('RV', {declaredType: 'rowversion'})).tracking).toBe('modified')
    // SQL Server's timestamp is a rowversion; PostgreSQL's and MySQL's is a date-time
    expect(tracking(col('create_date', {declaredType: 'timestamp'})).tracking).toBe('modified')
    expect(trackingIn('postgres', col('create_date', {declaredType: 'timestamp'})).tracking).toBe('createdOnly')
    expect(trackingIn('mysql', col('RV', {declaredType: 'timestamp'})).tracking).toBe('none')
    expect(tracking(col('angelegt_am', {declaredType: 'date'}))).toEqual({tracking: 'createdOnly', columns: ['angelegt_am']})
  })

  it('needs a temporal type behind the name', () => {
    expect(tracking(col('geaendert_von', {declaredType: 'varchar(20)'})).tracking).toBe('none')
    expect(tracking(col('Lieferdatum', {declaredType: 'date'})).tracking).toBe('none')
  })

  it('never credits a file, whatever its columns', () => {
    const file = fileSource('f', '/d/a.xlsx', [sheetTable('A', 10, [col('geändert am', {inferredType: 'date'})])])
    expect(trackingOf({source: file, table: file.tables[0]}).tracking).toBe('none')
  })
})

describe('infrastruktur.changeTracking', () => {
  it('is the mean credit over all tables with rows', () => {
    const r = report([
      dbSource('db', [
        tbl('auftrag', 100, [col('geaendert_am', {declaredType: 'datetime2'})]),
        tbl('kunde', 50, [col('erstellt', {declaredType: 'datetime2'})]),
        tbl('land', 20, [col('code', {declaredType: 'char(2)'})]),
      ]),
      fileSource('f', '/d/a.csv', [sheetTable('a.csv', 10)]),
    ])
    const m = changeTracking.measure(r, CONTEXT)
    expect(m.value).toBeCloseTo(1.5 / 4)
    expect(m.evidence[0].detail).toBe('1 tables with a modified stamp, 1 with a created stamp only, of 3 database tables; 1 file tables reloaded whole')
    expect(m.evidence[1]).toMatchObject({table: 'kunde', detail: 'created stamp only (erstellt)'})
    expect(evaluateCriterion(changeTracking, r, CONTEXT).points).toBe(51)
  })

  it('is unmeasurable without tables', () => {
    expect(changeTracking.measure(report([]), CONTEXT).value).toBeNull()
  })
})
