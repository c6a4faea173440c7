/**
 * knex settings per dialect for a read-only, gentle scan session: at most `maxConnections` (≤ 2)
 * connections, a connect timeout, a statement timeout, TLS as the user asked, and the read-only session
 * set before the first statement:
 * - PostgreSQL: startup options `default_transaction_read_only=on` and `statement_timeout` (in force
 *   before any statement; a write fails with "cannot execute … in a read-only transaction");
 * - MySQL/MariaDB: `SET SESSION TRANSACTION READ ONLY` and the server's statement time limit on every new
 *   connection (MariaDB knows max_statement_time, MySQL max_execution_time: the other one is rejected
 *   and ignored);
 * - SQL Server: ApplicationIntent=ReadOnly (readOnlyIntent), the request timeout, and the dialect's SET
 *   statements per connection;
 * - SQLite: the file opened read-only (and `PRAGMA query_only`), never created when it is missing.
 */
import {readFileSync} from 'node:fs'
import type {Knex} from 'knex'
import {ScannerError} from '../../errors.js'
import type {SqlDialect} from './dialect.js'
import {redactLocation, type SqlSourceSpec} from './source-uri.js'
import {debugLog} from '../../util/debug-log.js'

export const CONNECT_TIMEOUT_MS = 10_000
const APP_NAME = 'datenreife'

type RawQuery = (conn: unknown, sql: string) => Promise<void>

export function knexConfig(spec: SqlSourceSpec, dialect: SqlDialect, rawQuery: RawQuery): Knex.Config {
  const max = Math.max(1, Math.min(2, spec.maxConnections))
  const pool: Knex.PoolConfig = {
    min: 0,
    max,
    afterCreate: (conn: unknown, done: (err: Error | null, conn: unknown) => void) => {
      runSetup(conn, spec, dialect, rawQuery).then(
        () => done(null, conn),
        (error: Error) => done(error, conn),
      )
    },
  }
  // knex logs connection errors with stack traces to the console; ours reach the user as ScannerErrors
  const quiet = (message: unknown) => debugLog(`knex: ${redactLocation(String(message))}`)
  const log = {warn: quiet, error: quiet, deprecate: quiet, debug: quiet}
  const base = {pool, log, acquireConnectionTimeout: CONNECT_TIMEOUT_MS + 5_000, useNullAsDefault: true}
  switch (spec.dialect) {
    case 'postgres':
      return {...base, client: 'pg', connection: postgresConnection(spec)}
    case 'mysql':
      return {...base, client: 'mysql2', connection: mysqlConnection(spec)}
    case 'mssql':
      return {...base, client: 'mssql', connection: mssqlConnection(spec)}
    case 'sqlite':
      return {
        ...base,
        client: 'better-sqlite3',
        connection: {filename: spec.file ?? spec.database, options: {readonly: true, fileMustExist: true}} as Knex.BetterSqlite3ConnectionConfig,
      }
  }
}

async function runSetup(conn: unknown, spec: SqlSourceSpec, dialect: SqlDialect, rawQuery: RawQuery): Promise<void> {
  // PostgreSQL got its session settings as startup options (see postgresConnection)
  if (spec.dialect === 'postgres') return
  for (const statement of dialect.sessionSetup(spec.statementTimeoutMs)) {
    try {
      await rawQuery(conn, statement.sql)
    } catch (error) {
      // exactly one of MySQL's and MariaDB's timeout variables exists on a server
      if (spec.dialect === 'mysql' && /max_(statement|execution)_time/i.test(statement.sql)) continue
      throw error
    }
  }
}

function postgresConnection(spec: SqlSourceSpec): Knex.PgConnectionConfig {
  const conn: Knex.PgConnectionConfig & {options?: string; connectionTimeoutMillis?: number} = {
    host: spec.host,
    port: spec.port,
    user: spec.user,
    database: spec.database,
    application_name: APP_NAME,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // DateStyle ISO: dates come back as yyyy-mm-dd text wherever the SQL casts them
    options: `-c default_transaction_read_only=on -c statement_timeout=${Math.round(spec.statementTimeoutMs)} -c DateStyle=ISO`,
  }
  if (spec.password !== undefined) conn.password = spec.password
  // libpq's prefer/allow fall back to plain connections, which node-postgres cannot: they stay plain
  const mode = spec.tls.mode
  if (mode === 'require') conn.ssl = {rejectUnauthorized: false}
  else if (mode === 'verify-ca' || mode === 'verify-full') conn.ssl = {rejectUnauthorized: true, ...caOf(spec)}
  return conn
}

function mysqlConnection(spec: SqlSourceSpec): Knex.MySql2ConnectionConfig {
  const conn: Knex.MySql2ConnectionConfig & Record<string, unknown> = {
    host: spec.host,
    port: spec.port,
    user: spec.user,
    database: spec.database,
    connectTimeout: CONNECT_TIMEOUT_MS,
    charset: 'utf8mb4',
    // exact numbers: DECIMAL and BIGINT as strings, converted where the report needs numbers
    supportBigNumbers: true,
    bigNumberStrings: true,
    // dates as the server writes them: no time-zone shift by the driver
    dateStrings: true,
  }
  if (spec.password !== undefined) conn.password = spec.password
  // MySQL's ssl-mode: REQUIRED encrypts without verifying; VERIFY_CA / VERIFY_IDENTITY verify the certificate
  const mode = spec.tls.mode
  if (mode === 'verify-ca' || mode === 'verify-full') conn.ssl = {rejectUnauthorized: true, ...caOf(spec)}
  else if (mode === 'require' || spec.tls.encrypt) conn.ssl = {rejectUnauthorized: spec.tls.trustServerCertificate === false, ...caOf(spec)}
  return conn
}

/** `tls.ca` names a PEM file: the drivers want its contents */
function caOf(spec: SqlSourceSpec): {ca?: string} {
  if (!spec.tls.ca) return {}
  try {
    return {ca: readFileSync(spec.tls.ca, 'utf8')}
  } catch (error) {
    throw new ScannerError('CONFIG_INVALID', `${spec.location}: the CA certificate ${spec.tls.ca} cannot be read (${(error as Error).message}).`, {
      location: spec.location,
      suggestions: ['Point tls.ca (or sslrootcert) at a readable PEM file.'],
    })
  }
}

function mssqlConnection(spec: SqlSourceSpec): Knex.MsSqlConnectionConfig {
  return {
    server: spec.host ?? 'localhost',
    // a named instance (SQLEXPRESS) is found through the SQL Browser, without a fixed port
    ...(spec.instanceName ? {} : {port: spec.port}),
    user: spec.user ?? '',
    password: spec.password ?? '',
    database: spec.database,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    requestTimeout: Math.round(spec.statementTimeoutMs),
    options: {
      encrypt: spec.tls.encrypt ?? true,
      trustServerCertificate: spec.tls.trustServerCertificate ?? false,
      readOnlyIntent: true,
      appName: APP_NAME,
      ...(spec.instanceName ? {instanceName: spec.instanceName} : {}),
    },
  } as Knex.MsSqlConnectionConfig
}
