/**
 * SQL form of distinct-values (src/analyzers/columns/distinct-values.ts): distinct present values,
 * compared as written (binary, case-sensitive: MySQL's and SQL Server's default collations would fold
 * `Müller` and `MÜLLER` into one). Exact with COUNT(DISTINCT); the engine's approximate count only where
 * it has one (SQL Server 2019+) and the table is big enough for it to matter.
 */
import type {DistinctValuesMetric} from '../columns/distinct-values.js'
import {isComparable, isTextColumn, present, sqlNumber, type ColumnSqlForm} from './sql-form.js'

/** above this many rows (catalog estimate) an engine's approximate distinct count is used where it exists */
export const APPROX_DISTINCT_MIN_ROWS = 10_000_000

export interface DistinctSqlOptions {
  /** use the dialect's approximate distinct count (decided by the caller from version and row estimate) */
  approximate: boolean
}

export function createDistinctValuesSql(options: DistinctSqlOptions = {approximate: false}): ColumnSqlForm<DistinctValuesMetric> {
  return {
    analyzerId: 'distinct-values',

    items(ref, dialect) {
      if (!isComparable(ref.column)) return []
      const value = isTextColumn(ref.column) ? dialect.binaryText(ref.expr) : ref.expr
      const real = `CASE WHEN ${present(ref)} THEN ${value} END`
      const approx = options.approximate ? dialect.approxDistinct(real) : null
      return [{alias: 'dc', expr: approx ?? `COUNT(DISTINCT ${real})`}]
    },

    metric(values) {
      const count = sqlNumber(values.dc)
      if (count === null) return {}
      return {distinctCount: count, distinctApprox: options.approximate}
    },
  }
}

export const distinctValuesSql = createDistinctValuesSql()
