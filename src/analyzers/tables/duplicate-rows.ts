/**
 * duplicate-rows: exact duplicate rows — rows whose raw text equals an earlier row's in every column
 * (the count pandas' `duplicated().sum()` gives: surplus copies, not the first occurrence).
 *
 * Each row becomes one 53-bit hash (rowHash over its cells' hashes in column order) kept in a
 * SortedHashRuns multiset. Memory: in memory up to 4.5 MiB (MEMORY_RUNS sealed runs plus one chunk);
 * beyond that on disk in the scan's temporary folder, 8 bytes per row (8 MB per million rows) — see
 * sorted-hash-runs.ts and spill-store.ts; without a spill folder (unit tests) 8 bytes per row in memory.
 * Exact up to 53-bit hash collisions (~0.001 expected colliding pairs at 5 million rows).
 *
 * A null cell (absent, e.g. a short row) has hash 0 and is marked with its own constant; an empty
 * string, whitespace or a placeholder such as NULL hash their raw text. So `a;;b` and `a;NULL;b`
 * differ, as their text differs.
 */
import type {TableAnalyzer, TableContext} from '../analyzer.js'
import type {Cell} from '../../values/cell.js'
import {Missing} from '../../values/cell.js'
import {
  type SortedHashRuns,
  addHash,
  emptyHashRuns,
  mergeHashRuns,
  summarizeHashRuns,
} from '../sketches/sorted-hash-runs.js'

export interface DuplicateRowsState {
  rows: number
  rowHashes: SortedHashRuns
}

export interface DuplicateRowsMetric {
  /** surplus copies: rows identical to an earlier row */
  exactRows: number
  /** distinct rows that occur more than once */
  duplicatedRowGroups: number
  /** exactRows / rows; null when the table has no rows */
  exactRowShare: number | null
}

/** stands in for a null cell inside the row hash (any fixed value other than 0 would do) */
const NULL_CELL = 0x1f_3c5a_9e77
const ROW_SEED = 0x2545_f491
const TWO_32 = 4294967296

/**
 * The row's 53-bit hash over its cells' hashes in column order. Only the counts of equal row hashes are
 * reported, never a hash itself, so this is free to be the cheapest good hash: hashString's two
 * multiply-xor lanes (src/values/hash.ts) over the two 32-bit halves of every cell hash, and its final
 * mixing once per row instead of once per cell (as hashCombine would). Each lane step is a bijection in
 * the word it takes in, so rows differing in one cell never meet before the final mix.
 */
export function rowHash(cells: readonly Cell[]): number {
  let a = ROW_SEED ^ 0x9e3779b9
  let b = ROW_SEED ^ 0x85ebca6b
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]
    const h = cell.missing === Missing.Null ? NULL_CELL : cell.hash
    const lo = h >>> 0
    const hi = ((h - lo) / TWO_32) | 0
    a = Math.imul(a ^ lo, 0x9e3779b1)
    b = Math.imul(b ^ hi, 0x5bd1e995)
    a = Math.imul(a ^ hi, 0x9e3779b1)
    b = Math.imul(b ^ lo, 0x5bd1e995)
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35)
  return (b & 0x1fffff) * TWO_32 + (a >>> 0)
}

export const duplicateRows: TableAnalyzer<DuplicateRowsState, DuplicateRowsMetric> = {
  id: 'duplicate-rows',
  scope: 'table',

  empty(_ctx: TableContext): DuplicateRowsState {
    return {rows: 0, rowHashes: emptyHashRuns()}
  },

  addRow(state: DuplicateRowsState, cells: readonly Cell[]): void {
    state.rows++
    addHash(state.rowHashes, rowHash(cells))
  },

  merge(a: DuplicateRowsState, b: DuplicateRowsState): DuplicateRowsState {
    a.rows += b.rows
    a.rowHashes = mergeHashRuns(a.rowHashes, b.rowHashes)
    return a
  },

  metric(state: DuplicateRowsState): DuplicateRowsMetric {
    const summary = summarizeHashRuns(state.rowHashes)
    return {
      exactRows: summary.surplus,
      duplicatedRowGroups: summary.duplicatedValues,
      exactRowShare: state.rows === 0 ? null : summary.surplus / state.rows,
    }
  },
}
