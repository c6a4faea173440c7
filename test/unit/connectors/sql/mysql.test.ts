import {describe, expect, it} from 'vitest'
import type {CatalogColumn, CatalogTable} from '../../../../src/connectors/sql/catalog.js'
import type {LabeledSql, SqlRow} from '../../../../src/connectors/sql/dialect.js'
import {mysqlLargeObject} from '../../../../src/connectors/sql/mysql-catalog.js'
import {mysqlDialect as d} from '../../../../src/connectors/sql/mysql.js'
import {ScannerError} from '../../../../src/errors.js'

/**
 * What a server executes of a statement with executable comments: `/*M!NNNNNN …*\/` only MariaDB (from
 * that version), `/*!NNNNN …*\/` MySQL from that version, and MariaDB only below MySQL 5.7 (50700).
 */
function asSeenBy(sql: string, server: {kind: 'mariadb' | 'mysql'; version: number}): string {
  return sql.replace(/\/\*(M?)!(\d{5,6})?([\s\S]*?)\*\//g, (_all, m: string, v: string | undefined, body: string) => {
    const version = v === undefined ? 0 : Number(v)
    if (m === 'M') return server.kind === 'mariadb' && version <= server.version ? body : ''
    if (server.kind === 'mariadb' && v !== undefined && v.length === 5 && version >= 50700) return ''
    return version <= server.version ? body : ''
  })
}
/** whitespace collapsed, none before a closing parenthesis: how the server's parser sees the text */
function norm(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/ \)/g, ')').replace(/\( /g, '(')
}
const MARIADB_10_11 = {kind: 'mariadb', version: 101119} as const
const MYSQL_8 = {kind: 'mysql', version: 80036} as const
const MYSQL_5_7 = {kind: 'mysql', version: 50744} as const

function column(name: string, declaredType: string, position = 0): CatalogColumn {
  return {name, position, declaredType, typeClass: d.typeClass(declaredType), nullable: true, largeObject: mysqlLargeObject(declaredType)}
}

function table(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: null,
    name: 'auftrag',
    kind: 'table',
    columns: [column('id', 'int(11)'), column('notiz', 'mediumtext', 1)],
    primaryKey: ['id'],
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: 100,
    sizeBytes: 16384,
    ...overrides,
  }
}

describe('mysql dialect: names and types', () => {
  it('quotes identifiers with backticks, doubling backticks inside, and qualifies only with a schema', () => {
    expect(d.quoteIdent('Kunden Nr')).toBe('`Kunden Nr`')
    expect(d.quoteIdent('a`b')).toBe('`a``b`')
    expect(d.tableRef({schema: null, name: 'kunde'})).toBe('`kunde`')
    expect(d.tableRef({schema: 'other db', name: 'x`y'})).toBe('`other db`.`x``y`')
  })

  it.each([
    ['varchar(40)', 'text'],
    ['char(2)', 'text'],
    ["enum('a','b)')", 'text'],
    ["set('x','y')", 'text'],
    ['longtext', 'text'],
    ['int(11)', 'integer'],
    ['int(11) unsigned', 'integer'],
    ['INT UNSIGNED ZEROFILL', 'integer'],
    ['bigint(20)', 'integer'],
    ['year(4)', 'integer'],
    ['tinyint(4)', 'integer'],
    ['tinyint(1)', 'boolean'],
    ['tinyint(1) unsigned', 'boolean'],
    ['bit(1)', 'boolean'],
    ['bit', 'boolean'],
    ['bit(8)', 'other'],
    ['decimal(10,2)', 'decimal'],
    ['double', 'decimal'],
    ['float unsigned', 'decimal'],
    ['date', 'date'],
    ['datetime(6)', 'datetime'],
    ['timestamp', 'datetime'],
    ['time(3)', 'time'],
    ['varbinary(16)', 'binary'],
    ['longblob', 'binary'],
    ['json', 'other'],
    ['geometry', 'other'],
    ['point', 'other'],
    ['uuid', 'other'],
  ])('typeClass(%s) = %s', (declared, expected) => {
    expect(d.typeClass(declared)).toBe(expected)
  })

  it('marks the TEXT and BLOB families, json and spatial types as large objects, and nothing else', () => {
    for (const t of ['mediumtext', 'longtext', 'blob', 'mediumblob', 'longblob', 'json', 'geometry', 'polygon']) expect(mysqlLargeObject(t), t).toBe(true)
    // short texts are profiled like varchar: their empties and placeholders matter
    for (const t of ['tinytext', 'text']) expect(mysqlLargeObject(t), t).toBe(false)
    for (const t of ['varchar(255)', 'char(1)', 'varbinary(255)', 'int(11)', 'datetime', "enum('a')"]) expect(mysqlLargeObject(t), t).toBe(false)
  })
})

describe('mysql dialect: session and executable comments', () => {
  it('sets a read-only session and both spellings of the statement time limit', () => {
    expect(d.sessionSetup(30_000)).toEqual([
      {label: 'session: read-only', sql: 'SET SESSION TRANSACTION READ ONLY'},
      {label: 'session: statement timeout (MariaDB)', sql: 'SET SESSION max_statement_time = 30'},
      {label: 'session: statement timeout (MySQL)', sql: 'SET SESSION max_execution_time = 30000'},
    ])
    expect(d.sessionSetup(1500)[1].sql).toBe('SET SESSION max_statement_time = 1.5')
    // 0 would mean "no limit" on both servers
    expect(d.sessionSetup(0)[2].sql).toBe('SET SESSION max_execution_time = 1')
  })

  it('reads the read-only flag under the name each server knows', () => {
    const sql = d.readOnlyCheck()!.sql
    expect(norm(asSeenBy(sql, MARIADB_10_11))).toBe('SELECT COALESCE(@@session.tx_read_only, 0) AS read_only')
    expect(norm(asSeenBy(sql, MYSQL_8))).toBe('SELECT COALESCE(@@session.transaction_read_only, 0) AS read_only')
    // 5.7.44 has transaction_read_only too; before 5.7.20 only the fallback 0 remains
    expect(norm(asSeenBy(sql, MYSQL_5_7))).toBe('SELECT COALESCE(@@session.transaction_read_only, 0) AS read_only')
    expect(norm(asSeenBy(sql, {kind: 'mysql', version: 50719}))).toBe('SELECT COALESCE(0) AS read_only')
  })

  it('compares text as UTF-8 bytes (no padding, code point order) on every server version', () => {
    const sql = d.binaryText('`name`')
    for (const server of [MARIADB_10_11, MYSQL_8, MYSQL_5_7]) expect(norm(asSeenBy(sql, server))).toBe('CAST(CONVERT(`name` USING utf8mb4) AS BINARY)')
  })
})

describe('mysql dialect: fragments', () => {
  it('builds the simple fragments', () => {
    expect(d.charLength('`n`')).toBe('CHAR_LENGTH(`n`)')
    expect(d.temporalAsText('MIN(`d`)')).toBe('CAST(MIN(`d`) AS CHAR)')
    expect(d.monthKey('`d`')).toBe('EXTRACT(YEAR_MONTH FROM `d`)')
    expect(d.approxDistinct('`n`')).toBeNull()
    expect(d.maxSelectItems).toBe(1000)
  })

  it('trims whitespace exactly without REGEXP_REPLACE, in utf8mb4 with a binary collation', () => {
    const sql = d.trimmed('`n`')
    for (const hex of ['09', '0A', '0B', '0C', '0D', 'C2A0', 'EFBBBF']) expect(sql).toContain(`_utf8mb4 X'${hex}'`)
    expect(sql).toContain('CONVERT(`n` USING utf8mb4)')
    expect(sql).not.toMatch(/REGEXP|\\/)
    expect(sql).toMatch(/^\(\(CASE WHEN CAST\(.+ AS BINARY\) = CAST\(CONVERT\(`n` USING utf8mb4\) AS BINARY\) THEN TRIM\(CONVERT\(`n` USING utf8mb4\)\) ELSE SUBSTRING\(/)
    expect(sql.endsWith(' END) COLLATE utf8mb4_bin)')).toBe(true)
  })

  it('limits a SELECT with LIMIT', () => {
    expect(d.limitSelect({columns: '`a`', from: '`t`', where: '`a` > 1', orderBy: '`a`'}, 5)).toBe('SELECT `a` FROM `t` WHERE `a` > 1 ORDER BY `a` LIMIT 5')
    expect(d.limitSelect({columns: '*', from: '`t`'}, 2.7)).toBe('SELECT * FROM `t` LIMIT 2')
  })

  it('reads large objects and binaries as prefixes and lengths in the sample', () => {
    expect(d.sampleExpr(column('n', 'varchar(40)'))).toBe('`n`')
    expect(d.sampleExpr(column('n', 'longtext'))).toBe('LEFT(`n`, 1000)')
    expect(d.sampleExpr(column('j', 'json'))).toBe('LEFT(`j`, 1000)')
    expect(d.sampleExpr(column('b', 'blob'))).toBe('OCTET_LENGTH(`b`)')
    expect(d.sampleExpr(column('b', 'varbinary(16)'))).toBe('OCTET_LENGTH(`b`)')
    expect(d.sampleExpr(column('g', 'geometry'))).toBe('OCTET_LENGTH(`g`)')
    expect(d.sampleExpr(column('f', 'bit(1)'))).toBe('CAST(`f` AS UNSIGNED)')
  })

  it('samples a small table with a plain LIMIT', () => {
    const t = table()
    expect(d.sampleStatement(t, t.columns, 1000)).toBe('SELECT `id`, LEFT(`notiz`, 1000) AS `notiz` FROM `auftrag` LIMIT 1000')
    expect(d.sampleStatement(t, [], 10)).toBe('SELECT 1 AS `_` FROM `auftrag` LIMIT 10')
  })

  it('samples a large table with an integer key in ten key-range slices', () => {
    const t = table({rowEstimate: 1_000_000})
    const sql = d.sampleStatement(t, t.columns.slice(0, 1), 25)
    const slices = sql.split('\nUNION ALL\n')
    expect(slices).toHaveLength(10)
    const bound = (i: number) => `(SELECT MIN(\`id\`) + ${i} * ((MAX(\`id\`) - MIN(\`id\`)) DIV 10) FROM \`auftrag\`)`
    // every slice but the last ends where the next begins: no row twice
    expect(slices[0]).toBe(`(SELECT \`id\` FROM \`auftrag\` WHERE \`id\` < ${bound(1)} ORDER BY \`id\` LIMIT 3)`)
    expect(slices[1]).toBe(`(SELECT \`id\` FROM \`auftrag\` WHERE \`id\` >= ${bound(1)} AND \`id\` < ${bound(2)} ORDER BY \`id\` LIMIT 3)`)
    expect(slices[9]).toBe('(SELECT `id` FROM `auftrag` WHERE `id` >= (SELECT MIN(`id`) + 9 * ((MAX(`id`) - MIN(`id`)) DIV 10) FROM `auftrag`) ORDER BY `id` LIMIT 2)')
    const total = slices.reduce((sum, s) => sum + Number(/LIMIT (\d+)\)$/.exec(s)![1]), 0)
    expect(total).toBe(25)
  })

  it('falls back to LIMIT without a single integer key, for views and when the table is not much larger than n', () => {
    const plain = (t: CatalogTable) => d.sampleStatement(t, t.columns.slice(0, 1), 100)
    expect(plain(table({rowEstimate: 1_000_000, primaryKey: ['id', 'notiz']}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
    expect(plain(table({rowEstimate: 1_000_000, primaryKey: ['notiz']}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
    expect(plain(table({rowEstimate: 1_000_000, primaryKey: null}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
    expect(plain(table({rowEstimate: 1_000_000, kind: 'view'}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
    expect(plain(table({rowEstimate: 1000}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
    expect(plain(table({rowEstimate: null}))).toBe('SELECT `id` FROM `auftrag` LIMIT 100')
  })
})

describe('mysql dialect: catalog statements', () => {
  it('reads information_schema only, restricted to the connected database, one statement per kind', () => {
    const statements = d.catalogStatements({include: [], exclude: []})
    expect(statements.map((s) => s.label)).toEqual(['catalog: server', 'catalog: tables', 'catalog: columns', 'catalog: keys', 'catalog: indexes'])
    for (const s of statements) {
      expect(s.sql.trimStart().startsWith('SELECT ')).toBe(true)
      expect(s.sql).not.toMatch(/\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER)\b/)
      expect(s.sql).toContain('DATABASE()')
    }
    expect(statements[1].sql).toContain('FROM information_schema.TABLES')
    expect(statements[2].sql).toContain('FROM information_schema.COLUMNS')
    expect(statements[3].sql).toContain('information_schema.KEY_COLUMN_USAGE')
    expect(statements[3].sql).toContain('information_schema.TABLE_CONSTRAINTS')
    expect(statements[4].sql).toContain('FROM information_schema.STATISTICS')
    expect(statements[0].sql).toContain('information_schema.SCHEMATA')
  })
})

/** rows as mysql2 returns them from the catalog statements (bigint columns as numbers or strings) */
function catalogRows(engine: 'mariadb' | 'mysql'): Record<string, SqlRow[]> {
  const mariadb = engine === 'mariadb'
  return {
    'catalog: server': [
      {
        version: mariadb ? '10.11.19-MariaDB-0+deb12u1' : '8.0.36',
        version_comment: mariadb ? 'Debian 12' : 'MySQL Community Server - GPL',
        database_name: 'erp',
        encoding: 'utf8mb4',
        collation_name: 'utf8mb4_general_ci',
        account: 'reader@%',
        read_only: mariadb ? '1' : 1,
      },
    ],
    'catalog: tables': [
      {table_name: 'auftrag', table_type: 'BASE TABLE', engine: 'InnoDB', table_rows: '1200', data_length: '65536', index_length: '32768', table_collation: 'utf8mb4_general_ci', table_comment: 'Aufträge'},
      {table_name: 'kunde', table_type: 'BASE TABLE', engine: 'InnoDB', table_rows: 3, data_length: 16384, index_length: 0, table_collation: 'utf8mb4_general_ci', table_comment: ''},
      {table_name: 'log', table_type: 'BASE TABLE', engine: 'MyISAM', table_rows: 0, data_length: 0, index_length: 1024, table_collation: 'latin1_swedish_ci', table_comment: ''},
      {table_name: 'v_auftrag', table_type: 'VIEW', engine: null, table_rows: null, data_length: null, index_length: null, table_collation: null, table_comment: 'VIEW'},
    ],
    'catalog: columns': [
      {table_name: 'auftrag', column_name: 'id', ordinal_position: 1, column_type: 'int(11)', is_nullable: 'NO', column_default: null, collation_name: null, column_comment: ''},
      {table_name: 'auftrag', column_name: 'mandant', ordinal_position: 2, column_type: 'smallint(6)', is_nullable: 'NO', column_default: null, collation_name: null, column_comment: ''},
      {table_name: 'auftrag', column_name: 'kunde_nr', ordinal_position: 3, column_type: 'varchar(10)', is_nullable: 'YES', column_default: mariadb ? 'NULL' : null, collation_name: 'utf8mb4_general_ci', column_comment: 'Kundennummer'},
      {table_name: 'auftrag', column_name: 'status', ordinal_position: 4, column_type: 'varchar(10)', is_nullable: 'NO', column_default: mariadb ? "'offen'" : 'offen', collation_name: 'utf8mb4_general_ci', column_comment: ''},
      {table_name: 'auftrag', column_name: 'angelegt', ordinal_position: 5, column_type: 'datetime', is_nullable: 'YES', column_default: mariadb ? 'current_timestamp()' : 'CURRENT_TIMESTAMP', collation_name: null, column_comment: ''},
      {table_name: 'auftrag', column_name: 'notiz', ordinal_position: 6, column_type: 'mediumtext', is_nullable: 'YES', column_default: mariadb ? 'NULL' : null, collation_name: 'utf8mb4_general_ci', column_comment: ''},
      {table_name: 'kunde', column_name: 'mandant', ordinal_position: 1, column_type: 'smallint(6)', is_nullable: 'NO', column_default: null, collation_name: null, column_comment: ''},
      {table_name: 'kunde', column_name: 'nr', ordinal_position: 2, column_type: 'varchar(10)', is_nullable: 'NO', column_default: null, collation_name: 'utf8mb4_general_ci', column_comment: ''},
      {table_name: 'kunde', column_name: 'email', ordinal_position: 3, column_type: 'varchar(80)', is_nullable: 'YES', column_default: mariadb ? 'NULL' : null, collation_name: 'utf8mb4_general_ci', column_comment: ''},
      {table_name: 'log', column_name: 'msg', ordinal_position: 1, column_type: 'varchar(200)', is_nullable: 'YES', column_default: mariadb ? 'NULL' : null, collation_name: 'latin1_swedish_ci', column_comment: ''},
      {table_name: 'v_auftrag', column_name: 'id', ordinal_position: 1, column_type: 'int(11)', is_nullable: 'NO', column_default: mariadb ? '0' : '0', collation_name: null, column_comment: ''},
      {table_name: 'gone', column_name: 'x', ordinal_position: 1, column_type: 'int(11)', is_nullable: 'NO', column_default: null, collation_name: null, column_comment: ''},
    ],
    'catalog: keys': [
      {table_name: 'auftrag', constraint_name: 'PRIMARY', constraint_type: 'PRIMARY KEY', column_name: 'id', ordinal_position: 1, referenced_schema: null, referenced_table: null, referenced_column: null},
      {table_name: 'auftrag', constraint_name: 'fk_kunde', constraint_type: 'FOREIGN KEY', column_name: 'mandant', ordinal_position: 1, referenced_schema: 'erp', referenced_table: 'kunde', referenced_column: 'mandant'},
      {table_name: 'auftrag', constraint_name: 'fk_kunde', constraint_type: 'FOREIGN KEY', column_name: 'kunde_nr', ordinal_position: 2, referenced_schema: 'erp', referenced_table: 'kunde', referenced_column: 'nr'},
      {table_name: 'auftrag', constraint_name: 'fk_status', constraint_type: 'FOREIGN KEY', column_name: 'status', ordinal_position: 1, referenced_schema: 'stamm', referenced_table: 'status', referenced_column: 'code'},
      {table_name: 'kunde', constraint_name: 'PRIMARY', constraint_type: 'PRIMARY KEY', column_name: 'mandant', ordinal_position: 1, referenced_schema: null, referenced_table: null, referenced_column: null},
      {table_name: 'kunde', constraint_name: 'PRIMARY', constraint_type: 'PRIMARY KEY', column_name: 'nr', ordinal_position: 2, referenced_schema: null, referenced_table: null, referenced_column: null},
      {table_name: 'kunde', constraint_name: 'uq_email', constraint_type: 'UNIQUE', column_name: 'email', ordinal_position: 1, referenced_schema: null, referenced_table: null, referenced_column: null},
    ],
    'catalog: indexes': [
      {table_name: 'auftrag', index_name: 'PRIMARY', non_unique: 0, seq_in_index: 1, column_name: 'id'},
      {table_name: 'auftrag', index_name: 'fk_kunde', non_unique: 1, seq_in_index: 1, column_name: 'mandant'},
      {table_name: 'auftrag', index_name: 'fk_kunde', non_unique: 1, seq_in_index: 2, column_name: 'kunde_nr'},
      {table_name: 'auftrag', index_name: 'ix_lower_status', non_unique: 1, seq_in_index: 1, column_name: null},
      {table_name: 'kunde', index_name: 'PRIMARY', non_unique: '0', seq_in_index: 1, column_name: 'mandant'},
      {table_name: 'kunde', index_name: 'PRIMARY', non_unique: '0', seq_in_index: 2, column_name: 'nr'},
      {table_name: 'kunde', index_name: 'uq_email', non_unique: '0', seq_in_index: 1, column_name: 'email'},
    ],
  }
}

function fakeRun(rows: Record<string, SqlRow[]>, seen: LabeledSql[] = []) {
  return async (statement: LabeledSql): Promise<SqlRow[]> => {
    seen.push(statement)
    const result = rows[statement.label]
    if (!result) throw new Error(`unexpected statement ${statement.label}`)
    return result
  }
}

describe('mysql dialect: readCatalog', () => {
  it('assembles MariaDB rows into the catalog', async () => {
    const seen: LabeledSql[] = []
    const catalog = await d.readCatalog(fakeRun(catalogRows('mariadb'), seen), {include: [], exclude: []})
    expect(seen.map((s) => s.sql)).toEqual(d.catalogStatements({include: [], exclude: []}).map((s) => s.sql))
    expect(catalog.server).toEqual({
      engine: 'MariaDB',
      version: '10.11.19-MariaDB-0+deb12u1',
      database: 'erp',
      encoding: 'utf8mb4',
      collation: 'utf8mb4_general_ci',
      sizeBytes: 65536 + 32768 + 16384 + 1024,
      readOnlySession: true,
      user: 'reader@%',
    })
    expect(catalog.schemas).toEqual(['erp'])
    expect(catalog.tables.map((t) => t.name)).toEqual(['auftrag', 'kunde', 'log', 'v_auftrag'])
    const [auftrag, kunde, log, view] = catalog.tables
    expect(auftrag).toMatchObject({schema: null, kind: 'table', rowEstimate: 1200, sizeBytes: 98304, engine: 'InnoDB', collation: 'utf8mb4_general_ci', comment: 'Aufträge'})
    expect(auftrag.columns).toEqual([
      {name: 'id', position: 0, declaredType: 'int(11)', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'mandant', position: 1, declaredType: 'smallint(6)', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'kunde_nr', position: 2, declaredType: 'varchar(10)', typeClass: 'text', nullable: true, largeObject: false, comment: 'Kundennummer', collation: 'utf8mb4_general_ci'},
      {name: 'status', position: 3, declaredType: 'varchar(10)', typeClass: 'text', nullable: false, largeObject: false, defaultValue: "'offen'", collation: 'utf8mb4_general_ci'},
      {name: 'angelegt', position: 4, declaredType: 'datetime', typeClass: 'datetime', nullable: true, largeObject: false, defaultValue: 'current_timestamp()'},
      {name: 'notiz', position: 5, declaredType: 'mediumtext', typeClass: 'text', nullable: true, largeObject: true, collation: 'utf8mb4_general_ci'},
    ])
    expect(auftrag.primaryKey).toEqual(['id'])
    expect(auftrag.foreignKeys).toEqual([
      {name: 'fk_kunde', columns: ['mandant', 'kunde_nr'], references: {schema: null, table: 'kunde', columns: ['mandant', 'nr']}},
      {name: 'fk_status', columns: ['status'], references: {schema: 'stamm', table: 'status', columns: ['code']}},
    ])
    // the functional index (no column name) is left out
    expect(auftrag.indexes).toEqual([
      {name: 'PRIMARY', columns: ['id'], unique: true, primary: true},
      {name: 'fk_kunde', columns: ['mandant', 'kunde_nr'], unique: false, primary: false},
    ])
    expect(kunde).toMatchObject({primaryKey: ['mandant', 'nr'], uniqueConstraints: [['email']], rowEstimate: 3, sizeBytes: 16384})
    expect(kunde.comment).toBeUndefined()
    expect(kunde.indexes.map((i) => [i.name, i.unique, i.primary])).toEqual([
      ['PRIMARY', true, true],
      ['uq_email', true, false],
    ])
    expect(log).toMatchObject({engine: 'MyISAM', collation: 'latin1_swedish_ci', primaryKey: null, rowEstimate: 0, sizeBytes: 1024})
    expect(log.columns[0].collation).toBe('latin1_swedish_ci')
    expect(view).toMatchObject({kind: 'view', rowEstimate: null, sizeBytes: null, primaryKey: null, indexes: []})
    expect(view.engine).toBeUndefined()
    expect(view.comment).toBeUndefined()
    expect(view.columns[0].defaultValue).toBe('0')
  })

  it('reads MySQL 8 rows: engine MySQL, unquoted defaults and SQL NULL for "no default"', async () => {
    const catalog = await d.readCatalog(fakeRun(catalogRows('mysql')), {include: [], exclude: []})
    expect(catalog.server.engine).toBe('MySQL')
    expect(catalog.server.version).toBe('8.0.36')
    const auftrag = catalog.tables[0]
    expect(auftrag.columns.map((c) => c.defaultValue)).toEqual([undefined, undefined, undefined, 'offen', 'CURRENT_TIMESTAMP', undefined])
  })

  it('recognises MariaDB by its version comment too, and accepts upper-case labels', async () => {
    const rows = catalogRows('mariadb')
    rows['catalog: server'] = [{VERSION: '5.5.5-10.6.12', VERSION_COMMENT: 'MariaDB Server', DATABASE_NAME: 'erp', READ_ONLY: 0}]
    const catalog = await d.readCatalog(fakeRun(rows), {include: [], exclude: []})
    expect(catalog.server).toMatchObject({engine: 'MariaDB', version: '5.5.5-10.6.12', readOnlySession: false})
  })

  it('applies the schema filter to the database name and then reads nothing else', async () => {
    const seen: LabeledSql[] = []
    const catalog = await d.readCatalog(fakeRun(catalogRows('mariadb'), seen), {include: [], exclude: ['ER?']})
    expect(seen.map((s) => s.label)).toEqual(['catalog: server'])
    expect(catalog).toMatchObject({schemas: [], tables: []})
    const included = await d.readCatalog(fakeRun(catalogRows('mariadb')), {include: ['e*'], exclude: []})
    expect(included.tables).toHaveLength(4)
  })

  it('fails with DB_NOT_FOUND when no database is selected', async () => {
    const rows = catalogRows('mariadb')
    rows['catalog: server'] = [{version: '10.11.19-MariaDB', database_name: null, read_only: 0}]
    const error = await d.readCatalog(fakeRun(rows), {include: [], exclude: []}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('DB_NOT_FOUND')
  })
})

describe('mysql dialect: privileges', () => {
  const grants = (database: string | null, ...lines: string[]): SqlRow[][] => [
    [{database_name: database, account: 'u@%'}],
    lines.map((line) => ({[`Grants for u@%`]: line})),
  ]

  it('asks for the database and SHOW GRANTS', () => {
    expect(d.privilegeStatements().map((s) => s.sql)).toEqual(['SELECT DATABASE() AS database_name, CURRENT_USER() AS account', 'SHOW GRANTS'])
  })

  it('finds global and database-wide write privileges, never echoing a password hash', () => {
    const result = d.parseWritePrivileges(
      grants(
        'erp',
        "GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` IDENTIFIED BY PASSWORD '*D821809F681A40A6E379B50D0463EFAE20BDD122' WITH GRANT OPTION",
        'GRANT PROXY ON ``@`%` TO `root`@`localhost` WITH GRANT OPTION',
      ),
    )
    expect(result).toEqual({canWrite: true, evidence: ['ALL PRIVILEGES on *.*']})
  })

  it('sees a read-only account as read-only and ignores other databases', () => {
    const result = d.parseWritePrivileges(
      grants(
        'erp',
        "GRANT USAGE ON *.* TO `reader`@`%` IDENTIFIED BY PASSWORD '*ABC'",
        'GRANT SELECT, SHOW VIEW ON `erp`.* TO `reader`@`%`',
        'GRANT INSERT, UPDATE ON `shop`.* TO `reader`@`%`',
        'GRANT UPDATE (`note`) ON `shop`.`orders` TO `reader`@`%`',
        'GRANT `app_rw`@`%` TO `reader`@`%`',
      ),
    )
    expect(result).toEqual({canWrite: false, evidence: []})
  })

  it('finds table and column grants, wildcard database grants and a current role’s grants', () => {
    const result = d.parseWritePrivileges(
      grants(
        'erp_2024',
        'GRANT SELECT, UPDATE (`note`, `status`), INSERT ON `erp_2024`.`auftrag` TO `u`@`%`',
        'GRANT DELETE ON `erp\\_%`.* TO `u`@`%`',
        'GRANT DROP ON `erpx2024`.* TO `u`@`%`',
        'GRANT CREATE ON `erp_2024`.* TO `app_rw`',
      ),
    )
    expect(result).toEqual({canWrite: true, evidence: ['UPDATE, INSERT on erp_2024.auftrag', 'DELETE on erp\\_%.*', 'CREATE on erp_2024.*']})
  })

  it('writes the GRANT lines for a read-only account with a placeholder password', () => {
    expect(d.grantStatements('erp', [], 'datenreife')).toEqual([
      "CREATE USER `datenreife`@'%' IDENTIFIED BY '<password>';",
      "GRANT SELECT, SHOW VIEW ON `erp`.* TO `datenreife`@'%';",
    ])
  })
})
