import {describe, expect, it} from 'vitest'
import {personalDataTables} from '../../../../src/scoring/datenschutz/personal-data-tables.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, keyedTable, report, tbl} from '../../../helpers/scoring-infra-report.js'

describe('datenschutz.personalDataTables', () => {
  it('counts tables free of personal data or with quasi-identifiers only as usable', () => {
    const r = report([
      dbSource('erp', [
        keyedTable('kunde', 100, [col('email', {pii: ['email']}), col('plz', {pii: ['postal_code']})]),
        keyedTable('filiale', 10, [col('plz', {pii: ['postal_code']})]),
        keyedTable('haendler', 10, [col('ustid', {pii: ['vat_id']})]),
        keyedTable('artikel', 500),
      ]),
    ])
    const m = personalDataTables.measure(r, CONTEXT)
    expect(m.value).toBe(0.75)
    expect(m.evidence[0].detail).toBe('1 of 4 tables without personal data, 2 with quasi-identifiers or business identifiers only, 1 with direct identifiers or special categories')
    expect(m.evidence[1]).toMatchObject({table: 'dbo.kunde', detail: 'email, postal_code (100 rows)'})
    expect(evaluateCriterion(personalDataTables, r, CONTEXT).points).toBe(81)
  })

  it('counts special categories as needing protection', () => {
    const r = report([dbSource('hr', [tbl('personal', 10, [col('konfession', {pii: ['art9_religion']})])])])
    expect(personalDataTables.measure(r, CONTEXT).value).toBe(0)
  })

  it('is unmeasurable without the DSGVO view or without scanned tables', () => {
    const noView = report([dbSource('erp', [keyedTable('kunde', 1)])], [], false)
    expect(personalDataTables.measure(noView, CONTEXT)).toMatchObject({value: null, reason: expect.stringContaining('personalData')})
    expect(personalDataTables.measure(report([]), CONTEXT).value).toBeNull()
  })
})
