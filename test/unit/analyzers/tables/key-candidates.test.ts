import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CHUNK_ENTRIES, emptyHashRuns} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import type {TableContext} from '../../../../src/analyzers/analyzer.js'
import {COMPOSITE_ROW_LIMIT, type KeyCandidatesState, keyCandidates} from '../../../../src/analyzers/tables/key-candidates.js'
import type {Cell} from '../../../../src/values/cell.js'
import {hashString} from '../../../../src/values/hash.js'
import {unspilled, useSpillFolder} from '../sketches/spill-fixture.js'
import {type RawRow, cells, context, fold, foldSplit, viaClone} from './table-fixture.js'

function run(headers: string[], rows: readonly RawRow[], sampleRows = 1000) {
  const cs = cells(rows)
  const ctx = context(headers, cs, sampleRows)
  return keyCandidates.metric(fold(keyCandidates, ctx, cs), ctx)
}

const customers = (n: number): RawRow[] =>
  Array.from({length: n}, (_, i) => [`Kunde ${i}`, String(10_000 + i), `${(i * 7) % 1000},50`])

describe('key-candidates: metrics', () => {
  it('reports a unique key', () => {
    const m = run(['Name', 'Kundennummer', 'Umsatz'], customers(200))
    expect(m.candidateKeys.find((k) => k.columns[0] === 'Kundennummer')).toEqual({
      columns: ['Kundennummer'],
      unique: true,
      distinctCount: 200,
      distinctApprox: false,
      missingCount: 0,
      duplicatedValues: 0,
      surplusRows: 0,
    })
  })

  it('reports a nearly unique key as broken, with its duplicated values as examples', () => {
    const rows = customers(400)
    rows[300] = ['Kunde X', '10005', '1,00']
    rows[301] = ['Kunde Y', '10007', '1,00']
    rows[302] = ['Kunde Z', '10007', '1,00']
    rows[303] = ['Kunde W', '-', '1,00']
    const key = run(['Name', 'Kundennummer', 'Umsatz'], rows, 100).candidateKeys[0]
    expect(key).toEqual({
      columns: ['Kundennummer'],
      unique: false,
      distinctCount: 396,
      distinctApprox: false,
      missingCount: 1,
      duplicatedValues: 2,
      surplusRows: 3,
      examples: ['10005', '10007'],
    })
  })

  it('drops a column whose repeats or missing values exceed 1 % of the rows (5 % for identifier names)', () => {
    const headers = ['Name', 'Kundennummer']
    const two = customers(100).map((r) => [r[0], r[1]])
    const repeats = two.map((r, i) => (i >= 90 && i < 92 ? ['Kunde 0', '10000'] : r))
    // 2 % repeats: still a (broken) key when the name says identifier, no key otherwise
    expect(run(headers, repeats, 50).candidateKeys.map((k) => k.columns[0])).toEqual(['Kundennummer'])
    const gaps = two.map((r, i) => (i >= 90 && i < 92 ? ['', ''] : r))
    expect(run(headers, gaps, 50).candidateKeys.map((k) => [k.columns[0], k.missingCount])).toEqual([['Kundennummer', 2]])
    const many = two.map((r, i) => (i >= 90 && i < 96 ? ['Kunde 0', '10000'] : r))
    expect(run(headers, many, 50).candidateKeys).toEqual([])
  })

  it('reports a composite key when no single column qualifies', () => {
    const lines: RawRow[] = []
    for (let b = 0; b < 50; b++) for (let p = 1; p <= 4; p++) lines.push([`B${b}`, String(p), 'Schraube'])
    expect(run(['Belegnr', 'Position', 'Artikel'], lines).candidateKeys).toEqual([
      {
        columns: ['Belegnr', 'Position'],
        unique: true,
        distinctCount: 200,
        distinctApprox: false,
        missingCount: 0,
        duplicatedValues: 0,
        surplusRows: 0,
      },
    ])
    lines.push(['B3', '2', 'Mutter'])
    expect(run(['Belegnr', 'Position', 'Artikel'], lines, 100).candidateKeys[0]).toMatchObject({
      unique: false,
      surplusRows: 1,
      examples: ['B3 | 2'],
    })
  })

  it('gives up composite keys beyond the row limit, also when the parts only exceed it together', () => {
    const headers = ['Belegnr', 'Position']
    const sample = cells([
      ['B1', '1'],
      ['B1', '2'],
      ['B2', '1'],
    ])
    const ctx = context(headers, sample)
    const row = cells([['B9', '9']])[0]
    const big = keyCandidates.empty(ctx)
    for (let i = 0; i <= COMPOSITE_ROW_LIMIT; i++) {
      row[0].hash = hashString(String(i))
      keyCandidates.addRow(big, row)
    }
    expect(big.compositesDropped).toBe(true)
    expect(keyCandidates.metric(big, ctx).candidateKeys).toEqual([])
    const half = () => {
      const s = keyCandidates.empty(ctx)
      for (let i = 0; i < COMPOSITE_ROW_LIMIT / 2 + 1; i++) keyCandidates.addRow(s, sample[i % 3])
      return s
    }
    const merged = keyCandidates.merge(half(), half())
    expect(merged.compositesDropped).toBe(true)
    expect(merged.composites).toEqual([])
  })

  it('has no candidates for an empty table', () => {
    expect(run(['Nr'], [])).toEqual({candidateKeys: []})
  })
})

describe('key-candidates: merge law', () => {
  const rowsArb = fc.array(
    fc.tuple(fc.integer({min: 1, max: 400}), fc.constantFrom('a', 'b', 'c', '-', ''), fc.integer({min: 1, max: 3})),
    {minLength: 1, maxLength: 150},
  )

  it('merge(fold(a), fold(b)) equals fold(a ++ b) for any split and after structured clone', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat({max: 160}), {maxLength: 3}), fc.integer({min: 1, max: 20}), (raw, cuts, sampleRows) => {
        // the first sample rows are made unique so that columns get tracked at all
        const rows: RawRow[] = raw.map(([id, text, pos], i) => [
          i < sampleRows ? `u${i}` : String(id),
          text,
          i < sampleRows ? String(i) : String(pos),
        ])
        const cs = cells(rows)
        const ctx = context(['Kundennummer', 'Text', 'Pos'], cs, sampleRows)
        const whole = keyCandidates.metric(fold(keyCandidates, ctx, cs), ctx)
        expect(keyCandidates.metric(viaClone(foldSplit(keyCandidates, ctx, cs, cuts)), ctx)).toEqual(whole)
        expect(keyCandidates.metric(foldSplit(keyCandidates, ctx, cs, cuts, 'right'), ctx)).toEqual(whole)
      }),
    )
  })

  it('empty() is the identity', () => {
    const cs = cells(customers(30))
    const ctx = context(['Name', 'Kundennummer', 'Umsatz'], cs)
    const expected = keyCandidates.metric(fold(keyCandidates, ctx, cs), ctx)
    const merged = keyCandidates.merge(keyCandidates.empty(ctx), fold(keyCandidates, ctx, cs))
    expect(keyCandidates.metric(keyCandidates.merge(merged, keyCandidates.empty(ctx)), ctx)).toEqual(expected)
  })
})

describe('key-candidates: with spilling', () => {
  const folder = useSpillFolder()

  /** a fold whose value streams seal a run every 4 rows and keep one run in memory: spilling happens a lot */
  function foldSpilling(ctx: TableContext, rows: readonly Cell[][]): KeyCandidatesState {
    const state = keyCandidates.empty(ctx)
    for (const t of [...state.singles, ...state.composites]) t.values = emptyHashRuns(4, 1)
    for (const r of rows) keyCandidates.addRow(state, r)
    return state
  }

  it('gives the in-memory metric for any split, merged in any order, after structured clone', () => {
    const before = folder.files()
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({min: 1, max: 300}), fc.integer({min: 1, max: 3})), {minLength: 1, maxLength: 150}),
        fc.array(fc.nat({max: 160}), {maxLength: 3}),
        fc.integer({min: 1, max: 20}),
        fc.integer({min: 1, max: 4}),
        (raw, rawCuts, sampleRows, block) => {
          folder.configure(block)
          const rows: RawRow[] = raw.map(([id, pos], i) => [i < sampleRows ? `u${i}` : String(id), i < sampleRows ? String(i) : String(pos)])
          const cs = cells(rows)
          const ctx = context(['Kundennummer', 'Pos'], cs, sampleRows)
          const expected = unspilled(() => keyCandidates.metric(fold(keyCandidates, ctx, cs), ctx))
          const bounds = [0, ...rawCuts.map((c) => Math.min(c, cs.length)).sort((x, y) => x - y), cs.length]
          const parts = bounds.slice(1).map((end, i) => viaClone(foldSpilling(ctx, cs.slice(bounds[i], end))))
          const merged = parts.reduceRight((acc, s) => keyCandidates.merge(s, acc))
          for (const t of merged.singles) expect(t.values.runs.length).toBeLessThanOrEqual(1)
          expect(keyCandidates.metric(merged, ctx)).toEqual(expected)
        },
      ),
    )
    expect(folder.files()).toBeGreaterThan(before)
  })
})

describe('key-candidates: memory', () => {
  it('holds 8 bytes per row per tracked column, plus a constant; finds examples of rare duplicates', () => {
    const headers = ['Kundennummer', 'Name', 'E-Mail']
    const sample = cells(customers(1000).map((r) => [r[1], r[0], `k${r[1]}@example.de`]))
    const ctx = context(headers, sample)
    const state = keyCandidates.empty(ctx)
    expect(state.singles.length).toBe(3)
    const row = cells([['0', 'x', 'y']])[0]
    const n = 200_000
    for (let i = 0; i < n; i++) {
      // every 100th row repeats an earlier customer number: 1 % surplus
      const id = i % 100 === 99 ? i - 50 : i
      row[0].raw = String(id)
      row[0].hash = hashString(row[0].raw)
      row[1].hash = hashString(`n${i}`)
      row[2].hash = hashString(`m${i}`)
      keyCandidates.addRow(state, row)
    }
    const bytes = serialize(state).byteLength
    const tracked = 3
    expect(bytes).toBeGreaterThanOrEqual(8 * n * tracked)
    expect(bytes).toBeLessThanOrEqual(8 * n * tracked + tracked * (8 * CHUNK_ENTRIES + 64_000))
    const key = keyCandidates.metric(state, ctx).candidateKeys[0]
    expect(key).toMatchObject({columns: ['Kundennummer'], duplicatedValues: 2000, surplusRows: 2000})
    expect(key.examples?.length).toBeGreaterThan(0)
  })
})
