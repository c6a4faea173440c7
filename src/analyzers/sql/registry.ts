/**
 * The SQL forms the pushdown runs, one per row-form analyzer that has one. Type inference has none (it
 * needs values: it runs on the sample); table analyzers' SQL lives in src/connectors/sql/duplicate-sql.ts
 * because it is a GROUP BY of its own, not part of the aggregate SELECT.
 */
import {completenessSql} from './completeness-sql.js'
import {distinctValuesSql} from './distinct-values-sql.js'
import type {ColumnSqlForm} from './sql-form.js'
import {valueRangeSql} from './value-range-sql.js'

export const COLUMN_SQL_FORMS: readonly ColumnSqlForm[] = [completenessSql, distinctValuesSql, valueRangeSql]
