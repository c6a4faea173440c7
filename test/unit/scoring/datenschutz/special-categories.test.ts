import {describe, expect, it} from 'vitest'
import {specialCategories} from '../../../../src/scoring/datenschutz/special-categories.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, fileSource, keyedTable, report, sheetTable} from '../../../helpers/scoring-infra-report.js'

describe('datenschutz.specialCategories', () => {
  it('gives full points when no table holds Art. 9 or Art. 10 data', () => {
    const r = report([dbSource('erp', [keyedTable('kunde', 10, [col('name', {pii: ['person_name']})])])])
    expect(specialCategories.measure(r, CONTEXT).value).toBe(0)
    expect(evaluateCriterion(specialCategories, r, CONTEXT).points).toBe(100)
  })

  it('counts the tables and names the columns with special categories', () => {
    const r = report([
      dbSource('hr', [
        keyedTable('mitarbeiter', 50, [col('konfession', {pii: ['art9_religion']}), col('krankheitstage', {pii: ['art9_health']}), col('name', {pii: ['person_name']})]),
      ]),
      fileSource('f', '/share/fuehrungszeugnisse.xlsx', [sheetTable('Liste', 5, [col('Eintrag', {pii: ['art10_criminal']})])]),
    ])
    const m = specialCategories.measure(r, CONTEXT)
    expect(m.value).toBe(2)
    expect(m.evidence[0].detail).toBe('2 of 2 tables with Art. 9/10 data')
    expect(m.evidence.slice(1).map((e) => e.column)).toEqual(['konfession', 'krankheitstage', 'Eintrag'])
    expect(evaluateCriterion(specialCategories, r, CONTEXT).points).toBe(35)
  })

  it('is unmeasurable without the DSGVO view', () => {
    expect(specialCategories.measure(report([dbSource('erp', [keyedTable('kunde', 1)])], [], false), CONTEXT).value).toBeNull()
  })
})
