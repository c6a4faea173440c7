import {describe, expect, it} from 'vitest'
import {DATENSCHUTZ_CRITERIA} from '../../../../src/scoring/datenschutz/index.js'
import {scoreHurdle} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, keyedTable, report} from '../../../helpers/scoring-infra-report.js'

describe('DATENSCHUTZ_CRITERIA', () => {
  it('lists the three criteria of the Datenschutz hurdle', () => {
    expect(DATENSCHUTZ_CRITERIA.map((c) => c.definition.id)).toEqual([
      'datenschutz.personalDataTables',
      'datenschutz.specialCategories',
      'datenschutz.pseudonymisationNeeded',
    ])
    expect(DATENSCHUTZ_CRITERIA.every((c) => c.definition.hurdle === 'datenschutz' && c.definition.basis.length > 0)).toBe(true)
  })

  it('scores payroll data with Art. 9 columns below an article master', () => {
    const payroll = report([dbSource('hr', [keyedTable('mitarbeiter', 80, [col('name', {pii: ['person_name']}), col('konfession', {pii: ['art9_religion']})])])])
    const articles = report([dbSource('erp', [keyedTable('artikel', 800)])])
    const low = scoreHurdle(DATENSCHUTZ_CRITERIA, payroll, CONTEXT)
    const high = scoreHurdle(DATENSCHUTZ_CRITERIA, articles, CONTEXT)
    expect(high.score).toBe(100)
    expect(low.score!).toBeLessThan(40)
    expect(scoreHurdle(DATENSCHUTZ_CRITERIA, report([], [], false), CONTEXT).score).toBeNull()
  })
})
