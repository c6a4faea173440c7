/**
 * The row pass: folds raw rows through every analyzer. This is the hot loop of a file scan, so it works
 * on preallocated Cell objects and plain index loops. A TableFold is mergeable like the states inside it,
 * which lets worker threads fold byte ranges independently.
 */
import type {ColumnAnalyzer, TableAnalyzer, TableContext} from '../analyzers/analyzer.js'
import {COLUMN_ANALYZERS, TABLE_ANALYZERS} from '../analyzers/registry.js'
import type {RawValue} from '../connectors/connector.js'
import {emptyCell, Missing, type Cell} from '../values/cell.js'
import {parseCell} from '../values/cell-parser.js'
import type {TablePlan} from './table-plan.js'

export interface FoldCounters {
  rows: number
  /** rows with fewer cells than the header (padded with nulls) */
  shortRows: number
  /** rows with more cells than the header (extra cells are not profiled) */
  longRows: number
  /** the header line again inside the data (glued exports); not counted as rows */
  repeatedHeaderRows: number
  /** rows whose cells are all empty (separator lines); not counted as rows */
  blankRows: number
}

export interface TableFoldState {
  counters: FoldCounters
  /** [column][analyzer] */
  columnStates: unknown[][]
  /** [analyzer] */
  tableStates: unknown[]
}

export class TableFolder {
  readonly state: TableFoldState
  private readonly cells: Cell[]
  private readonly columnAnalyzers: readonly ColumnAnalyzer<unknown, object>[]
  private readonly tableAnalyzers: readonly TableAnalyzer<unknown, object>[]
  private readonly headerFirst: string | undefined
  private readonly headerNames: readonly string[]
  private readonly hints

  constructor(
    readonly plan: TablePlan,
    readonly context: TableContext,
  ) {
    this.columnAnalyzers = COLUMN_ANALYZERS
    this.tableAnalyzers = TABLE_ANALYZERS
    this.cells = plan.columns.map(() => emptyCell())
    this.hints = plan.columns.map((c) => c.hints)
    this.headerNames = plan.headerNames
    this.headerFirst = plan.headerNames.length > 1 ? plan.headerNames[0] : undefined
    this.state = {
      counters: {rows: 0, shortRows: 0, longRows: 0, repeatedHeaderRows: 0, blankRows: 0},
      columnStates: plan.columns.map((col) => this.columnAnalyzers.map((a) => a.empty(col))),
      tableStates: this.tableAnalyzers.map((a) => a.empty(context)),
    }
  }

  addRows(rows: readonly (readonly RawValue[])[]): void {
    const {cells, hints, columnAnalyzers, tableAnalyzers} = this
    const {counters, columnStates, tableStates} = this.state
    const width = cells.length
    const analyzerCount = columnAnalyzers.length
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]
      if (this.headerFirst !== undefined && row[0] === this.headerFirst && this.isHeaderAgain(row)) {
        counters.repeatedHeaderRows++
        continue
      }
      let present = 0
      for (let c = 0; c < width; c++) {
        const cell = cells[c]
        parseCell(c < row.length ? row[c] : null, hints[c], cell)
        if (cell.missing !== Missing.Empty && cell.missing !== Missing.Null) present++
      }
      if (present === 0 && !hasContentBeyond(row, width)) {
        counters.blankRows++
        continue
      }
      if (row.length !== width) {
        if (row.length < width) counters.shortRows++
        else if (hasContentBeyond(row, width)) counters.longRows++
      }
      for (let c = 0; c < width; c++) {
        const cell = cells[c]
        const states = columnStates[c]
        for (let a = 0; a < analyzerCount; a++) columnAnalyzers[a].add(states[a], cell)
      }
      for (let t = 0; t < tableAnalyzers.length; t++) tableAnalyzers[t].addRow(tableStates[t], cells)
      counters.rows++
    }
  }

  private isHeaderAgain(row: readonly RawValue[]): boolean {
    const names = this.headerNames
    for (let c = 0; c < names.length; c++) {
      const v = c < row.length ? row[c] : null
      if (typeof v !== 'string' || v.trim() !== names[c]) return false
    }
    return true
  }
}

/** CSV exports often end rows with extra empty delimiters; only non-empty extra cells make a row long. */
function hasContentBeyond(row: readonly RawValue[], width: number): boolean {
  for (let c = width; c < row.length; c++) {
    const v = row[c]
    if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) return true
  }
  return false
}

/** Merges fold states of the same plan (from workers); consumes both arguments. */
export function mergeFoldStates(plan: TablePlan, context: TableContext, a: TableFoldState, b: TableFoldState): TableFoldState {
  const counters: FoldCounters = {
    rows: a.counters.rows + b.counters.rows,
    shortRows: a.counters.shortRows + b.counters.shortRows,
    longRows: a.counters.longRows + b.counters.longRows,
    repeatedHeaderRows: a.counters.repeatedHeaderRows + b.counters.repeatedHeaderRows,
    blankRows: a.counters.blankRows + b.counters.blankRows,
  }
  const columnStates = plan.columns.map((_, c) =>
    COLUMN_ANALYZERS.map((an, i) => an.merge(a.columnStates[c][i], b.columnStates[c][i])),
  )
  const tableStates = TABLE_ANALYZERS.map((an, i) => an.merge(a.tableStates[i], b.tableStates[i]))
  void context
  return {counters, columnStates, tableStates}
}
