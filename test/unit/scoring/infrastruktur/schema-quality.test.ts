import {describe, expect, it} from 'vitest'
import {
  columnTypeFits,
  isSensibleName,
  schemaChecks,
  schemaQuality,
  tableSchemaQuality,
} from '../../../../src/scoring/infrastruktur/schema-quality.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, fileSource, keyedTable, report, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

describe('infrastruktur.schemaQuality', () => {
  it('gives full marks to keyed, typed, named and commented tables', () => {
    const table = keyedTable('kunde', 10, [col('name', {declaredType: 'nvarchar(80)', comment: 'Firmenname'})])
    table.columns = table.columns.map((c) => ({...c, comment: c.comment ?? 'doc'}))
    const r = report([dbSource('db', [table])])
    expect(schemaQuality.measure(r, CONTEXT).value).toBe(1)
    expect(evaluateCriterion(schemaQuality, r, CONTEXT).points).toBe(100)
  })

  it('marks down a table without key, with numbers in text columns and meaningless names', () => {
    const table = tbl('t1', 10, [
      col('col1', {declaredType: 'varchar(20)', inferredType: 'integer'}),
      col('Betrag', {declaredType: 'varchar(20)', inferredType: 'decimal'}),
      col('Name', {declaredType: 'varchar(20)'}),
    ])
    const checks = schemaChecks(table)
    expect(checks).toEqual({primaryKey: 0, declaredForeignKeys: null, typedColumns: 1 / 3, names: 0.75, comments: 0})
    const m = schemaQuality.measure(report([dbSource('db', [table])]), CONTEXT)
    // the table name counts among the names: t1 passes, col1 does not; (0·4 + 1/3·2 + 0.75·1 + 0·1) / 8
    expect(m.value).toBeCloseTo((2 / 3 + 0.75) / 8)
    expect(m.evidence[1].detail).toContain('no primary key')
  })

  it('counts the declared share of a table’s foreign keys, and only where it has some', () => {
    const fk = (declared: boolean) => ({columns: ['kunde_id'], references: {schema: null, table: 'kunde', columns: ['id']}, declared, orphanRows: 0})
    const table = keyedTable('auftrag', 10)
    table.foreignKeys = [fk(true), fk(false)]
    expect(schemaChecks(table).declaredForeignKeys).toBe(0.5)
    expect(schemaChecks(keyedTable('kunde', 1)).declaredForeignKeys).toBeNull()
  })

  it('counts spreadsheet and CSV tables as having no schema', () => {
    const db = dbSource('db', [keyedTable('kunde', 10)])
    const dbQuality = tableSchemaQuality({source: db, table: db.tables[0]})
    const file = fileSource('f', '/d/artikel.csv', [sheetTable('artikel.csv', 1000)])
    expect(tableSchemaQuality({source: file, table: file.tables[0]})).toBe(0)
    expect(schemaQuality.measure(report([db, file]), CONTEXT).value).toBeCloseTo(dbQuality / 2)
  })

  it('is unmeasurable without tables', () => {
    expect(schemaQuality.measure(report([]), CONTEXT)).toMatchObject({value: null, reason: 'no table with rows was read'})
  })
})

describe('schema helpers', () => {
  it('judges names', () => {
    expect(['Kundennummer', 'kKunde', 'Sell-to Customer No_'].every(isSensibleName)).toBe(true)
    expect(['col1', 'Feld 7', 'x', 'Spalte3', 'a'.repeat(65)].some(isSensibleName)).toBe(false)
  })

  it('judges the fit of declared and inferred types', () => {
    expect(columnTypeFits(col('a', {declaredType: 'int', inferredType: 'integer'}))).toBe(true)
    expect(columnTypeFits(col('a', {declaredType: 'nvarchar(10)', inferredType: 'date'}))).toBe(false)
    expect(columnTypeFits(col('a', {inferredType: 'integer'}))).toBe(false)
    expect(columnTypeFits(col('a', {declaredType: 'varchar(10)', inferredType: 'empty'}))).toBeNull()
  })
})
