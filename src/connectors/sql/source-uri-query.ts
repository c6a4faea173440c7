/**
 * The query parameters of a database URI (`?sslmode=require&schema=public,vertrieb&sampleRows=500`).
 * Error messages name a parameter, never its value: a value may be (part of) a password.
 */
import type {DialectName} from './catalog.js'
import type {SchemaFilter} from './dialect.js'
import {DEFAULT_PORTS, SOURCE_LIMITS, TLS_MODES, type SqlSourceBudgets, type SqlTlsOptions, type TlsMode} from './source-spec.js'
import {normalizeParamKey, queryPieces, safeDecode} from './uri-redaction.js'

/** what the URI or the fields said, before overrides and defaults */
export interface ParsedConnection {
  dialect: DialectName
  location: string
  host?: string
  port?: number
  instanceName?: string
  database: string
  user?: string
  password?: string
  file?: string
  tls: SqlTlsOptions
  schemas: Partial<SchemaFilter>
  budgets: Partial<SqlSourceBudgets>
}

export type Fail = (problem: string, suggestions?: string[]) => never

const BUDGET_PARAMS: Readonly<Record<string, keyof SqlSourceBudgets>> = {
  samplerows: 'sampleRows',
  statementtimeout: 'statementTimeoutMs',
  statementtimeoutms: 'statementTimeoutMs',
  tablebudget: 'tableBudgetMs',
  tablebudgetms: 'tableBudgetMs',
  sourcebudget: 'sourceBudgetMs',
  sourcebudgetms: 'sourceBudgetMs',
}

/** PostgreSQL sslmode values and MySQL ssl-mode names, lower-cased with `_` as `-` */
const SSL_MODES: Readonly<Record<string, TlsMode>> = {
  disable: 'disable',
  disabled: 'disable',
  allow: 'allow',
  prefer: 'prefer',
  preferred: 'prefer',
  require: 'require',
  required: 'require',
  'verify-ca': 'verify-ca',
  'verify-full': 'verify-full',
  'verify-identity': 'verify-full',
}

const KNOWN_PARAMS =
  'sslmode, ssl, encrypt, trustServerCertificate, sslrootcert, schema(s), exclude, sampleRows, statementTimeout, tableBudget, sourceBudget, instanceName'

function parseBoolean(value: string): boolean | undefined {
  const v = value.toLowerCase()
  if (['true', '1', 'yes', 'on'].includes(v)) return true
  if (['false', '0', 'no', 'off'].includes(v)) return false
  return undefined
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** Applies the query parameters; error messages name the parameter, never its value (it might be a secret). */
export function applyQuery(parsed: ParsedConnection, query: string, fail: Fail): void {
  for (const piece of queryPieces(query)) {
    const key = normalizeParamKey(safeDecode(piece.rawKey))
    // `+` stays a plus: these are not HTML form values, and passwords contain it
    const value = safeDecode(piece.rawValue)
    const shownKey = safeDecode(piece.rawKey).replace(/[^\p{L}\p{N}_-]/gu, '?')
    const budget = BUDGET_PARAMS[key]
    if (budget) {
      parsed.budgets[budget] = parseBudget(budget, value, shownKey, fail)
      continue
    }
    switch (key) {
      case 'sslmode': {
        const mode = SSL_MODES[value.toLowerCase().replace(/_/g, '-')]
        if (!mode) fail(`${shownKey} has an unknown value`, [`Use one of: ${TLS_MODES.join(', ')}.`])
        parsed.tls.mode = mode
        break
      }
      case 'ssl': {
        const on = parseBoolean(value)
        if (on === undefined) fail(`${shownKey} must be true or false`)
        parsed.tls.mode = on ? 'require' : 'disable'
        break
      }
      case 'encrypt':
      case 'trustservercertificate': {
        const on = parseBoolean(value)
        if (on === undefined) fail(`${shownKey} must be true or false`)
        if (key === 'encrypt') parsed.tls.encrypt = on
        else parsed.tls.trustServerCertificate = on
        break
      }
      case 'sslrootcert':
      case 'sslca':
      case 'ca':
        parsed.tls.ca = value
        break
      case 'schema':
      case 'schemas':
        parsed.schemas.include = [...(parsed.schemas.include ?? []), ...splitList(value)]
        break
      case 'exclude':
      case 'excludeschemas':
        parsed.schemas.exclude = [...(parsed.schemas.exclude ?? []), ...splitList(value)]
        break
      case 'password':
      case 'pwd':
      case 'passwd':
        parsed.password ??= value
        break
      case 'user':
      case 'username':
        parsed.user ??= value || undefined
        break
      case 'instancename':
        if (parsed.dialect !== 'mssql') fail(`${shownKey} applies to SQL Server only`)
        parsed.instanceName = value
        if (parsed.port === DEFAULT_PORTS.mssql) parsed.port = undefined
        break
      // the scanner names its own sessions (datenreife), so a copied application name is harmless
      case 'applicationname':
        break
      default:
        fail(`the parameter "${shownKey}" is not known`, [`Known parameters: ${KNOWN_PARAMS}.`])
    }
  }
}

function parseBudget(budget: keyof SqlSourceBudgets, value: string, shownKey: string, fail: Fail): number {
  const {min, max} = SOURCE_LIMITS[budget]
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(n >= min && n <= max)) fail(`${shownKey} must be a whole number from ${min} to ${max}`)
  return n
}
