import {describe, expect, it} from 'vitest'
import {freshness, measureFreshness} from '../../../../src/scoring/datenbasis/freshness.js'
import {pointsFor} from '../../../../src/scoring/model.js'
import {CONTEXT, col, history, report, source, table} from '../../../helpers/scoring-report.js'

const dated = (name: string, ...h: ReturnType<typeof history>[]) => table(name, 1000, [col('Datum', 1, 'date')], {history: h})

describe('datenbasis.freshness', () => {
  it('is the days from the latest business date to the scan (now = 2026-11-26)', () => {
    const m = measureFreshness(report(source('db', 'postgres', [dated('Auftraege', history('Datum', '2026-11-16', 24))])), CONTEXT)
    expect(m.value).toBe(10)
    expect(m.evidence[0]).toMatchObject({table: 'Auftraege', column: 'Datum'})
    expect(m.evidence[0].detail).toMatch(/2026-11-16: 10 days/)
  })

  it('takes the freshest transaction table', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Datum', '2025-11-26', 24)), dated('Rechnungen', history('Datum', '2026-10-27', 24))]))
    const m = measureFreshness(scan, CONTEXT)
    expect(m.value).toBe(30)
    expect(m.evidence.map((e) => e.table)).toEqual(['Rechnungen', 'Auftraege'])
  })

  it('ignores log tables when orders or invoices are dated', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Datum', '2024-11-26', 24)), dated('audit_log', history('ts', '2026-11-25', 24))]))
    expect(measureFreshness(scan, CONTEXT).value).toBe(730)
  })

  it('counts dates after the scan as the scan day', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Lieferdatum', '2027-03-01', 24))]))
    expect(measureFreshness(scan, CONTEXT).value).toBe(0)
  })

  it('scores an old export lower than a live system', () => {
    const {thresholds} = freshness.definition
    expect(pointsFor(thresholds, 2)).toBe(100)
    expect(pointsFor(thresholds, 400)).toBeLessThan(pointsFor(thresholds, 60))
    expect(pointsFor(thresholds, 1000)).toBe(0)
  })

  it('is not measurable without business dates', () => {
    const m = freshness.measure(report(source('a', 'csv', [table('kunden.csv', 10, [col('Name')])])), CONTEXT)
    expect(m).toMatchObject({value: null, evidence: []})
    expect(m.reason).toMatch(/no business dates/)
  })
})
