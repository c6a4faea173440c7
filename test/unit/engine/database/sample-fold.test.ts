import {describe, expect, it} from 'vitest'
import {COLUMN_ANALYZERS, TABLE_ANALYZERS} from '../../../../src/analyzers/registry.js'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {SAMPLE_ROWS} from '../../../../src/connectors/connector.js'
import {foldSample, planSample} from '../../../../src/engine/database/sample-fold.js'

const columns = [
  {name: 'nr', declaredType: 'integer'},
  {name: 'betrag_text', declaredType: 'varchar(20)'},
  {name: 'preis', declaredType: 'numeric(10,2)'},
  {name: 'datum', declaredType: 'date'},
  {name: 'aktiv', declaredType: 'boolean'},
  {name: 'ort'},
]

function rows(n: number): RawValue[][] {
  return Array.from({length: n}, (_, i) => [
    i + 1,
    `${i + 1},50`,
    (i % 50) + 0.25,
    new Date(Date.UTC(2024, 0, 1 + (i % 28))),
    i % 2 === 0,
    i % 10 === 0 ? null : i % 10 === 1 ? 'n/a' : `Ort ${i % 7}`,
  ])
}

function metric(id: string, state: ReturnType<typeof foldSample>, plan: ReturnType<typeof planSample>['plan'], c: number): Record<string, unknown> {
  const a = COLUMN_ANALYZERS.findIndex((x) => x.id === id)
  return COLUMN_ANALYZERS[a].metric(state.columnStates[a][c], plan.columns[c]) as Record<string, unknown>
}

describe('planSample', () => {
  it('columns are typed by the source, keep their declared type, and the plan holds at most SAMPLE_ROWS rows', () => {
    const data = rows(SAMPLE_ROWS + 50)
    const {plan, context} = planSample('public.auftrag', columns, data)
    expect(plan.name).toBe('public.auftrag')
    expect(plan.headerNames).toEqual(columns.map((c) => c.name))
    expect(plan.columns.map((c) => [c.name, c.position, c.declaredType, c.sourceTyped])).toEqual(columns.map((c, i) => [c.name, i, c.declaredType, true]))
    expect(plan.sample).toHaveLength(SAMPLE_ROWS)
    expect(context.columns).toHaveLength(columns.length)
    expect(context.sample).toHaveLength(SAMPLE_ROWS)
  })

  it('an empty sample plans all columns', () => {
    const {plan} = planSample('leer', columns, [])
    expect(plan.columns).toHaveLength(columns.length)
    expect(plan.sample).toEqual([])
  })
})

describe('foldSample', () => {
  const data = rows(200)
  const {plan, context} = planSample('public.auftrag', columns, data)
  const fold = foldSample(plan, context, data)

  it('every row counts (no header, blank or note rows in a database)', () => {
    expect(fold.counters).toEqual({rows: 200, shortRows: 0, longRows: 0, repeatedHeaderRows: 0, blankRows: 0, notesBelowRows: 0, invalidEncodingBytes: 0, firstInvalidByte: -1})
    expect(fold.columnStates).toHaveLength(COLUMN_ANALYZERS.length)
    for (const states of fold.columnStates) expect(states).toHaveLength(columns.length)
    expect(fold.tableStates).toHaveLength(TABLE_ANALYZERS.length)
  })

  it('typed values stay typed; text holding numbers is recognised as numbers stored as text', () => {
    expect(metric('type-inference', fold, plan, 0).inferredType).toBe('integer')
    expect(metric('type-inference', fold, plan, 2).inferredType).toBe('decimal')
    expect(metric('type-inference', fold, plan, 3).inferredType).toBe('date')
    expect(metric('type-inference', fold, plan, 4).inferredType).toBe('boolean')
    const text = metric('type-inference', fold, plan, 1)
    expect(text.inferredType).toBe('decimal')
    expect(text.textualNumbers).toBe(200)
  })

  it('missing values by the row path’s rules: nulls and placeholders', () => {
    expect(metric('completeness', fold, plan, 5)).toMatchObject({nullCount: 20, placeholderCount: 20, emptyCount: 0})
    expect(metric('completeness', fold, plan, 0)).toMatchObject({nullCount: 0, completeness: 1})
  })

  it('short rows are padded with nulls', () => {
    const short: RawValue[][] = [[1], [2, '3,50']]
    const p = planSample('t', columns, short)
    const f = foldSample(p.plan, p.context, short)
    expect(f.counters.rows).toBe(2)
    expect(metric('completeness', f, p.plan, 5)).toMatchObject({nullCount: 2})
  })
})
