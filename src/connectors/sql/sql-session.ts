/**
 * A read-only scan session on one database: knex with the settings of knex-config.ts, every statement
 * run through `run` (autocommit, with the session's timeout), results normalised to plain row arrays,
 * driver errors turned into ScannerErrors with stable codes and messages that name the source (redacted)
 * and what to do. `statements` keeps what ran, for --debug and for tests.
 */
import {createRequire} from 'node:module'
import knexFactory, {type Knex} from 'knex'
import type {LabeledSql, RunSql, SqlDialect, SqlRow} from './dialect.js'
import {knexConfig} from './knex-config.js'
import {databaseError} from './database-errors.js'
import type {SqlSourceSpec} from './source-uri.js'
import {debugLog} from '../../util/debug-log.js'

const require = createRequire(import.meta.url)

export interface SqlSession {
  readonly dialect: SqlDialect
  readonly spec: SqlSourceSpec
  run: RunSql
  /** every statement that ran, in order, with its duration */
  readonly statements: Array<LabeledSql & {ms: number}>
  close(): Promise<void>
}

export function openSqlSession(spec: SqlSourceSpec, dialect: SqlDialect): SqlSession {
  const db: Knex = knexFactory(knexConfig(spec, dialect, rawQueryFor(spec.dialect)))
  const statements: Array<LabeledSql & {ms: number}> = []
  return {
    dialect,
    spec,
    statements,
    async run(statement: LabeledSql): Promise<SqlRow[]> {
      const started = Date.now()
      try {
        if (spec.dialect === 'postgres') return await runOnPgConnection(db, statement.sql)
        const result: unknown = await db.raw(escapeQuestionMarks(spec.dialect, statement.sql))
        return normaliseRows(spec.dialect, result)
      } catch (error) {
        throw databaseError(error, spec, statement)
      } finally {
        const ms = Date.now() - started
        statements.push({...statement, ms})
        debugLog(`${spec.location}: ${statement.label}: ${ms} ms`)
      }
    },
    async close() {
      await db.destroy().catch(() => {})
    },
  }
}

/**
 * knex turns every `?` into a bind parameter for pg ($1) and mssql (@p0) — even inside string literals,
 * and the placeholder list holds '?', '??' and '???'. `\?` is knex's escape for a literal question mark
 * (it cannot keep a backslash that stands before a `?`: PostgreSQL statements therefore bypass knex's
 * query building, see runOnPgConnection; SQL Server's keep this escape).
 */
export function escapeQuestionMarks(dialect: SqlSourceSpec['dialect'], sql: string): string {
  return dialect === 'mssql' ? sql.replace(/\?/g, '\\?') : sql
}

interface PgConnection {
  query(sql: string): Promise<{rows?: SqlRow[]}>
}

/** the statement exactly as written, on a connection of knex's pool (its settings and limits still apply) */
async function runOnPgConnection(db: Knex, sql: string): Promise<SqlRow[]> {
  const client = db.client as {acquireConnection(): Promise<PgConnection>; releaseConnection(conn: PgConnection): Promise<unknown>}
  const conn = await client.acquireConnection()
  try {
    const result = await conn.query(sql)
    return Array.isArray(result.rows) ? result.rows : []
  } finally {
    await client.releaseConnection(conn)
  }
}

/** knex.raw results differ per driver: pg {rows}, mysql2 [rows, fields], mssql and better-sqlite3 rows */
export function normaliseRows(dialect: SqlSourceSpec['dialect'], result: unknown): SqlRow[] {
  if (dialect === 'postgres') {
    const rows = (result as {rows?: SqlRow[]})?.rows
    return Array.isArray(rows) ? rows : []
  }
  if (dialect === 'mysql') {
    const first = Array.isArray(result) ? result[0] : undefined
    return Array.isArray(first) ? (first as SqlRow[]) : []
  }
  return Array.isArray(result) ? (result as SqlRow[]) : []
}

type RawQuery = (conn: unknown, sql: string) => Promise<void>

/** one statement on a raw driver connection (knex's afterCreate hands those out) */
function rawQueryFor(dialect: SqlSourceSpec['dialect']): RawQuery {
  switch (dialect) {
    case 'mysql':
    case 'postgres':
      return (conn, sql) =>
        new Promise((resolve, reject) => {
          ;(conn as {query: (sql: string, cb: (err: Error | null) => void) => void}).query(sql, (err) => (err ? reject(err) : resolve()))
        })
    case 'sqlite':
      return async (conn, sql) => {
        ;(conn as {exec: (sql: string) => void}).exec(sql)
      }
    case 'mssql':
      return (conn, sql) =>
        new Promise((resolve, reject) => {
          const tedious = require('tedious') as {Request: new (sql: string, cb: (err: Error | null) => void) => unknown}
          const request = new tedious.Request(sql, (err) => (err ? reject(err) : resolve()))
          ;(conn as {execSqlBatch: (request: unknown) => void}).execSqlBatch(request)
        })
  }
}
