/**
 * Folds a table's sample rows through the row-form analyzers. Database rows are records: unlike file
 * rows there are no repeated headers, blank separator lines or footnotes to recognise, so every row
 * counts. The result is a TableFoldState like the file path's, so the same report builder turns it into
 * a TableReport; the pushdown's whole-table metrics then replace the sample's where they exist.
 */
import {COLUMN_ANALYZERS, TABLE_ANALYZERS} from '../../analyzers/registry.js'
import type {ColumnContext, TableContext} from '../../analyzers/analyzer.js'
import type {RawValue} from '../../connectors/connector.js'
import {SAMPLE_ROWS} from '../../connectors/connector.js'
import {emptyCell} from '../../values/cell.js'
import {parseCell} from '../../values/cell-parser.js'
import {decideColumnHints} from '../../values/column-hints.js'
import type {TableFoldState} from '../table-fold.js'
import type {TablePlan} from '../table-plan.js'
import {tableContextFromPlan} from '../table-plan.js'

export interface SampleColumn {
  name: string
  declaredType?: string
}

export function planSample(name: string, columns: readonly SampleColumn[], rows: readonly RawValue[][]): {plan: TablePlan; context: TableContext} {
  const head = rows.slice(0, SAMPLE_ROWS)
  const contexts: ColumnContext[] = columns.map((col, position) => ({
    name: col.name,
    position,
    declaredType: col.declaredType,
    sourceTyped: true,
    hints: decideColumnHints(
      head.map((row) => row[position] ?? null),
      '.',
    ),
  }))
  const plan: TablePlan = {name, columns: contexts, headerNames: columns.map((c) => c.name), sample: head}
  return {plan, context: tableContextFromPlan(plan)}
}

export function foldSample(plan: TablePlan, context: TableContext, rows: readonly RawValue[][]): TableFoldState {
  const cells = plan.columns.map(() => emptyCell())
  const columnStates = COLUMN_ANALYZERS.map((a) => plan.columns.map((col) => a.empty(col)))
  const tableStates = TABLE_ANALYZERS.map((a) => a.empty(context))
  for (const row of rows) {
    for (let c = 0; c < cells.length; c++) parseCell(row[c] ?? null, plan.columns[c].hints, cells[c])
    for (let a = 0; a < COLUMN_ANALYZERS.length; a++) COLUMN_ANALYZERS[a].addColumns(columnStates[a], cells)
    for (let t = 0; t < TABLE_ANALYZERS.length; t++) TABLE_ANALYZERS[t].addRow(tableStates[t], cells)
  }
  return {
    counters: {rows: rows.length, shortRows: 0, longRows: 0, repeatedHeaderRows: 0, blankRows: 0, notesBelowRows: 0, invalidEncodingBytes: 0, firstInvalidByte: -1},
    columnStates,
    tableStates,
  }
}
