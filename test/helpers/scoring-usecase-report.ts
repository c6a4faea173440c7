/** Small hand-built ScanReports and HurdleScores for the use-case catalog and the recommendations. */
import type {ColumnReport, InferredType, Lang, ScanReport, SourceReport, TableReport} from '../../src/report/scan-report.js'
import type {CriterionResult, HurdleScore} from '../../src/scoring/model.js'
import {baseColumn, baseTable} from './report-parts.js'

export function col(name: string, inferredType: InferredType, over: Partial<ColumnReport> = {}): ColumnReport {
  return baseColumn(name, inferredType, {distinctCount: 100, ...over})
}

/** a date column spanning `from` to `to` (yyyy-mm-dd), as a file reports it: min and max only */
export function dateCol(name: string, from: string, to: string): ColumnReport {
  return col(name, 'date', {min: from, max: to})
}

export function tbl(name: string, rowCount: number, columns: ColumnReport[], over: Partial<TableReport> = {}): TableReport {
  return baseTable(name, rowCount, columns, over)
}

/** database month counts for a date column: `months` spanned, `gaps` of them empty */
export function history(column: string, months: number, gaps: number): NonNullable<TableReport['history']>[number] {
  return {column, earliest: '2021-01-04', latest: '2023-12-28', monthsSpanned: months, monthsWithRows: months - gaps, gapMonths: gaps, gaps: []}
}

export function src(id: string, kind: SourceReport['kind'], tables: TableReport[], over: Partial<SourceReport> = {}): SourceReport {
  return {id, kind, location: kind === 'postgres' ? `postgres://reader@erp/${id}` : `/daten/${id}`, status: 'ok', tables, findings: [], ...over}
}

export function usecaseReport(sources: SourceReport[], lang: Lang = 'de', over: Partial<ScanReport> = {}): ScanReport {
  return {
    schemaVersion: '1.3.0',
    tool: {name: 'datenreife', version: '0.0.0'},
    scan: {id: 'test', startedAt: '2024-01-15T10:00:00.000Z', finishedAt: '2024-01-15T10:00:01.000Z', durationMs: 1000, lang},
    sources,
    folders: [],
    scores: {},
    useCases: [],
    findings: [],
    recommendations: [],
    ...over,
  }
}

export function criterion(id: string, points: number | null, weight: number, over: Partial<CriterionResult> = {}): CriterionResult {
  return {
    id,
    title: id,
    unit: 'share',
    measured: points === null ? null : points / 100,
    points,
    weight,
    thresholds: [{value: 0, points: 0}, {value: 1, points: 100}],
    evidence: [{source: 'crit-evidence'}],
    action: `action for ${id}`,
    basis: ['DAMA: Uniqueness'],
    ...over,
  }
}

export function hurdle(criteria: CriterionResult[]): HurdleScore {
  const measured = criteria.filter((c) => c.points !== null)
  const weights = measured.reduce((n, c) => n + c.weight, 0)
  const score = weights === 0 ? null : Math.round(measured.reduce((n, c) => n + (c.points ?? 0) * c.weight, 0) / weights)
  return {score, band: null, criteria}
}

export const EMPTY_HURDLE: HurdleScore = {score: null, band: null, criteria: []}
