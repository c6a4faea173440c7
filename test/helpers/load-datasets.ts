/**
 * Test databases on the local servers: (re)create and drop them, and load the public sample dumps from
 * the shared datasets folder (Sakila, Northwind) with the servers' own command-line clients, as a DBA
 * would. The dumps are read in place and rewritten on the way in, never copied or changed on disk.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'

import {MYSQL_ADMIN_URL, PG_ADMIN_URL, adminKnex, type LocalServer} from './databases.js'
import {DATASETS} from './run-cli.js'

export type DatasetName = 'sakila' | 'northwind'

/** The dump files per dataset and server, in load order, relative to the datasets folder. */
const DUMPS: Record<DatasetName, Record<LocalServer, string[]>> = {
  sakila: {
    postgres: ['sakila-postgres-jooq/postgres-sakila-schema.sql', 'sakila-postgres-jooq/postgres-sakila-insert-data-using-copy.sql'],
    mariadb: ['sakila-mysql-test_db/sakila-mv-schema.sql', 'sakila-mysql-test_db/sakila-mv-data.sql'],
  },
  northwind: {
    postgres: ['northwind-postgres-pthom/northwind.sql'],
    mariadb: ['northwind-mysql-mywind/northwind.sql', 'northwind-mysql-mywind/northwind-data.sql'],
  },
}

/** Whether every dump the loaders need is in the datasets folder. */
export function datasetsAvailable(): boolean {
  return Object.values(DUMPS).every((byServer) => Object.values(byServer).flat().every((file) => existsSync(resolve(DATASETS, file))))
}

/** Database names are spliced into SQL and dumps; only plain lowercase identifiers are accepted. */
function checkDatabaseName(database: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`not a safe test database name: ${database}`)
}

/** Drops the database if it exists and creates it empty; for MariaDB with the given character set. */
export async function recreateDatabase(server: LocalServer, database: string, mysqlCharset = 'utf8mb4'): Promise<void> {
  checkDatabaseName(database)
  if (!/^\w+$/.test(mysqlCharset)) throw new Error(`not a character set: ${mysqlCharset}`)
  const db = adminKnex(server)
  try {
    if (server === 'postgres') {
      // FORCE ends sessions a failed earlier run may have left open
      await db.raw(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await db.raw(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`)
    } else {
      await db.raw(`DROP DATABASE IF EXISTS \`${database}\``)
      await db.raw(`CREATE DATABASE \`${database}\` CHARACTER SET ${mysqlCharset}`)
    }
  } finally {
    await db.destroy()
  }
}

/** Drops the database (and, on MariaDB, grants left on it) if it exists. */
export async function dropDatabase(server: LocalServer, database: string): Promise<void> {
  checkDatabaseName(database)
  const db = adminKnex(server)
  try {
    if (server === 'postgres') {
      await db.raw(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      return
    }
    await db.raw(`DROP DATABASE IF EXISTS \`${database}\``)
    // MariaDB keeps database-level grants after DROP DATABASE; remove them so dropped test databases leave nothing behind
    const [grants] = (await db.raw('SELECT User AS user, Host AS host FROM mysql.db WHERE Db = ?', [database])) as [Array<{user: string; host: string}>]
    for (const {user, host} of grants) await db.raw(`REVOKE ALL PRIVILEGES ON \`${database}\`.* FROM ?@?`, [user, host])
  } finally {
    await db.destroy()
  }
}

/** Runs a command-line client with `input` on stdin; rejects with the client's stderr when it fails. */
function runClient(command: string, args: string[], input: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(command, args, {env: {...process.env, ...env}, maxBuffer: 64 * 1024 * 1024}, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${stderr.trim() || error.message}`))
      else resolvePromise()
    })
    child.stdin!.on('error', () => {}) // a client that exits early closes stdin; the exit code reports why
    child.stdin!.end(input)
  })
}

/**
 * pg_dump output names the role `postgres` as owner and grantee; a loading superuser of another name
 * (root here) may have no such role, so those statements name the current user instead.
 */
export function rewritePostgresDump(sql: string): string {
  return sql.replace(/^((?:ALTER|GRANT)\b.*\bTO) postgres;$/gm, '$1 CURRENT_USER;')
}

/**
 * MySQL dumps create and select their own schema (`CREATE SCHEMA sakila; USE sakila;`) and sometimes
 * qualify names with it (`FROM sakila.film`). Those lines are dropped and the qualifier renamed, so the
 * data lands in `database`; the schema's default character set is returned so the database gets it.
 */
export function rewriteMysqlDump(sql: string, database: string): {sql: string; charset?: string} {
  const schemaStatement = /^\s*(?:CREATE|DROP)\s+(?:SCHEMA|DATABASE)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?`?(\w+)`?([^;]*);/im
  const useStatement = /^\s*USE\s+`?(\w+)`?\s*;/im
  const schema = schemaStatement.exec(sql)?.[1] ?? useStatement.exec(sql)?.[1]
  const charset = /^\s*CREATE\s+(?:SCHEMA|DATABASE)\b[^;]*?DEFAULT\s+CHARACTER\s+SET\s*=?\s*(\w+)/im.exec(sql)?.[1]
  let rewritten = sql
    .replace(/^\s*(?:CREATE|DROP)\s+(?:SCHEMA|DATABASE)\b[^;]*;[^\n]*$/gim, '')
    .replace(/^\s*USE\s+[^;\n]*;[^\n]*$/gim, '')
  if (schema) rewritten = rewritten.replace(new RegExp(`(?<![\\w.])\`?${schema}\`?\\.(?=[\`\\w])`, 'g'), `\`${database}\`.`)
  return {sql: rewritten, charset}
}

function postgresClient(database: string): {args: string[]; env: Record<string, string>} {
  const url = new URL(PG_ADMIN_URL)
  const env: Record<string, string> = url.password ? {PGPASSWORD: decodeURIComponent(url.password)} : {}
  url.password = '' // not on the command line, where `ps` would show it
  url.pathname = `/${database}`
  return {args: ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--dbname', url.toString()], env}
}

function mariadbClient(database: string): {args: string[]; env: Record<string, string>} {
  const url = new URL(MYSQL_ADMIN_URL)
  const env: Record<string, string> = url.password ? {MYSQL_PWD: decodeURIComponent(url.password)} : {}
  const args = ['--host', url.hostname, '--port', url.port || '3306', '--user', decodeURIComponent(url.username || 'root'),
    '--default-character-set=utf8mb4', '--batch', database]
  return {args, env}
}

/** Drops and creates `database` and loads the dataset's dump into it (psql / mariadb clients). */
export async function loadDataset(name: DatasetName, server: LocalServer, database: string): Promise<void> {
  checkDatabaseName(database)
  const texts = await Promise.all(DUMPS[name][server].map((file) => readFile(resolve(DATASETS, file), 'utf8')))
  if (server === 'postgres') {
    await recreateDatabase(server, database)
    const {args, env} = postgresClient(database)
    for (const text of texts) await runClient('psql', args, rewritePostgresDump(text), env)
    return
  }
  const rewritten = texts.map((text) => rewriteMysqlDump(text, database))
  await recreateDatabase(server, database, rewritten.find((r) => r.charset)?.charset ?? 'utf8mb4')
  const {args, env} = mariadbClient(database)
  for (const {sql} of rewritten) await runClient('mariadb', args, sql, env)
}
