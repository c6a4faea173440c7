/**
 * The engines the database scan suites run on, each with the KMU ERP fixture (demo/kmu-erp-data.mjs):
 * SQLite reads the committed demo/wawi.db; PostgreSQL and MariaDB get the fixture loaded into a test
 * database of the caller's name; SQL Server runs only when DATENREIFE_TEST_MSSQL_URL names a server, and
 * only once the fixture can write SQL Server DDL. A suite that cannot run says why in its title.
 */
import {resolve} from 'node:path'

import knexFactory, {type Knex} from 'knex'

import {KMU_ERP_TABLES, kmuErpCreateStatements, kmuErpRows} from '../../demo/kmu-erp-data.mjs'
import {createKmuErp, dropDatabase} from '../fixtures/kmu-erp.js'
import {MSSQL_URL, databaseUrl, serverAvailable, suiteTitle, type LocalServer} from './databases.js'
import {ROOT} from './run-cli.js'

export type ScanEngineName = 'sqlite' | 'postgres' | 'mariadb' | 'mssql'

export interface KmuScanEngine {
  name: ScanEngineName
  /** the suite title; names the reason when the suite is skipped */
  title: string
  skip: boolean
  /** loads the fixture where needed and returns the URI a user would scan */
  prepare(): Promise<string>
  cleanup(): Promise<void>
}

export const WAWI_DB = resolve(ROOT, 'demo/wawi.db')

/** Whether the fixture can write DDL for SQL Server (it knows postgres, mysql and sqlite today). */
export function fixtureSupportsMssql(): boolean {
  try {
    ;(kmuErpCreateStatements as (dialect: string) => string[])('mssql')
    return true
  } catch {
    return false
  }
}

/** The engines for a suite over the KMU ERP fixture; `database` names the test database on the servers. */
export async function kmuScanEngines(title: string, database: string): Promise<KmuScanEngine[]> {
  const engines: KmuScanEngine[] = [
    {name: 'sqlite', title: `${title} on SQLite (demo/wawi.db)`, skip: false, prepare: async () => `sqlite:${WAWI_DB}`, cleanup: async () => {}},
  ]
  for (const server of ['postgres', 'mariadb'] as LocalServer[]) {
    const available = await serverAvailable(server)
    engines.push({
      name: server,
      title: suiteTitle(`${title} on ${server}`, server, available),
      skip: !available,
      prepare: async () => {
        await createKmuErp(server, database)
        return databaseUrl(server, database)
      },
      cleanup: () => dropDatabase(server, database),
    })
  }
  engines.push(mssqlEngine(title, database))
  return engines
}

function mssqlEngine(title: string, database: string): KmuScanEngine {
  const base = {name: 'mssql' as const, prepare: () => loadKmuErpIntoMssql(database), cleanup: () => dropMssqlDatabase(database)}
  if (MSSQL_URL === undefined) return {...base, title: `${title} on mssql (skipped: DATENREIFE_TEST_MSSQL_URL is not set)`, skip: true}
  if (!fixtureSupportsMssql()) {
    return {...base, title: `${title} on mssql (skipped: the KMU ERP fixture has no SQL Server DDL — kmuErpCreateStatements('mssql') is not supported)`, skip: true}
  }
  return {...base, title: `${title} on mssql`, skip: false}
}

/** A knex connection to the SQL Server of DATENREIFE_TEST_MSSQL_URL (mssql://user:pw@host:port/database). */
function mssqlKnex(database?: string): Knex {
  const url = new URL(MSSQL_URL!)
  const trust = url.searchParams.get('trustServerCertificate')
  return knexFactory({
    client: 'mssql',
    connection: {
      server: url.hostname,
      port: url.port ? Number(url.port) : 1433,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: database ?? (decodeURIComponent(url.pathname.slice(1)) || 'master'),
      options: {encrypt: url.searchParams.get('encrypt') !== 'false', trustServerCertificate: trust === null ? true : trust === 'true'},
    },
    pool: {min: 0, max: 2},
  })
}

function checkName(database: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`not a safe test database name: ${database}`)
}

async function dropMssqlDatabase(database: string): Promise<void> {
  if (MSSQL_URL === undefined) return
  checkName(database)
  const db = mssqlKnex('master')
  try {
    await db.raw(`IF DB_ID(N'${database}') IS NOT NULL BEGIN ALTER DATABASE [${database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [${database}]; END`)
  } finally {
    await db.destroy()
  }
}

/** Creates `database` on the SQL Server, loads the fixture with its own DDL and returns the scan URI. */
async function loadKmuErpIntoMssql(database: string): Promise<string> {
  checkName(database)
  await dropMssqlDatabase(database)
  const master = mssqlKnex('master')
  try {
    await master.raw(`CREATE DATABASE [${database}]`)
  } finally {
    await master.destroy()
  }
  const db = mssqlKnex(database)
  try {
    for (const statement of (kmuErpCreateStatements as (dialect: string) => string[])('mssql')) await db.raw(statement)
    for (const table of KMU_ERP_TABLES) {
      // SQL Server takes at most 2100 parameters per statement
      await db.batchInsert(table.name, kmuErpRows(table.name), Math.floor(2000 / table.columns.length))
    }
  } finally {
    await db.destroy()
  }
  const url = new URL(MSSQL_URL!)
  url.pathname = `/${database}`
  return url.toString()
}
