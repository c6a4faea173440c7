import {describe, expect, it} from 'vitest'
import {linkability, measureLinkability} from '../../../../src/scoring/datenbasis/linkability.js'
import {CONTEXT, col, fk, report, source, table} from '../../../helpers/scoring-report.js'

describe('datenbasis.linkability', () => {
  it('is the share of child rows whose key finds its parent', () => {
    const orders = table('Auftraege', 1000, [col('Kundennummer')], {foreignKeys: [fk(['Kundennummer'], 'Kunden', 50)]})
    const m = measureLinkability(report(source('db', 'postgres', [orders])))
    expect(m.value).toBeCloseTo(0.95)
    expect(m.evidence[0]).toMatchObject({table: 'Auftraege', column: 'Kundennummer'})
    expect(m.evidence[0].detail).toMatch(/→ Kunden \(declared\): 50 orphan rows, 95\.0% linked/)
  })

  it('counts inferred keys like declared ones and weights keys by their table rows', () => {
    const orders = table('Auftraege', 300, [col('Kundennummer')], {foreignKeys: [fk(['Kundennummer'], 'Kunden', 0, false)]})
    const lines = table('Positionen', 100, [col('Artikelnummer')], {foreignKeys: [fk(['Artikelnummer'], 'Artikel', 40)]})
    expect(measureLinkability(report(source('db', 'postgres', [orders, lines]))).value).toBeCloseTo((1 * 300 + 0.6 * 100) / 400)
  })

  it('leaves out keys whose orphans were not checked', () => {
    const orders = table('Auftraege', 100, [col('k')], {foreignKeys: [fk(['k'], 'Kunden', null), fk(['a'], 'Artikel', 10)]})
    expect(measureLinkability(report(source('db', 'postgres', [orders]))).value).toBeCloseTo(0.9)
  })

  it('is not measurable without foreign keys, or when none was checked', () => {
    const noKeys = linkability.measure(report(source('a', 'csv', [table('kunden.csv', 100, [col('Name')])])), CONTEXT)
    expect(noKeys.value).toBeNull()
    expect(noKeys.reason).toMatch(/no foreign keys/)
    const unchecked = linkability.measure(report(source('db', 'postgres', [table('Auftraege', 100, [col('k')], {foreignKeys: [fk(['k'], 'Kunden', null)]})])), CONTEXT)
    expect(unchecked.value).toBeNull()
    expect(unchecked.reason).toMatch(/not checked/)
  })
})
