/**
 * Completeness: null, empty and placeholder counts and the share of rows with a real value.
 * Missing-ness itself is decided once, in src/values/missing.ts (via parseCell).
 *
 * Memory: which placeholders were seen, as written (trimmed), up to MAX_SPELLINGS spellings; further
 * spellings (only case variants can be that many) are counted under their lower-case form, of which
 * there are at most PLACEHOLDERS.length. The metric lists the MAX_LISTED most frequent.
 */
import type {ColumnAnalyzer} from '../analyzer.js'
import {Missing, type Cell} from '../../values/cell.js'
import {retainString} from '../../values/retain-string.js'

export const MAX_SPELLINGS = 64
export const MAX_LISTED = 20

export interface CompletenessState {
  rows: number
  nullCount: number
  emptyCount: number
  placeholderCount: number
  /** placeholder spelling → count */
  placeholders: Map<string, number>
}

export interface CompletenessMetric {
  nullCount: number
  emptyCount: number
  placeholderCount: number
  placeholders?: Record<string, number>
  /** present values / rows; null when there are no rows */
  completeness: number | null
}

function countSpelling(map: Map<string, number>, spelling: string, n: number): void {
  const known = map.get(spelling)
  if (known !== undefined) map.set(spelling, known + n)
  else if (map.size < MAX_SPELLINGS) map.set(retainString(spelling), n)
  else {
    const folded = spelling.toLowerCase()
    map.set(folded, (map.get(folded) ?? 0) + n)
  }
}

export const completeness: ColumnAnalyzer<CompletenessState, CompletenessMetric> = {
  id: 'completeness',
  scope: 'column',

  empty: () => ({rows: 0, nullCount: 0, emptyCount: 0, placeholderCount: 0, placeholders: new Map()}),

  addColumns(states: CompletenessState[], cells: readonly Cell[]): void {
    for (let i = 0; i < cells.length; i++) completeness.add(states[i], cells[i])
  },

  add(state: CompletenessState, cell: Cell): void {
    state.rows++
    const missing = cell.missing
    if (missing === Missing.Value) return
    if (missing === Missing.Null) state.nullCount++
    else if (missing === Missing.Empty) state.emptyCount++
    else {
      state.placeholderCount++
      countSpelling(state.placeholders, cell.raw.trim(), 1)
    }
  },

  merge(a: CompletenessState, b: CompletenessState): CompletenessState {
    a.rows += b.rows
    a.nullCount += b.nullCount
    a.emptyCount += b.emptyCount
    a.placeholderCount += b.placeholderCount
    for (const [spelling, n] of b.placeholders) countSpelling(a.placeholders, spelling, n)
    return a
  },

  metric(state: CompletenessState): CompletenessMetric {
    const {rows, nullCount, emptyCount, placeholderCount} = state
    const metric: CompletenessMetric = {
      nullCount,
      emptyCount,
      placeholderCount,
      completeness: rows === 0 ? null : (rows - nullCount - emptyCount - placeholderCount) / rows,
    }
    if (state.placeholders.size > 0) {
      const listed = [...state.placeholders].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      metric.placeholders = Object.fromEntries(listed.slice(0, MAX_LISTED))
    }
    return metric
  },
}
