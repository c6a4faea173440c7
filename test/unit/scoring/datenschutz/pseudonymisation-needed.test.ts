import {describe, expect, it} from 'vitest'
import {pseudonymisationNeeded, usefulTables} from '../../../../src/scoring/datenschutz/pseudonymisation-needed.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, fileSource, keyedTable, report, sheetTable} from '../../../helpers/scoring-infra-report.js'

describe('datenschutz.pseudonymisationNeeded', () => {
  it('is the share of business-entity tables with direct identifiers or special categories', () => {
    const r = report([
      dbSource('erp', [
        keyedTable('kunde', 100, [col('email', {pii: ['email']})]),
        keyedTable('auftrag', 1000, [col('plz', {pii: ['postal_code']})]),
        keyedTable('artikel', 50),
        keyedTable('rechnung', 900, [col('iban', {pii: ['iban']})]),
        // not a business entity: left out of the useful tables
        keyedTable('protokoll', 10, [col('benutzer', {pii: ['person_name']})]),
      ]),
    ])
    const m = pseudonymisationNeeded.measure(r, CONTEXT)
    expect(m.value).toBe(0.5)
    expect(m.evidence[0].detail).toBe('2 of 4 business-entity tables need pseudonymisation first')
    expect(m.evidence[1]).toMatchObject({table: 'dbo.rechnung', detail: 'iban'})
    expect(evaluateCriterion(pseudonymisationNeeded, r, CONTEXT).points).toBe(40)
  })

  it('takes every table with rows when none names a business entity', () => {
    const r = report([fileSource('f', '/d/liste.xlsx', [sheetTable('Liste', 10, [col('Name', {pii: ['person_name']})]), sheetTable('Preise', 10)])])
    expect(usefulTables(r).byEntity).toBe(false)
    expect(pseudonymisationNeeded.measure(r, CONTEXT).value).toBe(0.5)
  })

  it('gives full points when no useful table holds personal data', () => {
    const r = report([dbSource('erp', [keyedTable('artikel', 10)])])
    expect(evaluateCriterion(pseudonymisationNeeded, r, CONTEXT).points).toBe(100)
  })

  it('is unmeasurable without the DSGVO view or without rows', () => {
    expect(pseudonymisationNeeded.measure(report([dbSource('erp', [keyedTable('kunde', 5)])], [], false), CONTEXT).value).toBeNull()
    expect(pseudonymisationNeeded.measure(report([dbSource('erp', [keyedTable('kunde', 0)])]), CONTEXT).reason).toBe('no table with rows was read')
  })
})
