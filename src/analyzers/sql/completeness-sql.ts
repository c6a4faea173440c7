/**
 * SQL form of completeness (src/analyzers/columns/completeness.ts): null, empty and placeholder counts
 * and the share of rows with a real value. Which placeholder spellings occurred is not listed: that
 * would need a GROUP BY per column, a full scan each.
 */
import type {CompletenessMetric} from '../columns/completeness.js'
import {isTextColumn, sqlNumber, type ColumnSqlForm} from './sql-form.js'

export const completenessSql: ColumnSqlForm<CompletenessMetric> = {
  analyzerId: 'completeness',

  items(ref) {
    const items = [{alias: 'nn', expr: `COUNT(${ref.expr})`}]
    if (isTextColumn(ref.column) && ref.missing !== null) {
      // large texts too, classified by their prefix (see pushdown-sql.ts)
      items.push({alias: 'em', expr: `SUM(CASE WHEN ${ref.missing} = 1 THEN 1 ELSE 0 END)`})
      items.push({alias: 'ph', expr: `SUM(CASE WHEN ${ref.missing} = 2 THEN 1 ELSE 0 END)`})
    }
    return items
  },

  metric(values, _ref, {rows}) {
    const nullCount = rows - (sqlNumber(values.nn) ?? 0)
    // SUM over no rows is NULL
    const emptyCount = sqlNumber(values.em) ?? 0
    const placeholderCount = sqlNumber(values.ph) ?? 0
    return {
      nullCount,
      emptyCount,
      placeholderCount,
      completeness: rows === 0 ? null : (rows - nullCount - emptyCount - placeholderCount) / rows,
    }
  },
}
