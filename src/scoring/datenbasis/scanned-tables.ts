/**
 * What the Datenbasis criteria share: the tables a scan actually read, their weight, and the cap on
 * evidence. Not a criterion itself.
 */
import type {ScanReport, SourceReport, TableReport} from '../../report/scan-report.js'
import type {Evidence} from '../model.js'

/** at most this many evidence items per criterion: the worst first, the rest is in the report itself */
export const MAX_EVIDENCE = 10

export interface ScannedTable {
  source: SourceReport
  table: TableReport
}

/** tables of sources that could be read, that were read themselves (no error) and are not views */
export function scannedTables(report: ScanReport): ScannedTable[] {
  const out: ScannedTable[] = []
  for (const source of report.sources) {
    if (source.status !== 'ok') continue
    for (const table of source.tables) {
      if (table.error !== undefined || table.kind === 'view') continue
      out.push({source, table})
    }
  }
  return out
}

/**
 * Rows that are not exact copies of an earlier row. Criteria weight tables by these rather than by
 * `rowCount`, so that loading the same rows twice never makes a table count more (the monotonicity
 * property: duplicates never raise the Datenbasis score).
 */
export function distinctRows(table: TableReport): number {
  return Math.max(0, table.rowCount - Math.max(0, table.duplicates.exactRows))
}

export function evidenceOf(item: ScannedTable, detail: string, column?: string): Evidence {
  const evidence: Evidence = {source: item.source.id, table: tableLabel(item.table)}
  if (column !== undefined) evidence.column = column
  evidence.detail = detail
  return evidence
}

export function tableLabel(table: TableReport): string {
  return table.schema === undefined ? table.name : `${table.schema}.${table.name}`
}

/** the first MAX_EVIDENCE items by `rank`, larger first (the worst, the deepest); ties keep their order */
export function rankedFirst<T>(items: readonly T[], rank: (item: T) => number): T[] {
  return items
    .map((item, index) => ({item, index, s: rank(item)}))
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .slice(0, MAX_EVIDENCE)
    .map((entry) => entry.item)
}

/** a share as a short percentage for evidence details: 0.0312 → "3.1%" */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

/** the weighted mean of `value` with `weight`; null when all weights are zero */
export function weightedMean<T>(items: readonly T[], value: (item: T) => number, weight: (item: T) => number): number | null {
  let sum = 0
  let weights = 0
  for (const item of items) {
    const w = weight(item)
    if (w <= 0) continue
    sum += value(item) * w
    weights += w
  }
  return weights === 0 ? null : sum / weights
}
