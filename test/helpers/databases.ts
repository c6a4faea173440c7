/**
 * The local database servers integration suites run against. On a laptop without them a suite is
 * skipped and says so in its name; under CI=true a missing server is a failure, never a silent skip.
 */
import knexFactory, {type Knex} from 'knex'

export const PG_ADMIN_URL = process.env.DATENREIFE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const MYSQL_ADMIN_URL = process.env.DATENREIFE_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test'
/** a real SQL Server for the mssql suite; unset here (no SQL Server can run on this machine) */
export const MSSQL_URL = process.env.DATENREIFE_TEST_MSSQL_URL

export type LocalServer = 'postgres' | 'mariadb'

const probes = new Map<LocalServer, Promise<boolean>>()

async function probe(server: LocalServer): Promise<boolean> {
  const db = adminKnex(server)
  try {
    await db.raw('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await db.destroy().catch(() => {})
  }
}

/**
 * Whether the server answers. Under CI=true a server that does not answer throws, so the suite fails
 * instead of being skipped.
 */
export async function serverAvailable(server: LocalServer): Promise<boolean> {
  if (!probes.has(server)) probes.set(server, probe(server))
  const ok = await probes.get(server)!
  if (!ok && process.env.CI === 'true') {
    throw new Error(`${server} is not reachable at ${server === 'postgres' ? PG_ADMIN_URL : MYSQL_ADMIN_URL}, and CI=true: integration tests must not be skipped`)
  }
  return ok
}

/** The suite title, marked when the suite is skipped for want of its server. */
export function suiteTitle(title: string, server: LocalServer | 'mssql', available: boolean): string {
  return available ? title : `${title} (skipped: no ${server} server reachable)`
}

/** An admin connection (superuser / root) for setting up and tearing down test databases. */
export function adminKnex(server: LocalServer, database?: string): Knex {
  if (server === 'postgres') {
    const url = new URL(PG_ADMIN_URL)
    if (database) url.pathname = `/${database}`
    return knexFactory({client: 'pg', connection: url.toString(), pool: {min: 0, max: 2}})
  }
  const url = new URL(MYSQL_ADMIN_URL)
  if (database) url.pathname = `/${database}`
  return knexFactory({client: 'mysql2', connection: {uri: url.toString(), multipleStatements: true} as Knex.MySql2ConnectionConfig, pool: {min: 0, max: 2}})
}

/** The URL of a database on a local server, as a user would pass it to `datenreife scan`. */
export function databaseUrl(server: LocalServer, database: string, user?: string, password?: string): string {
  const url = new URL(server === 'postgres' ? PG_ADMIN_URL : MYSQL_ADMIN_URL)
  url.pathname = `/${database}`
  if (user !== undefined) url.username = user
  if (password !== undefined) url.password = password
  return url.toString()
}
