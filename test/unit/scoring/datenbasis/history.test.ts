import {describe, expect, it} from 'vitest'
import {effectiveMonths, historyDepth, measureHistoryDepth} from '../../../../src/scoring/datenbasis/history.js'
import {pointsFor} from '../../../../src/scoring/model.js'
import {CONTEXT, col, history, report, source, table} from '../../../helpers/scoring-report.js'

const dated = (name: string, ...h: ReturnType<typeof history>[]) => table(name, 1000, [col('Datum', 1, 'date')], {history: h})

describe('datenbasis.history', () => {
  it('counts months with rows, discounted by the share of empty months', () => {
    expect(effectiveMonths(history('d', '2026-10-31', 36))).toBe(36)
    expect(effectiveMonths(history('d', '2026-10-31', 36, 3))).toBeCloseTo((33 * 33) / 36)
    expect(effectiveMonths(history('d', '2026-10-31', 24, 12))).toBeCloseTo(6)
  })

  it('takes the deepest transaction table and names it first', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Datum', '2026-11-01', 30, 2)), dated('Rechnungen', history('Datum', '2026-11-01', 12))]))
    const m = measureHistoryDepth(scan)
    expect(m.value).toBeCloseTo((28 * 28) / 30)
    expect(m.evidence[0]).toMatchObject({table: 'Auftraege', column: 'Datum'})
    expect(m.evidence[0].detail).toMatch(/30 months, 2 without rows/)
  })

  it('prefers orders and invoices over other dated tables such as logs', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Datum', '2026-11-01', 6)), dated('audit_log', history('ts', '2026-11-01', 120))]))
    expect(measureHistoryDepth(scan).value).toBe(6)
  })

  it('uses any dated table when no order or invoice table has a history', () => {
    const scan = report(source('db', 'postgres', [dated('rental', history('rental_date', '2006-02-14', 10))]))
    expect(measureHistoryDepth(scan).value).toBe(10)
  })

  it('of several date columns of a table uses the deepest', () => {
    const scan = report(source('db', 'postgres', [dated('Auftraege', history('Lieferdatum', '2026-11-01', 5), history('Auftragsdatum', '2026-11-01', 25))]))
    expect(measureHistoryDepth(scan).value).toBe(25)
    expect(measureHistoryDepth(scan).evidence[0].column).toBe('Auftragsdatum')
  })

  it('maps 24 effective months to 80 points and gaps cost points', () => {
    const {thresholds} = historyDepth.definition
    expect(pointsFor(thresholds, 24)).toBe(80)
    expect(pointsFor(thresholds, effectiveMonths(history('d', '2026-10-31', 24, 6)))).toBeLessThan(60)
  })

  it('is not measurable without any date history (file sources, master data only)', () => {
    const m = historyDepth.measure(report(source('a', 'csv', [table('auftraege.csv', 500, [col('Datum', 1, 'date')])])), CONTEXT)
    expect(m.value).toBeNull()
    expect(m.reason).toMatch(/no transaction table/)
  })
})
