/**
 * A SQL dialect: everything that differs between PostgreSQL, MySQL/MariaDB, SQL Server and SQLite, as
 * pure functions that return SQL text or turn result rows into catalog types. Nothing here opens a
 * connection, so every statement a scan runs can be unit-tested as text (SQL Server has no server here)
 * and printed by `--dry-run`. Generic builders (pushdown-sql.ts, duplicate-sql.ts, …) assemble queries
 * from these fragments; one file per dialect implements this interface (postgres.ts, mysql.ts, mssql.ts,
 * sqlite.ts), registered in dialect-registry.ts.
 */
import type {Catalog, CatalogColumn, CatalogTable, DialectName, TypeClass} from './catalog.js'

/** A result row as the drivers give it: column name → value. */
export type SqlRow = Record<string, unknown>

/** One statement with what it is for ("catalog: columns", "pushdown: kunde"). */
export interface LabeledSql {
  label: string
  sql: string
}

/** Runs one read-only statement and returns its rows (the session decides timeouts and connections). */
export type RunSql = (statement: LabeledSql) => Promise<SqlRow[]>

/** Which schemas to read: glob-like patterns (`*`, `?`), case-insensitive; exclude wins. */
export interface SchemaFilter {
  include: string[]
  exclude: string[]
}

export interface WritePrivileges {
  /** the account can change data or schema somewhere in the scanned database */
  canWrite: boolean
  /** what shows it, one line each ("INSERT on public.kunde", "member of db_owner", "superuser") */
  evidence: string[]
}

export interface SqlDialect {
  readonly name: DialectName

  /** `"name"` / `` `name` `` / `[name]`, with the quote character doubled inside */
  quoteIdent(name: string): string
  /** the quoted, schema-qualified table reference for FROM */
  tableRef(table: Pick<CatalogTable, 'schema' | 'name'>): string
  /** maps a declared type to how it is profiled */
  typeClass(declaredType: string): TypeClass

  /**
   * statements run once on every new connection before anything else: read-only session and statement
   * timeout where the engine sets them per session (PostgreSQL gets both as startup options instead and
   * lists them here as SET statements for --dry-run)
   */
  sessionSetup(statementTimeoutMs: number): LabeledSql[]
  /** a statement whose single row says whether the session is read-only (column `read_only`: 1/0, on/off) */
  readOnlyCheck(): LabeledSql | null

  /** statements that find the server facts and the catalog, in the order readCatalog runs them */
  catalogStatements(filter: SchemaFilter): LabeledSql[]
  /** runs catalogStatements (and nothing else) through `run` and assembles the catalog */
  readCatalog(run: RunSql, filter: SchemaFilter): Promise<Catalog>

  /** statements that show what the account may do; parsed by parseWritePrivileges */
  privilegeStatements(): LabeledSql[]
  parseWritePrivileges(results: SqlRow[][]): WritePrivileges
  /** the statements a DBA runs to create a read-only account for the scan */
  grantStatements(database: string, schemas: string[], user: string): string[]

  // ---- expression fragments for the generic builders; `expr` is already quoted ----

  /** length in characters */
  charLength(expr: string): string
  /** the text with leading/trailing whitespace (space, tab, CR, LF, NBSP) removed */
  trimmed(expr: string): string
  /** an expression whose equality and order are binary (code point) and case-sensitive, for DISTINCT/MIN/MAX */
  binaryText(expr: string): string
  /** MIN/MAX result of a date or datetime column as ISO-like text ("2024-01-31", "2024-01-31 12:00:00") */
  temporalAsText(expr: string): string
  /** an integer yyyymm of a date/datetime expression (history depth) */
  monthKey(expr: string): string
  /** the engine's approximate distinct count, or null when it has none */
  approxDistinct(expr: string): string | null
  /** a complete SELECT limited to `n` rows: `SELECT TOP (n) …` or `… LIMIT n` */
  limitSelect(select: {columns: string; from: string; where?: string; orderBy?: string}, n: number): string
  /**
   * the statement reading a bounded sample of `n` rows: TABLESAMPLE where the engine has it and the table
   * is much larger than n, else the first n rows (SQLite/MySQL: key-range sampling over the primary key)
   */
  sampleStatement(table: CatalogTable, columns: CatalogColumn[], n: number): string
  /** how a column is read in the sample: large objects and binaries as their length only */
  sampleExpr(column: CatalogColumn): string
  /** the most select-list items one statement should carry before the pushdown is split */
  readonly maxSelectItems: number
}
