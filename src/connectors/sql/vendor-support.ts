/**
 * Whether a database server's version is still supported by its vendor, from a documented table of
 * end-of-support dates. An unsupported version gets no security fixes: a finding for the infrastructure
 * score ("currency of systems").
 *
 * Sources (checked 2026-11):
 * - PostgreSQL: postgresql.org "Versioning Policy" — each major version is supported for 5 years after its
 *   initial release; the dates are the final minor releases listed there.
 * - MySQL: Oracle "Lifetime Support Policy: Oracle Technology Products" (end of Extended Support, given
 *   by month; we use the month's last day). Innovation releases (8.1–8.3, 9.0–9.6) are supported until the
 *   next one ships; those dates follow the MySQL release notes as collected by endoflife.date.
 * - MariaDB: mariadb.org "About MariaDB Server — maintenance policy" (community maintenance end dates;
 *   short-term and rolling releases end when the next one ships).
 * - SQL Server: Microsoft Lifecycle (Fixed Lifecycle Policy), end of extended support per version.
 * - SQLite: a library inside the application, no vendor lifecycle.
 * Dates we were not sure of are not in the table: such versions report 'unknown', or — where the policy
 * guarantees a minimum — 'supported' until that minimum has passed (`supportedAtLeastUntil`).
 */

export interface SupportStatus {
  status: 'supported' | 'unsupported' | 'unknown'
  /** ISO date of the last day of (extended) vendor support */
  endOfSupport?: string
  /** "PostgreSQL 15", "MariaDB 10.11", "SQL Server 2019", "SQLite 3.45.1" */
  product: string
  note?: string
}

interface Lifecycle {
  /** the last supported day */
  endOfSupport?: string
  /** support certainly ended by this day (exact day not recorded) */
  endedBy?: string
  /** support certainly lasts at least until this day (end not yet announced) */
  supportedAtLeastUntil?: string
  note?: string
}

/** major version ("9.6", "15") → final release (postgresql.org Versioning Policy) */
const POSTGRES: Readonly<Record<string, Lifecycle>> = {
  '9.0': {endOfSupport: '2015-10-08'},
  '9.1': {endOfSupport: '2016-10-27'},
  '9.2': {endOfSupport: '2017-11-09'},
  '9.3': {endOfSupport: '2018-11-08'},
  '9.4': {endOfSupport: '2020-02-13'},
  '9.5': {endOfSupport: '2021-02-11'},
  '9.6': {endOfSupport: '2021-11-11'},
  '10': {endOfSupport: '2022-11-10'},
  '11': {endOfSupport: '2023-11-09'},
  '12': {endOfSupport: '2024-11-21'},
  '13': {endOfSupport: '2025-11-13'},
  '14': {endOfSupport: '2026-11-12'},
  '15': {endOfSupport: '2027-11-11'},
  '16': {endOfSupport: '2028-11-09'},
  '17': {endOfSupport: '2029-11-08'},
  '18': {endOfSupport: '2030-11-14'},
}
const POSTGRES_LATEST_KNOWN = 18

/** Oracle Lifetime Support Policy, end of Extended Support (innovation releases: until the next release) */
const MYSQL: Readonly<Record<string, Lifecycle>> = {
  '5.5': {endOfSupport: '2018-12-31'},
  '5.6': {endOfSupport: '2021-02-28'},
  '5.7': {endOfSupport: '2023-10-31'},
  '8.0': {endOfSupport: '2026-04-30'},
  '8.1': {endOfSupport: '2023-10-25', note: 'innovation release'},
  '8.2': {endOfSupport: '2023-12-14', note: 'innovation release'},
  '8.3': {endOfSupport: '2024-04-10', note: 'innovation release'},
  '8.4': {endOfSupport: '2032-04-30', note: 'LTS release'},
  '9.0': {endOfSupport: '2024-10-15', note: 'innovation release'},
  '9.1': {endOfSupport: '2025-01-21', note: 'innovation release'},
  '9.2': {endOfSupport: '2025-04-15', note: 'innovation release'},
  '9.3': {endOfSupport: '2025-07-22', note: 'innovation release'},
  '9.4': {endOfSupport: '2025-10-21', note: 'innovation release'},
  '9.5': {endOfSupport: '2026-01-20', note: 'innovation release'},
  '9.6': {endOfSupport: '2026-04-21', note: 'innovation release'},
  // LTS since 2026-04; Oracle gives LTS releases at least five years of Premier Support
  '9.7': {supportedAtLeastUntil: '2031-04-20', note: 'LTS release'},
}

/** mariadb.org maintenance policy: community support end */
const MARIADB: Readonly<Record<string, Lifecycle>> = {
  '5.5': {endOfSupport: '2020-04-11'},
  '10.0': {endOfSupport: '2019-03-31'},
  '10.1': {endOfSupport: '2020-10-17'},
  '10.2': {endOfSupport: '2022-05-23'},
  '10.3': {endOfSupport: '2023-05-25'},
  '10.4': {endOfSupport: '2024-06-18'},
  '10.5': {endOfSupport: '2025-06-24'},
  '10.6': {endOfSupport: '2026-07-06', note: 'LTS release'},
  '10.7': {endOfSupport: '2023-02-09', note: 'short-term release'},
  '10.8': {endOfSupport: '2023-05-20', note: 'short-term release'},
  '10.9': {endOfSupport: '2023-08-22', note: 'short-term release'},
  '10.10': {endOfSupport: '2023-11-17', note: 'short-term release'},
  '10.11': {endOfSupport: '2028-02-16', note: 'LTS release'},
  '11.0': {endOfSupport: '2024-06-06', note: 'short-term release'},
  '11.1': {endOfSupport: '2024-08-21', note: 'short-term release'},
  '11.2': {endOfSupport: '2024-11-21', note: 'short-term release'},
  '11.3': {endOfSupport: '2024-05-29', note: 'rolling release'},
  '11.4': {endOfSupport: '2029-05-29', note: 'LTS release'},
  '11.5': {endOfSupport: '2024-11-21', note: 'rolling release'},
  '11.6': {endOfSupport: '2025-02-13', note: 'rolling release'},
  '11.7': {endOfSupport: '2025-05-12', note: 'rolling release'},
  '11.8': {endOfSupport: '2028-06-04', note: 'LTS release'},
  '12.0': {endedBy: '2025-11-18', note: 'rolling release'},
  '12.1': {endedBy: '2026-02-13', note: 'rolling release'},
  '12.2': {endedBy: '2026-05-13', note: 'rolling release'},
}

/** SQL Server product major version → release name and end of extended support (Microsoft Lifecycle) */
const SQL_SERVER: ReadonlyArray<{major: number; minMinor?: number; product: string} & Lifecycle> = [
  {major: 8, product: 'SQL Server 2000', endOfSupport: '2013-04-09'},
  {major: 9, product: 'SQL Server 2005', endOfSupport: '2016-04-12'},
  {major: 10, minMinor: 50, product: 'SQL Server 2008 R2', endOfSupport: '2019-07-09'},
  {major: 10, product: 'SQL Server 2008', endOfSupport: '2019-07-09'},
  {major: 11, product: 'SQL Server 2012', endOfSupport: '2022-07-12'},
  {major: 12, product: 'SQL Server 2014', endOfSupport: '2024-07-09'},
  {major: 13, product: 'SQL Server 2016', endOfSupport: '2026-07-14'},
  {major: 14, product: 'SQL Server 2017', endOfSupport: '2027-10-12'},
  {major: 15, product: 'SQL Server 2019', endOfSupport: '2030-01-08'},
  {major: 16, product: 'SQL Server 2022', endOfSupport: '2033-01-11'},
  // GA 2025-11; the Fixed Lifecycle Policy gives at least five years of mainstream support
  {major: 17, product: 'SQL Server 2025', supportedAtLeastUntil: '2030-11-01'},
]
const SQL_SERVER_LATEST_KNOWN = 17

interface ParsedVersion {
  major: number
  minor: number
}

/**
 * The first version number in a version string ("PostgreSQL 15.19 … compiled by gcc 12.2.0", "8.0.36-0ubuntu…").
 * SQL Server's @@VERSION text names the year first ("Microsoft SQL Server 2019 (RTM-CU22) - 15.0.4322.2"),
 * so there the first four-part build number counts.
 */
function parseVersion(version: string, preferBuildNumber = false): ParsedVersion | null {
  const build = preferBuildNumber ? /(\d+)\.(\d+)\.\d+\.\d+/.exec(version) : null
  const match = build ?? /(\d+)(?:\.(\d+))?/.exec(version)
  if (!match) return null
  return {major: Number(match[1]), minor: match[2] === undefined ? 0 : Number(match[2])}
}

type Engine = 'postgres' | 'mysql' | 'mariadb' | 'mssql' | 'sqlite'

function engineOf(engine: string, version: string): Engine | null {
  const text = `${engine} ${version}`.toLowerCase()
  if (text.includes('mariadb')) return 'mariadb'
  if (text.includes('postgres')) return 'postgres'
  if (text.includes('mysql')) return 'mysql'
  if (text.includes('sql server') || text.includes('mssql') || text.includes('sqlserver')) return 'mssql'
  if (text.includes('sqlite')) return 'sqlite'
  return null
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function judge(product: string, lifecycle: Lifecycle | undefined, today: string, unknownNote: string): SupportStatus {
  if (lifecycle === undefined) return {status: 'unknown', product, note: unknownNote}
  const note = lifecycle.note === undefined ? {} : {note: lifecycle.note}
  if (lifecycle.endOfSupport !== undefined) {
    const status = today > lifecycle.endOfSupport ? 'unsupported' : 'supported'
    return {status, endOfSupport: lifecycle.endOfSupport, product, ...note}
  }
  if (lifecycle.endedBy !== undefined && today > lifecycle.endedBy) return {status: 'unsupported', product, ...note}
  if (lifecycle.supportedAtLeastUntil !== undefined && today <= lifecycle.supportedAtLeastUntil) {
    return {status: 'supported', product, ...note}
  }
  return {status: 'unknown', product, note: unknownNote}
}

/**
 * The vendor support status of a server version, as of `today`. Accepts the engine names of ServerFacts
 * ("PostgreSQL", "MariaDB", "MySQL", "Microsoft SQL Server", "SQLite") or dialect names, and the version as
 * the server reports it ("15.19", "10.11.19-MariaDB-0+deb12u1", "8.0.36", "16.0.4135.4").
 */
export function supportStatus(engine: string, version: string, edition?: string, today = new Date()): SupportStatus {
  const day = isoDay(today)
  const kind = engineOf(engine, version)
  const parsed = parseVersion(kind === 'mariadb' ? version.replace(/^5\.5\.5-/, '') : version, kind === 'mssql')
  if (kind === 'sqlite') {
    return {
      status: 'supported',
      product: `SQLite ${version}`.trim(),
      note: 'SQLite is a library inside the application and has no vendor support lifecycle',
    }
  }
  if (kind === null || parsed === null) {
    return {status: 'unknown', product: `${engine} ${version}`.trim(), note: 'engine or version not recognised'}
  }
  const {major, minor} = parsed
  switch (kind) {
    case 'postgres': {
      const key = major >= 10 ? String(major) : `${major}.${minor}`
      const product = `PostgreSQL ${key}`
      if (major < 9) return {status: 'unsupported', product, note: 'support ended before 2015'}
      if (major > POSTGRES_LATEST_KNOWN) {
        // five years from its release, which came after 18's: supported at least as long as 18
        return judge(product, {supportedAtLeastUntil: POSTGRES[String(POSTGRES_LATEST_KNOWN)].endOfSupport}, day,
          'newer than the versions this table knows')
      }
      return judge(product, POSTGRES[key], day, 'version not in the support table')
    }
    case 'mysql': {
      const product = `MySQL ${major}.${minor}`
      if (major < 5 || (major === 5 && minor < 5)) return {status: 'unsupported', product, note: 'support ended before 2019'}
      return judge(product, MYSQL[`${major}.${minor}`], day, 'version not in the support table')
    }
    case 'mariadb': {
      const product = `MariaDB ${major}.${minor}`
      if (major === 5 && minor < 5) return {status: 'unsupported', product, note: 'support ended before 2019'}
      return judge(product, MARIADB[`${major}.${minor}`], day, 'version not in the support table')
    }
    case 'mssql':
      return sqlServerStatus(major, minor, edition, day)
  }
}

function sqlServerStatus(major: number, minor: number, edition: string | undefined, day: string): SupportStatus {
  // Azure SQL Database reports 12.x but is a service that Microsoft keeps current
  if (edition !== undefined && /azure/i.test(edition)) {
    return {status: 'supported', product: 'Azure SQL Database', note: 'managed service, kept current by Microsoft'}
  }
  if (major < 8) return {status: 'unsupported', product: `SQL Server ${major}.${minor}`, note: 'support ended before 2013'}
  if (major > SQL_SERVER_LATEST_KNOWN) {
    const latest = SQL_SERVER[SQL_SERVER.length - 1]
    return judge(`SQL Server ${major}.x`, {supportedAtLeastUntil: latest.supportedAtLeastUntil}, day,
      'newer than the versions this table knows')
  }
  const entry = SQL_SERVER.find((row) => row.major === major && (row.minMinor === undefined || minor >= row.minMinor))
  if (entry === undefined) return {status: 'unknown', product: `SQL Server ${major}.${minor}`, note: 'version not in the support table'}
  return judge(entry.product, entry, day, 'end of support not yet announced')
}

const GIB = 1024 ** 3

/**
 * SQL Server Express limits each database's data files (not the log) to a fixed size: 4 GB up to SQL
 * Server 2008, 10 GB from 2008 R2 (10.50) on, 50 GB from SQL Server 2025 (17.x). A database near its cap
 * cannot grow — writes fail — so an ERP on Express (JTL-Wawi often is) has a hard ceiling.
 * Null for other editions or when the version is unreadable.
 */
export function expressSizeCapBytes(edition: string | undefined, version: string): number | null {
  if (edition === undefined || !/express/i.test(edition)) return null
  const parsed = parseVersion(version, true)
  if (parsed === null) return null
  if (parsed.major >= 17) return 50 * GIB
  if (parsed.major > 10 || (parsed.major === 10 && parsed.minor >= 50)) return 10 * GIB
  return 4 * GIB
}
