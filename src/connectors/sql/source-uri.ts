/**
 * A database source as the user gives it — a URI on the command line (`postgres://reader@erp-host/erp`,
 * `sqlite:./wawi.db`) or the connection fields of a config file — turned into one SqlSourceSpec that the
 * SQL connectors open. Everything a user can see (location, identity, every error message) is built so
 * that the password cannot be in it: messages quote the input only redacted (uri-redaction.ts), and never
 * echo a query value.
 */
import {homedir} from 'node:os'
import {basename, isAbsolute, resolve} from 'node:path'
import {ScannerError} from '../../errors.js'
import type {DialectName} from './catalog.js'
import type {SchemaFilter} from './dialect.js'
import {applyQuery, type Fail, type ParsedConnection} from './source-uri-query.js'
import {
  DEFAULT_PORTS,
  MAX_CONNECTIONS,
  SOURCE_DEFAULTS,
  SOURCE_LIMITS,
  type SqlSourceBudgets,
  type SqlSourceSpec,
  type SqlTlsOptions,
} from './source-spec.js'
import {redactUri, safeDecode, splitAuthority} from './uri-redaction.js'

export * from './source-spec.js'
export {redactLocation} from './uri-redaction.js'

const SCHEMES: Readonly<Record<string, DialectName>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  mssql: 'mssql',
  sqlserver: 'mssql',
  sqlite: 'sqlite',
}

const URI_SHAPE = 'postgres://user:password@host:5432/database (also mysql://, mariadb://, mssql://, sqlite:./file.db)'

/** What overrides the URI (config fields, flags), plus what fills the gaps neither gives. */
export interface SqlSourceOverrides extends Partial<SqlSourceBudgets> {
  name?: string
  /** a password given outside the URI (a config field, usually `${ENV_VAR}`); wins over the URI's */
  password?: string
  schemas?: Partial<SchemaFilter>
  tls?: SqlTlsOptions
  maxConnections?: number
  /** used where neither the URI nor an override sets a budget (config `defaults`), before SOURCE_DEFAULTS */
  defaults?: Partial<SqlSourceBudgets>
  /** folder that relative sqlite files and CA paths are resolved against (default: the working folder) */
  baseDir?: string
}

/** A connection given field by field (config files) instead of as a URI. */
export interface SqlConnectionFields {
  type: DialectName
  host?: string
  port?: number
  instanceName?: string
  database?: string
  user?: string
  password?: string
  file?: string
}

function failFor(redacted: string): Fail {
  return (problem, suggestions = []) => {
    throw new ScannerError('USAGE', `The database source "${redacted}" cannot be used: ${problem}.`, {
      location: redacted,
      suggestions: [...suggestions, `A database source looks like ${URI_SHAPE}.`],
    })
  }
}

/**
 * Whether a command-line source is meant as a database rather than a path: `scheme://…` with a scheme of
 * two or more letters (so `C:\…` stays a path; unknown schemes are then refused with a clear message by
 * parseSourceUri instead of being looked for as a file), `sqlite:…`, or a pasted `jdbc:…` URL.
 */
export function isDatabaseUri(input: string): boolean {
  const text = input.trim()
  return /^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(text) || /^(sqlite|jdbc):/i.test(text)
}

/** Parses a database URI (see URI_SHAPE) into a spec; throws ScannerError('USAGE') naming the redacted input. */
export function parseSourceUri(input: string, overrides: SqlSourceOverrides = {}): SqlSourceSpec {
  const text = input.trim()
  // the input is one source by contract: redacted as one URI, even with spaces in a raw password
  const redacted = redactUri(text)
  const fail: Fail = failFor(redacted)
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)
  if (!scheme) fail('it does not start with a database type such as postgres://')
  const name = scheme[1].toLowerCase()
  const dialect = SCHEMES[name]
  if (!dialect) {
    const hint =
      name === 'jdbc'
        ? 'Drop the "jdbc:" prefix: postgresql://…, mysql://…; SQL Server takes mssql://user@host:1433/database.'
        : `Supported types: ${Object.keys(SCHEMES).join(', ')}. Files and folders are given as plain paths.`
    fail(`"${name}" is not a supported database type`, [hint])
  }
  const rest = text.slice(scheme[0].length)
  const parsed = dialect === 'sqlite' ? parseSqliteRest(rest, redacted, overrides.baseDir, fail) : parseNetworkRest(dialect, name, rest, redacted, fail)
  return buildSpec(parsed, overrides, fail)
}

/** Builds a spec from connection fields (config files); errors are USAGE like parseSourceUri's. */
export function sqlSourceFromFields(fields: SqlConnectionFields, overrides: SqlSourceOverrides = {}): SqlSourceSpec {
  const {type} = fields
  if (type === 'sqlite') {
    const location = `sqlite:${fields.file ?? ''}`
    const fail: Fail = failFor(location)
    if (!fields.file) fail('type sqlite needs "file", the path of the database file')
    const file = resolvePath(fields.file, overrides.baseDir)
    return buildSpec({dialect: type, location, database: basename(file), file, tls: {}, schemas: {}, budgets: {}}, overrides, fail)
  }
  const host = fields.host === undefined || fields.host === '' ? 'localhost' : fields.host
  const port = fields.port ?? (fields.instanceName ? undefined : DEFAULT_PORTS[type])
  const instance = fields.instanceName ? `\\${fields.instanceName}` : ''
  const user = fields.user ? `${encodeURIComponent(fields.user)}@` : ''
  const location = `${type}://${user}${host}${instance}${port === undefined ? '' : `:${port}`}/${encodeURIComponent(fields.database ?? '')}`
  const fail: Fail = failFor(location)
  if (!fields.database) fail(`type ${type} needs "database", the name of the database`)
  if (!isHostName(host)) fail('the host name contains characters a host name cannot have')
  if (fields.instanceName && type !== 'mssql') fail('instanceName applies to SQL Server only')
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65_535)) fail('the port must be a number from 1 to 65535')
  return buildSpec(
    {
      dialect: type,
      location,
      host,
      port,
      instanceName: fields.instanceName,
      database: fields.database,
      user: fields.user || undefined,
      password: fields.password,
      tls: {},
      schemas: {},
      budgets: {},
    },
    overrides,
    fail,
  )
}

function isHostName(host: string): boolean {
  return /^(?:\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]+:[0-9A-Fa-f:.]*|[\p{L}\p{N}._~-]+)$/u.test(host)
}

function resolvePath(path: string, baseDir: string | undefined): string {
  // shells do not expand ~ after "sqlite:", so we do
  const expanded = path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path
  return isAbsolute(expanded) ? expanded : resolve(baseDir ?? process.cwd(), expanded)
}

function parseSqliteRest(rest: string, redacted: string, baseDir: string | undefined, fail: Fail): ParsedConnection {
  // sqlite:./x.db, sqlite:/abs/x.db, sqlite://./x.db, sqlite:///abs/x.db — paths are taken literally
  // (no percent-decoding): people type them as paths, and `%` is a legal file-name character
  const body = rest.startsWith('//') ? rest.slice(2) : rest
  const q = body.indexOf('?')
  const path = q < 0 ? body : body.slice(0, q)
  if (path.trim() === '') fail('the path of the SQLite file is missing', ['Write sqlite:./wawi.db or sqlite:/full/path/wawi.db.'])
  const file = resolvePath(path, baseDir)
  const parsed: ParsedConnection = {dialect: 'sqlite', location: redacted, database: basename(file), file, tls: {}, schemas: {}, budgets: {}}
  if (q >= 0) applyQuery(parsed, body.slice(q + 1), fail)
  return parsed
}

function parseNetworkRest(dialect: DialectName, scheme: string, rest: string, redacted: string, fail: Fail): ParsedConnection {
  if (!rest.startsWith('//')) fail(`"${scheme}:" must be followed by "//" and the host`)
  const {userinfo, remainder} = splitAuthority(rest.slice(2))
  const q = remainder.indexOf('?')
  const beforeQuery = q < 0 ? remainder : remainder.slice(0, q)
  const slash = beforeQuery.indexOf('/')
  const hostPort = slash < 0 ? beforeQuery : beforeQuery.slice(0, slash)
  const path = slash < 0 ? '' : beforeQuery.slice(slash + 1).replace(/\/$/, '')

  const hp = /^(?:\[([0-9A-Fa-f:.]+)\]|([\p{L}\p{N}._~-]*))(?:\\([\p{L}\p{N}_$#-]+))?(?::([0-9]*))?$/u.exec(hostPort)
  if (!hp) {
    fail('the host part is not a host name with an optional :port', [
      'Percent-encode special characters in the user name and password: @ → %40, : → %3A, / → %2F, ? → %3F, # → %23, % → %25.',
    ])
  }
  const [, ipv6, hostName, instanceName, portText] = hp
  if (instanceName !== undefined && dialect !== 'mssql') fail('a named instance (host\\instance) exists only for SQL Server')
  let port: number | undefined
  if (portText !== undefined && portText !== '') {
    port = Number(portText)
    if (port < 1 || port > 65_535) fail('the port must be a number from 1 to 65535')
  } else if (instanceName === undefined) port = DEFAULT_PORTS[dialect as keyof typeof DEFAULT_PORTS]

  if (path === '') {
    fail('the database name is missing', [`Add the database after the host: ${scheme}://user@host/database.`])
  }
  if (path.includes('/')) {
    fail('the database name contains "/"', ['Schemas are chosen with ?schema=name1,name2, not in the path.'])
  }

  let user: string | undefined
  let password: string | undefined
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':')
    user = safeDecode(colon < 0 ? userinfo : userinfo.slice(0, colon)) || undefined
    if (colon >= 0) password = safeDecode(userinfo.slice(colon + 1))
  }
  const parsed: ParsedConnection = {
    dialect,
    location: redacted,
    // postgres:///erp: no host means the local server
    host: ipv6 ?? (hostName === '' ? 'localhost' : hostName),
    port,
    instanceName,
    database: safeDecode(path),
    user,
    password,
    tls: {},
    schemas: {},
    budgets: {},
  }
  if (q >= 0) applyQuery(parsed, remainder.slice(q + 1), fail)
  return parsed
}

function checkTls(dialect: DialectName, tls: SqlTlsOptions, fail: Fail): void {
  const set = (Object.keys(tls) as Array<keyof SqlTlsOptions>).filter((key) => tls[key] !== undefined)
  if (set.length === 0) return
  if (dialect === 'sqlite') fail('TLS options (sslmode, encrypt, …) do not apply to a SQLite file')
  if (dialect === 'mssql' && tls.mode !== undefined) {
    fail('sslmode / ssl do not apply to SQL Server', ['Use encrypt=true and, for a self-signed certificate, trustServerCertificate=true.'])
  }
  if (dialect !== 'mssql' && (tls.encrypt !== undefined || tls.trustServerCertificate !== undefined)) {
    fail('encrypt / trustServerCertificate apply to SQL Server only', ['Use sslmode=require (or verify-full with sslrootcert=…).'])
  }
}

function buildSpec(parsed: ParsedConnection, overrides: SqlSourceOverrides, fail: Fail): SqlSourceSpec {
  const tls: SqlTlsOptions = {...parsed.tls}
  for (const [key, value] of Object.entries(overrides.tls ?? {})) {
    if (value !== undefined) (tls as Record<string, unknown>)[key] = value
  }
  checkTls(parsed.dialect, tls, fail)
  if (tls.ca !== undefined) tls.ca = resolvePath(tls.ca, overrides.baseDir)
  // the mssql driver encrypts by default; stating it here makes the report and --dry-run say what happens
  if (parsed.dialect === 'mssql') {
    tls.encrypt ??= true
    tls.trustServerCertificate ??= false
  }

  const budgets = {} as SqlSourceBudgets
  for (const key of Object.keys(SOURCE_LIMITS) as Array<keyof SqlSourceBudgets>) {
    const value = overrides[key] ?? parsed.budgets[key] ?? overrides.defaults?.[key] ?? SOURCE_DEFAULTS[key]
    const {min, max} = SOURCE_LIMITS[key]
    if (!(Number.isInteger(value) && value >= min && value <= max)) fail(`${key} must be a whole number from ${min} to ${max}`)
    budgets[key] = value
  }
  const maxConnections = Math.min(MAX_CONNECTIONS, Math.max(1, Math.floor(overrides.maxConnections ?? SOURCE_DEFAULTS.maxConnections)))

  const password = overrides.password ?? parsed.password
  const spec: SqlSourceSpec = {
    dialect: parsed.dialect,
    location: parsed.location,
    identity: identityOf(parsed),
    database: parsed.database,
    tls,
    schemas: {
      include: overrides.schemas?.include ?? parsed.schemas.include ?? [],
      exclude: overrides.schemas?.exclude ?? parsed.schemas.exclude ?? [],
    },
    ...budgets,
    maxConnections,
  }
  if (parsed.host !== undefined) spec.host = parsed.host
  if (parsed.port !== undefined) spec.port = parsed.port
  if (parsed.instanceName !== undefined) spec.instanceName = parsed.instanceName
  if (parsed.user !== undefined) spec.user = parsed.user
  if (password !== undefined) spec.password = password
  if (parsed.file !== undefined) spec.file = parsed.file
  if (overrides.name !== undefined) spec.name = overrides.name
  return spec
}

function identityOf(parsed: ParsedConnection): string {
  if (parsed.dialect === 'sqlite') return `sqlite:${parsed.file}`
  const user = parsed.user === undefined ? '' : `${encodeURIComponent(parsed.user)}@`
  const host = (parsed.host ?? 'localhost').toLowerCase()
  const instance = parsed.instanceName === undefined ? '' : `\\${parsed.instanceName.toLowerCase()}`
  const port = parsed.port === undefined ? '' : `:${parsed.port}`
  return `${parsed.dialect}://${user}${host}${instance}${port}/${encodeURIComponent(parsed.database)}`
}
