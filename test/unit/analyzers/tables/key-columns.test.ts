import {describe, expect, it} from 'vitest'
import {chooseKeyColumns, keyTolerance} from '../../../../src/analyzers/tables/key-columns.js'
import {cells, context} from './table-fixture.js'

describe('chooseKeyColumns', () => {
  it('takes complete, unique columns: identifier names first, then integer/text, then leftmost', () => {
    const rows = cells([
      ['Müller', '1', '12,50', 'x', 'A-1', 'gleich'],
      ['Schmidt', '2', '13,50', '', 'A-2', 'gleich'],
      ['Meier', '3', '14,50', 'y', 'A-3', 'gleich'],
    ])
    const ctx = context(['Name', 'Kundennummer', 'Umsatz', 'Bemerkung', 'Artikel-ID', 'Status'], rows)
    expect(chooseKeyColumns(ctx)).toEqual({singles: [1, 4, 0], composites: []})
  })

  it('ignores columns without values and tracks nothing without a sample', () => {
    const rows = cells([
      ['', '1'],
      ['', '2'],
    ])
    expect(chooseKeyColumns(context(['Leer', 'Nr'], rows))).toEqual({singles: [1], composites: []})
    expect(chooseKeyColumns(context(['Leer', 'Nr'], []))).toEqual({singles: [], composites: []})
  })

  it('still follows an identifier column with a few repeats in the sample (a key that is already broken)', () => {
    const raw = Array.from({length: 200}, (_, i) => [String(1000 + i), `Kunde ${i % 150}`])
    raw[50] = ['1003', 'Kunde 3'] // 1 repeat in 200: within 5 % for "Kundennummer", beyond the zero tolerance of other names
    raw[60] = ['1004', 'Kunde 4']
    raw[70] = ['', 'Kunde 70']
    const ctx = context(['Kundennummer', 'Name'], cells(raw))
    expect(chooseKeyColumns(ctx).singles).toEqual([0])
    expect(keyTolerance([0], ctx)).toBe(0.05)
    expect(keyTolerance([1], ctx)).toBe(0)
  })

  it('falls back to a column pair when no single column is unique in the sample', () => {
    const rows = cells([
      ['B1', '1', 'Schraube'],
      ['B1', '2', 'Mutter'],
      ['B2', '1', 'Schraube'],
    ])
    expect(chooseKeyColumns(context(['Belegnr', 'Position', 'Artikel'], rows))).toEqual({
      singles: [],
      composites: [
        [0, 1],
        [0, 2],
      ],
    })
  })
})
