/**
 * The SQL Server catalog: six statements over the sys.* catalog views (one per kind of object for the
 * whole database) and the code that assembles their rows into catalog types. Every statement returns one
 * row per object or per (object, column) and the grouping happens here, so nothing needs STRING_AGG
 * (2017+): the statements run on SQL Server 2012 and later, and on Azure SQL Database. Only catalog views
 * that the public role may read are used (sys.allocation_units rather than sys.dm_db_partition_stats,
 * which needs VIEW DATABASE STATE), so a db_datareader account reads the whole catalog.
 */
import {addColumnFacts, typeNameWithoutSize, type Catalog, type CatalogColumn, type CatalogIndex, type CatalogTable, type ServerFacts, type TypeClass} from './catalog.js'
import type {LabeledSql, RunSql, SchemaFilter, SqlRow} from './dialect.js'
import {asBoolean, asNonEmptyText, asNumber, asText} from './row-values.js'
import {MSSQL_SYSTEM_SCHEMAS, schemaAllowed} from './schema-filter.js'

// ---- declared types ----

const TYPE_CLASSES: ReadonlyMap<string, TypeClass> = new Map<string, TypeClass>([
  ...['char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext', 'sysname'].map((t) => [t, 'text'] as const),
  ...['tinyint', 'smallint', 'int', 'bigint'].map((t) => [t, 'integer'] as const),
  ...['decimal', 'numeric', 'money', 'smallmoney', 'float', 'real'].map((t) => [t, 'decimal'] as const),
  ['bit', 'boolean'],
  ['date', 'date'],
  ...['datetime', 'datetime2', 'smalldatetime', 'datetimeoffset'].map((t) => [t, 'datetime'] as const),
  ['time', 'time'],
  ...['binary', 'varbinary', 'image', 'timestamp', 'rowversion'].map((t) => [t, 'binary'] as const),
])

export function mssqlTypeClass(declaredType: string): TypeClass {
  // uniqueidentifier, xml, sql_variant, hierarchyid, geometry, geography, CLR types: other
  return TYPE_CLASSES.get(typeNameWithoutSize(declaredType)) ?? 'other'
}

/** text/ntext/image and the (max) types cannot be grouped or compared; xml and spatial values neither */
export function mssqlLargeObject(declaredType: string): boolean {
  const type = typeNameWithoutSize(declaredType)
  if (['text', 'ntext', 'image', 'xml', 'geometry', 'geography'].includes(type)) return true
  return /\(\s*max\s*\)/i.test(declaredType) && ['varchar', 'nvarchar', 'varbinary'].includes(type)
}

/**
 * The declared type from sys.columns / sys.types: lengths in characters (nchar/nvarchar store two bytes
 * per character, max_length -1 is `max`), precision and scale where the type has them.
 */
export function mssqlDeclaredType(typeName: string, maxLength: number | null, precision: number | null, scale: number | null): string {
  const type = typeName.toLowerCase()
  if (['char', 'varchar', 'binary', 'varbinary'].includes(type)) return `${type}(${maxLength === -1 ? 'max' : (maxLength ?? 0)})`
  if (['nchar', 'nvarchar'].includes(type)) return `${type}(${maxLength === -1 ? 'max' : (maxLength ?? 0) / 2})`
  if (['decimal', 'numeric'].includes(type)) return `${type}(${precision ?? 18},${scale ?? 0})`
  if (['datetime2', 'datetimeoffset', 'time'].includes(type)) return `${type}(${scale ?? 7})`
  return type
}

// ---- statements ----

/** N'…' literal: quotes doubled */
export function mssqlLiteral(value: string): string {
  return `N'${value.replaceAll("'", "''")}'`
}

/** the condition on a sys.schemas alias that leaves out system and fixed-role schemas */
export function mssqlSchemaCondition(alias = 's'): string {
  return `${alias}.name NOT IN (${MSSQL_SYSTEM_SCHEMAS.map(mssqlLiteral).join(', ')})`
}

/** user tables and views; the database diagram table SSMS creates (dbo.sysdiagrams) is tooling, not data */
const USER_OBJECT_CONDITION = `o.type IN ('U', 'V') AND o.is_ms_shipped = 0
  AND NOT EXISTS (SELECT 1 FROM sys.extended_properties x
                  WHERE x.class = 1 AND x.major_id = o.object_id AND x.minor_id = 0 AND x.name = N'microsoft_database_tools_support')`

export const MSSQL_CATALOG_LABELS = {
  server: 'catalog: server',
  schemas: 'catalog: schemas',
  tables: 'catalog: tables',
  columns: 'catalog: columns',
  indexes: 'catalog: indexes',
  foreignKeys: 'catalog: foreign keys',
} as const

export function mssqlCatalogStatements(): LabeledSql[] {
  const schemas = mssqlSchemaCondition()
  return [
    {
      // size: the allocated data files (the Express edition's cap counts those, not the log)
      label: MSSQL_CATALOG_LABELS.server,
      sql: `SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS version,
  CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,
  DB_NAME() AS database_name,
  CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS nvarchar(128)) AS collation_name,
  CAST(COLLATIONPROPERTY(CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS nvarchar(128)), 'CodePage') AS int) AS code_page,
  CASE WHEN CAST(DATABASEPROPERTYEX(DB_NAME(), 'Updateability') AS nvarchar(128)) = N'READ_ONLY' THEN 1 ELSE 0 END AS read_only,
  (SELECT SUM(CAST(f.size AS bigint)) * 8192 FROM sys.database_files f WHERE f.type = 0) AS size_bytes,
  SUSER_SNAME() AS login_name,
  USER_NAME() AS user_name`,
    },
    {
      label: MSSQL_CATALOG_LABELS.schemas,
      sql: `SELECT s.name AS schema_name
FROM sys.schemas s
WHERE ${schemas}
ORDER BY s.name`,
    },
    {
      // rows: heap (0) or clustered index (1) partitions; size: all pages of all indexes, LOB pages included
      label: MSSQL_CATALOG_LABELS.tables,
      sql: `SELECT o.object_id, s.name AS schema_name, o.name AS table_name,
  CASE WHEN o.type = 'V' THEN 'view' ELSE 'table' END AS kind,
  CAST(ep.value AS nvarchar(4000)) AS table_comment,
  pr.row_estimate, sz.total_pages
FROM sys.objects o
JOIN sys.schemas s ON s.schema_id = o.schema_id
LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = o.object_id AND ep.minor_id = 0 AND ep.name = N'MS_Description'
LEFT JOIN (SELECT p.object_id, SUM(p.rows) AS row_estimate FROM sys.partitions p WHERE p.index_id IN (0, 1) GROUP BY p.object_id) pr
  ON pr.object_id = o.object_id
LEFT JOIN (SELECT p.object_id, SUM(a.total_pages) AS total_pages
           FROM sys.partitions p
           JOIN sys.allocation_units a ON a.container_id = CASE WHEN a.type = 2 THEN p.partition_id ELSE p.hobt_id END
           GROUP BY p.object_id) sz
  ON sz.object_id = o.object_id
WHERE ${USER_OBJECT_CONDITION}
  AND ${schemas}
ORDER BY s.name, o.name`,
    },
    {
      // alias types (and sysname) resolve to their system type through system_type_id
      label: MSSQL_CATALOG_LABELS.columns,
      sql: `SELECT c.object_id, c.column_id, c.name AS column_name, ty.name AS type_name, bt.name AS base_type_name,
  c.max_length, c.[precision] AS numeric_precision, c.scale AS numeric_scale, c.is_nullable, c.collation_name,
  dc.definition AS default_definition, CAST(ep.value AS nvarchar(4000)) AS column_comment
FROM sys.columns c
JOIN sys.objects o ON o.object_id = c.object_id
JOIN sys.schemas s ON s.schema_id = o.schema_id
JOIN sys.types ty ON ty.user_type_id = c.user_type_id
LEFT JOIN sys.types bt ON bt.user_type_id = ty.system_type_id
LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = c.object_id AND ep.minor_id = c.column_id AND ep.name = N'MS_Description'
WHERE ${USER_OBJECT_CONDITION}
  AND ${schemas}
ORDER BY c.object_id, c.column_id`,
    },
    {
      // clustered and nonclustered rowstore indexes that are in force; key columns only (no INCLUDE)
      label: MSSQL_CATALOG_LABELS.indexes,
      sql: `SELECT i.object_id, i.index_id, i.name AS index_name, i.is_unique, i.is_primary_key, i.is_unique_constraint,
  i.has_filter, ic.key_ordinal, c.name AS column_name
FROM sys.indexes i
JOIN sys.objects o ON o.object_id = i.object_id
JOIN sys.schemas s ON s.schema_id = o.schema_id
JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.key_ordinal > 0
JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE i.type IN (1, 2) AND i.is_hypothetical = 0 AND i.is_disabled = 0
  AND ${USER_OBJECT_CONDITION}
  AND ${schemas}
ORDER BY i.object_id, i.index_id, ic.key_ordinal`,
    },
    {
      label: MSSQL_CATALOG_LABELS.foreignKeys,
      sql: `SELECT fk.parent_object_id AS object_id, fk.object_id AS constraint_id, fk.name AS constraint_name,
  fkc.constraint_column_id, pc.name AS column_name,
  rs.name AS referenced_schema, ro.name AS referenced_table, rc.name AS referenced_column
FROM sys.foreign_keys fk
JOIN sys.objects o ON o.object_id = fk.parent_object_id
JOIN sys.schemas s ON s.schema_id = o.schema_id
JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
JOIN sys.columns pc ON pc.object_id = fkc.parent_object_id AND pc.column_id = fkc.parent_column_id
JOIN sys.objects ro ON ro.object_id = fk.referenced_object_id
JOIN sys.schemas rs ON rs.schema_id = ro.schema_id
JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id
WHERE ${schemas}
ORDER BY fk.parent_object_id, fk.name, fkc.constraint_column_id`,
    },
  ]
}

// ---- assembly ----

/** the character set of varchar data: the collation's code page (65001 = UTF-8 collations of 2019+) */
function encodingOf(codePage: number | null): string | undefined {
  if (codePage === null) return undefined
  if (codePage === 65001) return 'UTF-8'
  // 0: a Unicode-only collation, varchar cannot hold text at all; nvarchar is UTF-16 everywhere
  if (codePage === 0) return 'UTF-16'
  return `CP${codePage}`
}

export function parseMssqlServerFacts(row: SqlRow | undefined): ServerFacts {
  const r = row ?? {}
  const facts: ServerFacts = {
    engine: 'Microsoft SQL Server',
    version: asText(r.version) ?? '',
    database: asText(r.database_name) ?? '',
    readOnlySession: asBoolean(r.read_only),
  }
  const edition = asNonEmptyText(r.edition)
  if (edition !== undefined) facts.edition = edition
  const encoding = encodingOf(asNumber(r.code_page))
  if (encoding !== undefined) facts.encoding = encoding
  const collation = asNonEmptyText(r.collation_name)
  if (collation !== undefined) facts.collation = collation
  const size = asNumber(r.size_bytes)
  if (size !== null) facts.sizeBytes = size
  const user = asNonEmptyText(r.login_name) ?? asNonEmptyText(r.user_name)
  if (user !== undefined) facts.user = user
  return facts
}

const PAGE_BYTES = 8192

interface TableEntry {
  table: CatalogTable
  indexes: Map<number, {name: string; unique: boolean; primary: boolean; uniqueConstraint: boolean; columns: string[]}>
  foreignKeys: Map<number, {name: string; columns: string[]; schema: string; table: string; refColumns: string[]}>
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function assembleMssqlCatalog(results: SqlRow[][], filter: SchemaFilter): Catalog {
  const [serverRows = [], schemaRows = [], tableRows = [], columnRows = [], indexRows = [], fkRows = []] = results
  const server = parseMssqlServerFacts(serverRows[0])
  const schemas = schemaRows.map((r) => asText(r.schema_name) ?? '').filter((s) => schemaAllowed(s, filter))
  const allowed = new Set(schemas)

  const entries = new Map<number, TableEntry>()
  for (const r of tableRows) {
    const schema = asText(r.schema_name) ?? ''
    if (!allowed.has(schema)) continue
    const view = asText(r.kind) === 'view'
    const pages = asNumber(r.total_pages)
    const table: CatalogTable = {
      schema,
      name: asText(r.table_name) ?? '',
      kind: view ? 'view' : 'table',
      columns: [],
      primaryKey: null,
      uniqueConstraints: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: asNumber(r.row_estimate),
      sizeBytes: pages === null ? null : pages * PAGE_BYTES,
    }
    const comment = asNonEmptyText(r.table_comment)
    if (comment !== undefined) table.comment = comment
    entries.set(asNumber(r.object_id) ?? -1, {table, indexes: new Map(), foreignKeys: new Map()})
  }

  for (const r of columnRows) {
    const entry = entries.get(asNumber(r.object_id) ?? -1)
    if (!entry) continue
    const typeName = asText(r.base_type_name) ?? asText(r.type_name) ?? ''
    const declaredType = mssqlDeclaredType(typeName, asNumber(r.max_length), asNumber(r.numeric_precision), asNumber(r.numeric_scale))
    const column: CatalogColumn = {
      name: asText(r.column_name) ?? '',
      position: entry.table.columns.length,
      declaredType,
      typeClass: mssqlTypeClass(declaredType),
      nullable: asBoolean(r.is_nullable),
      largeObject: mssqlLargeObject(declaredType),
    }
    addColumnFacts(column, {defaultValue: asText(r.default_definition), comment: asNonEmptyText(r.column_comment), collation: asNonEmptyText(r.collation_name)})
    entry.table.columns.push(column)
  }

  for (const r of indexRows) {
    const entry = entries.get(asNumber(r.object_id) ?? -1)
    if (!entry) continue
    const id = asNumber(r.index_id) ?? -1
    let index = entry.indexes.get(id)
    if (!index) {
      index = {
        name: asText(r.index_name) ?? '',
        // a filtered unique index is unique only among the rows its WHERE selects: not a key of the table
        unique: asBoolean(r.is_unique) && !asBoolean(r.has_filter),
        primary: asBoolean(r.is_primary_key),
        uniqueConstraint: asBoolean(r.is_unique_constraint),
        columns: [],
      }
      entry.indexes.set(id, index)
    }
    index.columns.push(asText(r.column_name) ?? '')
  }

  for (const r of fkRows) {
    const entry = entries.get(asNumber(r.object_id) ?? -1)
    if (!entry) continue
    const id = asNumber(r.constraint_id) ?? -1
    let fk = entry.foreignKeys.get(id)
    if (!fk) {
      fk = {
        name: asText(r.constraint_name) ?? '',
        columns: [],
        schema: asText(r.referenced_schema) ?? '',
        table: asText(r.referenced_table) ?? '',
        refColumns: [],
      }
      entry.foreignKeys.set(id, fk)
    }
    fk.columns.push(asText(r.column_name) ?? '')
    fk.refColumns.push(asText(r.referenced_column) ?? '')
  }

  for (const entry of entries.values()) finishTable(entry)
  const tables = [...entries.values()].map((e) => e.table).sort((a, b) => compareText(a.schema ?? '', b.schema ?? '') || compareText(a.name, b.name))
  return {server, schemas, tables}
}

function finishTable(entry: TableEntry): void {
  const table = entry.table
  for (const index of entry.indexes.values()) {
    if (index.primary) table.primaryKey = index.columns
    else if (index.uniqueConstraint) table.uniqueConstraints.push(index.columns)
    const catalogIndex: CatalogIndex = {name: index.name, columns: index.columns, unique: index.unique, primary: index.primary}
    table.indexes.push(catalogIndex)
  }
  table.indexes.sort((a, b) => Number(b.primary) - Number(a.primary) || compareText(a.name, b.name))
  for (const fk of entry.foreignKeys.values()) {
    table.foreignKeys.push({name: fk.name, columns: fk.columns, references: {schema: fk.schema, table: fk.table, columns: fk.refColumns}})
  }
}

export async function readMssqlCatalog(run: RunSql, filter: SchemaFilter): Promise<Catalog> {
  const results: SqlRow[][] = []
  for (const statement of mssqlCatalogStatements()) results.push(await run(statement))
  return assembleMssqlCatalog(results, filter)
}
