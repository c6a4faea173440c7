import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  CHUNK_ENTRIES,
  MEMORY_RUNS,
  hashRunsBytes,
  hashRunsSpilledBytes,
} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import {type DuplicateRowsState, duplicateRows} from '../../../../src/analyzers/tables/duplicate-rows.js'
import {type Cell, Kind, Missing} from '../../../../src/values/cell.js'
import {hashString} from '../../../../src/values/hash.js'
import {unspilled, useSpillFolder} from '../sketches/spill-fixture.js'
import {type RawRow, cells, context, fold, foldSplit, viaClone} from './table-fixture.js'

const HEADERS = ['Kundennummer', 'Name', 'PLZ']

function metricOf(rows: readonly RawRow[]) {
  const cs = cells(rows)
  const ctx = context(HEADERS, cs)
  return duplicateRows.metric(fold(duplicateRows, ctx, cs), ctx)
}

/** pandas' duplicated().sum() on raw text: rows equal to an earlier row, compared cell by cell */
function pandasLike(rows: readonly RawRow[]): number {
  const seen = new Set<string>()
  let dups = 0
  for (const r of rows) {
    const key = JSON.stringify(r)
    if (seen.has(key)) dups++
    else seen.add(key)
  }
  return dups
}

describe('duplicate-rows', () => {
  it('counts surplus copies and the rows that have copies', () => {
    const rows: RawRow[] = [
      ['1', 'Müller GmbH', '12345'],
      ['2', 'Schmidt AG', '54321'],
      ['1', 'Müller GmbH', '12345'],
      ['1', 'Müller GmbH', '12345'],
      ['2', 'Schmidt AG', '54321'],
      ['3', 'Meier KG', '01067'],
    ]
    expect(metricOf(rows)).toEqual({exactRows: 3, duplicatedRowGroups: 2, exactRowShare: 0.5})
  })

  it('compares raw text: ";;" and ";NULL;" differ, as do an empty field and a missing one', () => {
    expect(metricOf([['1', '', '12345'], ['1', 'NULL', '12345']]).exactRows).toBe(0)
    expect(metricOf([['1', '', '12345'], ['1', null, '12345']]).exactRows).toBe(0)
    expect(metricOf([['1', null, '12345'], ['1', null, '12345']]).exactRows).toBe(1)
    expect(metricOf([['1', 'a', ' 1'], ['1', 'a', '1']]).exactRows).toBe(0)
  })

  it('is order-sensitive across columns', () => {
    expect(metricOf([['a', 'b', 'c'], ['b', 'a', 'c']]).exactRows).toBe(0)
  })

  it('reports no share for an empty table', () => {
    expect(metricOf([])).toEqual({exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null})
  })

  it('marks null cells itself: a null and an empty cell differ even if both carried hash 0', () => {
    const nullCell: Cell = {raw: '', src: '', start: 0, end: 0, missing: Missing.Null, kind: Kind.None, format: 0, num: Number.NaN, native: false, hash: 0, astral: false}
    const empty: Cell = {...nullCell, missing: Missing.Empty, hash: 0}
    const ctx = context(['a'], [])
    const s = duplicateRows.empty(ctx)
    duplicateRows.addRow(s, [nullCell])
    duplicateRows.addRow(s, [empty])
    expect(duplicateRows.metric(s, ctx).exactRows).toBe(0)
  })

  const rowsArb = fc.array(
    fc.tuple(fc.constantFrom('1', '2', '3'), fc.constantFrom('Müller', 'Mueller', '', 'NULL', null), fc.constantFrom('x', null)),
    {maxLength: 120},
  )

  it('equals a pandas-style duplicated().sum() for any rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(metricOf(rows).exactRows).toBe(pandasLike(rows))
      }),
    )
  })

  it('merge law: merge(fold(a), fold(b)) equals fold(a ++ b) for any split, also after structured clone', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat({max: 130}), {maxLength: 3}), fc.boolean(), (rows, cuts, right) => {
        const cs = cells(rows)
        const ctx = context(HEADERS, cs)
        const whole = duplicateRows.metric(fold(duplicateRows, ctx, cs), ctx)
        const split = duplicateRows.metric(viaClone(foldSplit(duplicateRows, ctx, cs, cuts, right ? 'right' : 'left')), ctx)
        expect(split).toEqual(whole)
      }),
    )
  })

  it('empty() is the identity of merge', () => {
    const cs = cells([['1', 'a', 'b'], ['1', 'a', 'b']])
    const ctx = context(HEADERS, cs)
    const merged = duplicateRows.merge(duplicateRows.empty(ctx), fold(duplicateRows, ctx, cs))
    expect(duplicateRows.metric(duplicateRows.merge(merged, duplicateRows.empty(ctx)), ctx)).toEqual({
      exactRows: 1,
      duplicatedRowGroups: 1,
      exactRowShare: 0.5,
    })
  })

  it('keeps 8 bytes per row (plus one chunk), not more', () => {
    const ctx = context(HEADERS, [])
    const state = duplicateRows.empty(ctx)
    const row = cells([['1', 'Müller GmbH', '12345']])[0]
    const n = 400_000
    for (let i = 0; i < n; i++) {
      row[0].hash = hashString(String(i % 300_000))
      duplicateRows.addRow(state, row)
    }
    const bytes = serialize(state).byteLength
    expect(bytes).toBeGreaterThanOrEqual(8 * n)
    expect(bytes).toBeLessThanOrEqual(8 * n + 8 * CHUNK_ENTRIES + 4096)
    expect(duplicateRows.metric(state, ctx).exactRows).toBe(100_000)
  })
})

describe('duplicate-rows with spilling (memory must not scale with rows)', () => {
  const folder = useSpillFolder()
  const ctx = context(HEADERS, [])
  const n = 2_000_000
  const distinct = 1_500_000
  // what the state may hold in memory: MEMORY_RUNS sealed runs and the chunk being filled
  const allowance = (MEMORY_RUNS + 1) * CHUNK_ENTRIES * 8
  const keyHashes = Float64Array.from({length: distinct}, (_, i) => hashString(`K${i}`))

  /** folds rows [from, to), row i carrying customer number i mod `distinct`; tracks the peak in-memory bytes */
  function foldRange(from: number, to: number): {state: DuplicateRowsState; peak: number} {
    const row = cells([['1', 'Müller GmbH', '12345']])[0]
    const state = duplicateRows.empty(ctx)
    let peak = 0
    for (let i = from; i < to; i++) {
      row[0].hash = keyHashes[i % distinct]
      duplicateRows.addRow(state, row)
      if ((i & 0xffff) === 0) peak = Math.max(peak, hashRunsBytes(state.rowHashes))
    }
    return {state, peak: Math.max(peak, hashRunsBytes(state.rowHashes))}
  }

  it('folds 2 million rows holding at most the allowance in memory, with the in-memory results', () => {
    folder.configure()
    const expected = unspilled(() => {
      const {state} = foldRange(0, n)
      expect(hashRunsBytes(state.rowHashes)).toBeGreaterThanOrEqual(8 * n)
      return duplicateRows.metric(state, ctx)
    })
    expect(expected).toEqual({exactRows: n - distinct, duplicatedRowGroups: n - distinct, exactRowShare: (n - distinct) / n})

    const {state, peak} = foldRange(0, n)
    expect(peak).toBeLessThanOrEqual(allowance)
    expect(hashRunsSpilledBytes(state.rowHashes)).toBeGreaterThanOrEqual(8 * n - allowance)
    // what a worker thread sends: the in-memory runs and a list of file paths
    expect(serialize(state).byteLength).toBeLessThanOrEqual(allowance + 200 * state.rowHashes.files.length + 4096)
    expect(duplicateRows.metric(state, ctx)).toEqual(expected)

    // four workers' states, each below the allowance, spill on merge (in any order), through a clone
    const quarters = [0, 1, 2, 3].map((q) => viaClone(foldRange((q * n) / 4, ((q + 1) * n) / 4).state))
    const merged = quarters.reduceRight((acc, s) => duplicateRows.merge(s, acc))
    expect(hashRunsBytes(merged.rowHashes)).toBeLessThanOrEqual(allowance)
    expect(merged.rowHashes.files.length).toBeGreaterThan(0)
    expect(duplicateRows.metric(merged, ctx)).toEqual(expected)
  })
})
