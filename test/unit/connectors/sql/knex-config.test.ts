import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Knex} from 'knex'
import {describe, expect, it} from 'vitest'
import type {DialectName} from '../../../../src/connectors/sql/catalog.js'
import {dialectFor} from '../../../../src/connectors/sql/dialect-registry.js'
import {CONNECT_TIMEOUT_MS, knexConfig} from '../../../../src/connectors/sql/knex-config.js'
import type {SqlSourceSpec} from '../../../../src/connectors/sql/source-uri.js'
import {sqlSpec} from './spec-fixture.js'

type Conn = Record<string, unknown> & {ssl?: Record<string, unknown>; options?: Record<string, unknown> | string}

function config(dialect: DialectName, overrides: Partial<SqlSourceSpec> = {}, rawQuery = async (_c: unknown, _s: string) => {}) {
  const cfg = knexConfig(sqlSpec(dialect, overrides), dialectFor(dialect), rawQuery)
  return {cfg, conn: cfg.connection as Conn, pool: cfg.pool as Knex.PoolConfig & {afterCreate: (conn: unknown, done: (err: Error | null, conn: unknown) => void) => void}}
}

/** runs the pool's afterCreate on a fake connection and returns what it executed */
async function afterCreate(dialect: DialectName, fail: (sql: string) => Error | null = () => null, overrides: Partial<SqlSourceSpec> = {}) {
  const ran: string[] = []
  const conn = {id: 'fake'}
  const {pool} = config(dialect, overrides, async (c, sql) => {
    expect(c).toBe(conn)
    ran.push(sql)
    const error = fail(sql)
    if (error) throw error
  })
  const error = await new Promise<Error | null>((resolve) => pool.afterCreate(conn, (err) => resolve(err)))
  return {ran, error}
}

describe('knexConfig: common', () => {
  it.each(['postgres', 'mysql', 'mssql', 'sqlite'] as const)('%s: at most two pooled connections, none kept idle', (dialect) => {
    for (const maxConnections of [1, 2, 5, 100]) {
      const {pool} = config(dialect, {maxConnections})
      expect(pool.min).toBe(0)
      expect(pool.max).toBe(Math.min(2, maxConnections))
    }
    expect(config(dialect, {maxConnections: 0}).pool.max).toBe(1)
  })

  it('the clients: pg, mysql2, mssql, better-sqlite3; acquiring waits a little longer than connecting', () => {
    expect(config('postgres').cfg.client).toBe('pg')
    expect(config('mysql').cfg.client).toBe('mysql2')
    expect(config('mssql').cfg.client).toBe('mssql')
    expect(config('sqlite').cfg.client).toBe('better-sqlite3')
    expect(config('postgres').cfg.acquireConnectionTimeout).toBeGreaterThan(CONNECT_TIMEOUT_MS)
  })
})

describe('knexConfig: PostgreSQL', () => {
  it('read-only transactions and the statement timeout as startup options (in force before any statement)', () => {
    const {conn} = config('postgres', {statementTimeoutMs: 45_000})
    expect(conn.options).toBe('-c default_transaction_read_only=on -c statement_timeout=45000 -c DateStyle=ISO')
    expect(conn).toMatchObject({host: 'erp-host', port: 5432, user: 'reader', database: 'erp', password: 'Geheim-Pw-4711', application_name: 'datenreife'})
    expect(conn.connectionTimeoutMillis).toBe(CONNECT_TIMEOUT_MS)
  })

  it('runs no setup statements per connection (the startup options did it)', async () => {
    const {ran, error} = await afterCreate('postgres')
    expect(error).toBeNull()
    expect(ran).toEqual([])
  })

  it('no password field when none was given', () => {
    expect('password' in config('postgres', {password: undefined}).conn).toBe(false)
  })

  it('TLS: none by default and for disable; encrypted without verification for require', () => {
    expect(config('postgres').conn.ssl).toBeUndefined()
    expect(config('postgres', {tls: {mode: 'disable'}}).conn.ssl).toBeUndefined()
    expect(config('postgres', {tls: {mode: 'require'}}).conn.ssl).toEqual({rejectUnauthorized: false})
  })

  it('TLS: verify-ca and verify-full verify the certificate', () => {
    expect(config('postgres', {tls: {mode: 'verify-full'}}).conn.ssl).toEqual({rejectUnauthorized: true})
    expect(config('postgres', {tls: {mode: 'verify-ca'}}).conn.ssl).toMatchObject({rejectUnauthorized: true})
  })

  // BUG (reported): tls.ca is a file path (source-uri.ts resolves it), but node's TLS `ca` wants the
  // certificate itself (PEM text). Passing the path trusts nothing. Flip to it() once fixed.
  it('TLS: sslrootcert is read from its file and handed to the driver as PEM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-knexcfg-'))
    try {
      const file = join(dir, 'erp-ca.pem')
      const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
      writeFileSync(file, pem)
      const ssl = config('postgres', {tls: {mode: 'verify-full', ca: file}}).conn.ssl!
      expect(String(ssl.ca)).toBe(pem)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('knexConfig: MySQL / MariaDB', () => {
  it('exact numbers and dates as text, utf8mb4, a connect timeout', () => {
    const {conn} = config('mysql')
    expect(conn).toMatchObject({host: 'erp-host', port: 3306, user: 'reader', database: 'erp', charset: 'utf8mb4', supportBigNumbers: true, bigNumberStrings: true, dateStrings: true})
    expect(conn.connectTimeout).toBe(CONNECT_TIMEOUT_MS)
    expect(conn.ssl).toBeUndefined()
  })

  it('each new connection: read-only session, then both statement time limits', async () => {
    const {ran, error} = await afterCreate('mysql', () => null, {statementTimeoutMs: 12_000})
    expect(error).toBeNull()
    expect(ran).toEqual(['SET SESSION TRANSACTION READ ONLY', 'SET SESSION max_statement_time = 12', 'SET SESSION max_execution_time = 12000'])
  })

  it('the time-limit variable the server does not know is skipped', async () => {
    const unknown = (sql: string) => (sql.includes('max_execution_time') ? new Error("Unknown system variable 'max_execution_time'") : null)
    const {ran, error} = await afterCreate('mysql', unknown)
    expect(error).toBeNull()
    expect(ran).toHaveLength(3)
  })

  it('a failing read-only statement fails the connection', async () => {
    const {ran, error} = await afterCreate('mysql', (sql) => (sql.includes('READ ONLY') ? new Error('denied') : null))
    expect(error?.message).toBe('denied')
    expect(ran).toEqual(['SET SESSION TRANSACTION READ ONLY'])
  })

  it('TLS: on for ssl=true / sslmode=require', () => {
    expect(config('mysql', {tls: {mode: 'require'}}).conn.ssl).toBeDefined()
  })

  // BUG (reported): only mode 'require' (and encrypt) turns TLS on for MySQL; ssl-mode=VERIFY_CA /
  // VERIFY_IDENTITY (parsed to verify-ca / verify-full) connect in plain text. Flip to it() once fixed.
  it('TLS: ssl-mode VERIFY_IDENTITY (verify-full) encrypts and verifies the certificate', () => {
    expect(config('mysql', {tls: {mode: 'verify-full'}}).conn.ssl).toMatchObject({rejectUnauthorized: true})
  })
  it('TLS: ssl-mode VERIFY_CA (verify-ca) encrypts and verifies the certificate', () => {
    expect(config('mysql', {tls: {mode: 'verify-ca'}}).conn.ssl).toMatchObject({rejectUnauthorized: true})
  })

  // BUG (reported): MySQL's REQUIRED means "encrypted, certificate not verified" (servers ship
  // self-signed certificates), but 'require' sets rejectUnauthorized true. Flip to it() once fixed.
  it('TLS: ssl-mode REQUIRED (require) encrypts without verifying, as MySQL defines it', () => {
    expect(config('mysql', {tls: {mode: 'require'}}).conn.ssl).toMatchObject({rejectUnauthorized: false})
  })

  it('TLS: trustServerCertificate accepts a self-signed certificate', () => {
    expect(config('mysql', {tls: {mode: 'require', trustServerCertificate: true}}).conn.ssl).toMatchObject({rejectUnauthorized: false})
  })
})

describe('knexConfig: SQL Server', () => {
  it('read-only intent, request timeout, encrypted by default with a verified certificate', () => {
    const {conn} = config('mssql', {statementTimeoutMs: 20_000})
    expect(conn).toMatchObject({server: 'erp-host', port: 1433, user: 'reader', password: 'Geheim-Pw-4711', database: 'erp', requestTimeout: 20_000, connectionTimeout: CONNECT_TIMEOUT_MS})
    expect(conn.options).toEqual({encrypt: true, trustServerCertificate: false, readOnlyIntent: true, appName: 'datenreife'})
  })

  it('encrypt and trustServerCertificate as the user set them', () => {
    expect(config('mssql', {tls: {encrypt: false, trustServerCertificate: true}}).conn.options).toMatchObject({encrypt: false, trustServerCertificate: true, readOnlyIntent: true})
  })

  it('each new connection: lock timeout, read committed, low deadlock priority', async () => {
    const {ran, error} = await afterCreate('mssql', () => null, {statementTimeoutMs: 15_000})
    expect(error).toBeNull()
    expect(ran).toEqual(['SET LOCK_TIMEOUT 15000', 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED', 'SET DEADLOCK_PRIORITY LOW'])
  })

  // BUG (reported): a named instance (mssql://host\SQLEXPRESS, config instanceName) is parsed into
  // spec.instanceName but never handed to tedious (options.instanceName); with no port the driver then
  // dials 1433 on the host instead of asking the SQL Browser. Flip to it() once fixed.
  it('a named instance reaches the driver as options.instanceName', () => {
    const {conn} = config('mssql', {port: undefined, instanceName: 'SQLEXPRESS'})
    expect(conn.options).toMatchObject({instanceName: 'SQLEXPRESS'})
  })
})

describe('knexConfig: SQLite', () => {
  it('opens the file read-only and never creates it', () => {
    const {conn} = config('sqlite')
    expect(conn).toEqual({filename: '/daten/wawi.db', options: {readonly: true, fileMustExist: true}})
  })

  it('each new connection: PRAGMA query_only', async () => {
    const {ran} = await afterCreate('sqlite')
    expect(ran).toEqual(['PRAGMA query_only = ON'])
  })
})
