/**
 * Driver errors → ScannerErrors. Each message names the source (redacted: never a password) and, where
 * known, the statement's purpose, and says what to do. The codes are stable (src/errors.ts); the
 * driver's own text is kept at the end because DBAs search for it.
 */
import {ScannerError, type ScannerErrorCode} from '../../errors.js'
import type {LabeledSql} from './dialect.js'
import {redactLocation, type SqlSourceSpec} from './source-uri.js'

interface DriverError {
  code?: string | number
  errno?: number
  number?: number
  message?: string
  name?: string
  sqlState?: string
}

const AUTH = new Set(['28P01', '28000', 'ER_ACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR', 'ELOGIN'])
const NOT_FOUND = new Set(['3D000', 'ER_BAD_DB_ERROR', 'SQLITE_CANTOPEN'])
const PERMISSION = new Set(['42501', 'ER_TABLEACCESS_DENIED_ERROR', 'ER_COLUMNACCESS_DENIED_ERROR', 'ER_SPECIFIC_ACCESS_DENIED_ERROR', 'SQLITE_PERM', 'SQLITE_AUTH'])
const TIMEOUT = new Set(['57014', 'ER_QUERY_TIMEOUT', 'ER_STATEMENT_TIMEOUT', 'ETIMEOUT', 'PROTOCOL_SEQUENCE_TIMEOUT'])
const LOST = new Set(['ECONNRESET', 'EPIPE', 'PROTOCOL_CONNECTION_LOST', '57P01', '57P02', '57P03', 'ECLOSE', 'ESOCKET'])
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNREFUSED'])
/** MySQL/MariaDB/SQL Server error numbers of the same kinds */
const NUMBERS: Record<number, ScannerErrorCode> = {
  1045: 'DB_AUTH_FAILED',
  1044: 'DB_AUTH_FAILED',
  1049: 'DB_NOT_FOUND',
  1142: 'DB_PERMISSION_DENIED',
  1143: 'DB_PERMISSION_DENIED',
  3024: 'DB_TIMEOUT',
  1969: 'DB_TIMEOUT',
  18456: 'DB_AUTH_FAILED',
  4060: 'DB_NOT_FOUND',
  229: 'DB_PERMISSION_DENIED',
  230: 'DB_PERMISSION_DENIED',
}

export function classifyDatabaseError(error: unknown): ScannerErrorCode {
  const e = (error ?? {}) as DriverError
  const code = e.code === undefined ? '' : String(e.code)
  const message = String(e.message ?? '')
  if (e.name === 'KnexTimeoutError') return 'DB_HOST_UNREACHABLE'
  // tedious reports connect failures with the codes of request failures; its words tell them apart
  if ((code === 'ETIMEOUT' || code === 'ESOCKET') && /failed to connect/i.test(message)) return 'DB_HOST_UNREACHABLE'
  if (code === 'ELOGIN' && /cannot open database/i.test(message)) return 'DB_NOT_FOUND'
  // pg raises plain Errors for a connect timeout and a dropped connection
  if (code === '' && /^timeout expired$/i.test(message)) return 'DB_HOST_UNREACHABLE'
  if (code === '' && /connection terminated unexpectedly/i.test(message)) return 'DB_CONNECTION_LOST'
  if (AUTH.has(code)) return 'DB_AUTH_FAILED'
  if (NOT_FOUND.has(code)) return 'DB_NOT_FOUND'
  if (PERMISSION.has(code)) return 'DB_PERMISSION_DENIED'
  if (TIMEOUT.has(code)) return 'DB_TIMEOUT'
  if (LOST.has(code)) return 'DB_CONNECTION_LOST'
  if (UNREACHABLE.has(code)) return 'DB_HOST_UNREACHABLE'
  const number = e.errno ?? e.number
  if (number !== undefined && NUMBERS[number]) return NUMBERS[number]
  if (e.message && /Cannot find module '(pg|mysql2|tedious|better-sqlite3)'/.test(e.message)) return 'DB_DRIVER_MISSING'
  return 'DB_QUERY_FAILED'
}

const ADVICE: Record<string, string> = {
  DB_HOST_UNREACHABLE: 'Check host name, port and firewall; is the database server running and reachable from this machine?',
  DB_AUTH_FAILED: 'Check user name and password (use ${ENV_VAR} in --config instead of a password on the command line).',
  DB_NOT_FOUND: 'Check the database name (or the SQLite file path).',
  DB_PERMISSION_DENIED: 'Grant the scan account SELECT on this object: `datenreife sources check <source>` prints the GRANT statements.',
  DB_TIMEOUT: 'The statement ran longer than the statement timeout; raise statementTimeoutMs in --config, or scan at a quieter time.',
  DB_CONNECTION_LOST: 'The connection was closed by the server or the network; scan again, or ask the DBA about idle/statement limits.',
  DB_DRIVER_MISSING: 'Reinstall datenreife (npm ci): a database driver is missing.',
  DB_QUERY_FAILED: 'Run with --debug to see the statement; report it if it is a datenreife bug.',
}

export function databaseError(error: unknown, spec: Pick<SqlSourceSpec, 'location'>, statement?: LabeledSql): ScannerError {
  if (error instanceof ScannerError) return error
  const code = classifyDatabaseError(error)
  const driverText = redactLocation(driverMessage(error, statement)).split('\n')[0]
  const what = statement ? ` (${statement.label})` : ''
  const message = `${spec.location}${what}: ${describe(code)} — ${driverText}`
  return new ScannerError(code, message, {cause: error, location: spec.location, suggestions: [ADVICE[code]]})
}

/** the driver's own words: knex puts the whole statement in front of them ("SELECT … - Illegal mix …") */
function driverMessage(error: unknown, statement?: LabeledSql): string {
  const e = (error ?? {}) as DriverError & {sqlMessage?: string}
  if (typeof e.sqlMessage === 'string' && e.sqlMessage !== '') return e.sqlMessage
  const message = String(e.message ?? error)
  if (statement && message.includes(statement.sql.slice(0, 30))) {
    const cut = message.lastIndexOf(' - ')
    if (cut !== -1) return message.slice(cut + 3)
  }
  return message
}

function describe(code: ScannerErrorCode): string {
  switch (code) {
    case 'DB_HOST_UNREACHABLE':
      return 'the database server cannot be reached'
    case 'DB_AUTH_FAILED':
      return 'the login was refused'
    case 'DB_NOT_FOUND':
      return 'the database does not exist'
    case 'DB_PERMISSION_DENIED':
      return 'the account may not read this'
    case 'DB_TIMEOUT':
      return 'the statement timed out'
    case 'DB_CONNECTION_LOST':
      return 'the connection was lost'
    case 'DB_DRIVER_MISSING':
      return 'the database driver is missing'
    default:
      return 'a statement failed'
  }
}

/** the server is gone (not just one statement): the caller stops working on this source's table */
export function isConnectionLoss(error: unknown): boolean {
  return error instanceof ScannerError && (error.code === 'DB_CONNECTION_LOST' || error.code === 'DB_HOST_UNREACHABLE')
}
