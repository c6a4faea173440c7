import {describe, expect, it} from 'vitest'
import {databaseCurrency, systemCurrency} from '../../../../src/scoring/infrastruktur/system-currency.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, dbSource, fileSource, keyedTable, report, sheetTable} from '../../../helpers/scoring-infra-report.js'

const database = (sizeBytes: number) => ({
  name: 'eazybusiness', sizeBytes, readOnlySession: true, schemas: ['dbo'], tableCount: 1, viewCount: 0, views: [],
  sampleRowsPerTable: 1000, statementCount: 1, tableRoles: {},
})

describe('infrastruktur.systemCurrency', () => {
  it('gives full points to a supported server', () => {
    const r = report([dbSource('db', [keyedTable('kunde', 1)])])
    expect(systemCurrency.measure(r, CONTEXT).value).toBe(1)
    expect(systemCurrency.measure(r, CONTEXT).evidence[0].detail).toBe('Microsoft SQL Server 16.0: current')
  })

  it('takes off for an unsupported version and a nearly full Express database, never below 0', () => {
    const source = dbSource('db', [keyedTable('kunde', 1)], 'mssql', {
      system: {engine: 'Microsoft SQL Server', version: '12.0', edition: 'Express', sizeCapBytes: 10_000, support: {status: 'unsupported', product: 'SQL Server 2014', endOfSupport: '2024-07-09'}},
      database: database(9_500),
    })
    const verdict = databaseCurrency(source)
    expect(verdict.value).toBe(0)
    expect(verdict.problems).toEqual(['SQL Server 2014 out of vendor support (support ended 2024-07-09)', 'Express size cap 95 % used'])
    const halfFull = dbSource('db2', [keyedTable('kunde', 1)], 'mssql', {system: {engine: 'Microsoft SQL Server', sizeCapBytes: 10_000}, database: database(5_000)})
    expect(databaseCurrency(halfFull).value).toBeCloseTo(0.8)
  })

  it('charges MyISAM by its share of the tables', () => {
    const myisam = {...keyedTable('adresse', 1), engine: 'MyISAM'}
    const source = dbSource('db', [myisam, {...keyedTable('artikel', 1), engine: 'InnoDB'}], 'mysql', {system: {engine: 'MariaDB', version: '10.11'}})
    expect(databaseCurrency(source).value).toBeCloseTo(0.85)
  })

  it('averages over the databases and ignores failed ones', () => {
    const old = dbSource('old', [], 'postgres', {system: {engine: 'PostgreSQL', version: '9.6', support: {status: 'unsupported', product: 'PostgreSQL 9.6'}}})
    const failed = dbSource('gone', [], 'mysql', {status: 'failed', system: {engine: 'MySQL', support: {status: 'unsupported', product: 'MySQL 5.5'}}})
    const r = report([dbSource('new', []), old, failed])
    expect(systemCurrency.measure(r, CONTEXT).value).toBeCloseTo(0.75)
    expect(evaluateCriterion(systemCurrency, r, CONTEXT).points).toBe(75)
  })

  it('is unmeasurable without a database', () => {
    const m = systemCurrency.measure(report([fileSource('f', '/d/a.csv', [sheetTable('a.csv', 3)])]), CONTEXT)
    expect(m).toMatchObject({value: null, reason: 'no database was scanned'})
  })
})
