import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {TableContext} from '../../../../src/analyzers/analyzer.js'
import {emptyPairRuns} from '../../../../src/analyzers/sketches/sorted-hash-pair-runs.js'
import {CHUNK_ENTRIES} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import {type EntityDuplicatesState, entityDuplicates} from '../../../../src/analyzers/tables/entity-duplicates.js'
import type {Cell} from '../../../../src/values/cell.js'
import {hashString} from '../../../../src/values/hash.js'
import {unspilled, useSpillFolder} from '../sketches/spill-fixture.js'
import {type RawRow, cells, context, fold, foldSplit, viaClone} from './table-fixture.js'

const HEADERS = ['Kundennummer', 'Firma', 'Straße', 'PLZ']

function run(rows: readonly RawRow[], headers = HEADERS) {
  const cs = cells(rows)
  const ctx = context(headers, cs)
  return entityDuplicates.metric(fold(entityDuplicates, ctx, cs), ctx)
}

describe('entity-duplicates', () => {
  it('groups spellings of one customer and leaves exact copies to duplicate-rows', () => {
    const m = run([
      ['1', 'Müller GmbH', 'Hauptstr. 5', '12345'],
      ['2', 'Mueller GmbH', 'Hauptstraße 5', '12345'],
      ['3', 'MÜLLER GMBH & CO. KG', 'Hauptstrasse 5', '12345'],
      ['4', 'Schmidt AG', 'Bahnhofstr. 1', '54321'],
      ['5', 'Schmidt AG', 'Bahnhofstr. 1', '54321'],
      ['6', 'Meier KG', 'Ringweg 2', '01067'],
      ['7', '', 'Ringweg 2', '01067'],
      ['8', 'GmbH', 'Ringweg 2', '01067'],
      ['9', 'Müller GmbH', 'Hauptstr. 7', '12345'],
    ])
    expect(m).toEqual({
      likelyEntities: {
        columns: ['Firma', 'Straße', 'PLZ'],
        groups: 1,
        surplusRows: 2,
        examples: [
          {
            key: 'mueller | hauptstrasse 5 | 12345',
            // in code-unit order, as Array.prototype.sort gives: deterministic, whatever the locale
            variants: [
              'Mueller GmbH | Hauptstraße 5 | 12345',
              'MÜLLER GMBH & CO. KG | Hauptstrasse 5 | 12345',
              'Müller GmbH | Hauptstr. 5 | 12345',
            ],
            rows: 3,
          },
        ],
      },
    })
  })

  it('counts every row of a group beyond the first, copies included', () => {
    const m = run([
      ['1', 'Müller GmbH', 'Hauptstr. 5', '12345'],
      ['2', 'Müller GmbH', 'Hauptstr. 5', '12345'],
      ['3', 'Mueller', 'Hauptstraße 5', '12345'],
    ])
    expect(m.likelyEntities).toMatchObject({groups: 1, surplusRows: 2})
    expect(m.likelyEntities?.examples[0].variants).toHaveLength(2)
  })

  it('does not treat "n/a" and an empty street as different spellings', () => {
    const m = run([
      ['1', 'Müller GmbH', 'n/a', '12345'],
      ['2', 'Müller GmbH', '', '12345'],
      ['3', 'Müller GmbH', null, '12345'],
    ])
    expect(m.likelyEntities).toMatchObject({groups: 0, surplusRows: 0, examples: []})
  })

  it('keeps at most three spellings per example', () => {
    const spellings = ['Müller GmbH', 'Mueller GmbH', 'MÜLLER GMBH', 'Müller AG', 'müller', 'Müller e.K.']
    const m = run(spellings.map((s, i) => [String(i), s, 'Hauptstr. 5', '12345']))
    expect(m.likelyEntities?.examples[0]).toMatchObject({key: 'mueller | hauptstrasse 5 | 12345', rows: 6})
    expect(m.likelyEntities?.examples[0].variants).toHaveLength(3)
  })

  it('builds person keys from first and last name', () => {
    const m = run(
      [
        ['Dr. Hans', 'Müller', '10115'],
        ['Hans', 'Mueller', '10115'],
        ['Hans', 'Müller', '10117'],
      ],
      ['Vorname', 'Nachname', 'PLZ'],
    )
    expect(m.likelyEntities).toMatchObject({columns: ['Vorname', 'Nachname', 'PLZ'], groups: 1, surplusRows: 1})
    expect(m.likelyEntities?.examples[0].key).toBe('hans mueller | 10115')
  })

  it('reports nothing for a table without a name-like column', () => {
    expect(run([['1', '2']], ['Buchungstag', 'Betrag'])).toEqual({})
  })

  it('reports zero groups for an empty table that has name columns', () => {
    expect(run([])).toEqual({likelyEntities: {columns: ['Firma', 'Straße', 'PLZ'], groups: 0, surplusRows: 0, examples: []}})
  })

  const rowsArb = fc.array(
    fc.tuple(
      fc.constantFrom('Müller GmbH', 'Mueller GmbH', 'MÜLLER GMBH & CO. KG', 'Schmidt AG', 'Schmidt', 'GmbH', '', 'n/a'),
      fc.constantFrom('Hauptstr. 5', 'Hauptstraße 5', 'Ring 2', '-', null),
      fc.constantFrom('12345', '54321'),
    ),
    {maxLength: 120},
  )

  it('merge law: merge(fold(a), fold(b)) equals fold(a ++ b), examples included, also after structured clone', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat({max: 130}), {maxLength: 3}), fc.boolean(), (raw, cuts, right) => {
        const rows: RawRow[] = raw.map((r, i) => [String(i), ...r])
        const cs = cells(rows)
        const ctx = context(HEADERS, cs)
        const whole = entityDuplicates.metric(fold(entityDuplicates, ctx, cs), ctx)
        const split = viaClone(foldSplit(entityDuplicates, ctx, cs, cuts, right ? 'right' : 'left'))
        expect(entityDuplicates.metric(split, ctx)).toEqual(whole)
      }),
    )
  })

  it('empty() is the identity', () => {
    const cs = cells([
      ['1', 'Müller GmbH', 'Hauptstr. 5', '12345'],
      ['2', 'Mueller', 'Hauptstr. 5', '12345'],
    ])
    const ctx = context(HEADERS, cs)
    const expected = entityDuplicates.metric(fold(entityDuplicates, ctx, cs), ctx)
    const merged = entityDuplicates.merge(entityDuplicates.empty(ctx), fold(entityDuplicates, ctx, cs))
    expect(entityDuplicates.metric(entityDuplicates.merge(merged, entityDuplicates.empty(ctx)), ctx)).toEqual(expected)
  })

  it('keeps 12 bytes per row (53-bit key, 32-bit spelling hash) plus a constant; finds examples among many customers', () => {
    const ctx = context(HEADERS, [])
    const state = entityDuplicates.empty(ctx)
    const row = cells([['0', 'x', 'Hauptstr. 5', '12345']])[0]
    const n = 200_000
    for (let i = 0; i < n; i++) {
      // every 50th customer also appears in a second spelling
      const id = i % 50 === 49 ? i - 25 : i
      row[1].raw = i % 50 === 49 ? `KUNDE ${id} GMBH` : `Kunde ${id} GmbH`
      row[1].hash = hashString(row[1].raw)
      entityDuplicates.addRow(state, row)
    }
    const bytes = serialize(state).byteLength
    expect(bytes).toBeGreaterThanOrEqual(12 * n)
    expect(bytes).toBeLessThanOrEqual(12 * n + 12 * CHUNK_ENTRIES + 256 * 400)
    const m = entityDuplicates.metric(state, ctx).likelyEntities
    expect(m).toMatchObject({groups: n / 50, surplusRows: n / 50})
    expect(m?.examples.length).toBeGreaterThan(0)
    expect(m?.examples[0].variants).toHaveLength(2)
  })
})

describe('entity-duplicates with spilling', () => {
  const folder = useSpillFolder()

  /** a fold whose pair stream seals a run every 3 rows and keeps one run in memory: spilling happens a lot */
  function foldSpilling(ctx: TableContext, rows: readonly Cell[][]): EntityDuplicatesState {
    const state = entityDuplicates.empty(ctx)
    state.pairs = emptyPairRuns(3, 1)
    for (const r of rows) entityDuplicates.addRow(state, r)
    return state
  }

  const rowsArb = fc.array(
    fc.tuple(
      fc.constantFrom('Müller GmbH', 'Mueller GmbH', 'MÜLLER GMBH & CO. KG', 'Schmidt AG', 'Schmidt', 'Meier', '', 'n/a'),
      fc.constantFrom('Hauptstr. 5', 'Hauptstraße 5', 'Ring 2', '-', null),
      fc.constantFrom('12345', '54321'),
    ),
    {maxLength: 150},
  )

  it('gives the in-memory metric, examples included, for any split, merged in any order, after structured clone', () => {
    const before = folder.files()
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat({max: 160}), {maxLength: 3}), fc.integer({min: 1, max: 4}), (raw, rawCuts, block) => {
        folder.configure(block)
        const rows: RawRow[] = raw.map((r, i) => [String(i), ...r])
        const cs = cells(rows)
        const ctx = context(HEADERS, cs)
        const expected = unspilled(() => entityDuplicates.metric(fold(entityDuplicates, ctx, cs), ctx))
        const bounds = [0, ...rawCuts.map((c) => Math.min(c, cs.length)).sort((x, y) => x - y), cs.length]
        const parts = bounds.slice(1).map((end, i) => viaClone(foldSpilling(ctx, cs.slice(bounds[i], end))))
        const merged = parts.reduceRight((acc, s) => entityDuplicates.merge(s, acc))
        expect(merged.pairs.keyRuns.length).toBeLessThanOrEqual(1)
        expect(entityDuplicates.metric(merged, ctx)).toEqual(expected)
      }),
    )
    expect(folder.files()).toBeGreaterThan(before)
  })
})
