/**
 * What a database says about itself: server facts and the catalog (schemas, tables, columns, keys,
 * indexes, sizes). Every dialect reads its own system views into these plain types; everything after the
 * connector (pushdown planning, recognizers, findings, scoring) works on them and never on dialect rows.
 */

export type DialectName = 'postgres' | 'mysql' | 'mssql' | 'sqlite'

/**
 * How a declared type behaves for profiling. `text` columns get empty/placeholder counts and lengths;
 * `binary` and `other` (geometry, arrays, xml, json…) get null counts only; the rest are orderable.
 */
export type TypeClass = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'time' | 'binary' | 'other'

/**
 * A declared type's name as the dialects' type tables spell it: lower-case, without lengths, precision or
 * scale, single spaces (`nvarchar(max)` → `nvarchar`, `timestamp(3) with time zone` → `timestamp with time zone`).
 */
export function typeNameWithoutSize(declaredType: string): string {
  return declaredType
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface CatalogColumn {
  name: string
  /** 0-based position in the table */
  position: number
  /** the type as the database declares it, e.g. "character varying(40)", "nvarchar(50)", "int(11)" */
  declaredType: string
  typeClass: TypeClass
  nullable: boolean
  /** the default expression as the catalog prints it; absent when there is none */
  defaultValue?: string
  comment?: string
  /** column collation where the engine has one per column (MySQL, SQL Server, PostgreSQL when not default) */
  collation?: string
  /** large objects (text/ntext/image/blob, PostgreSQL bytea/text arrays) that cannot be grouped or compared */
  largeObject: boolean
}

export interface CatalogForeignKey {
  name?: string
  columns: string[]
  references: {schema: string | null; table: string; columns: string[]}
}

export interface CatalogIndex {
  name: string
  columns: string[]
  unique: boolean
  primary: boolean
}

export interface CatalogTable {
  /** null for engines without schemas (SQLite, and MySQL where the database is the schema) */
  schema: string | null
  name: string
  kind: 'table' | 'view'
  columns: CatalogColumn[]
  /** null when the table has no primary key */
  primaryKey: string[] | null
  uniqueConstraints: string[][]
  foreignKeys: CatalogForeignKey[]
  indexes: CatalogIndex[]
  /** the catalog's row estimate (pg_class.reltuples, information_schema.TABLES.TABLE_ROWS, sys.partitions); null when unknown */
  rowEstimate: number | null
  /** data + index size in bytes; null when unknown */
  sizeBytes: number | null
  /** storage engine (MySQL/MariaDB: InnoDB, MyISAM, Aria…) */
  engine?: string
  /** table default collation (MySQL, SQL Server) */
  collation?: string
  comment?: string
}

export interface ServerFacts {
  /** "PostgreSQL", "MariaDB", "MySQL", "Microsoft SQL Server", "SQLite" */
  engine: string
  /** the version as the server reports it, e.g. "15.19", "10.11.19-MariaDB", "16.0.4135.4" */
  version: string
  /** SQL Server edition ("Express Edition (64-bit)"); absent elsewhere */
  edition?: string
  /** the database (catalog) scanned */
  database: string
  /** server or database character set / encoding ("UTF8", "utf8mb4", "latin1") */
  encoding?: string
  /** database default collation */
  collation?: string
  /** the database's total size in bytes when the engine tells it */
  sizeBytes?: number
  /** the session is read-only as far as the engine can tell (read-only transaction, readonly file) */
  readOnlySession: boolean
  /** the user the session runs as (never a password) */
  user?: string
}

export interface Catalog {
  server: ServerFacts
  /** schemas the account can see (after include/exclude), in catalog order */
  schemas: string[]
  tables: CatalogTable[]
}

/** A table's display name: "schema.table", or "table" where there is no schema. */
export function qualifiedName(table: Pick<CatalogTable, 'schema' | 'name'>): string {
  return table.schema === null ? table.name : `${table.schema}.${table.name}`
}

/** Sets a column's optional catalog facts that the engine reported (absent ones stay absent in the report). */
export function addColumnFacts(column: CatalogColumn, facts: {defaultValue?: string; comment?: string; collation?: string}): CatalogColumn {
  if (facts.defaultValue !== undefined) column.defaultValue = facts.defaultValue
  if (facts.comment !== undefined) column.comment = facts.comment
  if (facts.collation !== undefined) column.collation = facts.collation
  return column
}
