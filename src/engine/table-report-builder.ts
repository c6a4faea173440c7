/**
 * Turns a folded table into its TableReport: every analyzer's metric, merged into the contract's fields,
 * plus the finding drafts derived from them. Computes nothing the analyzers did not.
 */
import {COLUMN_ANALYZERS, TABLE_ANALYZERS} from '../analyzers/registry.js'
import type {TableContext} from '../analyzers/analyzer.js'
import type {TableFacts} from '../connectors/connector.js'
import type {FindingDraft} from '../findings/finding-draft.js'
import {columnFindings} from '../findings/column-findings.js'
import {tableFindings} from '../findings/table-findings.js'
import {personalDataFindings} from '../findings/personal-data-findings.js'
import type {ColumnReport, TableDuplicates, TableReport} from '../report/scan-report.js'
import {maskTableValues} from './mask-table-values.js'
import {detectSamplePii} from '../analyzers/personal-data/table-pii.js'
import type {TableFoldState} from './table-fold.js'
import type {TablePlan} from './table-plan.js'

export interface BuiltTable {
  report: TableReport
  /** finding drafts, worded later in the report language */
  drafts: FindingDraft[]
}

/**
 * At most this many column findings of one code per table; the rest become one MORE_COLUMN_FINDINGS.
 * A sheet with a column per day (368 columns) would otherwise carry thousands of identical findings.
 */
export const MAX_COLUMN_FINDINGS_PER_CODE = 10
const MORE_EXAMPLES = 10

function capColumnFindings(table: string, drafts: FindingDraft[]): FindingDraft[] {
  const kept: FindingDraft[] = []
  const surplus = new Map<string, FindingDraft[]>()
  const seen = new Map<string, number>()
  for (const d of drafts) {
    const n = (seen.get(d.code) ?? 0) + 1
    seen.set(d.code, n)
    if (n <= MAX_COLUMN_FINDINGS_PER_CODE) kept.push({...d, table})
    else surplus.set(d.code, [...(surplus.get(d.code) ?? []), d])
  }
  for (const [code, rest] of surplus) {
    kept.push({
      code: 'MORE_COLUMN_FINDINGS',
      severity: rest[0].severity,
      table,
      data: {code, count: rest.length, columns: rest.slice(0, MORE_EXAMPLES).map((d) => d.column ?? '')},
    })
  }
  return kept
}

export function buildTableReport(
  plan: TablePlan,
  context: TableContext,
  fold: TableFoldState,
  headerRow: number | null,
  facts: TableFacts,
  /** called on the assembled report before masking and findings (databases put whole-table metrics in) */
  adjust?: (report: TableReport) => void,
): BuiltTable {
  const columns: ColumnReport[] = plan.columns.map((col, c) => {
    const base = {name: col.name, position: col.position, pii: []} as Partial<ColumnReport>
    if (col.declaredType !== undefined) base.declaredType = col.declaredType
    for (let i = 0; i < COLUMN_ANALYZERS.length; i++) {
      Object.assign(base, COLUMN_ANALYZERS[i].metric(fold.columnStates[i][c], col))
    }
    return base as ColumnReport
  })
  const duplicates = {} as TableDuplicates
  for (let i = 0; i < TABLE_ANALYZERS.length; i++) {
    Object.assign(duplicates, TABLE_ANALYZERS[i].metric(fold.tableStates[i], context))
  }
  const report: TableReport = {
    name: plan.name,
    rowCount: fold.counters.rows,
    columnCount: columns.length,
    sampled: false,
    headerRow,
    duplicates,
    columns,
    findings: [],
  }
  adjust?.(report)
  // on the sample, before masking: the verdicts decide how the column's shown values are masked
  const pii = detectSamplePii(plan.columns, plan.sample)
  for (let c = 0; c < columns.length; c++) columns[c].pii = pii[c]
  maskTableValues(report)
  if (facts.sheet) {
    const {hidden, mergedCellsInData, formulaCells, totalCells} = facts.sheet
    report.sheet = {hidden, mergedCellsInData, formulaCells, formulaShare: totalCells > 0 ? formulaCells / totalCells : null}
  }
  const drafts: FindingDraft[] = [...facts.findings.map((f) => ({...f, table: f.table ?? plan.name}))]
  const {shortRows, longRows, repeatedHeaderRows, notesBelowRows, invalidEncodingBytes, firstInvalidByte} = fold.counters
  if (invalidEncodingBytes > 0) {
    drafts.push({code: 'INVALID_ENCODING_BYTES', severity: 'warning', table: plan.name, data: {count: invalidEncodingBytes, firstByte: firstInvalidByte}})
  }
  if (notesBelowRows > 0) {
    drafts.push({code: 'NOTES_BELOW_DATA', severity: 'info', table: plan.name, data: {count: notesBelowRows}})
  }
  if (shortRows + longRows > 0) {
    drafts.push({code: 'RAGGED_ROWS', severity: 'warning', table: plan.name, data: {shortRows, longRows, columns: columns.length}})
  }
  if (repeatedHeaderRows > 0) {
    drafts.push({code: 'REPEATED_HEADER', severity: 'warning', table: plan.name, data: {count: repeatedHeaderRows}})
  }
  drafts.push(...tableFindings(report).map((d) => ({...d, table: d.table ?? plan.name})))
  drafts.push(...personalDataFindings(report))
  drafts.push(...capColumnFindings(plan.name, columns.flatMap((col) => columnFindings(report, col).map((d) => ({...d, column: d.column ?? col.name})))))
  return {report, drafts}
}
