/**
 * The SQL form of a column analyzer: the same metric as its row form (src/analyzers/columns/*), computed
 * inside the database by select-list items of one aggregate SELECT per table (the pushdown). A test per
 * analyzer loads the same values as CSV and as a table and proves both forms agree.
 *
 * An SQL form never sees rows: it names aggregate expressions, and turns their results back into the
 * analyzer's metric. The pushdown builder (src/connectors/sql/pushdown-sql.ts) prefixes the aliases per
 * column and splits the select list when it gets too long.
 */
import type {CatalogColumn} from '../../connectors/sql/catalog.js'
import type {SqlDialect} from '../../connectors/sql/dialect.js'

/**
 * A driver's aggregate result as a number (pg and mysql2 return bigints and numerics as strings): the
 * catalog readers' conversion, under the name the SQL forms and the table scan use.
 */
export {asNumber as sqlNumber} from '../../connectors/sql/row-values.js'

export interface SqlColumnRef {
  column: CatalogColumn
  /** the quoted column name */
  expr: string
  /**
   * text columns: an expression of the value's missing class (NULL null, 0 value, 1 empty, 2 placeholder;
   * see missing-sql.ts) — computed once per row by the pushdown where the engine allows, so the forms
   * refer to it instead of repeating the trimming; null for other columns
   */
  missing: string | null
}

export interface SqlAggregateItem {
  /** short, lower-case, unique within the analyzer ([a-z0-9_]) */
  alias: string
  expr: string
}

/** what the SQL form may know besides its own results */
export interface SqlMetricContext {
  /** COUNT(*) of the table */
  rows: number
  dialect: SqlDialect
}

export interface ColumnSqlForm<M extends object = object> {
  /** the id of the row-form analyzer this mirrors */
  readonly analyzerId: string
  items(ref: SqlColumnRef, dialect: SqlDialect): SqlAggregateItem[]
  /** `values` holds the results of items() by alias (drivers give numbers, bigints as strings, or null) */
  metric(values: Readonly<Record<string, unknown>>, ref: SqlColumnRef, ctx: SqlMetricContext): Partial<M>
}

/** A string literal in the dialect's syntax (SQL Server needs N'' for non-ASCII text). */
export function sqlString(dialect: SqlDialect, value: string): string {
  const escaped = value.replace(/'/g, "''")
  const backslashSafe = dialect.name === 'mysql' ? escaped.replace(/\\/g, '\\\\') : escaped
  return dialect.name === 'mssql' ? `N'${backslashSafe}'` : `'${backslashSafe}'`
}

/** columns whose values are text and get empty/placeholder/length metrics */
export function isTextColumn(column: CatalogColumn): boolean {
  return column.typeClass === 'text'
}

/** columns whose values can be compared and counted distinct in SQL */
export function isComparable(column: CatalogColumn): boolean {
  return !column.largeObject && column.typeClass !== 'binary' && column.typeClass !== 'other'
}

/** the condition "a real value" of a pushdown column (see SqlColumnRef.missing) */
export function present(ref: SqlColumnRef): string {
  return ref.missing === null ? `${ref.expr} IS NOT NULL` : `${ref.missing} = 0`
}
