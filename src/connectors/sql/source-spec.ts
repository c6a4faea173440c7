/**
 * The shape of a parsed database source and its defaults and limits (parsing: source-uri.ts).
 */
import type {DialectName} from './catalog.js'
import type {SchemaFilter} from './dialect.js'

export type TlsMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full'
export const TLS_MODES: readonly TlsMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']

export interface SqlTlsOptions {
  /** PostgreSQL sslmode; MySQL's ssl-mode names are mapped onto it (REQUIRED → require, VERIFY_IDENTITY → verify-full) */
  mode?: TlsMode
  /** SQL Server only */
  encrypt?: boolean
  /** SQL Server only: accept a self-signed server certificate */
  trustServerCertificate?: boolean
  /** path of a CA certificate file (absolute once parsed) */
  ca?: string
}

/** How much a scan may take from one source. */
export interface SqlSourceBudgets {
  sampleRows: number
  statementTimeoutMs: number
  tableBudgetMs: number
  sourceBudgetMs: number
}

export interface SqlSourceSpec extends SqlSourceBudgets {
  dialect: DialectName
  /** redacted, for the report and every message: no password, no secret query params */
  location: string
  /** a stable id input: dialect + host + port + database (+ user), never the password */
  identity: string
  host?: string
  port?: number
  /** SQL Server named instance (`host\SQLEXPRESS`); the port is then found by the SQL Browser service */
  instanceName?: string
  database: string
  user?: string
  password?: string
  /** sqlite: the file path (absolute) */
  file?: string
  tls: SqlTlsOptions
  schemas: SchemaFilter
  /** at most MAX_CONNECTIONS */
  maxConnections: number
  /** a display name from the config */
  name?: string
}

export const MAX_CONNECTIONS = 2

export const SOURCE_DEFAULTS: Readonly<SqlSourceBudgets & {maxConnections: number}> = {
  sampleRows: 10_000,
  statementTimeoutMs: 30_000,
  tableBudgetMs: 120_000,
  sourceBudgetMs: 1_800_000,
  maxConnections: MAX_CONNECTIONS,
}

/** Allowed ranges; schemas/config.schema.json states the same numbers (a test keeps them in step). */
export const SOURCE_LIMITS: Readonly<Record<keyof SqlSourceBudgets, {min: number; max: number}>> = {
  sampleRows: {min: 100, max: 10_000_000},
  statementTimeoutMs: {min: 1_000, max: 3_600_000},
  tableBudgetMs: {min: 1_000, max: 86_400_000},
  sourceBudgetMs: {min: 1_000, max: 604_800_000},
}

export const DEFAULT_PORTS: Readonly<Record<Exclude<DialectName, 'sqlite'>, number>> = {
  postgres: 5432,
  mysql: 3306,
  mssql: 1433,
}
