/**
 * Tables of text values, loaded exactly as given (no trimming, '' stays '', null stays NULL) into a
 * SQLite file, a PostgreSQL or a MariaDB database, so that one set of values can be scanned both as
 * rows and through the SQL pushdown. Also the row path folded directly: the values through the row-form
 * analyzers, as the database sample is (src/engine/database/sample-fold.ts).
 */
import Database from 'better-sqlite3'
import type {Knex} from 'knex'

import {foldSample, planSample} from '../../src/engine/database/sample-fold.js'
import {buildTableReport} from '../../src/engine/table-report-builder.js'
import type {ColumnReport} from '../../src/report/scan-report.js'
import {adminKnex, type LocalServer} from './databases.js'

export type TextRow = Array<string | null>

export interface TextTable {
  name: string
  columns: string[]
  rows: TextRow[]
}

/** The metrics the SQL pushdown computes for a text column, and the row path computes from every value. */
export interface TextColumnMetrics {
  nullCount: number
  emptyCount: number
  placeholderCount: number
  completeness: number | null
  distinctCount: number
  distinctApprox: boolean
  minLength?: number
  maxLength?: number
}

export function textMetrics(column: ColumnReport): TextColumnMetrics {
  const metrics: TextColumnMetrics = {
    nullCount: column.nullCount,
    emptyCount: column.emptyCount,
    placeholderCount: column.placeholderCount,
    completeness: column.completeness,
    distinctCount: column.distinctCount,
    distinctApprox: column.distinctApprox,
  }
  if (column.minLength !== undefined) metrics.minLength = column.minLength
  if (column.maxLength !== undefined) metrics.maxLength = column.maxLength
  return metrics
}

/** The row path: every value folded through the row-form analyzers, one report column per table column. */
export function rowPathColumns(table: TextTable): ColumnReport[] {
  const {plan, context} = planSample(table.name, table.columns.map((name) => ({name})), table.rows)
  const fold = foldSample(plan, context, table.rows)
  return buildTableReport(plan, context, fold, null, {findings: []}).report.columns
}

/** Writes the table into a new SQLite file (TEXT columns). */
export function writeSqliteTextTable(file: string, table: TextTable): void {
  const db = new Database(file)
  try {
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
    db.exec(`CREATE TABLE ${quote(table.name)} (${table.columns.map((c) => `${quote(c)} TEXT`).join(', ')})`)
    const insert = db.prepare(`INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => '?').join(', ')})`)
    db.transaction((rows: TextRow[]) => {
      for (const row of rows) insert.run(...row)
    })(table.rows)
  } finally {
    db.close()
  }
}

/**
 * Creates the table in `database` (which must exist) and loads the rows. PostgreSQL: TEXT columns.
 * MariaDB: VARCHAR(255) in the database's default collation (utf8mb4_general_ci: case- and
 * accent-insensitive, PAD SPACE) by default; `mysqlType: 'mediumtext'` makes them large objects, which
 * the pushdown leaves (partly) to the sample.
 */
export async function loadServerTextTable(
  server: LocalServer,
  database: string,
  table: TextTable,
  options: {mysqlType?: 'varchar' | 'mediumtext'} = {},
): Promise<void> {
  const db: Knex = adminKnex(server, database)
  try {
    await db.schema.createTable(table.name, (t) => {
      for (const column of table.columns) {
        if (server === 'postgres') t.text(column)
        else if (options.mysqlType === 'mediumtext') t.text(column, 'mediumtext')
        else t.string(column, 255)
      }
    })
    const records = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])))
    await db.batchInsert(table.name, records, 500)
    if (server === 'postgres') await db.raw(`ANALYZE "${table.name}"`)
  } finally {
    await db.destroy()
  }
}
