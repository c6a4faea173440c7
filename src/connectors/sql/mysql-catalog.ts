/**
 * The MySQL / MariaDB catalog: five statements over information_schema, each restricted to the connected
 * database (`TABLE_SCHEMA = DATABASE()`, which the server answers from its data dictionary without
 * opening every table), and the code that assembles their rows into catalog types. MySQL has no schemas
 * inside a database: tables get `schema: null`, and the schema filter is applied to the database name.
 *
 * Works on MySQL 5.7 / 8.x and MariaDB 10.x / 11.x. Where the two differ the statements use executable
 * comments: `/*M! … *\/` runs on MariaDB only, `/*!50720 … *\/` on MySQL 5.7.20+ only (MariaDB skips
 * versioned comments in MySQL's 5.7+ range, 50700–99999).
 */
import {ScannerError} from '../../errors.js'
import type {Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex, CatalogTable, ServerFacts, TypeClass} from './catalog.js'
import {addColumnFacts} from './catalog.js'
import type {LabeledSql, RunSql, SchemaFilter, SqlRow} from './dialect.js'
import {asBoolean, asNonEmptyText, asNumber, asText} from './row-values.js'
import {schemaAllowed} from './schema-filter.js'

// ---- declared types ----

/** lower-case base type without lengths and sign/zerofill attributes: `int(11) unsigned` → `int` */
function baseType(declaredType: string): string {
  const lower = declaredType.trim().toLowerCase()
  const words = /^[a-z_][a-z0-9_ ]*/.exec(lower)?.[0] ?? lower
  return words
    .replace(/\b(unsigned|signed|zerofill)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const TYPE_CLASSES: ReadonlyMap<string, TypeClass> = new Map<string, TypeClass>([
  ...['char', 'varchar', 'national char', 'national varchar', 'nchar', 'nvarchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'long', 'long varchar', 'enum', 'set'].map(
    (t) => [t, 'text'] as const,
  ),
  ...['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint', 'year', 'serial'].map((t) => [t, 'integer'] as const),
  ...['decimal', 'dec', 'numeric', 'fixed', 'float', 'double', 'double precision', 'real'].map((t) => [t, 'decimal'] as const),
  ...['bool', 'boolean'].map((t) => [t, 'boolean'] as const),
  ['date', 'date'],
  ...['datetime', 'timestamp'].map((t) => [t, 'datetime'] as const),
  ['time', 'time'],
  ...['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob', 'long varbinary'].map((t) => [t, 'binary'] as const),
])

/**
 * Types that cannot be grouped or compared cheaply: MEDIUMTEXT/LONGTEXT, the BLOB family, JSON and spatial
 * types. TINYTEXT and TEXT (≤ 64 KiB) are profiled like VARCHAR: legacy ERPs keep short values (names,
 * numbers, "k.A.") in them, and their empty and placeholder counts are what the scan is for.
 */
const LARGE_OBJECT_TYPES: ReadonlySet<string> = new Set([
  'mediumtext',
  'longtext',
  'long',
  'long varchar',
  'tinyblob',
  'blob',
  'mediumblob',
  'longblob',
  'long varbinary',
  'json',
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
  'geomcollection',
])

/** `tinyint(1)` is how MySQL spells BOOLEAN; `bit(1)` (or plain `bit`) is a one-bit flag. */
function isBooleanSpelling(declaredType: string): boolean {
  const lower = declaredType.trim().toLowerCase()
  return /^tinyint\s*\(\s*1\s*\)/.test(lower) || /^bit\s*(\(\s*1\s*\))?$/.test(lower)
}

export function mysqlTypeClass(declaredType: string): TypeClass {
  if (isBooleanSpelling(declaredType)) return 'boolean'
  // bit(n > 1) arrives as a Buffer and has no useful order; json, spatial, uuid, inet, vector: other
  return TYPE_CLASSES.get(baseType(declaredType)) ?? 'other'
}

export function mysqlLargeObject(declaredType: string): boolean {
  return LARGE_OBJECT_TYPES.has(baseType(declaredType))
}

/** bit columns come back from the driver as Buffers; the sample reads them as numbers */
export function isBitType(declaredType: string): boolean {
  return baseType(declaredType) === 'bit'
}

// ---- driver values ----

/** MySQL 8 returns information_schema labels as written, older servers sometimes upper-case: lower them. */
function lowerKeys(row: SqlRow): SqlRow {
  const out: SqlRow = {}
  for (const [key, value] of Object.entries(row)) out[key.toLowerCase()] = value
  return out
}

// ---- statements ----

/**
 * The session's read-only flag: MariaDB before 11.1 knows only `tx_read_only`, MySQL 8 only
 * `transaction_read_only` (5.7.20+ knows both). Naming a variable the server lacks is a parse error, so
 * each engine sees only its own; a server that sees neither (MySQL < 5.7.20) answers 0.
 */
export const MYSQL_READ_ONLY_EXPR = 'COALESCE(/*M! @@session.tx_read_only, */ /*!50720 @@session.transaction_read_only, */ 0)'

export const MYSQL_CATALOG_LABELS = {
  server: 'catalog: server',
  tables: 'catalog: tables',
  columns: 'catalog: columns',
  keys: 'catalog: keys',
  indexes: 'catalog: indexes',
} as const

export function mysqlCatalogStatements(): LabeledSql[] {
  return [
    {
      label: MYSQL_CATALOG_LABELS.server,
      sql: `SELECT VERSION() AS version,
  @@version_comment AS version_comment,
  DATABASE() AS database_name,
  s.DEFAULT_CHARACTER_SET_NAME AS encoding,
  s.DEFAULT_COLLATION_NAME AS collation_name,
  CURRENT_USER() AS account,
  ${MYSQL_READ_ONLY_EXPR} AS read_only
FROM (SELECT 1 AS one) AS d
LEFT JOIN information_schema.SCHEMATA s ON s.SCHEMA_NAME = DATABASE()`,
    },
    {
      // SEQUENCE (MariaDB) and TEMPORARY are left out; SYSTEM VERSIONED is MariaDB's temporal table
      label: MYSQL_CATALOG_LABELS.tables,
      sql: `SELECT TABLE_NAME AS table_name, TABLE_TYPE AS table_type, ENGINE AS engine, TABLE_ROWS AS table_rows,
  DATA_LENGTH AS data_length, INDEX_LENGTH AS index_length, TABLE_COLLATION AS table_collation, TABLE_COMMENT AS table_comment
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')
ORDER BY TABLE_NAME`,
    },
    {
      label: MYSQL_CATALOG_LABELS.columns,
      sql: `SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, ORDINAL_POSITION AS ordinal_position,
  COLUMN_TYPE AS column_type, IS_NULLABLE AS is_nullable, COLUMN_DEFAULT AS column_default,
  COLLATION_NAME AS collation_name, COLUMN_COMMENT AS column_comment
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    },
    {
      label: MYSQL_CATALOG_LABELS.keys,
      sql: `SELECT k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS constraint_name, c.CONSTRAINT_TYPE AS constraint_type,
  k.COLUMN_NAME AS column_name, k.ORDINAL_POSITION AS ordinal_position, k.REFERENCED_TABLE_SCHEMA AS referenced_schema,
  k.REFERENCED_TABLE_NAME AS referenced_table, k.REFERENCED_COLUMN_NAME AS referenced_column
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.TABLE_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.TABLE_SCHEMA = k.TABLE_SCHEMA
 AND c.TABLE_NAME = k.TABLE_NAME AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = DATABASE() AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    },
    {
      label: MYSQL_CATALOG_LABELS.indexes,
      sql: `SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE AS non_unique,
  SEQ_IN_INDEX AS seq_in_index, COLUMN_NAME AS column_name
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    },
  ]
}

// ---- assembly ----

export function parseMysqlServerFacts(row: SqlRow | undefined): ServerFacts {
  const r = lowerKeys(row ?? {})
  const database = asText(r.database_name)
  if (database === undefined || database === '') {
    throw new ScannerError('DB_NOT_FOUND', 'No database is selected on the MySQL/MariaDB connection.', {
      suggestions: ['Name the database in the source, e.g. mysql://reader@erp-host/erp.'],
    })
  }
  const version = asText(r.version) ?? ''
  const comment = asText(r.version_comment) ?? ''
  const mariadb = /mariadb/i.test(version) || /mariadb/i.test(comment)
  const facts: ServerFacts = {
    engine: mariadb ? 'MariaDB' : 'MySQL',
    version,
    database,
    readOnlySession: asBoolean(r.read_only),
  }
  const encoding = asNonEmptyText(r.encoding)
  if (encoding !== undefined) facts.encoding = encoding
  const collation = asNonEmptyText(r.collation_name)
  if (collation !== undefined) facts.collation = collation
  const user = asNonEmptyText(r.account)
  if (user !== undefined) facts.user = user
  return facts
}

/**
 * The default as the catalog prints it. MariaDB 10.2.7+ prints expressions: string literals quoted
 * (`'abc'`), functions as `current_timestamp()`, and a nullable column without default as the bare
 * word NULL. MySQL prints string literals unquoted and gives SQL NULL when there is no default.
 */
function columnDefault(value: unknown, mariadb: boolean): string | undefined {
  const text = asText(value)
  if (text === undefined) return undefined
  if (mariadb && text === 'NULL') return undefined
  return text
}

interface TableEntry {
  table: CatalogTable
  keys: Map<string, {name: string; type: string; columns: string[]; refSchema?: string; refTable?: string; refColumns: string[]}>
  indexes: Map<string, {unique: boolean; columns: Array<string | null>}>
}

export function assembleMysqlCatalog(results: SqlRow[][], filter: SchemaFilter, rules: {typeClass: (t: string) => TypeClass}): Catalog {
  const [serverRows = [], tableRows = [], columnRows = [], keyRows = [], indexRows = []] = results
  const server = parseMysqlServerFacts(serverRows[0])
  if (!schemaAllowed(server.database, filter)) return {server, schemas: [], tables: []}
  const mariadb = server.engine === 'MariaDB'

  const entries = new Map<string, TableEntry>()
  let databaseBytes = 0
  let anySize = false
  for (const raw of tableRows) {
    const r = lowerKeys(raw)
    const name = asText(r.table_name) ?? ''
    const view = asText(r.table_type) === 'VIEW'
    const dataLength = asNumber(r.data_length)
    const indexLength = asNumber(r.index_length)
    const sizeBytes = view || dataLength === null ? null : dataLength + (indexLength ?? 0)
    if (sizeBytes !== null) {
      databaseBytes += sizeBytes
      anySize = true
    }
    const table: CatalogTable = {
      schema: null,
      name,
      kind: view ? 'view' : 'table',
      columns: [],
      primaryKey: null,
      uniqueConstraints: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: view ? null : asNumber(r.table_rows),
      sizeBytes,
    }
    const engine = asNonEmptyText(r.engine)
    if (engine !== undefined && !view) table.engine = engine
    const collation = asNonEmptyText(r.table_collation)
    if (collation !== undefined && !view) table.collation = collation
    // a view's TABLE_COMMENT is the word VIEW (or an error text for a broken view), never a comment
    const comment = asNonEmptyText(r.table_comment)
    if (comment !== undefined && !view) table.comment = comment
    entries.set(name, {table, keys: new Map(), indexes: new Map()})
  }
  if (anySize) server.sizeBytes = databaseBytes

  for (const raw of columnRows) {
    const r = lowerKeys(raw)
    const entry = entries.get(asText(r.table_name) ?? '')
    if (!entry) continue
    const declaredType = asText(r.column_type) ?? ''
    const column: CatalogColumn = {
      name: asText(r.column_name) ?? '',
      position: entry.table.columns.length,
      declaredType,
      typeClass: rules.typeClass(declaredType),
      nullable: asText(r.is_nullable) === 'YES',
      largeObject: mysqlLargeObject(declaredType),
    }
    addColumnFacts(column, {defaultValue: columnDefault(r.column_default, mariadb), comment: asNonEmptyText(r.column_comment), collation: asNonEmptyText(r.collation_name)})
    entry.table.columns.push(column)
  }

  for (const raw of keyRows) {
    const r = lowerKeys(raw)
    const entry = entries.get(asText(r.table_name) ?? '')
    if (!entry) continue
    const name = asText(r.constraint_name) ?? ''
    const type = asText(r.constraint_type) ?? ''
    const id = `${type}\u0000${name}`
    let key = entry.keys.get(id)
    if (!key) {
      key = {name, type, columns: [], refColumns: [], refSchema: asText(r.referenced_schema), refTable: asText(r.referenced_table)}
      entry.keys.set(id, key)
    }
    key.columns.push(asText(r.column_name) ?? '')
    const refColumn = asText(r.referenced_column)
    if (refColumn !== undefined) key.refColumns.push(refColumn)
  }

  for (const raw of indexRows) {
    const r = lowerKeys(raw)
    const entry = entries.get(asText(r.table_name) ?? '')
    if (!entry) continue
    const name = asText(r.index_name) ?? ''
    let index = entry.indexes.get(name)
    if (!index) {
      index = {unique: !asBoolean(r.non_unique), columns: []}
      entry.indexes.set(name, index)
    }
    // MySQL 8 functional key parts have no column name
    index.columns.push(asText(r.column_name) ?? null)
  }

  for (const entry of entries.values()) finishTable(entry, server.database)
  const tables = [...entries.values()].map((e) => e.table).sort((a, b) => compareText(a.name, b.name))
  return {server, schemas: [server.database], tables}
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function finishTable(entry: TableEntry, database: string): void {
  const table = entry.table
  for (const key of entry.keys.values()) {
    if (key.type === 'PRIMARY KEY') table.primaryKey = key.columns
    else if (key.type === 'UNIQUE') table.uniqueConstraints.push(key.columns)
    else if (key.type === 'FOREIGN KEY' && key.refTable !== undefined) {
      const fk: CatalogForeignKey = {
        name: key.name,
        columns: key.columns,
        // same database: schema null, like the table itself; another database: its name
        references: {schema: key.refSchema === undefined || key.refSchema === database ? null : key.refSchema, table: key.refTable, columns: key.refColumns},
      }
      table.foreignKeys.push(fk)
    }
  }
  for (const [name, index] of entry.indexes) {
    // an index over an expression says nothing about the uniqueness of plain columns: left out
    if (index.columns.some((c) => c === null)) continue
    const catalogIndex: CatalogIndex = {name, columns: index.columns as string[], unique: index.unique, primary: name === 'PRIMARY'}
    table.indexes.push(catalogIndex)
  }
  table.indexes.sort((a, b) => Number(b.primary) - Number(a.primary) || compareText(a.name, b.name))
}

export async function readMysqlCatalog(run: RunSql, filter: SchemaFilter, rules: {typeClass: (t: string) => TypeClass}): Promise<Catalog> {
  const statements = mysqlCatalogStatements()
  const serverRows = await run(statements[0])
  const server = parseMysqlServerFacts(serverRows[0])
  // the database is the only "schema": when the filter excludes it, nothing else is read
  if (!schemaAllowed(server.database, filter)) return {server, schemas: [], tables: []}
  const results: SqlRow[][] = [serverRows]
  for (const statement of statements.slice(1)) results.push(await run(statement))
  return assembleMysqlCatalog(results, filter, rules)
}
