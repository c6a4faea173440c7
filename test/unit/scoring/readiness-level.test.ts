import {describe, expect, it} from 'vitest'
import {DRL_RULES, readinessLevel} from '../../../src/scoring/readiness-level.js'
import {col, dbSource, fileSource, finding, keyedTable, sheetTable, tbl} from '../../helpers/scoring-infra-report.js'

const uniqueKey = {columns: ['Nummer'], unique: true, distinctCount: 10, distinctApprox: false, missingCount: 0, duplicatedValues: 0, surplusRows: 0}

/** a clean sheet: header, complete, a unique key column */
function cleanSheet(name = 'Kunden') {
  return sheetTable(name, 10, undefined, {duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0, candidateKeys: [uniqueKey]}})
}

describe('readinessLevel', () => {
  it('is A for a keyed, complete database and a tidy keyed sheet', () => {
    expect(readinessLevel(dbSource('erp', [keyedTable('kunde', 10), keyedTable('artikel', 5)]))).toEqual({
      level: 'A',
      reasons: ['readable and profiled, no completeness, duplicate, validity or linkage problems above the thresholds'],
    })
    expect(readinessLevel(fileSource('f', '/d/kunden.xlsx', [cleanSheet()])).level).toBe('A')
  })

  it('is C when the source could not be read or holds no rows', () => {
    expect(readinessLevel(dbSource('x', [], 'mssql', {status: 'failed', error: {code: 'DB_LOGIN_FAILED', message: 'no'}}))).toEqual({
      level: 'C',
      reasons: ['not accessible: DB_LOGIN_FAILED'],
    })
    expect(readinessLevel(dbSource('x', [keyedTable('leer', 0)])).reasons).toEqual(['no table with rows'])
  })

  it('is C for a file a person must tidy first, and keeps the B reasons behind', () => {
    const merged = sheetTable('Liste', 10, [col('Nummer', {completeness: 0.2})], {sheet: {hidden: false, mergedCellsInData: 2, formulaCells: 0, formulaShare: null}})
    const result = readinessLevel(fileSource('f', '/d/liste.xlsx', [merged]))
    expect(result.level).toBe('C')
    expect(result.reasons[0]).toBe('not machine-readable as it stands (merged cells in the data): Liste')
    expect(result.reasons.slice(1)).toEqual(['incomplete: columns in use under 80 % filled in Liste', 'no unique key: Liste'])
  })

  it('is C when too many tables were only partly profiled', () => {
    const partial = {...keyedTable('auftrag', 10), partial: {reason: 'table-budget' as const, skipped: ['duplicates']}}
    const result = readinessLevel(dbSource('erp', [partial, keyedTable('kunde', 10)]))
    expect(result.level).toBe('C')
    expect(result.reasons[0]).toBe('quality unknown: 1 of 2 tables failed or only partly profiled (dbo.auftrag)')
  })

  it('is B for completeness, duplicates, invalid values, orphans and missing keys', () => {
    const b = (table: ReturnType<typeof tbl>) => readinessLevel(dbSource('erp', [table]))
    // an all-empty column is an unused field, not a gap
    const unused = keyedTable('kunde', 10, [col('fax', {inferredType: 'empty', completeness: 0})])
    expect(b(unused).level).toBe('A')
    expect(b(keyedTable('kunde', 10, [col('email', {completeness: 0.1}), col('ort', {completeness: 0.5})])).reasons).toEqual(['incomplete: columns in use under 80 % filled in dbo.kunde'])

    const duplicated = keyedTable('kunde', 10)
    duplicated.findings = [finding('LIKELY_DUPLICATE_ENTITIES', 'kunde')]
    expect(b(duplicated)).toEqual({level: 'B', reasons: ['duplicates: dbo.kunde']})
    const copies = keyedTable('kunde', 10)
    copies.duplicates = {...copies.duplicates, exactRows: 1, exactRowShare: 0.1}
    expect(b(copies).level).toBe('B')

    const invalid = keyedTable('auftrag', 10, [col('betrag')])
    invalid.findings = [finding('NUMBERS_AS_TEXT', 'auftrag', 'betrag')]
    expect(b(invalid).reasons).toEqual(['invalid values: 1 of 3 columns with numbers or dates as text, mixed formats or placeholders'])

    const orphans = keyedTable('auftrag', 10)
    orphans.foreignKeys = [{columns: ['kunde_id'], references: {schema: 'dbo', table: 'kunde', columns: ['id']}, declared: false, orphanRows: 3}]
    expect(b(orphans).reasons).toEqual(['broken links (orphan rows): dbo.auftrag'])

    expect(b(tbl('log', 10, [col('text')], {schema: 'dbo'})).reasons).toEqual(['no unique key: dbo.log'])
  })

  it('names at most three tables per reason', () => {
    const tables = ['a', 'b', 'c', 'd', 'e'].map((n) => tbl(`t${n}`, 5, [col('x')]))
    expect(readinessLevel(dbSource('erp', tables)).reasons).toEqual(['no unique key: ta, tb, tc and 2 more'])
  })

  it('documents every rule', () => {
    expect(new Set(DRL_RULES.map((r) => r.id)).size).toBe(DRL_RULES.length)
    expect(DRL_RULES.every((r) => r.description.length > 10)).toBe(true)
  })
})
