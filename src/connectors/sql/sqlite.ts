/**
 * The SQLite dialect. The catalog statements and their assembly live in sqlite-catalog.ts. SQLite has no
 * accounts and no statement timeout: the file is opened read-only and `PRAGMA query_only` guards the
 * connection; the session layer bounds statement time (better-sqlite3 runs synchronously).
 */
import type {CatalogColumn, CatalogTable, TypeClass} from './catalog.js'
import type {LabeledSql, SqlDialect, SqlRow, WritePrivileges} from './dialect.js'
import {readSqliteCatalog, sqliteCatalogStatements} from './sqlite-catalog.js'
import {limitSelect, qualifiedTableRef, sampleSelectList} from './select-text.js'

/**
 * Declared type → type class by SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1, applied in
 * that order: INT → integer; CHAR/CLOB/TEXT → text; BLOB → binary; REAL/FLOA/DOUB → decimal; otherwise
 * NUMERIC → decimal), after the names applications use for dates, times and booleans, which SQLite gives
 * NUMERIC affinity but which hold dates and flags. An untyped column (no declared type, common in views
 * and in tables created by scripts) holds whatever was written, mostly text, and is profiled as text.
 */
export function sqliteTypeClass(declaredType: string): TypeClass {
  const type = declaredType.trim().toUpperCase()
  const base = type.replace(/\(.*$/s, '').trim()
  if (base === '') return 'text'
  if (/^(DATETIME|TIMESTAMP)\b/.test(base)) return 'datetime'
  if (base === 'DATE') return 'date'
  if (/^TIME\b/.test(base)) return 'time'
  if (base === 'BOOLEAN' || base === 'BOOL') return 'boolean'
  if (type.includes('INT')) return 'integer'
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'text'
  if (type.includes('BLOB')) return 'binary'
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'decimal'
  // NUMERIC affinity keeps text that is not a number as text: JSON and UUID columns hold text, not numbers
  if (base === 'JSON' || base === 'UUID' || base === 'GUID') return 'other'
  return 'decimal'
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function tableRef(table: Pick<CatalogTable, 'schema' | 'name'>): string {
  return qualifiedTableRef(table, quoteIdent)
}

/**
 * The characters `String.prototype.trim` removes (ASCII whitespace, NBSP, U+1680, U+2000–U+200A,
 * U+2028/2029, U+202F, U+205F, U+3000, BOM), so that SQLite's empty and placeholder counts equal the
 * file path's. SQLite's trim() works on characters, not bytes.
 */
const TRIM_CODE_POINTS = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
]
export const SQLITE_TRIM_CHARACTERS = `char(${TRIM_CODE_POINTS.join(', ')})`

function sampleExpr(column: CatalogColumn): string {
  const quoted = quoteIdent(column.name)
  // bytes, also when a BLOB column happens to hold text
  if (column.typeClass === 'binary') return `length(CAST(${quoted} AS BLOB))`
  if (column.largeObject) return `substr(${quoted}, 1, 1000)`
  return quoted
}

function selectList(columns: CatalogColumn[]): string {
  return sampleSelectList(columns, quoteIdent, sampleExpr)
}

export const KEY_RANGE_SLICES = 10

/** The primary key column when it is a single integer column (the only key range sampling can split). */
function integerKey(table: CatalogTable): CatalogColumn | undefined {
  if (table.primaryKey?.length !== 1) return undefined
  const column = table.columns.find((c) => c.name === table.primaryKey![0])
  return column?.typeClass === 'integer' ? column : undefined
}

/**
 * Key-range sampling: k slices of the key range [MIN, MAX], each contributing its first rows in key order.
 * MIN/MAX of a primary key are index lookups, so every slice is a short range scan; the upper bound of
 * each slice keeps sparse slices from reading into the next one (no row twice).
 */
function keyRangeSample(table: CatalogTable, key: CatalogColumn, columns: CatalogColumn[], n: number): string {
  const from = tableRef(table)
  const pk = quoteIdent(key.name)
  // one MIN or MAX per subquery: SQLite answers a lone min()/max() from the index, both together by a scan
  const min = `(SELECT MIN(${pk}) FROM ${from})`
  const max = `(SELECT MAX(${pk}) FROM ${from})`
  const bound = (i: number): string => (i === 0 ? min : `${min} + ${i} * (${max} - ${min}) / ${KEY_RANGE_SLICES}`)
  const slices: string[] = []
  for (let i = 0; i < KEY_RANGE_SLICES; i++) {
    const rows = Math.floor(n / KEY_RANGE_SLICES) + (i < n % KEY_RANGE_SLICES ? 1 : 0)
    if (rows === 0) continue
    const where = i < KEY_RANGE_SLICES - 1 ? `${pk} >= ${bound(i)} AND ${pk} < ${bound(i + 1)}` : `${pk} >= ${bound(i)}`
    slices.push(`SELECT * FROM (${limitSelect({columns: selectList(columns), from, where, orderBy: pk}, rows)})`)
  }
  return slices.join('\nUNION ALL\n')
}

function sampleStatement(table: CatalogTable, columns: CatalogColumn[], n: number): string {
  const key = table.kind === 'table' ? integerKey(table) : undefined
  if (key && table.rowEstimate !== null && table.rowEstimate > 10 * n && n >= 1) return keyRangeSample(table, key, columns, Math.floor(n))
  return limitSelect({columns: selectList(columns), from: tableRef(table)}, n)
}

/** Accepts the rows of `PRAGMA query_only` (column query_only) or of readOnlyCheck (column read_only). */
function parseWritePrivileges(results: SqlRow[][]): WritePrivileges {
  const row = results[0]?.[0]
  const flag = row === undefined ? undefined : (row.query_only ?? row.read_only)
  if (flag !== undefined && Number(flag) === 1) return {canWrite: false, evidence: ['opened read-only (PRAGMA query_only = 1)']}
  return {canWrite: true, evidence: ['PRAGMA query_only is off: this connection could write to the file']}
}

function grantStatements(database: string): string[] {
  const path = `'${database.replaceAll("'", "'\\''")}'`
  return [
    '-- SQLite has no accounts or GRANTs: read permission on the file is all the scan needs, and it opens the file read-only.',
    `-- to make sure nothing writes to it during the scan, work on a copy or remove write permission: chmod a-w ${path}`,
  ]
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  quoteIdent,
  tableRef,
  typeClass: sqliteTypeClass,

  sessionSetup(): LabeledSql[] {
    return [{label: 'session: read-only', sql: 'PRAGMA query_only = ON'}]
  },
  readOnlyCheck(): LabeledSql {
    return {label: 'session: read-only check', sql: 'SELECT q.query_only AS read_only FROM pragma_query_only q'}
  },

  catalogStatements: () => sqliteCatalogStatements(),
  readCatalog: (run) => readSqliteCatalog(run, {typeClass: sqliteTypeClass}),

  privilegeStatements(): LabeledSql[] {
    return [{label: 'privileges: query_only', sql: 'PRAGMA query_only'}]
  },
  parseWritePrivileges,
  grantStatements,

  charLength: (expr) => `length(${expr})`,
  trimmed: (expr) => `trim(${expr}, ${SQLITE_TRIM_CHARACTERS})`,
  // a column declared COLLATE NOCASE would otherwise group 'a' and 'A' together
  binaryText: (expr) => `${expr} COLLATE BINARY`,
  temporalAsText: (expr) => expr,
  // 'auto' reads numbers as Unix seconds (or Julian days when small); ISO text is read as such
  monthKey: (expr) => `CAST(strftime('%Y%m', ${expr}, 'auto') AS INTEGER)`,
  approxDistinct: () => null,
  limitSelect,
  sampleStatement,
  sampleExpr,
  // SQLITE_MAX_COLUMN is 2000 by default, and deep expressions hit the parser's depth limit first
  maxSelectItems: 500,
}
