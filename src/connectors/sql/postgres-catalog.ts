/**
 * The PostgreSQL catalog: a handful of statements over pg_catalog (one per kind of object for the whole
 * database, so thousands of tables cost the same six round trips) and the code that assembles their rows
 * into catalog types. pg_catalog rather than information_schema: the latter filters by privilege row by
 * row and is an order of magnitude slower on large catalogs.
 *
 * Works on PostgreSQL 9.5 and later: columns that appeared later (pg_index.indnkeyatts in 11) are read
 * through `to_jsonb(row)` so that an older server answers instead of failing.
 */
import type {Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex, CatalogTable, TypeClass} from './catalog.js'
import {addColumnFacts} from './catalog.js'
import type {LabeledSql, RunSql, SchemaFilter, SqlRow} from './dialect.js'
import {asBoolean, asNumber, asStringList, asText} from './row-values.js'
import {POSTGRES_SYSTEM_SCHEMAS, POSTGRES_SYSTEM_SCHEMA_PREFIXES, isSystemSchema, schemaAllowed} from './schema-filter.js'

/**
 * A relation's size from the catalog's page counts (table, TOAST and indexes, as of the last VACUUM or
 * ANALYZE) times the block size. pg_total_relation_size would be exact but takes a lock-waiting look at
 * the files: a table another session holds locked would stall the whole catalog read.
 */
function relationBytes(alias: string): string {
  return (
    `((${alias}.relpages::bigint + COALESCE((SELECT t.relpages FROM pg_catalog.pg_class t WHERE t.oid = ${alias}.reltoastrelid), 0)` +
    ` + COALESCE((SELECT sum(ix.relpages) FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ix ON ix.oid = x.indexrelid` +
    ` WHERE x.indrelid = ${alias}.oid), 0)) * current_setting('block_size')::bigint)`
  )
}

/** A string literal: single quotes doubled (standard_conforming_strings, the default since 9.1). */
export function pgLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** A schema glob (`*`, `?`) as a LIKE pattern with `!` as escape character (no backslashes needed). */
export function globToLikePattern(glob: string): string {
  let out = ''
  for (const ch of glob) {
    if (ch === '*') out += '%'
    else if (ch === '?') out += '_'
    else if (ch === '%' || ch === '_' || ch === '!') out += `!${ch}`
    else out += ch
  }
  return out
}

function likeAny(column: string, patterns: readonly string[]): string {
  return patterns.map((p) => `${column} ILIKE ${pgLiteral(globToLikePattern(p))} ESCAPE '!'`).join(' OR ')
}

/**
 * The WHERE condition on a pg_namespace alias `n`: no system schemas, then include/exclude. The result is
 * re-checked with schemaAllowed after reading, because ILIKE folds case by the database's locale.
 */
export function schemaCondition(filter: SchemaFilter, alias = 'n'): string {
  const column = `${alias}.nspname`
  const parts = [
    `${column} NOT IN (${POSTGRES_SYSTEM_SCHEMAS.map(pgLiteral).join(', ')})`,
    ...POSTGRES_SYSTEM_SCHEMA_PREFIXES.map((prefix) => `${column} NOT LIKE ${pgLiteral(globToLikePattern(prefix) + '%')} ESCAPE '!'`),
  ]
  if (filter.include.length > 0) parts.push(`(${likeAny(column, filter.include)})`)
  if (filter.exclude.length > 0) parts.push(`NOT (${likeAny(column, filter.exclude)})`)
  return parts.join('\n  AND ')
}

/**
 * Relations that are scanned: tables (r), partitioned tables (p), views (v), materialized views (m) and
 * foreign tables (f), but not the partitions of a partitioned table (scanning the parent reads them).
 * `pg_inherits` instead of `relispartition` keeps this working before PostgreSQL 10.
 */
const RELATION_CONDITION = `c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh JOIN pg_catalog.pg_class parent ON parent.oid = inh.inhparent
                  WHERE inh.inhrelid = c.oid AND parent.relkind = 'p')`

export function postgresCatalogStatements(filter: SchemaFilter): LabeledSql[] {
  // pg_namespace lists every schema, but without USAGE the account can read nothing inside it: leaving
  // such schemas out spares a scan one permission error per table in schemas it was never meant to see
  const schemas = `${schemaCondition(filter)}\n  AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')`
  return [
    {
      label: 'catalog: server',
      sql: `SELECT current_setting('server_version') AS version,
  current_database() AS database_name,
  pg_catalog.pg_encoding_to_char(d.encoding) AS encoding,
  d.datcollate AS collation,
  pg_catalog.pg_database_size(d.oid) AS size_bytes,
  current_setting('transaction_read_only') AS read_only,
  current_user AS user_name
FROM pg_catalog.pg_database d
WHERE d.datname = current_database()`,
    },
    {
      label: 'catalog: schemas',
      sql: `SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE ${schemas}
ORDER BY n.nspname`,
    },
    {
      label: 'catalog: tables',
      // partitioned parents have no rows of their own: their estimate and size are their partitions' sum
      sql: `SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind AS relkind,
  CASE c.relkind
    WHEN 'p' THEN (SELECT sum(GREATEST(part.reltuples, 0)) FROM pg_catalog.pg_inherits inh
                   JOIN pg_catalog.pg_class part ON part.oid = inh.inhrelid WHERE inh.inhparent = c.oid)
    ELSE c.reltuples END AS row_estimate,
  CASE c.relkind
    WHEN 'p' THEN (SELECT sum(${relationBytes('part')}) FROM pg_catalog.pg_inherits inh
                   JOIN pg_catalog.pg_class part ON part.oid = inh.inhrelid WHERE inh.inhparent = c.oid)
    WHEN 'r' THEN ${relationBytes('c')}
    WHEN 'm' THEN ${relationBytes('c')} END AS size_bytes,
  ds.description AS table_comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description ds
  ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
WHERE ${RELATION_CONDITION}
  AND ${schemas}
ORDER BY n.nspname, c.relname`,
    },
    {
      label: 'catalog: columns',
      // typtype e = enum, d = domain (classified by its base type); typcategory A = array
      sql: `SELECT n.nspname AS schema_name, c.relname AS table_name, a.attnum AS attnum, a.attname AS column_name,
  pg_catalog.format_type(a.atttypid, a.atttypmod) AS declared_type,
  t.typtype AS typtype,
  t.typcategory AS typcategory,
  CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS base_type,
  CASE WHEN t.typtype = 'd' THEN bt.typcategory END AS base_category,
  NOT a.attnotnull AS nullable,
  pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_value,
  ds.description AS column_comment,
  CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END AS collation_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_description ds
  ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND ${RELATION_CONDITION}
  AND ${schemas}
ORDER BY n.nspname, c.relname, a.attnum`,
    },
    {
      label: 'catalog: constraints',
      // FKs that reference a partitioned table get one extra (internal) row per partition; only the one
      // pointing at a relation that is not itself a partition is the declared constraint
      sql: `SELECT n.nspname AS schema_name, c.relname AS table_name, con.conname AS constraint_name, con.contype AS constraint_type,
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
     JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS column_names,
  rn.nspname AS ref_schema, rc.relname AS ref_table,
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
     JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh JOIN pg_catalog.pg_class parent ON parent.oid = inh.inhparent
                  WHERE inh.inhrelid = con.confrelid AND parent.relkind = 'p')
  AND ${RELATION_CONDITION}
  AND ${schemas}
ORDER BY n.nspname, c.relname, con.contype, con.conname`,
    },
    {
      label: 'catalog: indexes',
      // key columns only (INCLUDE columns are payload); expressions as PostgreSQL prints them
      sql: `SELECT n.nspname AS schema_name, c.relname AS table_name, ic.relname AS index_name,
  i.indisunique AS is_unique, i.indisprimary AS is_primary,
  (SELECT json_agg(CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) ELSE a.attname END ORDER BY k.ord)
     FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
     LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE k.ord <= COALESCE((to_jsonb(i) ->> 'indnkeyatts')::int, i.indnatts)) AS column_names
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${RELATION_CONDITION}
  AND ${schemas}
ORDER BY n.nspname, c.relname, ic.relname`,
    },
  ]
}

const tableKey = (schema: unknown, table: unknown): string => `${String(schema)}\u0000${String(table)}`

export interface PostgresTypeInfo {
  declaredType: string
  typtype?: string
  typcategory?: string
  baseType?: string
  baseCategory?: string
}

/** How a PostgreSQL column is profiled and whether it is a large object, from its pg_type facts. */
export function classifyPostgresColumn(
  info: PostgresTypeInfo,
  typeClass: (declaredType: string) => TypeClass,
  largeObject: (declaredType: string) => boolean,
): {typeClass: TypeClass; largeObject: boolean} {
  if (info.typtype === 'e') return {typeClass: 'text', largeObject: false}
  const isDomain = info.typtype === 'd' && info.baseType !== undefined
  const effective = isDomain ? info.baseType! : info.declaredType
  const category = isDomain ? info.baseCategory : info.typcategory
  if (category === 'A') return {typeClass: 'other', largeObject: true}
  if (info.typtype === 'c' || info.typtype === 'r' || info.typtype === 'm') return {typeClass: 'other', largeObject: false}
  return {typeClass: typeClass(effective), largeObject: largeObject(effective)}
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export interface PostgresTypeRules {
  typeClass: (declaredType: string) => TypeClass
  largeObject: (declaredType: string) => boolean
}

/** Assembles the rows of postgresCatalogStatements (in that order) into a Catalog. */
export function assemblePostgresCatalog(results: SqlRow[][], filter: SchemaFilter, rules: PostgresTypeRules): Catalog {
  const [serverRows, schemaRows, tableRows, columnRows, constraintRows, indexRows] = results
  const server = serverRows[0] ?? {}
  const allowed = (schema: string): boolean =>
    !isSystemSchema(schema, POSTGRES_SYSTEM_SCHEMAS, POSTGRES_SYSTEM_SCHEMA_PREFIXES) && schemaAllowed(schema, filter)

  const tables = new Map<string, CatalogTable>()
  for (const row of tableRows) {
    const schema = String(row.schema_name)
    if (!allowed(schema)) continue
    const relkind = String(row.relkind)
    const isView = relkind === 'v' || relkind === 'm'
    // reltuples is -1 before the first ANALYZE (PostgreSQL 14+); plain views have no estimate at all.
    // Foreign tables: the estimate describes a remote server that TABLESAMPLE cannot reach, so none.
    const estimate = relkind === 'v' || relkind === 'f' ? null : asNumber(row.row_estimate)
    const table: CatalogTable = {
      schema,
      name: String(row.table_name),
      kind: isView ? 'view' : 'table',
      columns: [],
      primaryKey: null,
      uniqueConstraints: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: estimate === null || estimate < 0 ? null : Math.round(estimate),
      sizeBytes: asNumber(row.size_bytes),
    }
    const comment = asText(row.table_comment)
    if (comment !== undefined) table.comment = comment
    tables.set(tableKey(schema, table.name), table)
  }

  for (const row of columnRows) {
    const table = tables.get(tableKey(row.schema_name, row.table_name))
    if (!table) continue
    const declaredType = String(row.declared_type)
    const classified = classifyPostgresColumn(
      {
        declaredType,
        typtype: asText(row.typtype),
        typcategory: asText(row.typcategory),
        baseType: asText(row.base_type),
        baseCategory: asText(row.base_category),
      },
      rules.typeClass,
      rules.largeObject,
    )
    const column: CatalogColumn = {
      name: String(row.column_name),
      position: table.columns.length,
      declaredType,
      typeClass: classified.typeClass,
      nullable: asBoolean(row.nullable),
      largeObject: classified.largeObject,
    }
    addColumnFacts(column, {defaultValue: asText(row.default_value), comment: asText(row.column_comment), collation: asText(row.collation_name)})
    table.columns.push(column)
  }

  for (const row of constraintRows) {
    const table = tables.get(tableKey(row.schema_name, row.table_name))
    if (!table) continue
    const columns = asStringList(row.column_names)
    const type = String(row.constraint_type)
    if (type === 'p') table.primaryKey = columns
    else if (type === 'u') table.uniqueConstraints.push(columns)
    else if (type === 'f') {
      const foreignKey: CatalogForeignKey = {
        name: String(row.constraint_name),
        columns,
        references: {schema: asText(row.ref_schema) ?? null, table: String(row.ref_table), columns: asStringList(row.ref_columns)},
      }
      table.foreignKeys.push(foreignKey)
    }
  }

  for (const row of indexRows) {
    const table = tables.get(tableKey(row.schema_name, row.table_name))
    if (!table) continue
    const index: CatalogIndex = {
      name: String(row.index_name),
      columns: asStringList(row.column_names),
      unique: asBoolean(row.is_unique),
      primary: asBoolean(row.is_primary),
    }
    table.indexes.push(index)
  }

  const sortedTables = [...tables.values()].sort((a, b) => compareText(a.schema ?? '', b.schema ?? '') || compareText(a.name, b.name))
  const schemas = schemaRows.map((row) => String(row.schema_name)).filter(allowed)
  const sizeBytes = asNumber(server.size_bytes)
  const catalog: Catalog = {
    server: {
      engine: 'PostgreSQL',
      // "15.20 (Debian 15.20-0+deb12u1)" → "15.20": the packager's suffix is not the version
      version: String(server.version ?? '').split(' ')[0],
      database: String(server.database_name ?? ''),
      readOnlySession: asBoolean(server.read_only),
    },
    schemas,
    tables: sortedTables,
  }
  const encoding = asText(server.encoding)
  if (encoding !== undefined) catalog.server.encoding = encoding
  const collation = asText(server.collation)
  if (collation !== undefined) catalog.server.collation = collation
  if (sizeBytes !== null) catalog.server.sizeBytes = sizeBytes
  const user = asText(server.user_name)
  if (user !== undefined) catalog.server.user = user
  return catalog
}

export async function readPostgresCatalog(run: RunSql, filter: SchemaFilter, rules: PostgresTypeRules): Promise<Catalog> {
  const results: SqlRow[][] = []
  for (const statement of postgresCatalogStatements(filter)) results.push(await run(statement))
  return assemblePostgresCatalog(results, filter, rules)
}
