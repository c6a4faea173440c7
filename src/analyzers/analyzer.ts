/**
 * Analyzers: what is computed, as mergeable states (Deequ's State/Analyzer/Metric).
 *
 * Rules every analyzer keeps:
 * - `empty(ctx)` is the identity of `merge`; `merge` is associative and commutative on the metric it yields.
 * - `add` mutates its state in place (the hot path runs per cell); `merge` may reuse and consume its
 *   arguments and returns the merged state.
 * - States are plain data (objects, arrays, Maps, typed arrays): they cross worker threads by structured
 *   clone. No classes, no functions inside a state.
 * - Memory is bounded: nothing grows with the row count unless documented in the analyzer's header
 *   comment and in the README.
 * - `metric` is pure and returns a part of the report (merged into ColumnReport / TableDuplicates).
 */
import type {Cell} from '../values/cell.js'

export interface ColumnHints {
  /** decimal separator decided for this column from the sample (src/values/column-hints.ts) */
  decimalSeparator: ',' | '.'
  /**
   * predicted number of distinct values in the whole column (src/values/cardinality-estimate.ts);
   * absent when the table size is unknown
   */
  expectedDistinct?: number
}

export interface ColumnContext {
  name: string
  position: number
  declaredType?: string
  /** the source types values itself (xlsx, databases) */
  sourceTyped: boolean
  hints: ColumnHints
}

export interface TableContext {
  name: string
  columns: readonly ColumnContext[]
  /**
   * the first data rows, parsed (at most SAMPLE_ROWS); identical in every worker, so analyzers may
   * decide their configuration from it deterministically inside `empty()`
   */
  sample: readonly (readonly Cell[])[]
}

export interface ColumnAnalyzer<S = unknown, M extends object = object> {
  readonly id: string
  readonly scope: 'column'
  empty(ctx: ColumnContext): S
  add(state: S, cell: Cell): void
  /**
   * add() for every column of a row: `states[i]` with `cells[i]`. Each analyzer implements this loop
   * itself (addEachColumn) so that its add() call site stays monomorphic and inlinable — one shared loop
   * calling four analyzers' add() was a measurable share of the hot path.
   */
  addColumns(states: S[], cells: readonly Cell[]): void
  merge(a: S, b: S): S
  metric(state: S, ctx: ColumnContext): M
}

export interface TableAnalyzer<S = unknown, M extends object = object> {
  readonly id: string
  readonly scope: 'table'
  empty(ctx: TableContext): S
  /** one call per data row; `cells[i]` belongs to column i (short rows are padded with null cells) */
  addRow(state: S, cells: readonly Cell[]): void
  merge(a: S, b: S): S
  metric(state: S, ctx: TableContext): M
}
