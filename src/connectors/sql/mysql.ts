/**
 * The MySQL / MariaDB dialect (one dialect: the server facts say which engine answered). The catalog
 * statements and their assembly live in mysql-catalog.ts; this file holds quoting, session and privilege
 * statements, and the expression fragments the generic builders use.
 *
 * Where MySQL and MariaDB differ inside one statement, executable comments pick the branch: `/*M! … *\/`
 * runs on MariaDB only, `/*!80017 … *\/` on MySQL 8.0.17+ only (MariaDB skips MySQL's 5.7+ versions).
 */
import type {CatalogColumn, CatalogTable} from './catalog.js'
import type {LabeledSql, SqlDialect, SqlRow, WritePrivileges} from './dialect.js'
import {MYSQL_READ_ONLY_EXPR, isBitType, mysqlCatalogStatements, mysqlTypeClass, readMysqlCatalog} from './mysql-catalog.js'
import {asText} from './row-values.js'
import {limitSelect, qualifiedTableRef, sampleSelectList} from './select-text.js'

function quoteIdent(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``
}

function tableRef(table: Pick<CatalogTable, 'schema' | 'name'>): string {
  return qualifiedTableRef(table, quoteIdent)
}

// ---- trimming ----

/**
 * What `trimmed` removes besides the space: tab, LF, VT, FF, CR, NBSP and the BOM (which CSV imports leave
 * at the start of a first field), as UTF-8 hex. The rarer Unicode spaces are left out on purpose: every
 * character costs one REPLACE per row and column.
 */
const TRIM_CHARACTERS_HEX = ['09', '0A', '0B', '0C', '0D', 'C2A0', 'EFBBBF']

/**
 * Leading and trailing whitespace removed, exactly, on MySQL 5.7 as well (no REGEXP_REPLACE there).
 * The value is converted to utf8mb4 first (so that NBSP and the BOM exist whatever the column's character
 * set); `spaced` maps each whitespace character to one space, keeping character positions. When that
 * changed nothing (the common case: one pass of REPLACEs and a byte comparison) TRIM is exact; otherwise
 * the text between the first and the last non-space of `spaced` is cut out of the original, so that
 * whitespace inside the value stays as it was. utf8mb4_bin: the placeholder comparison after LOWER is then
 * exact, as in the row path (no accent or ß folding of the _ci collations).
 */
function trimmed(expr: string): string {
  const text = `CONVERT(${expr} USING utf8mb4)`
  const spaced = TRIM_CHARACTERS_HEX.reduce((acc, hex) => `REPLACE(${acc}, _utf8mb4 X'${hex}', ' ')`, text)
  const leading = `CHAR_LENGTH(${spaced}) - CHAR_LENGTH(TRIM(LEADING ' ' FROM ${spaced}))`
  const exact = `SUBSTRING(${text}, ${leading} + 1, CHAR_LENGTH(TRIM(${spaced})))`
  return `((CASE WHEN CAST(${spaced} AS BINARY) = CAST(${text} AS BINARY) THEN TRIM(${text}) ELSE ${exact} END) COLLATE utf8mb4_bin)`
}

/**
 * Code-point equality and order: the value as UTF-8 bytes. Byte order of UTF-8 is code point order, binary
 * strings never pad ('a' ≠ 'a '), and the comparison is case- and accent-sensitive whatever the column's
 * collation. Measured on MariaDB 10.11 this is about twice as fast as a utf8mb4_bin / nopad_bin collation
 * chain. Results come back as bytes (Buffers), which the readers decode as UTF-8.
 */
function binaryText(expr: string): string {
  return `CAST(CONVERT(${expr} USING utf8mb4) AS BINARY)`
}

// ---- reading ----

function sampleExpr(column: CatalogColumn): string {
  const quoted = quoteIdent(column.name)
  // bit columns arrive as Buffers; as numbers they can be profiled like tinyint(1)
  if (isBitType(column.declaredType)) return `CAST(${quoted} AS UNSIGNED)`
  if (column.typeClass === 'binary') return `OCTET_LENGTH(${quoted})`
  if (column.largeObject && (column.typeClass === 'text' || /^json\b/i.test(column.declaredType))) return `LEFT(${quoted}, 1000)`
  // spatial values: their size, not their bytes
  if (column.largeObject) return `OCTET_LENGTH(${quoted})`
  return quoted
}

function selectList(columns: CatalogColumn[]): string {
  return sampleSelectList(columns, quoteIdent, sampleExpr)
}

/** how many slices of the key range the sample is taken from */
export const SAMPLE_SLICES = 10

/**
 * Without TABLESAMPLE, a sample of a large table is taken in SAMPLE_SLICES slices of the integer primary
 * key's range: slice i starts at MIN + i·(MAX−MIN)/10 and reads the next n/10 rows in key order. The
 * bounds are scalar subqueries the server answers from the index ends, and every slice is an index range
 * scan that stops after its rows, so the whole sample costs about n row reads. Each slice ends where the
 * next begins, so no row appears twice; the sample is a spread, not a uniform random draw.
 */
function sampleStatement(table: CatalogTable, columns: CatalogColumn[], n: number): string {
  const rows = Math.max(0, Math.floor(n))
  const from = tableRef(table)
  const list = selectList(columns)
  const pk = table.primaryKey?.length === 1 ? table.columns.find((c) => c.name === table.primaryKey![0]) : undefined
  const keyed = table.kind === 'table' && pk?.typeClass === 'integer' && table.rowEstimate !== null && table.rowEstimate > 10 * rows && rows >= SAMPLE_SLICES
  if (!keyed) return limitSelect({columns: list, from}, rows)
  const key = quoteIdent(pk.name)
  const slices: string[] = []
  const bound = (i: number) => `(SELECT MIN(${key}) + ${i} * ((MAX(${key}) - MIN(${key})) DIV ${SAMPLE_SLICES}) FROM ${from})`
  for (let i = 0; i < SAMPLE_SLICES; i++) {
    const size = Math.floor(rows / SAMPLE_SLICES) + (i < rows % SAMPLE_SLICES ? 1 : 0)
    // each slice ends where the next begins: a sparse slice never reads into its neighbour (no row twice)
    const lower = i === 0 ? [] : [`${key} >= ${bound(i)}`]
    const upper = i === SAMPLE_SLICES - 1 ? [] : [`${key} < ${bound(i + 1)}`]
    const where = [...lower, ...upper].join(' AND ')
    slices.push(`(${limitSelect({columns: list, from, where, orderBy: key}, size)})`)
  }
  return slices.join('\nUNION ALL\n')
}

// ---- privileges ----

/** privileges that change data or schema (TRUNCATE needs DROP in MySQL) */
const WRITE_PRIVILEGES: ReadonlySet<string> = new Set([
  'ALL',
  'ALL PRIVILEGES',
  'INSERT',
  'UPDATE',
  'DELETE',
  'DELETE HISTORY',
  'CREATE',
  'ALTER',
  'DROP',
  'INDEX',
  'CREATE VIEW',
  'TRIGGER',
  'CREATE ROUTINE',
  'ALTER ROUTINE',
  'EVENT',
])

/** `name` or `` `quoted name` `` (backticks doubled inside) at `pos`; returns the name and the next position */
function readIdent(text: string, pos: number): {name: string; next: number} {
  if (text[pos] === '`') {
    let name = ''
    let i = pos + 1
    while (i < text.length) {
      if (text[i] === '`') {
        if (text[i + 1] === '`') {
          name += '`'
          i += 2
          continue
        }
        return {name, next: i + 1}
      }
      name += text[i++]
    }
    return {name, next: i}
  }
  const match = /^[^.\s]+/.exec(text.slice(pos))?.[0] ?? ''
  return {name: match, next: pos + match.length}
}

/** splits `SELECT (a, b), INSERT` at the commas outside parentheses and drops column lists */
function privilegeNames(list: string): string[] {
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const ch of list) {
    if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === ',' && depth === 0) {
      names.push(current)
      current = ''
    } else if (depth === 0) current += ch
  }
  names.push(current)
  return names.map((n) => n.trim().replace(/\s+/g, ' ').toUpperCase()).filter((n) => n !== '')
}

/** a database-level grant names a LIKE pattern (`erp\_%`): does it cover `database`? */
function databasePatternMatches(pattern: string, database: string): boolean {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\' && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    else if (ch === '%') source += '.*'
    else if (ch === '_') source += '.'
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 'is').test(database)
}

/**
 * One line of SHOW GRANTS: `GRANT <privileges> ON <db>.<table> TO <account> [IDENTIFIED …]`. Role grants
 * (`GRANT role TO …`) have no ON and are skipped: MariaDB lists the current role's own grants as lines
 * of their own, MySQL 8 does not (see the report). Only privilege names and the target are kept, so the
 * password hash some servers print never reaches the evidence.
 */
function parseGrantLine(line: string, database: string | undefined): string | null {
  const head = /^GRANT\s+(.+?)\s+ON\s+(?:(?:TABLE|FUNCTION|PROCEDURE|PACKAGE BODY|PACKAGE)\s+)?/i.exec(line)
  if (!head) return null
  const writes = privilegeNames(head[1]).filter((p) => WRITE_PRIVILEGES.has(p))
  if (writes.length === 0) return null
  const db = readIdent(line, head[0].length)
  if (line[db.next] !== '.') return null
  const object = readIdent(line, db.next + 1)
  const quotedDb = line[head[0].length] === '`'
  if (db.name === '*' && !quotedDb) return `${writes.join(', ')} on *.*`
  const covers = database === undefined || (object.name === '*' ? databasePatternMatches(db.name, database) : db.name.toLowerCase() === database.toLowerCase())
  if (!covers) return null
  return `${writes.join(', ')} on ${db.name}.${object.name}`
}

function parseWritePrivileges(results: SqlRow[][]): WritePrivileges {
  const [accountRows = [], grantRows = []] = results
  const database = asText(accountRows[0]?.database_name ?? accountRows[0]?.DATABASE_NAME)
  const evidence: string[] = []
  for (const row of grantRows) {
    const line = asText(Object.values(row)[0])
    const found = line === undefined ? null : parseGrantLine(line, database)
    if (found !== null && !evidence.includes(found)) evidence.push(found)
  }
  return {canWrite: evidence.length > 0, evidence}
}

function grantStatements(database: string, _schemas: string[], user: string): string[] {
  // the database is the schema in MySQL: one grant covers every table and view in it
  const account = `${quoteIdent(user)}@'%'`
  return [`CREATE USER ${account} IDENTIFIED BY '<password>';`, `GRANT SELECT, SHOW VIEW ON ${quoteIdent(database)}.* TO ${account};`]
}

export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  quoteIdent,
  tableRef,
  typeClass: mysqlTypeClass,

  /**
   * The statement time limit has two spellings: MariaDB's max_statement_time (seconds) and MySQL's
   * max_execution_time (milliseconds, SELECT only). Which server answers is unknown before connecting,
   * so both are listed; the session layer ignores the one the server rejects as an unknown variable.
   */
  sessionSetup(statementTimeoutMs: number): LabeledSql[] {
    const ms = Math.max(1, Math.round(statementTimeoutMs))
    return [
      {label: 'session: read-only', sql: 'SET SESSION TRANSACTION READ ONLY'},
      {label: 'session: statement timeout (MariaDB)', sql: `SET SESSION max_statement_time = ${ms / 1000}`},
      {label: 'session: statement timeout (MySQL)', sql: `SET SESSION max_execution_time = ${ms}`},
    ]
  },
  readOnlyCheck(): LabeledSql {
    return {label: 'session: read-only check', sql: `SELECT ${MYSQL_READ_ONLY_EXPR} AS read_only`}
  },

  catalogStatements: () => mysqlCatalogStatements(),
  readCatalog: (run, filter) => readMysqlCatalog(run, filter, {typeClass: mysqlTypeClass}),

  privilegeStatements(): LabeledSql[] {
    return [
      {label: 'privileges: database and account', sql: 'SELECT DATABASE() AS database_name, CURRENT_USER() AS account'},
      {label: 'privileges: grants', sql: 'SHOW GRANTS'},
    ]
  },
  parseWritePrivileges,
  grantStatements,

  charLength: (expr) => `CHAR_LENGTH(${expr})`,
  trimmed,
  binaryText,
  temporalAsText: (expr) => `CAST(${expr} AS CHAR)`,
  monthKey: (expr) => `EXTRACT(YEAR_MONTH FROM ${expr})`,
  approxDistinct: () => null,
  limitSelect,
  sampleStatement,
  sampleExpr,
  maxSelectItems: 1000,
}
