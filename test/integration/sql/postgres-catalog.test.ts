import type {Knex} from 'knex'
import knexFactory from 'knex'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import type {Catalog, CatalogTable} from '../../../src/connectors/sql/catalog.js'
import type {RunSql} from '../../../src/connectors/sql/dialect.js'
import {postgresDialect as pg} from '../../../src/connectors/sql/postgres.js'
import {pgLiteral} from '../../../src/connectors/sql/postgres-catalog.js'
import {PG_ADMIN_URL, adminKnex, serverAvailable, suiteTitle} from '../../helpers/databases.js'
import {knexRunSql} from '../../helpers/knex-run-sql.js'

const DATABASE = 'dr_pg_catalog'
const LATIN1_DATABASE = 'dr_pg_catalog_latin1'
const READER = 'dr_pg_catalog_reader'
const available = await serverAvailable('postgres')

const SCHEMA_SQL = `
CREATE SCHEMA sales;
CREATE SCHEMA archiv;
CREATE TYPE sales.status AS ENUM ('neu', 'bezahlt');
CREATE DOMAIN sales.plz AS varchar(5);
CREATE TABLE sales.kunde (
  mandant integer NOT NULL,
  nr integer NOT NULL,
  name varchar(40) COLLATE "C" NOT NULL,
  email text,
  plz sales.plz,
  tags text[],
  foto bytea,
  erstellt timestamp(0) without time zone DEFAULT now(),
  PRIMARY KEY (mandant, nr),
  CONSTRAINT kunde_email_key UNIQUE (email)
);
COMMENT ON TABLE sales.kunde IS 'Kundenstamm';
COMMENT ON COLUMN sales.kunde.name IS 'Name des Kunden';
CREATE TABLE sales.auftrag (
  id bigserial PRIMARY KEY,
  mandant integer NOT NULL,
  kunden_nr integer NOT NULL,
  status sales.status NOT NULL DEFAULT 'neu',
  betrag numeric(10,2),
  datum date,
  CONSTRAINT auftrag_kunde_fk FOREIGN KEY (mandant, kunden_nr) REFERENCES sales.kunde (mandant, nr)
);
CREATE INDEX auftrag_datum_idx ON sales.auftrag (datum, kunden_nr);
CREATE TABLE sales.protokoll (zeit timestamptz, eintrag text);
CREATE VIEW sales.offene_auftraege AS SELECT id, kunden_nr, betrag FROM sales.auftrag WHERE status = 'neu';
CREATE TABLE archiv.alt (id integer PRIMARY KEY);
INSERT INTO sales.kunde (mandant, nr, name, email, plz, tags, foto)
  VALUES (1, 1, 'Müller', 'm@example.de', '10115', ARRAY['a', 'b'], '\\x0102'), (1, 2, 'Schmidt', NULL, NULL, NULL, NULL);
INSERT INTO sales.auftrag (mandant, kunden_nr, status, betrag, datum)
  SELECT 1, 1 + g % 2, CASE WHEN g % 3 = 0 THEN 'bezahlt' ELSE 'neu' END::sales.status, g * 1.5, DATE '2020-01-01' + g
  FROM generate_series(1, 2000) g;
ANALYZE sales.kunde;
ANALYZE sales.auftrag;
`

async function resetDatabase(admin: Knex, name: string, options = ''): Promise<void> {
  await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.raw(`CREATE DATABASE ${name} ${options}`)
}

function tableOf(catalog: Catalog, schema: string, name: string): CatalogTable {
  const table = catalog.tables.find((t) => t.schema === schema && t.name === name)
  if (!table) throw new Error(`${schema}.${name} missing from the catalog: ${catalog.tables.map((t) => `${t.schema}.${t.name}`).join(', ')}`)
  return table
}

describe.skipIf(!available)(suiteTitle('PostgreSQL dialect against a real server', 'postgres', available), () => {
  let admin: Knex
  let db: Knex
  let run: RunSql
  let catalog: Catalog

  beforeAll(async () => {
    admin = adminKnex('postgres')
    await resetDatabase(admin, DATABASE)
    await admin.raw(`DROP ROLE IF EXISTS ${READER}`)
    db = adminKnex('postgres', DATABASE)
    await db.raw(SCHEMA_SQL)
    run = knexRunSql(db)
    catalog = await pg.readCatalog(run, {include: [], exclude: []})
  })

  afterAll(async () => {
    await db?.destroy()
    if (admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
      await admin.raw(`DROP DATABASE IF EXISTS ${LATIN1_DATABASE} WITH (FORCE)`)
      await admin.raw(`DROP ROLE IF EXISTS ${READER}`)
      await admin.destroy()
    }
  })

  it('reads the server facts', () => {
    expect(catalog.server.engine).toBe('PostgreSQL')
    expect(catalog.server.version).toMatch(/^\d+\.\d+$/)
    expect(catalog.server.database).toBe(DATABASE)
    expect(catalog.server.encoding).toBe('UTF8')
    expect(catalog.server.collation).toEqual(expect.any(String))
    expect(catalog.server.sizeBytes).toBeGreaterThan(1_000_000)
    expect(catalog.server.readOnlySession).toBe(false)
    expect(catalog.server.user).toBe(new URL(PG_ADMIN_URL).username)
  })

  it('lists the application schemas only, tables sorted by schema then name', () => {
    expect(catalog.schemas).toEqual(['archiv', 'public', 'sales'])
    expect(catalog.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([
      'archiv.alt',
      'sales.auftrag',
      'sales.kunde',
      'sales.offene_auftraege',
      'sales.protokoll',
    ])
  })

  it('reads columns with declared types, type classes, nullability, defaults, comments and collations', () => {
    const kunde = tableOf(catalog, 'sales', 'kunde')
    expect(kunde.kind).toBe('table')
    expect(kunde.comment).toBe('Kundenstamm')
    expect(kunde.columns.map((c) => [c.name, c.position, c.declaredType, c.typeClass, c.nullable, c.largeObject])).toEqual([
      ['mandant', 0, 'integer', 'integer', false, false],
      ['nr', 1, 'integer', 'integer', false, false],
      ['name', 2, 'character varying(40)', 'text', false, false],
      ['email', 3, 'text', 'text', true, false],
      ['plz', 4, 'sales.plz', 'text', true, false],
      ['tags', 5, 'text[]', 'other', true, true],
      ['foto', 6, 'bytea', 'binary', true, true],
      ['erstellt', 7, 'timestamp(0) without time zone', 'datetime', true, false],
    ])
    const name = kunde.columns[2]
    expect(name.comment).toBe('Name des Kunden')
    expect(name.collation).toBe('C')
    expect(kunde.columns[3].collation).toBeUndefined()
    expect(kunde.columns[7].defaultValue).toBe('now()')
    expect(kunde.columns[0].defaultValue).toBeUndefined()

    const auftrag = tableOf(catalog, 'sales', 'auftrag')
    const status = auftrag.columns.find((c) => c.name === 'status')!
    expect(status).toMatchObject({declaredType: 'sales.status', typeClass: 'text', nullable: false, defaultValue: "'neu'::sales.status"})
    expect(auftrag.columns.find((c) => c.name === 'id')!.defaultValue).toBe("nextval('sales.auftrag_id_seq'::regclass)")
    expect(auftrag.columns.find((c) => c.name === 'betrag')).toMatchObject({declaredType: 'numeric(10,2)', typeClass: 'decimal'})
    expect(auftrag.columns.find((c) => c.name === 'datum')).toMatchObject({declaredType: 'date', typeClass: 'date'})
  })

  it('reads primary keys, unique constraints, multi-column foreign keys and indexes', () => {
    const kunde = tableOf(catalog, 'sales', 'kunde')
    expect(kunde.primaryKey).toEqual(['mandant', 'nr'])
    expect(kunde.uniqueConstraints).toEqual([['email']])
    expect(kunde.indexes).toEqual([
      {name: 'kunde_email_key', columns: ['email'], unique: true, primary: false},
      {name: 'kunde_pkey', columns: ['mandant', 'nr'], unique: true, primary: true},
    ])
    const auftrag = tableOf(catalog, 'sales', 'auftrag')
    expect(auftrag.primaryKey).toEqual(['id'])
    expect(auftrag.foreignKeys).toEqual([
      {name: 'auftrag_kunde_fk', columns: ['mandant', 'kunden_nr'], references: {schema: 'sales', table: 'kunde', columns: ['mandant', 'nr']}},
    ])
    expect(auftrag.indexes).toContainEqual({name: 'auftrag_datum_idx', columns: ['datum', 'kunden_nr'], unique: false, primary: false})
    const protokoll = tableOf(catalog, 'sales', 'protokoll')
    expect(protokoll.primaryKey).toBeNull()
    expect(protokoll.indexes).toEqual([])
    expect(protokoll.foreignKeys).toEqual([])
  })

  it('reads row estimates and sizes; views have neither', () => {
    const auftrag = tableOf(catalog, 'sales', 'auftrag')
    expect(auftrag.rowEstimate).toBe(2000)
    expect(auftrag.sizeBytes).toBeGreaterThan(8192)
    // never analyzed: reltuples is -1
    expect(tableOf(catalog, 'sales', 'protokoll').rowEstimate).toBeNull()
    const view = tableOf(catalog, 'sales', 'offene_auftraege')
    expect(view).toMatchObject({kind: 'view', rowEstimate: null, sizeBytes: null, primaryKey: null})
    expect(view.columns.map((c) => [c.name, c.typeClass])).toEqual([
      ['id', 'integer'],
      ['kunden_nr', 'integer'],
      ['betrag', 'decimal'],
    ])
  })

  it('applies schema include/exclude patterns case-insensitively, exclude winning', async () => {
    const onlySales = await pg.readCatalog(run, {include: ['SALES'], exclude: []})
    expect(onlySales.schemas).toEqual(['sales'])
    expect(new Set(onlySales.tables.map((t) => t.schema))).toEqual(new Set(['sales']))
    const notArchive = await pg.readCatalog(run, {include: ['*'], exclude: ['arch?v']})
    expect(notArchive.schemas).toEqual(['public', 'sales'])
    expect(notArchive.tables.some((t) => t.schema === 'archiv')).toBe(false)
    const excludedWins = await pg.readCatalog(run, {include: ['sa*'], exclude: ['sales']})
    expect(excludedWins.tables).toEqual([])
    // the filter is in the SQL itself (for --dry-run and for databases with thousands of schemas)
    expect(pg.catalogStatements({include: ['sa*'], exclude: []})[2].sql).toContain("n.nspname ILIKE 'sa%' ESCAPE '!'")
  })

  it('samples with TABLESAMPLE when the table is large enough, else reads the first rows', async () => {
    const auftrag = tableOf(catalog, 'sales', 'auftrag')
    const sampled = pg.sampleStatement(auftrag, auftrag.columns, 100)
    expect(sampled).toContain('TABLESAMPLE SYSTEM (15)')
    const sampleRows = await run({label: 'sample', sql: sampled})
    expect(sampleRows.length).toBeLessThanOrEqual(100)
    const all = await run({label: 'sample', sql: pg.sampleStatement(auftrag, auftrag.columns, 10_000)})
    expect(all).toHaveLength(2000)
    expect(Object.keys(all[0])).toEqual(['id', 'mandant', 'kunden_nr', 'status', 'betrag', 'datum'])

    const kunde = tableOf(catalog, 'sales', 'kunde')
    const kundeRows = await run({label: 'sample', sql: pg.sampleStatement(kunde, kunde.columns, 10)})
    const mueller = kundeRows.find((r) => r.nr === 1)!
    expect(mueller.foto).toBe(2) // bytes, not the bytes themselves
    expect(mueller.tags).toBe('{a,b}')
    const view = tableOf(catalog, 'sales', 'offene_auftraege')
    expect(pg.sampleStatement(view, view.columns, 10)).not.toContain('TABLESAMPLE')
    expect(await run({label: 'sample', sql: pg.sampleStatement(view, view.columns, 10)})).toHaveLength(10)
  })

  it('evaluates the expression fragments as the file path would', async () => {
    const messy = ' \t x \u00a0\u3000\ufeff'
    const [row] = await run({
      label: 'fragments',
      sql: `SELECT ${pg.trimmed(pgLiteral(messy))} AS trimmed,
        ${pg.trimmed(pgLiteral('\u00a0a b\u00a0'))} AS inner_kept,
        ${pg.charLength(pgLiteral('Müller'))} AS len,
        ${pg.charLength(pgLiteral('ab  '))} AS len_trailing,
        ${pg.binaryText("'a'")} > ${pg.binaryText("'B'")} AS a_after_b,
        ${pg.binaryText("'a'")} = ${pg.binaryText("'A'")} AS case_equal,
        ${pg.monthKey("DATE '2024-01-31'")} AS month_date,
        ${pg.monthKey("TIMESTAMP '1999-12-31 23:59:59'")} AS month_ts,
        ${pg.temporalAsText("DATE '2024-01-31'")} AS date_text,
        ${pg.temporalAsText("TIMESTAMP '2024-01-31 12:00:00'")} AS ts_text,
        ${pg.charLength("'neu'::sales.status")} AS enum_len,
        ${pg.trimmed("' neu'::text::varchar")} AS varchar_trimmed`,
    })
    expect(row).toEqual({
      trimmed: 'x',
      inner_kept: 'a b',
      len: 6,
      len_trailing: 4,
      a_after_b: true,
      case_equal: false,
      month_date: 202401,
      month_ts: 199912,
      date_text: '2024-01-31',
      ts_text: '2024-01-31 12:00:00',
      enum_len: 3,
      varchar_trimmed: 'neu',
    })
    const [limited] = await run({label: 'limit', sql: pg.limitSelect({columns: 'count(*) AS n', from: '(SELECT 1) t', where: '1 = 1'}, 1)})
    expect(Number(limited.n)).toBe(1)
  })

  it('trims NBSP in a LATIN1 database without touching the UTF-8-only characters', async () => {
    await resetDatabase(admin, LATIN1_DATABASE, "ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    const latin1 = adminKnex('postgres', LATIN1_DATABASE)
    try {
      const [row] = await knexRunSql(latin1)({label: 'fragments', sql: `SELECT ${pg.trimmed(pgLiteral('\u00a0 x\t\u00a0'))} AS trimmed, ${pg.charLength(pgLiteral('Müller'))} AS len`})
      expect(row).toEqual({trimmed: 'x', len: 6})
    } finally {
      await latin1.destroy()
    }
  })

  it('finds that the admin can write, and that an account made with the GRANT lines cannot', async () => {
    const adminPrivileges = pg.parseWritePrivileges(await Promise.all(pg.privilegeStatements().map((s) => run(s))))
    expect(adminPrivileges.canWrite).toBe(true)
    expect(adminPrivileges.evidence).toContain('superuser')

    for (const statement of pg.grantStatements(DATABASE, ['sales', 'public'], READER)) await db.raw(statement)
    const url = new URL(PG_ADMIN_URL)
    url.pathname = `/${DATABASE}`
    url.username = READER
    const reader = knexFactory({client: 'pg', connection: url.toString(), pool: {min: 1, max: 1}})
    try {
      const readerRun = knexRunSql(reader)
      const privileges = pg.parseWritePrivileges(await Promise.all(pg.privilegeStatements().map((s) => readerRun(s))))
      expect(privileges).toEqual({canWrite: false, evidence: []})
      // ALTER ROLE … SET default_transaction_read_only makes every session of the account read-only
      const [check] = await readerRun(pg.readOnlyCheck()!)
      expect(check.read_only).toBe('on')
      const readerCatalog = await pg.readCatalog(readerRun, {include: ['sales'], exclude: []})
      expect(readerCatalog.server.readOnlySession).toBe(true)
      expect(readerCatalog.server.user).toBe(READER)
      expect(readerCatalog.tables).toHaveLength(4)
      // no USAGE on archiv was granted: the account sees public and sales only
      expect((await pg.readCatalog(readerRun, {include: [], exclude: []})).schemas).toEqual(['public', 'sales'])
      expect(await readerRun({label: 'read', sql: 'SELECT count(*)::int AS n FROM sales.auftrag'})).toEqual([{n: 2000}])
      await expect(readerRun({label: 'write', sql: "INSERT INTO sales.protokoll VALUES (now(), 'x')"})).rejects.toThrow(/read-only transaction/)
    } finally {
      await reader.destroy()
      await db.raw(`DROP OWNED BY ${READER}`)
    }
  })

  it('makes a session read-only and time-limited with the session statements', async () => {
    const single = adminKnex('postgres', DATABASE)
    try {
      const connection = await single.client.acquireConnection()
      const query = (sql: string) => (connection as {query(sql: string): Promise<{rows: Record<string, unknown>[]}>}).query(sql)
      for (const statement of pg.sessionSetup(1500)) await query(statement.sql)
      expect((await query(pg.readOnlyCheck()!.sql)).rows[0].read_only).toBe('on')
      expect((await query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('1500ms')
      await expect(query("INSERT INTO sales.protokoll VALUES (now(), 'x')")).rejects.toThrow(/read-only transaction/)
      await expect(query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/)
      await single.client.releaseConnection(connection)
    } finally {
      await single.destroy()
    }
  })
})
