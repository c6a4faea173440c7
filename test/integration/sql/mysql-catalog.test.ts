import type {Knex} from 'knex'
import knexFactory from 'knex'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import type {Catalog, CatalogTable} from '../../../src/connectors/sql/catalog.js'
import type {RunSql} from '../../../src/connectors/sql/dialect.js'
import {mysqlDialect as my} from '../../../src/connectors/sql/mysql.js'
import {adminKnex, databaseUrl, serverAvailable, suiteTitle} from '../../helpers/databases.js'
import {knexRunSql} from '../../helpers/knex-run-sql.js'

const DATABASE = 'dr_mysql_catalog'
const READER = 'dr_mysql_catalog_reader'
const WRITER = 'dr_mysql_catalog_writer'
const PASSWORD = 'dr-catalog-test-pw'
const available = await serverAvailable('mariadb')

/** 0…1999 without the MariaDB-only sequence engine or recursion limits */
const NUMBERS = `(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n
  FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
  CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b
  CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c
  CROSS JOIN (SELECT 0 d UNION ALL SELECT 1) e) numbers`

const SCHEMA_SQL = `
CREATE TABLE kunde (
  mandant SMALLINT NOT NULL,
  nr VARCHAR(10) NOT NULL,
  name VARCHAR(40) NOT NULL COMMENT 'Name des Kunden',
  ort VARCHAR(40) CHARACTER SET latin1 COLLATE latin1_german1_ci,
  email VARCHAR(80),
  aktiv TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (mandant, nr),
  CONSTRAINT uq_kunde_email UNIQUE (email)
) ENGINE=InnoDB COMMENT='Kundenstamm';
CREATE TABLE auftrag (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mandant SMALLINT NOT NULL,
  kunde_nr VARCHAR(10) NOT NULL,
  status ENUM('offen', 'bezahlt') NOT NULL DEFAULT 'offen',
  betrag DECIMAL(10,2),
  datum DATE,
  notiz MEDIUMTEXT,
  beleg BLOB,
  angelegt DATETIME DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_auftrag_kunde FOREIGN KEY (mandant, kunde_nr) REFERENCES kunde (mandant, nr),
  INDEX ix_auftrag_datum (datum, kunde_nr)
) ENGINE=InnoDB;
CREATE TABLE protokoll (zeit DATETIME, eintrag VARCHAR(200)) ENGINE=MyISAM DEFAULT CHARSET=latin1;
CREATE VIEW offene_auftraege AS SELECT id, kunde_nr, betrag FROM auftrag WHERE status = 'offen';
INSERT INTO kunde VALUES (1, 'K1', 'Müller', 'München', 'm@example.de', 1), (1, 'K2', 'Schmidt', NULL, NULL, 0);
INSERT INTO auftrag (mandant, kunde_nr, status, betrag, datum, notiz, beleg)
  SELECT 1, IF(n % 2 = 0, 'K1', 'K2'), IF(n % 3 = 0, 'bezahlt', 'offen'), n * 1.5, DATE '2020-01-01' + INTERVAL n DAY,
         IF(n = 2, REPEAT('x', 1500), NULL), IF(n = 2, X'010203', NULL)
  FROM ${NUMBERS} ORDER BY n;
INSERT INTO protokoll VALUES ('2024-01-31 12:00:00', 'start'), ('2024-02-01 08:00:00', 'stop'), (NULL, NULL);
ANALYZE TABLE kunde, auftrag, protokoll;
`

function tableOf(catalog: Catalog, name: string): CatalogTable {
  const table = catalog.tables.find((t) => t.name === name)
  if (!table) throw new Error(`${name} missing from the catalog: ${catalog.tables.map((t) => t.name).join(', ')}`)
  return table
}

function connect(user?: string, password?: string): Knex {
  return knexFactory({client: 'mysql2', connection: databaseUrl('mariadb', DATABASE, user, password), pool: {min: 0, max: 1}})
}

describe.skipIf(!available)(suiteTitle('MySQL/MariaDB dialect against a real server', 'mariadb', available), () => {
  let admin: Knex
  let db: Knex
  let run: RunSql
  let catalog: Catalog

  beforeAll(async () => {
    admin = adminKnex('mariadb')
    await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`)
    await admin.raw(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
    for (const user of [READER, WRITER]) await admin.raw(`DROP USER IF EXISTS '${user}'@'%'`)
    db = adminKnex('mariadb', DATABASE)
    await db.raw(SCHEMA_SQL)
    run = knexRunSql(db)
    catalog = await my.readCatalog(run, {include: [], exclude: []})
  })

  afterAll(async () => {
    await db?.destroy()
    if (admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`)
      for (const user of [READER, WRITER]) await admin.raw(`DROP USER IF EXISTS '${user}'@'%'`)
      await admin.destroy()
    }
  })

  it('reads the server facts: MariaDB, its version, database, character set, size, user', () => {
    expect(catalog.server).toMatchObject({engine: 'MariaDB', database: DATABASE, encoding: 'utf8mb4', collation: 'utf8mb4_unicode_ci', readOnlySession: false})
    expect(catalog.server.version).toMatch(/^\d+\.\d+\.\d+-MariaDB/)
    expect(catalog.server.user).toMatch(/^root@/)
    expect(catalog.server.sizeBytes).toBeGreaterThan(16384)
    expect(catalog.schemas).toEqual([DATABASE])
  })

  it('lists tables and views sorted by name, without a schema', () => {
    expect(catalog.tables.map((t) => [t.schema, t.name, t.kind])).toEqual([
      [null, 'auftrag', 'table'],
      [null, 'kunde', 'table'],
      [null, 'offene_auftraege', 'view'],
      [null, 'protokoll', 'table'],
    ])
  })

  it('reads columns with declared types, nullability, defaults, comments, collations and large objects', () => {
    const kunde = tableOf(catalog, 'kunde')
    expect(kunde.columns).toEqual([
      {name: 'mandant', position: 0, declaredType: 'smallint(6)', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'nr', position: 1, declaredType: 'varchar(10)', typeClass: 'text', nullable: false, largeObject: false, collation: 'utf8mb4_unicode_ci'},
      {name: 'name', position: 2, declaredType: 'varchar(40)', typeClass: 'text', nullable: false, largeObject: false, comment: 'Name des Kunden', collation: 'utf8mb4_unicode_ci'},
      {name: 'ort', position: 3, declaredType: 'varchar(40)', typeClass: 'text', nullable: true, largeObject: false, collation: 'latin1_german1_ci'},
      {name: 'email', position: 4, declaredType: 'varchar(80)', typeClass: 'text', nullable: true, largeObject: false, collation: 'utf8mb4_unicode_ci'},
      {name: 'aktiv', position: 5, declaredType: 'tinyint(1)', typeClass: 'boolean', nullable: false, largeObject: false, defaultValue: '1'},
    ])
    const auftrag = tableOf(catalog, 'auftrag')
    const byName = new Map(auftrag.columns.map((c) => [c.name, c]))
    expect(byName.get('id')).toMatchObject({declaredType: 'int(10) unsigned', typeClass: 'integer', nullable: false})
    expect(byName.get('status')).toMatchObject({declaredType: "enum('offen','bezahlt')", typeClass: 'text', defaultValue: "'offen'"})
    expect(byName.get('betrag')).toMatchObject({declaredType: 'decimal(10,2)', typeClass: 'decimal', nullable: true})
    expect(byName.get('betrag')!.defaultValue).toBeUndefined()
    expect(byName.get('datum')).toMatchObject({typeClass: 'date'})
    expect(byName.get('notiz')).toMatchObject({declaredType: 'mediumtext', typeClass: 'text', largeObject: true})
    expect(byName.get('beleg')).toMatchObject({declaredType: 'blob', typeClass: 'binary', largeObject: true})
    expect(byName.get('angelegt')).toMatchObject({typeClass: 'datetime', defaultValue: 'current_timestamp()'})
  })

  it('reads keys, unique constraints, the two-column foreign key and indexes', () => {
    const kunde = tableOf(catalog, 'kunde')
    expect(kunde.primaryKey).toEqual(['mandant', 'nr'])
    expect(kunde.uniqueConstraints).toEqual([['email']])
    expect(kunde.indexes).toEqual([
      {name: 'PRIMARY', columns: ['mandant', 'nr'], unique: true, primary: true},
      {name: 'uq_kunde_email', columns: ['email'], unique: true, primary: false},
    ])
    const auftrag = tableOf(catalog, 'auftrag')
    expect(auftrag.primaryKey).toEqual(['id'])
    expect(auftrag.uniqueConstraints).toEqual([])
    expect(auftrag.foreignKeys).toEqual([{name: 'fk_auftrag_kunde', columns: ['mandant', 'kunde_nr'], references: {schema: null, table: 'kunde', columns: ['mandant', 'nr']}}])
    expect(auftrag.indexes).toEqual([
      {name: 'PRIMARY', columns: ['id'], unique: true, primary: true},
      {name: 'fk_auftrag_kunde', columns: ['mandant', 'kunde_nr'], unique: false, primary: false},
      {name: 'ix_auftrag_datum', columns: ['datum', 'kunde_nr'], unique: false, primary: false},
    ])
    expect(tableOf(catalog, 'protokoll')).toMatchObject({primaryKey: null, uniqueConstraints: [], foreignKeys: [], indexes: []})
  })

  it('reads engines, collations, comments, row estimates and sizes per table; views have none', () => {
    const kunde = tableOf(catalog, 'kunde')
    expect(kunde).toMatchObject({engine: 'InnoDB', collation: 'utf8mb4_unicode_ci', comment: 'Kundenstamm'})
    const auftrag = tableOf(catalog, 'auftrag')
    expect(auftrag.comment).toBeUndefined()
    // InnoDB estimates from sampled pages after ANALYZE
    expect(auftrag.rowEstimate).toBeGreaterThan(1000)
    expect(auftrag.rowEstimate).toBeLessThan(4000)
    expect(auftrag.sizeBytes).toBeGreaterThanOrEqual(16384)
    // MyISAM counts exactly
    expect(tableOf(catalog, 'protokoll')).toMatchObject({engine: 'MyISAM', collation: 'latin1_swedish_ci', rowEstimate: 3})
    const view = tableOf(catalog, 'offene_auftraege')
    expect(view).toMatchObject({rowEstimate: null, sizeBytes: null, primaryKey: null})
    expect(view.engine).toBeUndefined()
    expect(view.comment).toBeUndefined()
    expect(view.columns.map((c) => [c.name, c.typeClass])).toEqual([
      ['id', 'integer'],
      ['kunde_nr', 'text'],
      ['betrag', 'decimal'],
    ])
  })

  it('applies the schema filter to the database name', async () => {
    expect(await my.readCatalog(run, {include: [], exclude: ['DR_MYSQL_*']})).toMatchObject({schemas: [], tables: []})
    expect((await my.readCatalog(run, {include: ['dr_mysql_catal?g'], exclude: []})).tables).toHaveLength(4)
  })

  it('samples a large table in key-range slices and a small one with LIMIT', async () => {
    const auftrag = tableOf(catalog, 'auftrag')
    const large = {...auftrag, rowEstimate: 1_000_000}
    const rows = (await db.raw(my.sampleStatement(large, auftrag.columns, 50)))[0] as Array<Record<string, unknown>>
    expect(rows).toHaveLength(50)
    const ids = rows.map((r) => Number(r.id))
    expect(new Set(ids).size).toBe(50)
    // ten slices of five rows, each starting at a tenth of the id range (1…2000)
    for (let i = 0; i < 10; i++) expect(ids.filter((id) => id >= 1 + i * 199 && id < 1 + i * 199 + 5)).toHaveLength(5)
    const third = rows.find((r) => Number(r.id) === 3)!
    expect(third.notiz).toBe('x'.repeat(1000))
    expect(Number(third.beleg)).toBe(3)
    const small = (await db.raw(my.sampleStatement(auftrag, auftrag.columns.slice(0, 2), 20)))[0] as unknown[]
    expect(small).toHaveLength(20)
  })

  it('evaluates the fragments like the row path: trimmed, charLength, binaryText, monthKey, temporalAsText', async () => {
    await db.raw('CREATE TABLE texte (id INT PRIMARY KEY, u VARCHAR(40) CHARACTER SET utf8mb4, l VARCHAR(40) CHARACTER SET latin1)')
    try {
      const values = [' \t x \u00a0', '\ufeffBOM', 'a\tb', '  ', '\u00a0', 'Müller', 'n/a ', 'x\r\n', '', 'keine\tangabe', 'a  b ', '\u000b\fz\f']
      for (const [i, value] of values.entries()) {
        const latin1 = /^[\u0000-\u00ff]*$/.test(value) ? value : null
        await db.raw('INSERT INTO texte VALUES (?, ?, ?)', [i, value, latin1])
      }
      const [rows] = (await db.raw(
        `SELECT id, ${my.trimmed('u')} AS tu, ${my.trimmed('l')} AS tl, ${my.charLength('u')} AS lu, ${my.charLength('l')} AS ll FROM texte ORDER BY id`,
      )) as [Array<{id: number; tu: string; tl: string | null; lu: number; ll: number | null}>]
      for (const row of rows) {
        const value = values[row.id]
        expect(row.tu, JSON.stringify(value)).toBe(value.trim())
        expect(row.lu, JSON.stringify(value)).toBe([...value].length)
        if (row.tl !== null) {
          expect(row.tl, JSON.stringify(value)).toBe(value.trim())
          expect(row.ll).toBe([...value].length)
        }
      }
      expect(rows.find((r) => r.id === 5)!.lu).toBe(6)
      const [[fragments]] = (await db.raw(`SELECT ${my.binaryText("'a'")} > ${my.binaryText("'B'")} AS a_after_b,
          ${my.binaryText("'a'")} = ${my.binaryText("'a '")} AS pad_equal,
          ${my.binaryText("'a'")} = ${my.binaryText("'A'")} AS case_equal,
          ${my.monthKey("DATE '2024-01-31'")} AS month_key,
          ${my.temporalAsText("TIMESTAMP '2024-01-31 12:00:00'")} AS ts_text,
          ${my.temporalAsText("DATE '2024-01-31'")} AS date_text`)) as [[Record<string, unknown>]]
      expect(fragments).toEqual({a_after_b: 1, pad_equal: 0, case_equal: 0, month_key: 202401, ts_text: '2024-01-31 12:00:00', date_text: '2024-01-31'})
      const [[distinct]] = (await db.raw(`SELECT COUNT(DISTINCT ${my.binaryText('u')}) AS n FROM (SELECT 'a' AS u UNION ALL SELECT 'a ' UNION ALL SELECT 'A' UNION ALL SELECT 'a') t`)) as [[{n: number}]]
      expect(distinct.n).toBe(3)
    } finally {
      await db.raw('DROP TABLE texte')
    }
  })

  it('sets a read-only session with a statement time limit: writes fail, the catalog says so', async () => {
    const session = connect('root')
    try {
      for (const statement of my.sessionSetup(30_000)) {
        try {
          await session.raw(statement.sql)
        } catch (error) {
          // MariaDB has no max_execution_time: the one statement allowed to fail
          expect(statement.label).toBe('session: statement timeout (MySQL)')
          expect(String(error)).toMatch(/max_execution_time/)
        }
      }
      const [[check]] = (await session.raw(my.readOnlyCheck()!.sql)) as [[{read_only: unknown}]]
      expect(Number(check.read_only)).toBe(1)
      const [[limit]] = (await session.raw('SELECT @@session.max_statement_time AS t')) as [[{t: unknown}]]
      expect(Number(limit.t)).toBe(30)
      await expect(session.raw("INSERT INTO protokoll VALUES (NULL, 'write')")).rejects.toThrow(/READ ONLY/i)
      expect((await my.readCatalog(knexRunSql(session), {include: [], exclude: []})).server.readOnlySession).toBe(true)
    } finally {
      await session.destroy()
    }
    const [[adminCheck]] = (await db.raw(my.readOnlyCheck()!.sql)) as [[{read_only: unknown}]]
    expect(Number(adminCheck.read_only)).toBe(0)
  })

  it('tells writers from the read-only account its GRANT lines create', async () => {
    const root = my.parseWritePrivileges(await Promise.all(my.privilegeStatements().map((s) => run(s))))
    expect(root).toEqual({canWrite: true, evidence: ['ALL PRIVILEGES on *.*']})

    for (const line of my.grantStatements(DATABASE, [], READER)) await admin.raw(line.replace('<password>', PASSWORD))
    await admin.raw(`CREATE USER '${WRITER}'@'%' IDENTIFIED BY '${PASSWORD}'`)
    await admin.raw(`GRANT SELECT ON ${DATABASE}.* TO '${WRITER}'@'%'`)
    await admin.raw(`GRANT INSERT, UPDATE (eintrag) ON ${DATABASE}.protokoll TO '${WRITER}'@'%'`)

    const reader = connect(READER, PASSWORD)
    const writer = connect(WRITER, PASSWORD)
    try {
      const readerRun = knexRunSql(reader)
      const readerPrivileges = my.parseWritePrivileges(await Promise.all(my.privilegeStatements().map((s) => readerRun(s))))
      expect(readerPrivileges).toEqual({canWrite: false, evidence: []})
      // SELECT and SHOW VIEW are enough for the whole catalog
      const readerCatalog = await my.readCatalog(readerRun, {include: [], exclude: []})
      expect(readerCatalog.tables.map((t) => t.name)).toEqual(catalog.tables.map((t) => t.name))
      expect(tableOf(readerCatalog, 'auftrag').foreignKeys).toEqual(tableOf(catalog, 'auftrag').foreignKeys)
      expect(readerCatalog.server.user).toBe(`${READER}@%`)

      const writerRun = knexRunSql(writer)
      const writerPrivileges = my.parseWritePrivileges(await Promise.all(my.privilegeStatements().map((s) => writerRun(s))))
      expect(writerPrivileges).toEqual({canWrite: true, evidence: [`INSERT, UPDATE on ${DATABASE}.protokoll`]})
    } finally {
      await reader.destroy()
      await writer.destroy()
    }
  })
})
