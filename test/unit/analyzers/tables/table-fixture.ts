/**
 * Test helpers for table analyzers: raw text → Cell (a small stand-in for the real cell parser, so these
 * tests do not depend on it), tables with a context, folding and splitting.
 */
import type {TableAnalyzer, TableContext} from '../../../../src/analyzers/analyzer.js'
import {type Cell, Kind, Missing, emptyCell} from '../../../../src/values/cell.js'
import {hashString} from '../../../../src/values/hash.js'

const PLACEHOLDERS = new Set(['-', 'n/a', 'NULL', 'k.A.', '?', 'unbekannt'])

/** null → a null cell; '' or whitespace → empty; '-', 'n/a', 'NULL', … → placeholder; else a value */
export function cell(raw: string | null): Cell {
  if (raw === null) return emptyCell()
  // the engine's cell class: assigning raw later (tests reuse a row) keeps its span in step
  const c: Cell = emptyCell()
  c.raw = raw
  c.missing = Missing.Value
  c.kind = Kind.Text
  c.hash = hashString(raw)
  c.astral = /[\uD800-\uDFFF]/.test(raw)
  if (raw.trim() === '') c.missing = Missing.Empty
  else if (PLACEHOLDERS.has(raw.trim())) c.missing = Missing.Placeholder
  else if (/^-?\d+$/.test(raw)) c.kind = Kind.Integer
  else if (/^-?\d+,\d+$/.test(raw)) c.kind = Kind.Decimal
  if (c.missing !== Missing.Value) c.kind = Kind.None
  return c
}

export type RawRow = readonly (string | null)[]

export function cells(rows: readonly RawRow[]): Cell[][] {
  return rows.map((r) => r.map(cell))
}

/** a context whose sample is the first `sampleRows` rows, as the engine builds it */
export function context(headers: readonly string[], rows: readonly Cell[][], sampleRows = 1000): TableContext {
  return {
    name: 'test.csv',
    columns: headers.map((name, position) => ({name, position, sourceTyped: false, hints: {decimalSeparator: ','}})),
    sample: rows.slice(0, sampleRows),
  }
}

export function fold<S, M extends object>(analyzer: TableAnalyzer<S, M>, ctx: TableContext, rows: readonly Cell[][]): S {
  const state = analyzer.empty(ctx)
  for (const r of rows) analyzer.addRow(state, r)
  return state
}

/** Folds consecutive slices of `rows` cut at `cuts` separately and merges the states in the given order. */
export function foldSplit<S, M extends object>(
  analyzer: TableAnalyzer<S, M>,
  ctx: TableContext,
  rows: readonly Cell[][],
  cuts: readonly number[],
  mergeOrder: 'left' | 'right' = 'left',
): S {
  const bounds = [0, ...[...cuts].map((c) => Math.min(Math.max(c, 0), rows.length)).sort((x, y) => x - y), rows.length]
  const parts: S[] = []
  for (let i = 0; i + 1 < bounds.length; i++) parts.push(fold(analyzer, ctx, rows.slice(bounds[i], bounds[i + 1])))
  if (mergeOrder === 'right') return parts.reduceRight((acc, s) => analyzer.merge(s, acc))
  return parts.reduce((acc, s) => analyzer.merge(acc, s))
}

/** the metric after a round trip through structured clone, as states travel between worker threads */
export function viaClone<S>(state: S): S {
  return structuredClone(state)
}
