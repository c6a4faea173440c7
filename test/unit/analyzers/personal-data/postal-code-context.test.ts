import {describe, expect, it} from 'vitest'
import {postalCodesByContext} from '../../../../src/analyzers/personal-data/postal-code-context.js'
import {detectTablePii} from '../../../../src/analyzers/personal-data/table-pii.js'
import type {PiiFinding} from '../../../../src/report/scan-report.js'

const STREET: PiiFinding = {category: 'street_address', confidence: 0.95, matchShare: 1, evidence: ['pattern:street']}
const CODES = ['10115', '80331', '50667', '01067', '20095', '70173', '60311', '04109', '90402', '30159']
const plz = (n: number) => Array.from({length: n}, (_, i) => CODES[i % CODES.length])

describe('postalCodesByContext', () => {
  it('finds postal codes under any header in an address table', () => {
    const found = postalCodesByContext(['Strasse', 'Feld5'], [[], plz(30)], [[STREET], []])
    expect(found.get(1)).toMatchObject({category: 'postal_code', confidence: 0.7, matchShare: 1, evidence: ['pattern', 'context:address-table']})
  })

  it('needs an address table, a non-identifier header, enough values and codes spread over regions', () => {
    expect(postalCodesByContext(['Artikel', 'Feld5'], [[], plz(30)], [[], []]).size).toBe(0)
    expect(postalCodesByContext(['Strasse', 'Kundennummer'], [[], plz(30)], [[STREET], []]).size).toBe(0)
    expect(postalCodesByContext(['Strasse', 'Feld5'], [[], plz(10)], [[STREET], []]).size).toBe(0)
    // a number sequence 10001–10030 stays in one region
    const sequence = Array.from({length: 30}, (_, i) => String(10001 + i))
    expect(postalCodesByContext(['Strasse', 'Code'], [[], sequence], [[STREET], []]).size).toBe(0)
  })
})

describe('detectTablePii with an address context', () => {
  it('gives the unnamed postal-code column of an address table a masked verdict', () => {
    const sample = plz(30).map((code, i) => [`Hauptstraße ${i + 1}`, code])
    const [, codes] = detectTablePii([{name: 'Anschrift', position: 0}, {name: 'Feld5', position: 1}], sample)
    expect(codes[0]).toMatchObject({category: 'postal_code'})
    expect(codes[0].examples?.[0]).toBe('10***')
  })
})
