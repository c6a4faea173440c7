import {describe, expect, it} from 'vitest'
import {PLAUSIBLE_ROWS, measureVolume, volume} from '../../../../src/scoring/datenbasis/volume.js'
import {CONTEXT, col, erpSource, report, source, table, tidyErp} from '../../../helpers/scoring-report.js'

describe('datenbasis.volume', () => {
  it('is 1 when all four core entities have at least their plausible rows', () => {
    const m = measureVolume(tidyErp())
    expect(m.value).toBe(1)
    expect(m.evidence.map((e) => e.table)).toEqual(['Kunden', 'Artikel', 'Auftraege', 'Rechnungen'])
  })

  it('gives partial credit below the plausible row count and none for missing entities', () => {
    const scan = report(
      source('a', 'csv', [table('kunden.csv', PLAUSIBLE_ROWS.customers / 2, [col('Name')])]),
      source('b', 'csv', [table('artikel.csv', 1000, [col('Bezeichnung')])]),
    )
    // customers 0.5 + items 1 + orders 0 + invoices 0, over four
    expect(measureVolume(scan).value).toBeCloseTo(1.5 / 4)
  })

  it('counts distinct rows: exact copies add nothing', () => {
    const kunden = table('kunden.csv', 150, [col('Name')], {
      duplicates: {exactRows: 100, duplicatedRowGroups: 50, exactRowShare: 100 / 150, candidateKeys: []},
    })
    expect(measureVolume(report(source('a', 'csv', [kunden]))).value).toBeCloseTo(0.5 / 4)
  })

  it('lets order lines stand in for missing order headers', () => {
    const scan = report(source('db', 'postgres', [table('Auftragspositionen', 5000, [col('Menge', 1, 'integer')])]))
    expect(measureVolume(scan).value).toBeCloseTo(0.25)
  })

  it('takes the largest of several tables of one entity, not their sum', () => {
    const scan = report(
      source('a', 'csv', [table('kunden.csv', 60, [col('Name')])]),
      source('b', 'csv', [table('kunden_kopie.csv', 60, [col('Name')])]),
    )
    expect(measureVolume(scan).value).toBeCloseTo(0.6 / 4)
  })

  it('uses the ERP entity map for tables whose names say nothing', () => {
    const scan = report(erpSource('sap', [table('OCRD', 500, [col('CardCode')], {schema: 'dbo'}), table('ORDR', 2000, [col('DocNum')], {schema: 'dbo'})], {
      customers: ['dbo.OCRD'],
      orders: ['dbo.ORDR'],
    }))
    expect(measureVolume(scan).value).toBeCloseTo(0.5)
  })

  it('is 0 when tables exist but none is a core entity', () => {
    expect(measureVolume(report(source('a', 'csv', [table('sensoren.csv', 10000, [col('Wert', 1, 'decimal')])]))).value).toBe(0)
  })

  it('is not measurable without any scanned table', () => {
    const failed = source('x', 'csv', [table('kunden.csv', 500, [col('Name')])], {status: 'failed'})
    for (const scan of [report(), report(failed)]) {
      const m = volume.measure(scan, CONTEXT)
      expect(m.value).toBeNull()
      expect(m.reason).toMatch(/no tables/)
    }
  })
})
