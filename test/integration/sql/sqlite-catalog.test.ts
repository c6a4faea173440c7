import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import type {Knex} from 'knex'
import knexFactory from 'knex'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import type {Catalog, CatalogTable} from '../../../src/connectors/sql/catalog.js'
import type {RunSql} from '../../../src/connectors/sql/dialect.js'
import {sqliteDialect as sqlite} from '../../../src/connectors/sql/sqlite.js'
import {knexRunSql} from '../../helpers/knex-run-sql.js'

const SCHEMA_SQL = `
CREATE TABLE kunde (
  mandant INTEGER NOT NULL,
  nr INTEGER NOT NULL,
  name VARCHAR(40) NOT NULL DEFAULT 'unbekannt',
  email TEXT UNIQUE,
  foto BLOB,
  umsatz NUMERIC(10,2),
  erstellt DATETIME DEFAULT CURRENT_TIMESTAMP,
  aktiv BOOLEAN,
  geburtstag DATE,
  PRIMARY KEY (mandant, nr)
);
CREATE UNIQUE INDEX kunde_lower_email ON kunde (lower(email));
CREATE TABLE auftrag (
  id INTEGER PRIMARY KEY,
  mandant INTEGER NOT NULL,
  kunden_nr INTEGER NOT NULL,
  datum TEXT,
  notiz,
  vorgaenger INTEGER REFERENCES auftrag,
  CONSTRAINT auftrag_kunde FOREIGN KEY (mandant, kunden_nr) REFERENCES kunde (mandant, nr)
);
CREATE INDEX auftrag_datum ON auftrag (datum, kunden_nr);
CREATE TABLE protokoll (zeit TEXT, eintrag);
CREATE TABLE code (schluessel TEXT PRIMARY KEY, wert TEXT COLLATE NOCASE) WITHOUT ROWID;
CREATE VIEW offene AS SELECT id, kunden_nr FROM auftrag WHERE datum IS NULL;
CREATE VIRTUAL TABLE suche USING fts5(text);
INSERT INTO kunde (mandant, nr, name, email, foto) VALUES (1, 1, 'Müller', 'm@example.de', x'010203'), (1, 2, 'Schmidt', NULL, NULL);
WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 5000)
INSERT INTO auftrag (id, mandant, kunden_nr, datum) SELECT n, 1, 1 + n % 2, date('2020-01-01', '+' || n || ' days') FROM g;
INSERT INTO code VALUES ('a', 'x'), ('b', 'X');
ANALYZE;
`

function tableOf(catalog: Catalog, name: string): CatalogTable {
  const table = catalog.tables.find((t) => t.name === name)
  if (!table) throw new Error(`${name} missing from the catalog: ${catalog.tables.map((t) => t.name).join(', ')}`)
  return table
}

function openKnex(filename: string, readonly: boolean): Knex {
  return knexFactory({client: 'better-sqlite3', connection: {filename, options: {readonly}}, useNullAsDefault: true})
}

describe('SQLite dialect against a real database file', () => {
  let folder: string
  let file: string
  let db: Knex
  let run: RunSql
  let before: Catalog
  let catalog: Catalog

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dr-sqlite-catalog-'))
    file = join(folder, 'wawi.db')
    const writer = new Database(file)
    writer.exec(SCHEMA_SQL)
    writer.close()
    // knex keeps one connection for SQLite, so the session statements stay in force
    db = openKnex(file, true)
    run = knexRunSql(db)
    before = await sqlite.readCatalog(run, {include: [], exclude: []})
    for (const statement of sqlite.sessionSetup(5000)) await run(statement)
    catalog = await sqlite.readCatalog(run, {include: [], exclude: []})
  })

  afterAll(async () => {
    await db?.destroy()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  it('reads the server facts; the session is read-only after the session statements', () => {
    expect(catalog.server).toEqual({
      engine: 'SQLite',
      version: expect.stringMatching(/^3\.\d+\.\d+$/),
      database: 'wawi.db',
      encoding: 'UTF-8',
      sizeBytes: expect.any(Number),
      readOnlySession: true,
    })
    expect(catalog.server.sizeBytes! % 4096).toBe(0)
    expect(catalog.server.sizeBytes).toBeGreaterThan(4096 * 5)
    expect(before.server.readOnlySession).toBe(false)
    expect(catalog.schemas).toEqual([])
  })

  it('lists tables and views sorted by name, without SQLite internals and virtual tables', () => {
    expect(catalog.tables.map((t) => [t.name, t.kind, t.schema])).toEqual([
      ['auftrag', 'table', null],
      ['code', 'table', null],
      ['kunde', 'table', null],
      ['offene', 'view', null],
      ['protokoll', 'table', null],
    ])
  })

  it('reads columns with declared types, type classes, nullability and defaults', () => {
    const kunde = tableOf(catalog, 'kunde')
    expect(kunde.columns.map((c) => [c.name, c.position, c.declaredType, c.typeClass, c.nullable, c.largeObject])).toEqual([
      ['mandant', 0, 'INTEGER', 'integer', false, false],
      ['nr', 1, 'INTEGER', 'integer', false, false],
      ['name', 2, 'VARCHAR(40)', 'text', false, false],
      ['email', 3, 'TEXT', 'text', true, false],
      ['foto', 4, 'BLOB', 'binary', true, false],
      ['umsatz', 5, 'NUMERIC(10,2)', 'decimal', true, false],
      ['erstellt', 6, 'DATETIME', 'datetime', true, false],
      ['aktiv', 7, 'BOOLEAN', 'boolean', true, false],
      ['geburtstag', 8, 'DATE', 'date', true, false],
    ])
    expect(kunde.columns[2].defaultValue).toBe("'unbekannt'")
    expect(kunde.columns[6].defaultValue).toBe('CURRENT_TIMESTAMP')
    expect(kunde.columns[3].defaultValue).toBeUndefined()

    const auftrag = tableOf(catalog, 'auftrag')
    // INTEGER PRIMARY KEY is the rowid: never null although table_info says notnull = 0
    expect(auftrag.columns[0]).toMatchObject({name: 'id', nullable: false, typeClass: 'integer'})
    expect(auftrag.columns.find((c) => c.name === 'notiz')).toMatchObject({declaredType: '', typeClass: 'text', nullable: true})
    // WITHOUT ROWID tables enforce NOT NULL on their key
    expect(tableOf(catalog, 'code').columns[0]).toMatchObject({name: 'schluessel', nullable: false})
    const view = tableOf(catalog, 'offene')
    expect(view.columns.map((c) => [c.name, c.declaredType, c.typeClass])).toEqual([
      ['id', 'INTEGER', 'integer'],
      ['kunden_nr', 'INTEGER', 'integer'],
    ])
  })

  it('reads primary keys, unique constraints, indexes and multi-column foreign keys in declaration order', () => {
    const kunde = tableOf(catalog, 'kunde')
    expect(kunde.primaryKey).toEqual(['mandant', 'nr'])
    expect(kunde.uniqueConstraints).toEqual([['email']])
    expect(kunde.indexes.find((i) => i.primary)).toEqual({name: expect.stringMatching(/^sqlite_autoindex_kunde_\d$/), columns: ['mandant', 'nr'], unique: true, primary: true})
    expect(kunde.indexes).toContainEqual({name: 'kunde_lower_email', columns: ['(expression)'], unique: true, primary: false})
    expect(kunde.indexes).toHaveLength(3)

    const auftrag = tableOf(catalog, 'auftrag')
    expect(auftrag.primaryKey).toEqual(['id'])
    expect(auftrag.indexes).toEqual([{name: 'auftrag_datum', columns: ['datum', 'kunden_nr'], unique: false, primary: false}])
    expect(auftrag.foreignKeys).toEqual([
      // REFERENCES auftrag without columns means its primary key
      {columns: ['vorgaenger'], references: {schema: null, table: 'auftrag', columns: ['id']}},
      {columns: ['mandant', 'kunden_nr'], references: {schema: null, table: 'kunde', columns: ['mandant', 'nr']}},
    ])
    const protokoll = tableOf(catalog, 'protokoll')
    expect(protokoll).toMatchObject({primaryKey: null, uniqueConstraints: [], foreignKeys: [], indexes: []})
  })

  it('reads row estimates from sqlite_stat1 and sizes from dbstat; views have neither', () => {
    expect(tableOf(catalog, 'auftrag').rowEstimate).toBe(5000)
    expect(tableOf(catalog, 'kunde').rowEstimate).toBe(2)
    // ANALYZE writes nothing for an empty table
    expect(tableOf(catalog, 'protokoll').rowEstimate).toBeNull()
    expect(tableOf(catalog, 'auftrag').sizeBytes).toBeGreaterThan(4096 * 10)
    expect(tableOf(catalog, 'kunde').sizeBytes! % 4096).toBe(0)
    expect(tableOf(catalog, 'offene')).toMatchObject({rowEstimate: null, sizeBytes: null})
  })

  it('samples a large table by key ranges over the whole key range, without duplicates and without full scans', async () => {
    const auftrag = tableOf(catalog, 'auftrag')
    const sql = sqlite.sampleStatement(auftrag, auftrag.columns, 100)
    expect(sql.match(/UNION ALL/g)).toHaveLength(9)
    const rows = await run({label: 'sample', sql})
    expect(rows).toHaveLength(100)
    const ids = rows.map((r) => Number(r.id))
    expect(new Set(ids).size).toBe(100)
    expect(Math.min(...ids)).toBe(1)
    expect(Math.max(...ids)).toBeGreaterThan(4500)
    // slice i starts at MIN + i * (MAX - MIN) / 10 (integer division) and contributes its first 10 keys
    const starts = Array.from({length: 10}, (_, i) => 1 + Math.floor((i * 4999) / 10))
    expect(ids).toEqual(starts.flatMap((start) => Array.from({length: 10}, (_, j) => start + j)))
    const plan = await run({label: 'plan', sql: `EXPLAIN QUERY PLAN ${sql}`})
    const details = plan.map((r) => String(r.detail))
    expect(details.some((d) => /^SCAN auftrag\b/.test(d))).toBe(false)
    expect(details.some((d) => /^SEARCH auftrag USING INTEGER PRIMARY KEY/.test(d))).toBe(true)

    // small enough: the first rows
    const first = await run({label: 'sample', sql: sqlite.sampleStatement(auftrag, auftrag.columns, 1000)})
    expect(first.map((r) => r.id)).toEqual(Array.from({length: 1000}, (_, i) => i + 1))

    const kunde = tableOf(catalog, 'kunde')
    const kundeRows = await run({label: 'sample', sql: sqlite.sampleStatement(kunde, kunde.columns, 10)})
    expect(kundeRows.map((r) => r.foto)).toEqual([3, null])
    expect(kundeRows[0].name).toBe('Müller')
  })

  it('evaluates the expression fragments as the file path would', async () => {
    const [row] = await run({
      label: 'fragments',
      sql: `SELECT ${sqlite.trimmed("' \t x \u00a0\u3000\ufeff'")} AS trimmed,
        ${sqlite.trimmed("'\u00a0a b\u00a0'")} AS inner_kept,
        ${sqlite.charLength("'Müller'")} AS len,
        ${sqlite.binaryText("'a'")} > ${sqlite.binaryText("'B'")} AS a_after_b,
        ${sqlite.monthKey("'2024-01-31'")} AS month_text,
        ${sqlite.monthKey("'1999-12-31 23:59:59'")} AS month_datetime,
        ${sqlite.monthKey('1706659200')} AS month_unix,
        ${sqlite.monthKey("'31.01.2024'")} AS month_german,
        ${sqlite.temporalAsText("'2024-01-31 12:00:00'")} AS ts_text`,
    })
    expect(row).toEqual({
      trimmed: 'x',
      inner_kept: 'a b',
      len: 6,
      a_after_b: 1,
      month_text: 202401,
      month_datetime: 199912,
      month_unix: 202401,
      month_german: null,
      ts_text: '2024-01-31 12:00:00',
    })
    // a NOCASE column: plain DISTINCT folds 'x' and 'X', the binary form keeps them apart
    const [distinct] = await run({
      label: 'distinct',
      sql: `SELECT count(DISTINCT wert) AS folded, count(DISTINCT ${sqlite.binaryText('"wert"')}) AS exact FROM code`,
    })
    expect(distinct).toEqual({folded: 1, exact: 2})
    expect(await run({label: 'limit', sql: sqlite.limitSelect({columns: 'id', from: 'auftrag', where: 'id > 10', orderBy: 'id DESC'}, 2)})).toEqual([
      {id: 5000},
      {id: 4999},
    ])
  })

  it('reports the session as unable to write, and a write through it fails', async () => {
    const privileges = sqlite.parseWritePrivileges(await Promise.all(sqlite.privilegeStatements().map((s) => run(s))))
    expect(privileges).toEqual({canWrite: false, evidence: ['opened read-only (PRAGMA query_only = 1)']})
    await expect(run({label: 'write', sql: "INSERT INTO protokoll VALUES ('now', 'x')"})).rejects.toThrow(/readonly/)
  })

  it('makes even a writable connection read-only with PRAGMA query_only', async () => {
    const writable = openKnex(file, false)
    try {
      const writableRun = knexRunSql(writable)
      const open = sqlite.parseWritePrivileges(await Promise.all(sqlite.privilegeStatements().map((s) => writableRun(s))))
      expect(open.canWrite).toBe(true)
      for (const statement of sqlite.sessionSetup(5000)) await writableRun(statement)
      expect(await writableRun(sqlite.readOnlyCheck()!)).toEqual([{read_only: 1}])
      await expect(writableRun({label: 'write', sql: "INSERT INTO protokoll VALUES ('now', 'x')"})).rejects.toThrow(/readonly/)
    } finally {
      await writable.destroy()
    }
  })
})
