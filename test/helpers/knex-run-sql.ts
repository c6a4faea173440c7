/**
 * A RunSql (the dialects' only way to reach a database) made from a knex instance, for integration tests.
 * knex `raw` hands back each driver's own result shape; this turns all of them into plain row arrays:
 * - pg: a Result object `{rows, fields, …}`
 * - mysql2: `[rows, fields]` (rows is a ResultSetHeader object for statements without a result set)
 * - mssql: the rows array itself
 * - better-sqlite3: the rows array for reading statements, `{changes, lastInsertRowid}` otherwise
 *
 * Why not plain `db.raw(sql)` for every client: knex rewrites every `?` into a positional parameter for
 * pg (`$1`) and mssql (`@p0`), even inside string literals, so `WHERE x = '?'` would break. For pg the
 * statement goes straight to the driver on a pooled connection; for mssql `?` is escaped as `\?`, which
 * knex turns back into `?`. mysql2 and better-sqlite3 leave `?` alone when no bindings are given.
 */
import type {Knex} from 'knex'

import type {LabeledSql, RunSql, SqlRow} from '../../src/connectors/sql/dialect.js'

export function normaliseRawResult(client: string, result: unknown): SqlRow[] {
  if (client === 'pg') {
    const rows = (result as {rows?: unknown} | undefined)?.rows
    return Array.isArray(rows) ? (rows as SqlRow[]) : []
  }
  if (client === 'mysql2') {
    const rows = Array.isArray(result) ? result[0] : undefined
    return Array.isArray(rows) ? (rows as SqlRow[]) : []
  }
  // mssql, better-sqlite3: an array of rows, or a run summary object for writes and pragmas
  return Array.isArray(result) ? (result as SqlRow[]) : []
}

/** The knex client name, normalised: "pg", "mysql2", "mssql", "better-sqlite3". */
export function knexClientName(db: Knex): string {
  const config = db.client.config as {client?: unknown}
  const name = typeof config.client === 'string' ? config.client : String((db.client as {dialect?: unknown}).dialect ?? '')
  if (name === 'postgres' || name === 'postgresql') return 'pg'
  if (name === 'mysql') return 'mysql2'
  return name
}

interface PgConnection {
  query(sql: string): Promise<unknown>
}

/** Runs each statement and returns its rows; `seen` (optional) records what ran, in order. */
export function knexRunSql(db: Knex, seen?: LabeledSql[]): RunSql {
  const client = knexClientName(db)
  return async (statement) => {
    seen?.push(statement)
    if (client === 'pg') {
      const connection = (await db.client.acquireConnection()) as PgConnection
      try {
        return normaliseRawResult(client, await connection.query(statement.sql))
      } finally {
        await db.client.releaseConnection(connection)
      }
    }
    const sql = client === 'mssql' ? statement.sql.replaceAll('?', '\\?') : statement.sql
    return normaliseRawResult(client, await db.raw(sql))
  }
}
