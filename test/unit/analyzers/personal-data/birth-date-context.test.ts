import {describe, expect, it} from 'vitest'
import {birthDatesByValues} from '../../../../src/analyzers/personal-data/birth-date-context.js'
import {detectTablePii} from '../../../../src/analyzers/personal-data/table-pii.js'
import type {PiiFinding} from '../../../../src/report/scan-report.js'

const TODAY = new Date(Date.UTC(2026, 10, 26))
const NAME: PiiFinding = {category: 'person_name', confidence: 0.95, matchShare: 1, evidence: ['dictionary:names']}

/** n dates, one per year from `from`, German spelling */
function dates(n: number, from: number, step = 1): string[] {
  return Array.from({length: n}, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.${from + i * step}`)
}

describe('birthDatesByValues', () => {
  it('finds birth dates under any header in a person table', () => {
    const found = birthDatesByValues(['Name', 'Datum1'], [[], dates(40, 1950)], [[NAME], []], TODAY)
    expect(found.get(1)).toMatchObject({category: 'birth_date', confidence: 0.7, matchShare: 1, evidence: ['pattern:date', 'context:person-table']})
  })

  it('needs a person table, decades of spread, no business-event header and nearly all values plausible', () => {
    const birthLike = dates(40, 1950)
    expect(birthDatesByValues(['Artikel', 'Datum1'], [[], birthLike], [[], []], TODAY).size).toBe(0)
    // Northwind's orders of 1996–1998: plausible ages, but three years
    expect(birthDatesByValues(['Name', 'Datum1'], [[], dates(40, 1996, 0)], [[NAME], []], TODAY).size).toBe(0)
    expect(birthDatesByValues(['Name', 'Eintrittsdatum'], [[], birthLike], [[NAME], []], TODAY).size).toBe(0)
    expect(birthDatesByValues(['Name', 'order_date'], [[], birthLike], [[NAME], []], TODAY).size).toBe(0)
    // hiring dates reaching into the last 14 years are no birth dates
    expect(birthDatesByValues(['Name', 'Datum1'], [[], dates(40, 1990)], [[NAME], []], TODAY).size).toBe(0)
    // too few values to judge
    expect(birthDatesByValues(['Name', 'Datum1'], [[], dates(10, 1950, 3)], [[NAME], []], TODAY).size).toBe(0)
  })
})

describe('detectTablePii with table context', () => {
  it('gives a person table’s unnamed birth-date column a masked birth-date verdict', () => {
    const births = dates(40, 1950)
    const sample = births.map((d, i) => [i % 2 === 0 ? 'Anna Schmidt' : 'Jonas Weber', d])
    const [, datum] = detectTablePii([{name: 'Ansprechpartner', position: 0}, {name: 'Datum1', position: 1}], sample)
    expect(datum[0]).toMatchObject({category: 'birth_date'})
    expect(datum[0].examples?.[0]).toBe('**.**.1950')
  })
})
