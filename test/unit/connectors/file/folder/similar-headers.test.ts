import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  findSimilarHeaders,
  normaliseHeaderName,
  type HeaderTable,
} from '../../../../../src/connectors/file/folder/similar-headers.js'

function t(sourcePath: string, table: string, columns: string[]): HeaderTable {
  return {source: sourcePath, sourcePath, table, columns}
}

describe('normaliseHeaderName', () => {
  it.each([
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['E-Mail', 'email'],
    ['Kunden-Nr.', 'kundennr'],
    ['Größe (cm)', 'groessecm'],
    ['Übernahme', 'uebernahme'],
    ['Café', 'cafe'],
    ['  PLZ ', 'plz'],
  ])('%s → %s', (name, normalised) => {
    expect(normaliseHeaderName(name)).toBe(normalised)
  })
})

const KUNDEN = ['Kundennummer', 'Firma', 'Straße', 'PLZ', 'Ort']

describe('findSimilarHeaders', () => {
  it('links tables in different files whose headers match after normalisation', () => {
    const groups = findSimilarHeaders([
      t('a.xlsx', 'Kunden', KUNDEN),
      t('b.csv', 'b.csv', ['kundennummer', 'FIRMA', 'Strasse', 'P.L.Z.', 'Ort']),
    ])
    expect(groups).toEqual([
      {
        similarity: 1,
        tables: [
          {source: 'a.xlsx', path: 'a.xlsx', table: 'Kunden'},
          {source: 'b.csv', path: 'b.csv', table: 'b.csv'},
        ],
        columns: KUNDEN,
      },
    ])
  })

  it('accepts a Jaccard similarity of exactly 0.8 and reports the shared columns', () => {
    const groups = findSimilarHeaders([t('a.csv', 'a', KUNDEN), t('b.csv', 'b', KUNDEN.slice(0, 4))])
    expect(groups).toHaveLength(1)
    expect(groups[0].similarity).toBe(0.8)
    expect(groups[0].columns).toEqual(KUNDEN.slice(0, 4))
  })

  it('rejects a similarity below 0.8', () => {
    expect(findSimilarHeaders([t('a.csv', 'a', KUNDEN), t('b.csv', 'b', [...KUNDEN.slice(0, 3), 'Telefon'])])).toEqual(
      [],
    )
  })

  it('needs at least 3 shared columns', () => {
    expect(findSimilarHeaders([t('a.csv', 'a', ['Nr', 'Name']), t('b.csv', 'b', ['Nr', 'Name'])])).toEqual([])
  })

  it('does not compare sheets of the same workbook', () => {
    expect(findSimilarHeaders([t('a.xlsx', 'Jan', KUNDEN), t('a.xlsx', 'Feb', KUNDEN)])).toEqual([])
  })

  it('ignores names a reader generates for header-less files', () => {
    const generated = ['Spalte 1', 'Spalte 2', 'Spalte 3', 'Spalte 4']
    expect(findSimilarHeaders([t('a.csv', 'a', generated), t('b.csv', 'b', generated)])).toEqual([])
  })

  it('groups transitively and reports the lowest similarity between files', () => {
    const a = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10']
    const b = a.slice(0, 9) // J(a,b) = 0.9
    const c = [...a.slice(0, 8), 'x'] // J(b,c) = 8/10 = 0.8, J(a,c) = 8/11 ≈ 0.727
    const groups = findSimilarHeaders([t('c.csv', 'c', c), t('a.csv', 'a', a), t('b.csv', 'b', b)])
    expect(groups).toHaveLength(1)
    expect(groups[0].tables.map((x) => x.source)).toEqual(['a.csv', 'b.csv', 'c.csv'])
    expect(groups[0].similarity).toBe(0.727)
    expect(groups[0].columns).toEqual(a.slice(0, 8))
  })

  it('keeps unrelated groups apart', () => {
    const artikel = ['Artikelnummer', 'Bezeichnung', 'Preis', 'Einheit']
    const groups = findSimilarHeaders([
      t('k1.csv', 'k1', KUNDEN),
      t('a1.csv', 'a1', artikel),
      t('k2.csv', 'k2', KUNDEN),
      t('a2.xlsx', 'Artikel', artikel),
    ])
    expect(groups.map((g) => g.tables.map((x) => x.source))).toEqual([
      ['a1.csv', 'a2.xlsx'],
      ['k1.csv', 'k2.csv'],
    ])
  })

  it('finds the same groups whatever the order of the tables (property)', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const table = fc.record({
      file: fc.constantFrom('1.csv', '2.csv', '3.xlsx', '4.xlsx'),
      sheet: fc.constantFrom('S1', 'S2'),
      columns: fc.subarray(names, {minLength: 2}),
    })
    fc.assert(
      fc.property(
        fc
          .array(table, {maxLength: 8})
          .chain((ts) => fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, {minLength: ts.length}))),
        ([tables, shuffled]) => {
          const toInput = (x: {file: string; sheet: string; columns: string[]}): HeaderTable =>
            t(x.file, x.sheet, x.columns)
          const key = (gs: ReturnType<typeof findSimilarHeaders>): string[] =>
            gs.map((g) => `${g.similarity}|${g.tables.map((x) => `${x.source}/${x.table}`).join(',')}`).sort()
          expect(key(findSimilarHeaders(shuffled.map(toInput)))).toEqual(key(findSimilarHeaders(tables.map(toInput))))
        },
      ),
      {numRuns: 200},
    )
  })
})
