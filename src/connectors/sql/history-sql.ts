/**
 * History depth of a date column: the months that have rows, counted in the database (one GROUP BY on
 * an integer yyyymm key; at most a few hundred rows come back). Earliest/latest date and gaps are
 * derived from them in history-depth.ts.
 */
import type {CatalogColumn, CatalogTable} from './catalog.js'
import {qualifiedName} from './catalog.js'
import type {LabeledSql, SqlDialect} from './dialect.js'

export function historyMonthsStatement(table: CatalogTable, column: CatalogColumn, dialect: SqlDialect): LabeledSql {
  const quoted = dialect.quoteIdent(column.name)
  const month = dialect.monthKey(quoted)
  return {
    label: `history: ${qualifiedName(table)}.${column.name}`,
    sql: `SELECT ${month} AS ym, COUNT(*) AS n FROM ${dialect.tableRef(table)} WHERE ${quoted} IS NOT NULL GROUP BY ${month} ORDER BY ${month}`,
  }
}
