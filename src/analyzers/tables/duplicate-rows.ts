/**
 * duplicate-rows: exact duplicate rows — rows whose raw text equals an earlier row's in every column
 * (the count pandas' `duplicated().sum()` gives: surplus copies, not the first occurrence).
 *
 * Each row becomes one 53-bit hash (hashCombine over its cells' hashes in column order) kept in a
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
import {hashCombine} from '../../values/hash.js'
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

export function rowHash(cells: readonly Cell[]): number {
  let h = ROW_SEED
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]
    h = hashCombine(h, cell.missing === Missing.Null ? NULL_CELL : cell.hash)
  }
  return h
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
