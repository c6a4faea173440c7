/** A parsed database source as source-uri.ts builds it, for tests that need a SqlSourceSpec. */
import type {DialectName} from '../../../../src/connectors/sql/catalog.js'
import type {SqlSourceSpec} from '../../../../src/connectors/sql/source-uri.js'

export function sqlSpec(dialect: DialectName, overrides: Partial<SqlSourceSpec> = {}): SqlSourceSpec {
  const network = dialect !== 'sqlite'
  const port = {postgres: 5432, mysql: 3306, mssql: 1433, sqlite: undefined}[dialect]
  return {
    dialect,
    location: network ? `${dialect}://reader@erp-host:${port}/erp` : 'sqlite:/daten/wawi.db',
    identity: `${dialect}|erp-host|${port}|erp|reader`,
    ...(network ? {host: 'erp-host', port, user: 'reader', password: 'Geheim-Pw-4711'} : {file: '/daten/wawi.db'}),
    database: network ? 'erp' : 'wawi.db',
    tls: {},
    schemas: {include: [], exclude: []},
    maxConnections: 2,
    sampleRows: 10_000,
    statementTimeoutMs: 30_000,
    tableBudgetMs: 120_000,
    sourceBudgetMs: 1_800_000,
    ...overrides,
  }
}
