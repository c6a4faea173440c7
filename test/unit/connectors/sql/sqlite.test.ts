import {describe, expect, it} from 'vitest'

import type {CatalogColumn, CatalogTable} from '../../../../src/connectors/sql/catalog.js'
import type {LabeledSql, SqlRow} from '../../../../src/connectors/sql/dialect.js'
import {SQLITE_TRIM_CHARACTERS, sqliteDialect as sqlite} from '../../../../src/connectors/sql/sqlite.js'
import {DBSTAT_MAX_FILE_BYTES, SQLITE_DBSTAT_STATEMENT, SQLITE_STAT1_STATEMENT, databaseNameFromFile} from '../../../../src/connectors/sql/sqlite-catalog.js'

function column(name: string, typeClass: CatalogColumn['typeClass'], largeObject = false): CatalogColumn {
  return {name, position: 0, declaredType: typeClass, typeClass, nullable: true, largeObject}
}

function table(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: null,
    name: 'auftrag',
    kind: 'table',
    columns: [column('id', 'integer'), column('text', 'text')],
    primaryKey: ['id'],
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: null,
    sizeBytes: null,
    ...overrides,
  }
}

describe('sqliteDialect quoting', () => {
  it('doubles double quotes inside identifiers and has no schema for main', () => {
    expect(sqlite.quoteIdent('a"b')).toBe('"a""b"')
    expect(sqlite.tableRef({schema: null, name: 'Kunden Stamm'})).toBe('"Kunden Stamm"')
    expect(sqlite.tableRef({schema: 'archiv', name: 't'})).toBe('"archiv"."t"')
  })
})

describe('sqliteDialect.typeClass (SQLite affinity plus date, time and boolean names)', () => {
  it.each([
    ['INTEGER', 'integer'],
    ['int', 'integer'],
    ['BIGINT', 'integer'],
    ['UNSIGNED BIG INT', 'integer'],
    ['INT(11)', 'integer'],
    ['TEXT', 'text'],
    ['VARCHAR(40)', 'text'],
    ['NVARCHAR(100)', 'text'],
    ['CHARACTER(20)', 'text'],
    ['CLOB', 'text'],
    ['', 'text'],
    ['BLOB', 'binary'],
    ['REAL', 'decimal'],
    ['DOUBLE', 'decimal'],
    ['DOUBLE PRECISION', 'decimal'],
    ['FLOAT', 'decimal'],
    ['NUMERIC', 'decimal'],
    ['DECIMAL(10,2)', 'decimal'],
    ['MONEY', 'decimal'],
    ['DATE', 'date'],
    ['date', 'date'],
    ['DATETIME', 'datetime'],
    ['TIMESTAMP', 'datetime'],
    ['TIMESTAMP WITH TIME ZONE', 'datetime'],
    ['TIME', 'time'],
    ['BOOLEAN', 'boolean'],
    ['BOOL', 'boolean'],
    ['JSON', 'other'],
    ['UUID', 'other'],
    // SQLite's own rule: "INT" anywhere means integer affinity
    ['POINT', 'integer'],
  ])('%s → %s', (declared, expected) => {
    expect(sqlite.typeClass(declared)).toBe(expected)
  })
})

describe('sqliteDialect session, privileges and grants', () => {
  it('guards the session with PRAGMA query_only', () => {
    expect(sqlite.sessionSetup(30_000)).toEqual([{label: 'session: read-only', sql: 'PRAGMA query_only = ON'}])
    expect(sqlite.readOnlyCheck()?.sql).toBe('SELECT q.query_only AS read_only FROM pragma_query_only q')
    expect(sqlite.privilegeStatements().map((s) => s.sql)).toEqual(['PRAGMA query_only'])
  })

  it('parses the rows of PRAGMA query_only', () => {
    expect(sqlite.parseWritePrivileges([[{query_only: 1}]])).toEqual({canWrite: false, evidence: ['opened read-only (PRAGMA query_only = 1)']})
    expect(sqlite.parseWritePrivileges([[{read_only: 1}]]).canWrite).toBe(false)
    const open = sqlite.parseWritePrivileges([[{query_only: 0}]])
    expect(open.canWrite).toBe(true)
    expect(open.evidence[0]).toContain('query_only is off')
  })

  it('prints advice as SQL comments only (SQLite has no GRANT)', () => {
    const lines = sqlite.grantStatements("/srv/it's/wawi.db", [], 'reader')
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line.startsWith('-- ')).toBe(true)
    expect(lines[1]).toContain(`chmod a-w '/srv/it'\\''s/wawi.db'`)
  })
})

describe('sqliteDialect fragments', () => {
  it('builds text, temporal and month expressions', () => {
    expect(sqlite.charLength('"name"')).toBe('length("name")')
    expect(sqlite.trimmed('"name"')).toBe(`trim("name", ${SQLITE_TRIM_CHARACTERS})`)
    expect(SQLITE_TRIM_CHARACTERS).toBe('char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279)')
    expect(sqlite.binaryText('"name"')).toBe('"name" COLLATE BINARY')
    expect(sqlite.temporalAsText('"datum"')).toBe('"datum"')
    expect(sqlite.monthKey('"datum"')).toBe(`CAST(strftime('%Y%m', "datum", 'auto') AS INTEGER)`)
    expect(sqlite.approxDistinct('"x"')).toBeNull()
    expect(sqlite.maxSelectItems).toBe(500)
  })

  it('trims exactly what String.prototype.trim trims', () => {
    const codePoints = SQLITE_TRIM_CHARACTERS.slice('char('.length, -1).split(', ').map(Number)
    const trimmedByJs = Array.from({length: 0x10000}, (_, cp) => cp).filter((cp) => String.fromCharCode(cp).trim() === '')
    expect(codePoints).toEqual(trimmedByJs)
  })

  it('limits a select with LIMIT', () => {
    expect(sqlite.limitSelect({columns: '"a"', from: '"t"', where: '"a" > 1', orderBy: '"a"'}, 5)).toBe('SELECT "a" FROM "t" WHERE "a" > 1 ORDER BY "a" LIMIT 5')
  })

  it('reads binaries as their byte length', () => {
    expect(sqlite.sampleExpr(column('foto', 'binary'))).toBe('length(CAST("foto" AS BLOB))')
    expect(sqlite.sampleExpr(column('memo', 'text', true))).toBe('substr("memo", 1, 1000)')
    expect(sqlite.sampleExpr(column('name', 'text'))).toBe('"name"')
  })
})

describe('sqliteDialect.sampleStatement', () => {
  it('reads the first rows when the size is unknown or small, or the key is not a single integer', () => {
    expect(sqlite.sampleStatement(table(), table().columns, 10)).toBe('SELECT "id", "text" FROM "auftrag" LIMIT 10')
    expect(sqlite.sampleStatement(table({rowEstimate: 100}), table().columns, 10)).toBe('SELECT "id", "text" FROM "auftrag" LIMIT 10')
    expect(sqlite.sampleStatement(table({rowEstimate: 1e6, primaryKey: ['text']}), table().columns, 10)).not.toContain('UNION ALL')
    expect(sqlite.sampleStatement(table({rowEstimate: 1e6, primaryKey: ['id', 'text']}), table().columns, 10)).not.toContain('UNION ALL')
    expect(sqlite.sampleStatement(table({rowEstimate: 1e6, kind: 'view'}), table().columns, 10)).not.toContain('UNION ALL')
  })

  it('samples ten key ranges of a large table with an integer key', () => {
    const sql = sqlite.sampleStatement(table({rowEstimate: 1e6}), [column('text', 'text')], 25)
    const slices = sql.split('\nUNION ALL\n')
    expect(slices).toHaveLength(10)
    const min = '(SELECT MIN("id") FROM "auftrag")'
    const max = '(SELECT MAX("id") FROM "auftrag")'
    expect(slices[0]).toBe(`SELECT * FROM (SELECT "text" FROM "auftrag" WHERE "id" >= ${min} AND "id" < ${min} + 1 * (${max} - ${min}) / 10 ORDER BY "id" LIMIT 3)`)
    expect(slices[4]).toContain('LIMIT 3)')
    expect(slices[5]).toContain('LIMIT 2)')
    expect(slices[9]).toBe(`SELECT * FROM (SELECT "text" FROM "auftrag" WHERE "id" >= ${min} + 9 * (${max} - ${min}) / 10 ORDER BY "id" LIMIT 2)`)
  })

  it('leaves out empty slices when n is below the number of slices', () => {
    expect(sqlite.sampleStatement(table({rowEstimate: 1e6}), table().columns, 3).split('UNION ALL')).toHaveLength(3)
  })
})

describe('sqliteDialect.readCatalog', () => {
  const base: SqlRow[][] = [
    [{version: '3.53.2', file: '/home/anna/wawi.db', encoding: 'UTF-8', size_bytes: 409600, read_only: 1, has_stat1: 1, has_dbstat: 1}],
    [
      {table_name: 'artikel', table_type: 'table', without_rowid: 0},
      {table_name: 'Auftrag', table_type: 'table', without_rowid: 0},
      {table_name: 'codes', table_type: 'table', without_rowid: 1},
      {table_name: 'sicht', table_type: 'view', without_rowid: 0},
    ],
    [
      {table_name: 'artikel', cid: 0, column_name: 'nr', declared_type: 'INTEGER', not_null: 0, default_value: null, pk_position: 1},
      {table_name: 'artikel', cid: 1, column_name: 'name', declared_type: 'TEXT', not_null: 1, default_value: "'?'", pk_position: 0},
      {table_name: 'Auftrag', cid: 0, column_name: 'nr', declared_type: 'INT', not_null: 0, default_value: null, pk_position: 1},
      {table_name: 'Auftrag', cid: 1, column_name: 'artikel', declared_type: 'INTEGER', not_null: 0, default_value: null, pk_position: 0},
      {table_name: 'codes', cid: 0, column_name: 'k', declared_type: 'TEXT', not_null: 0, default_value: null, pk_position: 1},
      {table_name: 'sicht', cid: 0, column_name: 'x', declared_type: '', not_null: 0, default_value: null, pk_position: 0},
    ],
    [
      {table_name: 'Auftrag', index_name: 'sqlite_autoindex_Auftrag_1', is_unique: 1, origin: 'pk', seqno: 0, column_name: 'nr'},
      {table_name: 'artikel', index_name: 'artikel_name', is_unique: 1, origin: 'u', seqno: 0, column_name: 'name'},
      {table_name: 'artikel', index_name: 'artikel_expr', is_unique: 0, origin: 'c', seqno: 0, column_name: null},
    ],
    [{table_name: 'Auftrag', fk_id: 0, seq: 0, ref_table: 'ARTIKEL', from_column: 'artikel', to_column: null}],
  ]
  const stat1 = [{table_name: 'Auftrag', row_estimate: 120000}]
  const dbstat = [
    {table_name: 'Auftrag', size_bytes: 81920},
    {table_name: 'sicht', size_bytes: 4096},
  ]

  async function read(server: SqlRow) {
    const ran: LabeledSql[] = []
    const results = [[server], ...base.slice(1)]
    const catalog = await sqlite.readCatalog(async (statement) => {
      ran.push(statement)
      if (statement === SQLITE_STAT1_STATEMENT || statement.label === SQLITE_STAT1_STATEMENT.label) return stat1
      if (statement.label === SQLITE_DBSTAT_STATEMENT.label) return dbstat
      return results[ran.length - 1]
    }, {include: ['ignored'], exclude: []})
    return {catalog, ran}
  }

  it('runs the catalog statements in order, the optional ones only when the file has them', async () => {
    const all = sqlite.catalogStatements({include: [], exclude: []})
    expect((await read(base[0][0])).ran).toEqual(all)
    expect((await read({...base[0][0], has_stat1: 0})).ran.map((s) => s.label)).toEqual(all.filter((s) => s !== all[5]).map((s) => s.label))
    expect((await read({...base[0][0], has_dbstat: 0})).ran).toHaveLength(6)
    expect((await read({...base[0][0], size_bytes: DBSTAT_MAX_FILE_BYTES + 1})).ran.map((s) => s.label)).not.toContain(SQLITE_DBSTAT_STATEMENT.label)
    for (const {sql} of all) expect(sql).not.toMatch(/\b(INSERT|UPDATE|DELETE|CREATE TABLE|DROP|ALTER)\b/)
  })

  it('assembles server facts without the folder of the file', async () => {
    const {catalog} = await read(base[0][0])
    expect(catalog.server).toEqual({engine: 'SQLite', version: '3.53.2', database: 'wawi.db', encoding: 'UTF-8', sizeBytes: 409600, readOnlySession: true})
    expect(catalog.schemas).toEqual([])
    expect(databaseNameFromFile('')).toBe('main')
    expect(databaseNameFromFile('C:\\Daten\\wawi.db')).toBe('wawi.db')
  })

  it('assembles tables sorted by name with keys, indexes, estimates and sizes', async () => {
    const {catalog} = await read(base[0][0])
    expect(catalog.tables.map((t) => t.name)).toEqual(['Auftrag', 'artikel', 'codes', 'sicht'])
    const [auftrag, artikel, codes, sicht] = catalog.tables
    expect(artikel.columns).toEqual([
      {name: 'nr', position: 0, declaredType: 'INTEGER', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'name', position: 1, declaredType: 'TEXT', typeClass: 'text', nullable: false, largeObject: false, defaultValue: "'?'"},
    ])
    // INT PRIMARY KEY is not the rowid: SQLite lets it be NULL
    expect(auftrag.columns[0]).toMatchObject({name: 'nr', nullable: true})
    expect(codes.columns[0]).toMatchObject({name: 'k', nullable: false})
    expect(artikel.uniqueConstraints).toEqual([['name']])
    expect(artikel.indexes).toEqual([
      {name: 'artikel_name', columns: ['name'], unique: true, primary: false},
      {name: 'artikel_expr', columns: ['(expression)'], unique: false, primary: false},
    ])
    expect(auftrag.indexes).toEqual([{name: 'sqlite_autoindex_Auftrag_1', columns: ['nr'], unique: true, primary: true}])
    // a foreign key without columns references the primary key; SQLite matches table names case-insensitively
    expect(auftrag.foreignKeys).toEqual([{columns: ['artikel'], references: {schema: null, table: 'ARTIKEL', columns: ['nr']}}])
    expect(auftrag).toMatchObject({rowEstimate: 120000, sizeBytes: 81920, primaryKey: ['nr']})
    expect(artikel).toMatchObject({rowEstimate: null, sizeBytes: null})
    expect(sicht).toMatchObject({kind: 'view', sizeBytes: null, primaryKey: null})
  })
})
