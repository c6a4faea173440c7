import {describe, expect, it} from 'vitest'
import {needsProtection, PersonalDataLookup} from '../../../../src/scoring/datenschutz/personal-data-lookup.js'
import {col, dbSource, keyedTable, report} from '../../../helpers/scoring-infra-report.js'

describe('PersonalDataLookup', () => {
  it('finds a table’s view entry by source, schema and name', () => {
    const kunde = keyedTable('kunde', 5, [col('email', {pii: ['email']})], 'dbo')
    const sameNameOtherSchema = keyedTable('kunde', 5, [], 'archiv')
    const source = dbSource('erp', [kunde, sameNameOtherSchema])
    const r = report([source])
    const lookup = new PersonalDataLookup(r.personalData!.tables)
    expect(lookup.of(source, kunde)?.categories).toEqual(['email'])
    expect(lookup.of(source, sameNameOtherSchema)).toBeUndefined()
  })
})

describe('needsProtection', () => {
  it('is true for direct identifiers and special categories, not for quasi-identifiers or business ids', () => {
    const tables = report([
      dbSource('erp', [
        keyedTable('a', 1, [col('plz', {pii: ['postal_code']}), col('ust', {pii: ['vat_id']})]),
        keyedTable('b', 1, [col('konf', {pii: ['art9_religion']})]),
        keyedTable('c', 1, [col('name', {pii: ['person_name']})]),
      ]),
    ]).personalData!.tables
    expect(tables.map(needsProtection)).toEqual([false, true, true])
    expect(needsProtection(undefined)).toBe(false)
  })
})
