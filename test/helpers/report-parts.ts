/**
 * The smallest valid column and table of a ScanReport, for the test builders that add their own defaults
 * on top (pii-report.ts, scoring-*-report.ts): one place that knows every required field.
 */
import type {ColumnReport, InferredType, TableReport} from '../../src/report/scan-report.js'

export function baseColumn(name: string, inferredType: InferredType = 'text', over: Partial<ColumnReport> = {}): ColumnReport {
  return {
    name,
    position: 0,
    inferredType,
    typeCounts: {},
    nullCount: 0,
    emptyCount: 0,
    placeholderCount: 0,
    completeness: 1,
    distinctCount: 10,
    distinctApprox: false,
    pii: [],
    ...over,
  }
}

/** columns get their positions in order */
export function baseTable(name: string, rowCount: number, columns: ColumnReport[], over: Partial<TableReport> = {}): TableReport {
  return {
    name,
    rowCount,
    columnCount: columns.length,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0, candidateKeys: []},
    columns: columns.map((c, position) => ({...c, position})),
    findings: [],
    ...over,
  }
}
