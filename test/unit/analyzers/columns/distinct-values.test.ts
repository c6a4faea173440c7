import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  createDistinctValues,
  distinctValues,
  EXACT_DISTINCT_BOUND,
  TOP_VALUES_DISTINCT_BOUND,
} from '../../../../src/analyzers/columns/distinct-values.js'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {checkEmptyIdentity, checkMergeLaw, columnContext, fold, germanValue, metricOf, splitAt} from './column-fold.js'

const numbered = (n: number, from = 0) => Array.from({length: n}, (_, i) => `v${i + from}`)

describe('distinct-values: value cases', () => {
  it('counts present values only, exactly, with top values for low cardinality', () => {
    const metric = metricOf(distinctValues, ['Berlin', 'Hamburg', 'Berlin', '', null, 'k.A.', 'Berlin', 'Köln', 'Hamburg'])
    expect(metric).toEqual({
      distinctCount: 3,
      distinctApprox: false,
      topValues: [
        {value: 'Berlin', count: 3},
        {value: 'Hamburg', count: 2},
        {value: 'Köln', count: 1},
      ],
    })
  })

  it('values are compared as written; typed values by their canonical text', () => {
    // 42 typed and '42' as text are one value; the two spellings of 1234,56 and the padded Berlin are not
    expect(metricOf(distinctValues, ['1.234,56', '1234,56', ' Berlin', 'Berlin', 42, '42']).distinctCount).toBe(5)
  })

  it('no top values when every value is unique', () => {
    expect(metricOf(distinctValues, ['a', 'b', 'c'])).toEqual({distinctCount: 3, distinctApprox: false})
  })

  it('top values: at most 10, ties by value', () => {
    const values = [...numbered(12), ...numbered(12), 'v5']
    const top = metricOf(distinctValues, values).topValues ?? []
    expect(top).toHaveLength(10)
    expect(top[0]).toEqual({value: 'v5', count: 3})
    expect(top.slice(1, 4).map((t) => t.value)).toEqual(['v0', 'v1', 'v10'])
  })

  it('past the value bound: exact distinct count, no top values', () => {
    const values = [...numbered(TOP_VALUES_DISTINCT_BOUND + 500), 'v1', 'v2']
    expect(metricOf(distinctValues, values)).toEqual({distinctCount: TOP_VALUES_DISTINCT_BOUND + 500, distinctApprox: false})
  })

  it('exact up to EXACT_DISTINCT_BOUND, then approximate within 3 %', () => {
    expect(metricOf(distinctValues, numbered(EXACT_DISTINCT_BOUND))).toEqual({distinctCount: EXACT_DISTINCT_BOUND, distinctApprox: false})
    const many = metricOf(distinctValues, numbered(300_000))
    expect(many.distinctApprox).toBe(true)
    expect(Math.abs(many.distinctCount - 300_000) / 300_000).toBeLessThan(0.03)
  })

  it('the approximate count is never below the bound nor above the present values', () => {
    const analyzer = createDistinctValues({valueBound: 2, exactBound: 5})
    const metric = metricOf(analyzer, numbered(6))
    expect(metric).toEqual({distinctCount: 6, distinctApprox: true})
  })

  it('the engine can lower the exact bound', () => {
    const analyzer = createDistinctValues({exactBound: 50})
    expect(metricOf(analyzer, numbered(50))).toEqual({distinctCount: 50, distinctApprox: false})
    expect(metricOf(analyzer, numbered(51)).distinctApprox).toBe(true)
  })

  it('keeps memory bounded: the sketch replaces the exact set', () => {
    const analyzer = createDistinctValues({valueBound: 10, exactBound: 100})
    const state = fold(analyzer, numbered(1000))
    expect(state.values).toBeNull()
    expect(state.hashes).toBeNull()
    expect(state.hll).toBeInstanceOf(Uint8Array)
  })
})

describe('distinct-values: laws', () => {
  it('merge law with the default bounds', () => {
    checkMergeLaw(distinctValues, fc.array(germanValue, {maxLength: 60}))
  })

  it('merge law across all three stages (small bounds)', () => {
    const analyzer = createDistinctValues({valueBound: 4, exactBound: 16})
    const values = fc.array(fc.oneof(fc.integer({min: 0, max: 40}).map((n): RawValue => `w${n}`), fc.constant<RawValue>(null)), {maxLength: 80})
    checkMergeLaw(analyzer, values, undefined, 500)
  })

  it('converting to HyperLogLog is deterministic: identical registers for any split and order', () => {
    const analyzer = createDistinctValues({valueBound: 8, exactBound: 64})
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 400}), {minLength: 100, maxLength: 400}), fc.array(fc.nat(), {maxLength: 5}), fc.boolean(), (ns, cuts, reverse) => {
        const values = ns.map((n) => `h${n}`)
        const whole = fold(analyzer, values)
        const parts = splitAt(values, cuts.map((c) => c % (values.length + 1))).map((p) => fold(analyzer, p))
        if (reverse) parts.reverse()
        const merged = parts.reduce((a, b) => analyzer.merge(a, b))
        expect(merged.hll === null).toBe(whole.hll === null)
        if (whole.hll !== null) expect(Array.from(merged.hll!)).toEqual(Array.from(whole.hll))
        expect(analyzer.metric(merged, {name: 's', position: 0, sourceTyped: false, hints: {decimalSeparator: ','}})).toEqual(
          analyzer.metric(whole, {name: 's', position: 0, sourceTyped: false, hints: {decimalSeparator: ','}}),
        )
      }),
      {numRuns: 200},
    )
  })

  it('empty() is the identity; no input has no distinct values', () => {
    checkEmptyIdentity(distinctValues, ['a', 'b', 'a'])
    checkEmptyIdentity(createDistinctValues({valueBound: 2, exactBound: 4}), numbered(10))
    checkEmptyIdentity(createDistinctValues({valueBound: 2, exactBound: 40}), numbered(10))
    expect(metricOf(distinctValues, [])).toEqual({distinctCount: 0, distinctApprox: false})
    expect(metricOf(distinctValues, [null, '', 'n/a'])).toEqual({distinctCount: 0, distinctApprox: false})
  })
})

describe('distinct-values: columns predicted far past the exact bound', () => {
  const predictedHigh = columnContext({hints: {decimalSeparator: ',', expectedDistinct: 10_000_000}})
  const small = createDistinctValues({exactBound: 50, valueBound: 10})

  it('still count few values exactly, with top values (a misprediction costs nothing)', () => {
    const values = Array.from({length: 200}, (_, i) => (i % 3 === 0 ? 'Herr' : 'Frau'))
    expect(metricOf(small, values, predictedHigh)).toEqual({
      distinctCount: 2,
      distinctApprox: false,
      topValues: [
        {value: 'Frau', count: 133},
        {value: 'Herr', count: 67},
      ],
    })
  })

  it('skip the exact set past the first stage: approximate, at least the first stage bound + 1', () => {
    const values = Array.from({length: 40}, (_, i) => `K${i}`)
    const metric = metricOf(small, values, predictedHigh)
    expect(metric.distinctApprox).toBe(true)
    expect(metric.distinctCount).toBeGreaterThanOrEqual(11)
    expect(metric.distinctCount).toBeLessThanOrEqual(40)
    // without the prediction the same 40 values stay exact (below the exact bound of 50)
    expect(metricOf(small, values)).toMatchObject({distinctCount: 40, distinctApprox: false})
  })

  it('keep the merge law', () => {
    checkMergeLaw(small, fc.array(fc.integer({min: 0, max: 60}).map((n) => `V${n}`), {maxLength: 120}), predictedHigh, 200)
  })
})
