import {describe, expect, it} from 'vitest'
import {bandFor, pointsFor, scoreHurdle, type Criterion} from '../../../src/scoring/model.js'
import {minimalReport} from '../../fixtures/reports/reports.js'

const definition = (id: string, weight: number) => ({
  id,
  hurdle: 'datenbasis' as const,
  title: {de: id, en: id},
  unit: 'share' as const,
  thresholds: [
    {value: 0.5, points: 0},
    {value: 0.9, points: 100},
  ],
  weight,
  action: {de: 'tun', en: 'do'},
  basis: ['DAMA: Completeness'],
})

describe('pointsFor', () => {
  it('interpolates between thresholds and is flat beyond them, rising or falling', () => {
    const rising = definition('a', 1).thresholds
    expect(pointsFor(rising, 0.2)).toBe(0)
    expect(pointsFor(rising, 0.7)).toBeCloseTo(50)
    expect(pointsFor(rising, 1)).toBe(100)
    const falling = [
      {value: 0, points: 100},
      {value: 0.1, points: 0},
    ]
    expect(pointsFor(falling, 0.05)).toBeCloseTo(50)
    expect(pointsFor(falling, 0.3)).toBe(0)
  })
})

describe('scoreHurdle', () => {
  it('weights the measured criteria and leaves the unmeasurable ones out', () => {
    const criteria: Criterion[] = [
      {definition: definition('a', 2), measure: () => ({value: 0.9, evidence: []})},
      {definition: definition('b', 1), measure: () => ({value: 0.5, evidence: []})},
      {definition: definition('c', 5), measure: () => ({value: null, evidence: [], reason: 'no date columns'})},
    ]
    const score = scoreHurdle(criteria, minimalReport(), {now: new Date(), lang: 'de'})
    expect(score.score).toBe(67)
    expect(score.band).toBe('solide')
    expect(score.criteria[2]).toMatchObject({id: 'c', measured: null, points: null, reason: 'no date columns'})
  })

  it('has no score when nothing could be measured', () => {
    const criteria: Criterion[] = [{definition: definition('a', 1), measure: () => ({value: null, evidence: []})}]
    expect(scoreHurdle(criteria, minimalReport(), {now: new Date(), lang: 'en'})).toMatchObject({score: null, band: null})
  })
})

describe('bandFor', () => {
  it('maps scores to the four bands', () => {
    expect([0, 39, 40, 59, 60, 79, 80, 100].map(bandFor)).toEqual(['kritisch', 'kritisch', 'ausbaufähig', 'ausbaufähig', 'solide', 'solide', 'bereit', 'bereit'])
  })
})
