import {describe, expect, it} from 'vitest'
import {personalDataFindings} from '../../../src/findings/personal-data-findings.js'
import {wordFinding} from '../../../src/findings/word-finding.js'
import {samplePiiSources} from '../../helpers/pii-report.js'

describe('personalDataFindings', () => {
  it('warns about special categories and informs about other personal data, naming the columns', () => {
    const [payroll] = samplePiiSources()[0].tables
    const drafts = personalDataFindings(payroll)
    expect(drafts).toEqual([
      {code: 'SPECIAL_CATEGORY_DATA', severity: 'warning', table: 'mitarbeiter', data: {categories: ['art9_religion', 'art9_health'], columns: ['KONF', 'KRANKTAGE']}},
      {code: 'PERSONAL_DATA', severity: 'info', table: 'mitarbeiter', data: {categories: ['person_name', 'birth_date', 'tax_id_de'], columns: ['NAME1', 'GEBDAT', 'STID']}},
    ])
    expect(wordFinding(drafts[0], 'de').message).toBe(
      'Tabelle „mitarbeiter“ enthält besondere Kategorien personenbezogener Daten (Religion/Konfession (Art. 9) und Gesundheitsdaten (Art. 9)) in 2 Spalten: „KONF“ und „KRANKTAGE“. Die/den Datenschutzbeauftragte(n) einbeziehen; diese Spalten vor jeder KI-Nutzung entfernen.',
    )
  })

  it('finds nothing in a table without personal data or with weak hints only', () => {
    const [, articles] = samplePiiSources()[0].tables
    expect(personalDataFindings(articles)).toEqual([])
  })
})
