/**
 * The PostgreSQL dialect. The catalog statements and their assembly live in postgres-catalog.ts; this
 * file holds quoting, type classes, session and privilege statements, and the expression fragments the
 * generic builders use.
 */
import {typeNameWithoutSize, type CatalogColumn, type CatalogTable, type TypeClass} from './catalog.js'
import type {LabeledSql, SqlDialect, SqlRow, WritePrivileges} from './dialect.js'
import {postgresCatalogStatements, readPostgresCatalog, schemaCondition} from './postgres-catalog.js'
import {asBoolean, asNumber, asStringList} from './row-values.js'
import {limitSelect, qualifiedTableRef, sampleSelectList} from './select-text.js'

const TYPE_CLASSES: ReadonlyMap<string, TypeClass> = new Map<string, TypeClass>([
  ...['character varying', 'varchar', 'character', 'char', 'bpchar', 'text', 'name', '"char"', 'citext', 'user-defined'].map(
    (t) => [t, 'text'] as const,
  ),
  ...['smallint', 'integer', 'int', 'int2', 'int4', 'int8', 'bigint', 'smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8', 'oid'].map(
    (t) => [t, 'integer'] as const,
  ),
  ...['numeric', 'decimal', 'real', 'float4', 'float8', 'double precision', 'float', 'money'].map((t) => [t, 'decimal'] as const),
  ...['boolean', 'bool'].map((t) => [t, 'boolean'] as const),
  ['date', 'date'],
  ...['timestamp', 'timestamp without time zone', 'timestamp with time zone', 'timestamptz'].map((t) => [t, 'datetime'] as const),
  ...['time', 'time without time zone', 'time with time zone', 'timetz'].map((t) => [t, 'time'] as const),
  ['bytea', 'binary'],
])

/** Types whose values cannot be grouped or compared cheaply (json has no equality operator at all). */
const LARGE_OBJECT_TYPES: ReadonlySet<string> = new Set(['bytea', 'json', 'jsonb', 'xml', 'tsvector', 'tsquery'])

function isArrayType(normalised: string): boolean {
  return normalised.endsWith('[]') || normalised === 'array'
}

export function postgresTypeClass(declaredType: string): TypeClass {
  const type = typeNameWithoutSize(declaredType)
  if (isArrayType(type)) return 'other'
  // schema-qualified names (`public.mood`) are user-defined types: enums and domains are resolved by
  // the catalog reader from pg_type; whatever else arrives here is not orderable text
  return TYPE_CLASSES.get(type) ?? 'other'
}

export function postgresLargeObject(declaredType: string): boolean {
  const type = typeNameWithoutSize(declaredType)
  return isArrayType(type) || LARGE_OBJECT_TYPES.has(type)
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function tableRef(table: Pick<CatalogTable, 'schema' | 'name'>): string {
  return qualifiedTableRef(table, quoteIdent)
}

/**
 * The characters `String.prototype.trim` removes, as a PostgreSQL text value built at run time: ASCII
 * whitespace everywhere; in UTF8 databases also NBSP, the Unicode space separators, U+2028/2029 and the
 * BOM; in LATINx and WIN125x databases NBSP (0xA0). Built with convert_from (a STABLE function) inside CASE so
 * that a LATIN1 database never evaluates the UTF-8 branch (chr(65279) would be folded at plan time and
 * fail); the scalar subquery makes it an InitPlan computed once per statement, not once per row.
 */
const UNICODE_WHITESPACE_UTF8_HEX =
  'c2a0' + 'e19a80' + 'e28080e28081e28082e28083e28084e28085e28086e28087e28088e28089e2808a' + 'e280a8e280a9' + 'e280af' + 'e2819f' + 'e38080' + 'efbbbf'
export const POSTGRES_TRIM_CHARACTERS =
  "(SELECT ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || CASE" +
  ` WHEN current_setting('server_encoding') = 'UTF8' THEN convert_from(decode('${UNICODE_WHITESPACE_UTF8_HEX}', 'hex'), 'UTF8')` +
  " WHEN current_setting('server_encoding') ~ '^(LATIN|WIN125)' THEN convert_from(decode('a0', 'hex'), current_setting('server_encoding'))" +
  " ELSE '' END)"

/** TABLESAMPLE SYSTEM percentage that yields about 3n rows: plain decimal text, never exponent notation. */
export function samplePercent(rowEstimate: number, n: number): string {
  const percent = Math.min(100, (100 * 3 * n) / rowEstimate)
  const fixed = Math.max(percent, 0.000001).toFixed(6)
  return fixed.replace(/\.?0+$/, '')
}

function sampleExpr(column: CatalogColumn): string {
  const quoted = quoteIdent(column.name)
  if (column.typeClass === 'binary') return `octet_length(${quoted})`
  if (column.largeObject) return `left(CAST(${quoted} AS text), 1000)`
  return quoted
}

function selectList(columns: CatalogColumn[]): string {
  return sampleSelectList(columns, quoteIdent, sampleExpr)
}

function sampleStatement(table: CatalogTable, columns: CatalogColumn[], n: number): string {
  const from = tableRef(table)
  // TABLESAMPLE reads whole random pages (cheap, no full scan); views cannot be sampled that way
  const sampleable = table.kind === 'table' && table.rowEstimate !== null && table.rowEstimate > 10 * n
  const source = sampleable ? `${from} TABLESAMPLE SYSTEM (${samplePercent(table.rowEstimate!, n)})` : from
  return limitSelect({columns: selectList(columns), from: source}, n)
}

/** Write privileges outside pg_catalog/information_schema: one row per privilege kind with a count and an example. */
const TABLE_PRIVILEGES_SQL = `SELECT p.privilege_type, count(*) AS table_count, min(n.nspname || '.' || c.relname) AS example
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('OWNER')) AS p(privilege_type)
WHERE c.relkind IN ('r', 'p', 'v', 'f')
  AND ${schemaCondition({include: [], exclude: []})}
  AND CASE WHEN p.privilege_type = 'OWNER' THEN pg_catalog.pg_has_role(c.relowner, 'USAGE')
           ELSE pg_catalog.has_table_privilege(c.oid, p.privilege_type) END
GROUP BY p.privilege_type
ORDER BY p.privilege_type`

const CREATE_PRIVILEGES_SQL = `SELECT current_database() AS database_name,
  pg_catalog.has_database_privilege(current_database(), 'CREATE') AS create_on_database,
  (SELECT json_agg(n.nspname ORDER BY n.nspname) FROM pg_catalog.pg_namespace n
   WHERE ${schemaCondition({include: [], exclude: []})}
     AND pg_catalog.has_schema_privilege(n.oid, 'CREATE')) AS create_schemas`

function parseWritePrivileges(results: SqlRow[][]): WritePrivileges {
  const [roleRows = [], tableRows = [], createRows = []] = results
  const evidence: string[] = []
  if (roleRows.some((row) => asBoolean(row.superuser))) evidence.push('superuser')
  for (const row of tableRows) {
    const count = asNumber(row.table_count) ?? 0
    if (count === 0) continue
    const what = String(row.privilege_type) === 'OWNER' ? 'owner of' : `${String(row.privilege_type)} on`
    evidence.push(`${what} ${count} ${count === 1 ? 'table' : 'tables'} (e.g. ${String(row.example)})`)
  }
  for (const row of createRows) {
    for (const schema of asStringList(row.create_schemas)) evidence.push(`CREATE on schema ${schema}`)
    if (asBoolean(row.create_on_database)) evidence.push(`CREATE on database ${String(row.database_name)}`)
  }
  return {canWrite: evidence.length > 0, evidence}
}

function grantStatements(database: string, schemas: string[], user: string): string[] {
  const role = quoteIdent(user)
  // without a schema list the account would see nothing: public is where most applications live
  const targets = schemas.length > 0 ? schemas : ['public']
  return [
    `CREATE ROLE ${role} LOGIN PASSWORD '<password>';`,
    `GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${role};`,
    ...targets.flatMap((schema) => [
      `GRANT USAGE ON SCHEMA ${quoteIdent(schema)} TO ${role};`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA ${quoteIdent(schema)} TO ${role};`,
      // applies to tables the role running it creates later; run it as the application's owner role
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${quoteIdent(schema)} GRANT SELECT ON TABLES TO ${role};`,
    ]),
    `ALTER ROLE ${role} SET default_transaction_read_only = on;`,
  ]
}

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  quoteIdent,
  tableRef,
  typeClass: postgresTypeClass,

  sessionSetup(statementTimeoutMs: number): LabeledSql[] {
    return [
      {label: 'session: read-only', sql: 'SET default_transaction_read_only = on'},
      {label: 'session: statement timeout', sql: `SET statement_timeout = ${Math.max(0, Math.round(statementTimeoutMs))}`},
    ]
  },
  readOnlyCheck(): LabeledSql {
    return {label: 'session: read-only check', sql: "SELECT current_setting('transaction_read_only') AS read_only"}
  },

  catalogStatements: postgresCatalogStatements,
  readCatalog(run, filter) {
    return readPostgresCatalog(run, filter, {typeClass: postgresTypeClass, largeObject: postgresLargeObject})
  },

  privilegeStatements(): LabeledSql[] {
    return [
      {label: 'privileges: role', sql: 'SELECT r.rolname AS role_name, r.rolsuper AS superuser FROM pg_catalog.pg_roles r WHERE r.rolname = current_user'},
      {label: 'privileges: tables', sql: TABLE_PRIVILEGES_SQL},
      {label: 'privileges: create', sql: CREATE_PRIVILEGES_SQL},
    ]
  },
  parseWritePrivileges,
  grantStatements,

  // enums and other types without text functions are cast first; varchar → text is free
  charLength: (expr) => `char_length(CAST(${expr} AS text))`,
  trimmed: (expr) => `btrim(CAST(${expr} AS text), ${POSTGRES_TRIM_CHARACTERS})`,
  binaryText: (expr) => `CAST(${expr} AS text) COLLATE "C"`,
  temporalAsText: (expr) => `CAST(${expr} AS text)`,
  monthKey: (expr) => `CAST(EXTRACT(YEAR FROM ${expr}) * 100 + EXTRACT(MONTH FROM ${expr}) AS integer)`,
  approxDistinct: () => null,
  limitSelect,
  sampleStatement,
  sampleExpr,
  maxSelectItems: 1000,
}
