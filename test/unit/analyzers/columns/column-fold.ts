/**
 * Test helpers for column analyzers: fold raw values through an analyzer (via parseCell, like the
 * engine), value generators for property tests, and the three laws every analyzer keeps.
 */
import fc from 'fast-check'
import {expect} from 'vitest'
import type {ColumnAnalyzer, ColumnContext} from '../../../../src/analyzers/analyzer.js'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {emptyCell} from '../../../../src/values/cell.js'
import {parseCell} from '../../../../src/values/cell-parser.js'

export function columnContext(overrides: Partial<ColumnContext> = {}): ColumnContext {
  return {name: 'Spalte', position: 0, sourceTyped: false, hints: {decimalSeparator: ','}, ...overrides}
}

export function fold<S, M extends object>(analyzer: ColumnAnalyzer<S, M>, values: readonly RawValue[], ctx = columnContext()): S {
  const state = analyzer.empty(ctx)
  // one reused cell, as in the engine: analyzers must copy what they keep
  const cell = emptyCell()
  for (const value of values) {
    parseCell(value, ctx.hints, cell)
    analyzer.add(state, cell)
  }
  return state
}

export function metricOf<S, M extends object>(analyzer: ColumnAnalyzer<S, M>, values: readonly RawValue[], ctx = columnContext()): M {
  return analyzer.metric(fold(analyzer, values, ctx), ctx)
}

/** Values a German export holds: numbers, dates, booleans, placeholders, blanks, text, typed xlsx values. */
export const germanValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom<RawValue>(
    '', ' ', null, 'k.A.', 'K.A.', 'n/a', '-', '?', 'unbekannt', '00.00.0000',
    '1.234,56', '-10,7', '1234,5', '1,234.56', '1234.56', '1.234', '42', '01067', '000123', '12,5 %', '1.234,56 €',
    '31.12.2024', '1.2.2024', '15.03.24', '2024-01-31', '2024-01-31T10:00:00', '15.03.2024 14:30',
    'ja', 'nein', 'x', 'X', 'WAHR', 'Müller GmbH', 'Hauptstraße 5', 'Zoë', '😀', '\uff21',
    7, 12.5, -3, 45123, true, false, new Date(Date.UTC(2024, 0, 31)), new Date(Date.UTC(2024, 0, 31, 8, 30)),
  ),
  fc.integer({min: -1_000_000, max: 1_000_000}).map(String),
  fc.integer({min: 0, max: 99_999}).map((n) => String(n).padStart(5, '0')),
  fc.string({maxLength: 6}),
  fc.double({noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6}),
)

/** Splits `values` at the given cut points (sorted, deduplicated inside). */
export function splitAt<T>(values: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => Math.min(values.length, Math.max(0, c))))].sort((a, b) => a - b)
  const parts: T[][] = []
  let from = 0
  for (const p of points) {
    parts.push(values.slice(from, p))
    from = p
  }
  parts.push(values.slice(from))
  return parts
}

/**
 * merge(fold(a), fold(b)) = fold(a ++ b) for any split point, also with several parts merged in a
 * random order and after a structured clone (states cross worker threads).
 */
export function checkMergeLaw<S, M extends object>(
  analyzer: ColumnAnalyzer<S, M>,
  values: fc.Arbitrary<RawValue[]>,
  ctx = columnContext(),
  numRuns = 300,
): void {
  fc.assert(
    fc.property(values, fc.array(fc.nat(), {maxLength: 4}), fc.array(fc.nat(), {maxLength: 8}), (all, cuts, order) => {
      const whole = analyzer.metric(fold(analyzer, all, ctx), ctx)
      const parts = splitAt(all, cuts.map((c) => c % (all.length + 1)))
      // merge neighbouring parts in an order picked by `order` (either side first), each cloned first
      const states = parts.map((p) => structuredClone(fold(analyzer, p, ctx)))
      let pick = 0
      while (states.length > 1) {
        const n = order[pick++ % Math.max(1, order.length)] ?? 0
        const i = n % (states.length - 1)
        const [left, right] = [states[i], structuredClone(states[i + 1])]
        const merged = Math.floor(n / 8) % 2 === 0 ? analyzer.merge(left, right) : analyzer.merge(right, left)
        states.splice(i, 2, merged)
      }
      expect(analyzer.metric(states[0], ctx)).toEqual(whole)
    }),
    {numRuns},
  )
}

/** empty() is the identity of merge on both sides, and the metric of no input is well-defined. */
export function checkEmptyIdentity<S, M extends object>(analyzer: ColumnAnalyzer<S, M>, values: readonly RawValue[], ctx = columnContext()): void {
  const expected = metricOf(analyzer, values, ctx)
  expect(analyzer.metric(analyzer.merge(analyzer.empty(ctx), fold(analyzer, values, ctx)), ctx)).toEqual(expected)
  expect(analyzer.metric(analyzer.merge(fold(analyzer, values, ctx), analyzer.empty(ctx)), ctx)).toEqual(expected)
  expect(analyzer.metric(analyzer.merge(analyzer.empty(ctx), analyzer.empty(ctx)), ctx)).toEqual(analyzer.metric(analyzer.empty(ctx), ctx))
}
