/**
 * Tools for the database safety tests: a second account that may read every KMU ERP table but one, a
 * table lock held by another session (what a running migration or a long write does to a scan), the
 * PostgreSQL scan counters that show whether any statement read a table, and a poller that counts the
 * scanner's connections while a scan runs.
 */
import type {Knex} from 'knex'

import {KMU_ERP_TABLES} from '../../demo/kmu-erp-data.mjs'
import {adminKnex, type LocalServer} from './databases.js'
import {normaliseRawResult} from './knex-run-sql.js'

/** An account that reads the fixture except one table (a different account from the fixture's dr_reader). */
export const LIMITED_USER = 'dr_scan_limited'
export const LIMITED_PASSWORD = 'dr-scan-limited-pw'

type Row = Record<string, unknown>

export async function queryRows(db: Knex, server: LocalServer, sql: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  return normaliseRawResult(server === 'postgres' ? 'pg' : 'mysql2', await db.raw(sql, bindings as Knex.RawBinding[]))
}

function checkName(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a safe identifier: ${name}`)
}

/**
 * Creates LIMITED_USER (if needed) with SELECT on every fixture table of `database` except `denied`.
 * MariaDB lists a table in information_schema only to an account with some privilege on it, so the
 * account gets REFERENCES (no read, no write) on `denied`: it sees the table and may not read it, as on
 * PostgreSQL, where every table is visible in pg_class.
 */
export async function createLimitedAccount(server: LocalServer, database: string, denied: string): Promise<{user: string; password: string}> {
  checkName(database)
  checkName(denied)
  if (server === 'postgres') {
    const admin = adminKnex(server)
    try {
      await admin.raw(`DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LIMITED_USER}') THEN
            CREATE ROLE ${LIMITED_USER} LOGIN PASSWORD '${LIMITED_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
          END IF;
        EXCEPTION WHEN duplicate_object THEN NULL;
        END $$`)
      await admin.raw(`GRANT CONNECT ON DATABASE "${database}" TO ${LIMITED_USER}`)
    } finally {
      await admin.destroy()
    }
    const db = adminKnex(server, database)
    try {
      await db.raw(`GRANT USAGE ON SCHEMA public TO ${LIMITED_USER}`)
      await db.raw(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${LIMITED_USER}`)
      await db.raw(`REVOKE SELECT ON ${denied} FROM ${LIMITED_USER}`)
    } finally {
      await db.destroy()
    }
  } else {
    const admin = adminKnex(server)
    try {
      await admin.raw(`CREATE USER IF NOT EXISTS '${LIMITED_USER}'@'%' IDENTIFIED BY '${LIMITED_PASSWORD}'`)
      for (const table of KMU_ERP_TABLES) {
        const privilege = table.name === denied ? 'REFERENCES' : 'SELECT'
        await admin.raw(`GRANT ${privilege} ON \`${database}\`.\`${table.name}\` TO '${LIMITED_USER}'@'%'`)
      }
    } finally {
      await admin.destroy()
    }
  }
  return {user: LIMITED_USER, password: LIMITED_PASSWORD}
}

/** Drops LIMITED_USER; on PostgreSQL call it after the databases it was granted on are dropped. */
export async function dropLimitedAccount(server: LocalServer): Promise<void> {
  const admin = adminKnex(server)
  try {
    if (server === 'postgres') await admin.raw(`DROP ROLE IF EXISTS ${LIMITED_USER}`)
    else await admin.raw(`DROP USER IF EXISTS '${LIMITED_USER}'@'%'`)
  } finally {
    await admin.destroy()
  }
}

/**
 * Locks `tables` against reading from another session until `release` is called: PostgreSQL
 * ACCESS EXCLUSIVE inside an open transaction (what ALTER TABLE or VACUUM FULL hold), MariaDB
 * LOCK TABLES … WRITE.
 */
export async function holdReadLock(server: LocalServer, database: string, tables: readonly string[]): Promise<() => Promise<void>> {
  tables.forEach(checkName)
  const db = adminKnex(server, database)
  const connection = (await db.client.acquireConnection()) as {query: (sql: string, cb: (err: Error | null) => void) => void}
  const run = (sql: string) => new Promise<void>((resolve, reject) => connection.query(sql, (err) => (err ? reject(err) : resolve())))
  if (server === 'postgres') {
    await run('BEGIN')
    await run(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`)
  } else {
    await run(`LOCK TABLES ${tables.map((t) => `\`${t}\` WRITE`).join(', ')}`)
  }
  return async () => {
    try {
      await run(server === 'postgres' ? 'ROLLBACK' : 'UNLOCK TABLES')
    } finally {
      await db.client.releaseConnection(connection)
      await db.destroy()
    }
  }
}

/** PostgreSQL: sequential plus index scans of the fixture tables so far (any statement reading a table counts). */
export async function postgresScanCounters(database: string): Promise<number> {
  const db = adminKnex('postgres', database)
  try {
    const names = KMU_ERP_TABLES.map((t) => t.name)
    const [row] = await queryRows(
      db,
      'postgres',
      `SELECT COALESCE(SUM(seq_scan + COALESCE(idx_scan, 0)), 0) AS scans FROM pg_stat_user_tables WHERE relname IN (${names.map(() => '?').join(', ')})`,
      names,
    )
    return Number(row.scans)
  } finally {
    await db.destroy()
  }
}

/**
 * Counts the scanner's connections to `database` every few milliseconds until `stop` is called; returns
 * the highest count seen and how many polls saw at least one. PostgreSQL: sessions named `datenreife`
 * (application_name); MariaDB: sessions of `user` on the database.
 */
export function pollScanConnections(server: LocalServer, database: string, user: string): {stop: () => Promise<{max: number; pollsWithConnection: number}>} {
  const admin = adminKnex(server)
  const sql =
    server === 'postgres'
      ? "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = 'datenreife' AND datname = ?"
      : 'SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND USER = ?'
  const bindings = server === 'postgres' ? [database] : [database, user]
  let max = 0
  let pollsWithConnection = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const [row] = await queryRows(admin, server, sql, bindings)
      const n = Number(row.n)
      max = Math.max(max, n)
      if (n > 0) pollsWithConnection++
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      await admin.destroy()
      return {max, pollsWithConnection}
    },
  }
}
