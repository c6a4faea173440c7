/**
 * The SQLite catalog: pragma_table_list joined with the other table-valued pragma functions, so the whole catalog
 * is a few statements however many tables the file holds. Only the `main` database is read (schema null).
 *
 * Two optional statements run only when the file supports them, because a missing table would fail:
 * - sqlite_stat1 (written by ANALYZE) gives row estimates; without it the estimate stays null.
 * - the dbstat virtual table gives sizes per table; it walks every page of the file, so it is skipped for
 *   files larger than DBSTAT_MAX_FILE_BYTES (the scan reads the tables anyway; sizes are a nicety).
 */
import type {Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex, CatalogTable, TypeClass} from './catalog.js'
import type {LabeledSql, RunSql, SqlRow} from './dialect.js'
import {asNumber} from './row-values.js'

export const DBSTAT_MAX_FILE_BYTES = 1024 * 1024 * 1024

/**
 * Tables and views of `main` that are scanned, from pragma_table_list (SQLite 3.37+): not SQLite's own,
 * not virtual tables (their module may be missing, and they are indexes more than data) and not the
 * shadow tables that hold a virtual table's innards (FTS `…_data`, `…_idx`).
 */
const SCANNED = `m.schema = 'main'
  AND m.type IN ('table', 'view')
  AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'`

export const SQLITE_STAT1_STATEMENT: LabeledSql = {
  label: 'catalog: row estimates (sqlite_stat1)',
  // the first number of every stat line is the table's row count when ANALYZE ran
  sql: `SELECT s.tbl AS table_name, max(CAST(s.stat AS INTEGER)) AS row_estimate
FROM sqlite_stat1 s
GROUP BY s.tbl`,
}

export const SQLITE_DBSTAT_STATEMENT: LabeledSql = {
  label: 'catalog: sizes (dbstat)',
  sql: `SELECT m.tbl_name AS table_name, sum(d.pgsize) AS size_bytes
FROM dbstat('main', 1) d
JOIN sqlite_schema m ON m.name = d.name
GROUP BY m.tbl_name`,
}

export function sqliteCatalogStatements(): LabeledSql[] {
  return [
    {
      label: 'catalog: server',
      sql: `SELECT sqlite_version() AS version,
  (SELECT l.file FROM pragma_database_list l WHERE l.name = 'main') AS file,
  (SELECT e.encoding FROM pragma_encoding e) AS encoding,
  (SELECT c.page_count FROM pragma_page_count c) * (SELECT s.page_size FROM pragma_page_size s) AS size_bytes,
  (SELECT q.query_only FROM pragma_query_only q) AS read_only,
  (SELECT count(*) FROM sqlite_schema m WHERE m.type = 'table' AND m.name = 'sqlite_stat1') AS has_stat1,
  (SELECT count(*) FROM pragma_module_list l WHERE l.name = 'dbstat') AS has_dbstat`,
    },
    {
      label: 'catalog: tables',
      sql: `SELECT m.name AS table_name, m.type AS table_type, m.wr AS without_rowid
FROM pragma_table_list m
WHERE ${SCANNED}
ORDER BY m.name`,
    },
    {
      label: 'catalog: columns',
      // table_xinfo also lists generated columns (hidden 2/3); hidden 1 are virtual tables' hidden columns
      sql: `SELECT m.name AS table_name, c.cid AS cid, c.name AS column_name, c.type AS declared_type,
  c."notnull" AS not_null, c.dflt_value AS default_value, c.pk AS pk_position
FROM pragma_table_list m
JOIN pragma_table_xinfo(m.name, 'main') c
WHERE ${SCANNED}
  AND c.hidden <> 1
ORDER BY m.name, c.cid`,
    },
    {
      label: 'catalog: indexes',
      // origin: c = CREATE INDEX, u = UNIQUE constraint, pk = PRIMARY KEY; a null column name is an expression
      sql: `SELECT m.name AS table_name, il.name AS index_name, il."unique" AS is_unique, il.origin AS origin,
  ii.seqno AS seqno, ii.name AS column_name
FROM pragma_table_list m
JOIN pragma_index_list(m.name, 'main') il
JOIN pragma_index_info(il.name, 'main') ii
WHERE ${SCANNED}
  AND m.type = 'table'
ORDER BY m.name, il.name, ii.seqno`,
    },
    {
      label: 'catalog: foreign keys',
      // SQLite numbers foreign keys from the last declared one; descending id is declaration order
      sql: `SELECT m.name AS table_name, fk.id AS fk_id, fk.seq AS seq, fk."table" AS ref_table,
  fk."from" AS from_column, fk."to" AS to_column
FROM pragma_table_list m
JOIN pragma_foreign_key_list(m.name, 'main') fk
WHERE ${SCANNED}
  AND m.type = 'table'
ORDER BY m.name, fk.id DESC, fk.seq`,
    },
    SQLITE_STAT1_STATEMENT,
    SQLITE_DBSTAT_STATEMENT,
  ]
}

/** Rows grouped by a key, in first-seen order (Map.groupBy needs Node 21). */
function groupBy(rows: SqlRow[], key: (row: SqlRow) => string): Map<string, SqlRow[]> {
  const groups = new Map<string, SqlRow[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/** The file's name without its folder (the path may name a user's home); ':memory:' and temp files have none. */
export function databaseNameFromFile(file: unknown): string {
  const path = typeof file === 'string' ? file : ''
  if (path === '') return 'main'
  return path.split(/[\\/]/).pop() || 'main'
}

export interface SqliteTypeRules {
  typeClass: (declaredType: string) => TypeClass
}

export interface SqliteCatalogRows {
  server: SqlRow[]
  tables: SqlRow[]
  columns: SqlRow[]
  indexes: SqlRow[]
  foreignKeys: SqlRow[]
  /** absent when the statement did not run */
  stat1?: SqlRow[]
  dbstat?: SqlRow[]
}

/**
 * Primary key columns that cannot be NULL although pragma table_info says notnull = 0: an INTEGER
 * PRIMARY KEY is the rowid, and WITHOUT ROWID tables enforce NOT NULL on their key (plain tables do not,
 * a legacy quirk SQLite keeps).
 */
function keyIsNotNull(columns: SqlRow[], withoutRowid: boolean): boolean {
  if (withoutRowid) return true
  const pk = columns.filter((c) => Number(c.pk_position) > 0)
  return pk.length === 1 && String(pk[0].declared_type ?? '').trim().toUpperCase() === 'INTEGER'
}

export function assembleSqliteCatalog(rows: SqliteCatalogRows, rules: SqliteTypeRules): Catalog {
  const server = rows.server[0] ?? {}
  const tables = new Map<string, CatalogTable>()
  const withoutRowid = new Set<string>()
  for (const row of rows.tables) {
    const name = String(row.table_name)
    if (Number(row.without_rowid) === 1) withoutRowid.add(name)
    tables.set(name, {
      schema: null,
      name,
      kind: row.table_type === 'view' ? 'view' : 'table',
      columns: [],
      primaryKey: null,
      uniqueConstraints: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: null,
      sizeBytes: null,
    })
  }

  const columnsByTable = groupBy(rows.columns, (row) => String(row.table_name))
  for (const [tableName, columnRows] of columnsByTable) {
    const table = tables.get(tableName)
    if (!table) continue
    const keyNotNull = keyIsNotNull(columnRows, withoutRowid.has(tableName))
    for (const row of columnRows) {
      const declaredType = String(row.declared_type ?? '')
      const pkPosition = Number(row.pk_position)
      const column: CatalogColumn = {
        name: String(row.column_name),
        position: table.columns.length,
        declaredType,
        typeClass: rules.typeClass(declaredType),
        nullable: Number(row.not_null) === 0 && !(keyNotNull && pkPosition > 0),
        // SQLite compares and groups every value, blobs included
        largeObject: false,
      }
      if (row.default_value !== null && row.default_value !== undefined) column.defaultValue = String(row.default_value)
      table.columns.push(column)
    }
    const pk = columnRows
      .filter((row) => Number(row.pk_position) > 0)
      .sort((a, b) => Number(a.pk_position) - Number(b.pk_position))
      .map((row) => String(row.column_name))
    if (pk.length > 0) table.primaryKey = pk
  }

  for (const [key, indexRows] of groupBy(rows.indexes, (row) => `${String(row.table_name)}\u0000${String(row.index_name)}`)) {
    const first = indexRows[0]
    const table = tables.get(String(first.table_name))
    if (!table) continue
    const columns = indexRows.map((row) => (row.column_name === null || row.column_name === undefined ? '(expression)' : String(row.column_name)))
    const index: CatalogIndex = {
      name: key.slice(key.indexOf('\u0000') + 1),
      columns,
      unique: Number(first.is_unique) === 1,
      primary: first.origin === 'pk',
    }
    table.indexes.push(index)
    if (first.origin === 'u') table.uniqueConstraints.push(columns)
  }

  // fk rows arrive grouped by table and id (declaration order); `to` is null when the FK names no columns
  for (const fkRows of groupBy(rows.foreignKeys, (row) => `${String(row.table_name)}\u0000${String(row.fk_id)}`).values()) {
    const first = fkRows[0]
    const table = tables.get(String(first.table_name))
    if (!table) continue
    const refTable = String(first.ref_table)
    const implicit = fkRows.some((row) => row.to_column === null || row.to_column === undefined)
    const referenced = tables.get(refTable) ?? [...tables.values()].find((t) => t.name.toLowerCase() === refTable.toLowerCase())
    const refColumns = implicit ? (referenced?.primaryKey ?? ['rowid']) : fkRows.map((row) => String(row.to_column))
    const foreignKey: CatalogForeignKey = {
      columns: fkRows.map((row) => String(row.from_column)),
      references: {schema: null, table: refTable, columns: refColumns},
    }
    table.foreignKeys.push(foreignKey)
  }

  for (const row of rows.stat1 ?? []) {
    const table = tables.get(String(row.table_name))
    if (table) table.rowEstimate = asNumber(row.row_estimate)
  }
  for (const row of rows.dbstat ?? []) {
    const table = tables.get(String(row.table_name))
    if (table && table.kind === 'table') table.sizeBytes = asNumber(row.size_bytes)
  }

  const sizeBytes = asNumber(server.size_bytes)
  const catalog: Catalog = {
    server: {
      engine: 'SQLite',
      version: String(server.version ?? ''),
      database: databaseNameFromFile(server.file),
      readOnlySession: Number(server.read_only) === 1,
    },
    // SQLite has no schemas: tables carry schema null, and the schema filter does not apply
    schemas: [],
    tables: [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  }
  if (server.encoding !== null && server.encoding !== undefined) catalog.server.encoding = String(server.encoding)
  if (sizeBytes !== null) catalog.server.sizeBytes = sizeBytes
  return catalog
}

export async function readSqliteCatalog(run: RunSql, rules: SqliteTypeRules): Promise<Catalog> {
  const [serverStatement, tablesStatement, columnsStatement, indexesStatement, foreignKeysStatement] = sqliteCatalogStatements()
  const server = await run(serverStatement)
  const rows: SqliteCatalogRows = {
    server,
    tables: await run(tablesStatement),
    columns: await run(columnsStatement),
    indexes: await run(indexesStatement),
    foreignKeys: await run(foreignKeysStatement),
  }
  const facts = server[0] ?? {}
  if (Number(facts.has_stat1) > 0) rows.stat1 = await run(SQLITE_STAT1_STATEMENT)
  const fileBytes = asNumber(facts.size_bytes) ?? Number.POSITIVE_INFINITY
  if (Number(facts.has_dbstat) > 0 && fileBytes <= DBSTAT_MAX_FILE_BYTES) rows.dbstat = await run(SQLITE_DBSTAT_STATEMENT)
  return assembleSqliteCatalog(rows, rules)
}
