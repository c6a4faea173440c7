/**
 * Duplicates computed by GROUP BY inside the database (the SQL form of duplicate-rows and
 * key-candidates): exact duplicate rows over all comparable columns, and duplicated values of a
 * candidate key. Text is grouped binary (case- and accent-sensitive) so that it matches the row path;
 * large objects cannot be grouped and are left out (the statement says which columns it used).
 */
import {presentCondition} from '../../analyzers/sql/missing-sql.js'
import {isComparable, isTextColumn} from '../../analyzers/sql/sql-form.js'
import type {CatalogColumn, CatalogTable} from './catalog.js'
import {qualifiedName} from './catalog.js'
import type {LabeledSql, SqlDialect} from './dialect.js'

/** how many duplicated key values are fetched as (masked) examples */
export const KEY_EXAMPLES = 3

function groupExpr(column: CatalogColumn, dialect: SqlDialect): string {
  const quoted = dialect.quoteIdent(column.name)
  return isTextColumn(column) ? dialect.binaryText(quoted) : quoted
}

/** the columns exact-duplicate detection compares */
export function duplicateRowColumns(table: CatalogTable): CatalogColumn[] {
  return table.columns.filter(isComparable)
}

/**
 * Surplus copies of identical rows. Null when no query is needed or possible: a declared primary key
 * rules duplicates out, and a table of only large objects has nothing to group by.
 */
export function duplicateRowsStatement(table: CatalogTable, dialect: SqlDialect): LabeledSql | null {
  if (table.primaryKey !== null && table.primaryKey.length > 0) return null
  const columns = duplicateRowColumns(table)
  if (columns.length === 0) return null
  const keys = columns.map((c) => groupExpr(c, dialect)).join(', ')
  return {
    label: `duplicate rows: ${qualifiedName(table)}`,
    sql:
      `SELECT COUNT(*) AS dup_groups, SUM(n) - COUNT(*) AS dup_surplus FROM ` +
      `(SELECT COUNT(*) AS n FROM ${dialect.tableRef(table)} GROUP BY ${keys} HAVING COUNT(*) > 1) d`,
  }
}

/** rows whose key columns all hold a real value (missing values are counted apart, as on the row path) */
function keyPresent(columns: readonly CatalogColumn[], dialect: SqlDialect): string {
  return columns.map((c) => `(${presentCondition(c, dialect.quoteIdent(c.name), dialect)})`).join(' AND ')
}

/** Duplicated values of a candidate key: how many values repeat and how many rows are surplus. */
export function keyDuplicatesStatement(table: CatalogTable, columns: readonly CatalogColumn[], dialect: SqlDialect): LabeledSql {
  const keys = columns.map((c) => groupExpr(c, dialect)).join(', ')
  const notNull = keyPresent(columns, dialect)
  return {
    label: `key duplicates: ${qualifiedName(table)} (${columns.map((c) => c.name).join(', ')})`,
    sql:
      `SELECT COUNT(*) AS dup_values, SUM(n) - COUNT(*) AS dup_surplus FROM ` +
      `(SELECT COUNT(*) AS n FROM ${dialect.tableRef(table)} WHERE ${notNull} GROUP BY ${keys} HAVING COUNT(*) > 1) d`,
  }
}

/** The most repeated values of a key, for masked examples in the report. */
export function keyExamplesStatement(table: CatalogTable, columns: readonly CatalogColumn[], dialect: SqlDialect): LabeledSql {
  const keys = columns.map((c) => groupExpr(c, dialect))
  const select = columns.map((c, i) => `${keys[i]} AS k${i}`).join(', ')
  return {
    label: `key examples: ${qualifiedName(table)} (${columns.map((c) => c.name).join(', ')})`,
    sql: dialect.limitSelect(
      {
        columns: `${select}, COUNT(*) AS n`,
        from: `${dialect.tableRef(table)} WHERE ${keyPresent(columns, dialect)} GROUP BY ${keys.join(', ')} HAVING COUNT(*) > 1`,
        orderBy: `COUNT(*) DESC`,
      },
      KEY_EXAMPLES,
    ),
  }
}
