/**
 * The plan of one table scan: column contexts (with hints decided from the sample) and the parsed sample.
 * A plan is plain data so that it can be sent to worker threads, where `contextsFromPlan` rebuilds the
 * exact same contexts — analyzers decide their configuration from them, so every worker decides alike.
 */
import type {ColumnContext, TableContext} from '../analyzers/analyzer.js'
import type {RawValue, TableSource} from '../connectors/connector.js'
import {emptyCell, type Cell} from '../values/cell.js'
import {parseCell} from '../values/cell-parser.js'
import {estimateDistinct, estimateRowsFromBytes} from '../values/cardinality-estimate.js'
import {decideColumnHints} from '../values/column-hints.js'

export interface TablePlan {
  name: string
  columns: ColumnContext[]
  /** header cells as the reader named them, to recognise a header line repeated inside the data */
  headerNames: string[]
  sample: RawValue[][]
}

export function planTable(table: TableSource): TablePlan {
  // only byte-sized sources can be extrapolated from their sample (a worksheet's XML size says little)
  const estimatedRows = table.parallel ? estimateRowsFromBytes(table.sample, table.parallel.totalBytes) : undefined
  const columns: ColumnContext[] = table.columns.map((col, position) => {
    const sampleColumn = table.sample.map((row) => (position < row.length ? row[position] : null))
    const hints = decideColumnHints(sampleColumn, table.decimalSeparator)
    if (estimatedRows !== undefined) hints.expectedDistinct = Math.round(estimateDistinct(sampleColumn, estimatedRows))
    return {name: col.name, position, declaredType: col.declaredType, sourceTyped: table.sourceTyped, hints}
  })
  return {name: table.name, columns, headerNames: table.columns.map((c) => c.name), sample: table.sample}
}

export function tableContextFromPlan(plan: TablePlan): TableContext {
  const sample: Cell[][] = plan.sample.map((row) =>
    plan.columns.map((col) => {
      const cell = emptyCell()
      parseCell(col.position < row.length ? row[col.position] : null, col.hints, cell)
      return cell
    }),
  )
  return {name: plan.name, columns: plan.columns, sample}
}
