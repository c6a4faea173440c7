/**
 * The SQL Server dialect (2012 and later, Azure SQL Database). The catalog statements and their assembly
 * live in mssql-catalog.ts; this file holds quoting, session and privilege statements, and the expression
 * fragments the generic builders use. No SQL Server runs where this was written, so every statement is
 * unit-tested as text and, when DATENREIFE_TEST_MSSQL_URL is set, against a real server.
 */
import type {CatalogColumn, CatalogTable} from './catalog.js'
import type {LabeledSql, SqlDialect, SqlRow, WritePrivileges} from './dialect.js'
import {mssqlCatalogStatements, mssqlLiteral, mssqlTypeClass, readMssqlCatalog} from './mssql-catalog.js'
import {asBoolean, asText} from './row-values.js'
import {qualifiedTableRef, sampleSelectList, topSelect} from './select-text.js'

function quoteIdent(name: string): string {
  return `[${name.replaceAll(']', ']]')}]`
}

function tableRef(table: Pick<CatalogTable, 'schema' | 'name'>): string {
  return qualifiedTableRef(table, quoteIdent)
}

// ---- text fragments ----

/** LEN ignores trailing spaces: measure the text with a dot appended instead */
function charLength(expr: string): string {
  return `(LEN(${expr} + N'.') - 1)`
}

/** space, tab, LF, CR, NBSP: the characters TRIM(… FROM) would take on 2017+, as a PATINDEX class for 2012+ */
const WHITESPACE_CLASS = "N' ' + NCHAR(9) + NCHAR(10) + NCHAR(13) + NCHAR(160)"

/**
 * Leading and trailing whitespace removed on SQL Server 2012+ (LTRIM/RTRIM know only the space, TRIM
 * needs 2017): the first non-whitespace position from the front and from the reversed text bound the
 * SUBSTRING; a text of whitespace only has none and becomes ''.
 */
function trimmed(expr: string): string {
  const notSpace = `N'%[^' + ${WHITESPACE_CLASS} + N']%'`
  const first = `PATINDEX(${notSpace}, ${expr})`
  const lastFromEnd = `PATINDEX(${notSpace}, REVERSE(${expr}))`
  const length = charLength(expr)
  return `(CASE WHEN ${first} = 0 THEN N'' ELSE SUBSTRING(${expr}, ${first}, ${length} - ${lastFromEnd} - ${first} + 2) END)`
}

// ---- reading ----

/**
 * TABLESAMPLE SYSTEM picks whole pages, so a tiny percentage of a table with few pages may pick none: the
 * percentage aims at 3n rows but at least MIN_SAMPLED_ROWS (a few dozen pages), and TOP (n) bounds the result.
 */
export const MIN_SAMPLED_ROWS = 3000

/** TABLESAMPLE percentage: plain decimal text, never exponent notation */
export function mssqlSamplePercent(rowEstimate: number, n: number): string {
  const percent = Math.min(100, (100 * Math.max(3 * n, MIN_SAMPLED_ROWS)) / rowEstimate)
  return Math.max(percent, 0.000001)
    .toFixed(6)
    .replace(/\.?0+$/, '')
}

function sampleExpr(column: CatalogColumn): string {
  const quoted = quoteIdent(column.name)
  const type = column.declaredType.toLowerCase()
  if (column.typeClass === 'binary') return `DATALENGTH(${quoted})`
  // SUBSTRING, unlike LEFT, accepts text and ntext
  if (column.largeObject && column.typeClass === 'text') return `SUBSTRING(${quoted}, 1, 1000)`
  if (type === 'xml') return `SUBSTRING(CONVERT(nvarchar(max), ${quoted}), 1, 1000)`
  // geometry, geography: their size; uniqueidentifier, sql_variant… come as strings
  if (column.largeObject) return `DATALENGTH(${quoted})`
  return quoted
}

function selectList(columns: CatalogColumn[]): string {
  return sampleSelectList(columns, quoteIdent, sampleExpr)
}

function sampleStatement(table: CatalogTable, columns: CatalogColumn[], n: number): string {
  const from = tableRef(table)
  // TABLESAMPLE reads whole random pages (no full scan); views cannot be sampled that way
  const sampleable = table.kind === 'table' && table.rowEstimate !== null && table.rowEstimate > 10 * n
  const source = sampleable ? `${from} TABLESAMPLE SYSTEM (${mssqlSamplePercent(table.rowEstimate!, n)} PERCENT)` : from
  return topSelect({columns: selectList(columns), from: source}, n)
}

// ---- privileges ----

/** database-level permissions that change data or schema */
const WRITE_PERMISSIONS = [
  'INSERT',
  'UPDATE',
  'DELETE',
  'ALTER',
  'CONTROL',
  'TAKE OWNERSHIP',
  'CREATE TABLE',
  'CREATE VIEW',
  'CREATE PROCEDURE',
  'CREATE FUNCTION',
  'CREATE SCHEMA',
  'CREATE TYPE',
  'ALTER ANY SCHEMA',
]
const WRITE_PERMISSION_LIST = WRITE_PERMISSIONS.map(mssqlLiteral).join(', ')

/** fixed roles that can write: sysadmin on the server; db_owner, db_datawriter, db_ddladmin in the database */
const ROLES_SQL = `SELECT IS_SRVROLEMEMBER('sysadmin') AS sysadmin, IS_MEMBER('db_owner') AS db_owner,
  IS_MEMBER('db_datawriter') AS db_datawriter, IS_MEMBER('db_ddladmin') AS db_ddladmin`

/** the effective database-wide permissions (through every role and group) */
const DATABASE_PERMISSIONS_SQL = `SELECT p.permission_name
FROM fn_my_permissions(NULL, 'DATABASE') p
WHERE p.permission_name IN (${WRITE_PERMISSION_LIST})
ORDER BY p.permission_name`

/** grants on single schemas and objects to the account or a role it belongs to */
const OBJECT_PERMISSIONS_SQL = `SELECT dp.permission_name, dp.class_desc,
  CASE dp.class WHEN 3 THEN SCHEMA_NAME(dp.major_id)
                WHEN 1 THEN OBJECT_SCHEMA_NAME(dp.major_id) + N'.' + OBJECT_NAME(dp.major_id) END AS object_name
FROM sys.database_permissions dp
WHERE dp.state IN ('G', 'W') AND dp.class IN (1, 3)
  AND dp.permission_name IN (${WRITE_PERMISSION_LIST})
  AND (dp.grantee_principal_id = DATABASE_PRINCIPAL_ID() OR IS_MEMBER(USER_NAME(dp.grantee_principal_id)) = 1)
ORDER BY object_name, dp.permission_name`

function parseWritePrivileges(results: SqlRow[][]): WritePrivileges {
  const [roleRows = [], databaseRows = [], objectRows = []] = results
  const evidence: string[] = []
  const roles = roleRows[0] ?? {}
  if (asBoolean(roles.sysadmin)) evidence.push('member of sysadmin')
  for (const role of ['db_owner', 'db_datawriter', 'db_ddladmin']) if (asBoolean(roles[role])) evidence.push(`member of ${role}`)
  const databasePermissions = databaseRows.map((r) => asText(r.permission_name)).filter((p): p is string => p !== undefined)
  if (databasePermissions.length > 0) evidence.push(`${databasePermissions.join(', ')} on the database`)
  for (const row of objectRows) {
    const what = asText(row.object_name)
    const permission = asText(row.permission_name)
    if (what === undefined || permission === undefined) continue
    const kind = asText(row.class_desc) === 'SCHEMA' ? 'schema ' : ''
    evidence.push(`${permission} on ${kind}${what}`)
  }
  return {canWrite: evidence.length > 0, evidence}
}

/**
 * A login, a user in the database, read access (db_datareader, or SELECT per schema when the scan is
 * limited to some), VIEW DEFINITION for the catalog's defaults and comments, VIEW DATABASE STATE for
 * APPROX_COUNT_DISTINCT and statistics. The CREATE LOGIN runs in master (or use a contained user).
 */
function grantStatements(database: string, schemas: string[], user: string): string[] {
  const principal = quoteIdent(user)
  const read =
    schemas.length === 0
      ? [`ALTER ROLE db_datareader ADD MEMBER ${principal};`, `GRANT VIEW DEFINITION TO ${principal};`]
      : schemas.flatMap((schema) => [`GRANT SELECT ON SCHEMA::${quoteIdent(schema)} TO ${principal};`, `GRANT VIEW DEFINITION ON SCHEMA::${quoteIdent(schema)} TO ${principal};`])
  return [
    `CREATE LOGIN ${principal} WITH PASSWORD = N'<password>';`,
    `USE ${quoteIdent(database)};`,
    `CREATE USER ${principal} FOR LOGIN ${principal};`,
    ...read,
    `GRANT VIEW DATABASE STATE TO ${principal};`,
  ]
}

export const mssqlDialect: SqlDialect = {
  name: 'mssql',
  quoteIdent,
  tableRef,
  typeClass: mssqlTypeClass,

  /**
   * The statement timeout itself is the driver's request timeout; here: wait at most that long for a lock,
   * read only committed data without holding locks longer than a statement, and lose any deadlock with
   * the ERP's own work rather than win it.
   */
  sessionSetup(statementTimeoutMs: number): LabeledSql[] {
    return [
      {label: 'session: lock timeout', sql: `SET LOCK_TIMEOUT ${Math.max(0, Math.round(statementTimeoutMs))}`},
      {label: 'session: isolation level', sql: 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED'},
      {label: 'session: deadlock priority', sql: 'SET DEADLOCK_PRIORITY LOW'},
    ]
  },
  readOnlyCheck(): LabeledSql {
    return {
      label: 'session: read-only check',
      sql: "SELECT CASE WHEN CAST(DATABASEPROPERTYEX(DB_NAME(), 'Updateability') AS nvarchar(128)) = N'READ_ONLY' THEN 1 ELSE 0 END AS read_only",
    }
  },

  catalogStatements: () => mssqlCatalogStatements(),
  readCatalog: (run, filter) => readMssqlCatalog(run, filter),

  privilegeStatements(): LabeledSql[] {
    return [
      {label: 'privileges: roles', sql: ROLES_SQL},
      {label: 'privileges: database', sql: DATABASE_PERMISSIONS_SQL},
      {label: 'privileges: schemas and objects', sql: OBJECT_PERMISSIONS_SQL},
    ]
  },
  parseWritePrivileges,
  grantStatements,

  charLength,
  trimmed,
  binaryText: (expr) => `${expr} COLLATE Latin1_General_100_BIN2`,
  temporalAsText: (expr) => `CONVERT(varchar(23), ${expr}, 121)`,
  monthKey: (expr) => `(YEAR(${expr}) * 100 + MONTH(${expr}))`,
  // SQL Server 2019+; the caller checks the version before using it
  approxDistinct: (expr) => `APPROX_COUNT_DISTINCT(${expr})`,
  limitSelect: topSelect,
  sampleStatement,
  sampleExpr,
  maxSelectItems: 1000,
}
