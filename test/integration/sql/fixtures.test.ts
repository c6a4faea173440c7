import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

import knexFactory, {type Knex} from 'knex'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {KMU_ERP_TABLES, TRUTH, kmuErpRows, type KmuErpTableName} from '../../../demo/kmu-erp-data.mjs'
import {createKmuErp, createReadOnlyAccount, dropDatabase} from '../../fixtures/kmu-erp.js'
import {adminKnex, databaseUrl, serverAvailable, suiteTitle, type LocalServer} from '../../helpers/databases.js'
import {normaliseRawResult} from '../../helpers/knex-run-sql.js'
import {datasetsAvailable, loadDataset} from '../../helpers/load-datasets.js'
import {ROOT} from '../../helpers/run-cli.js'

/**
 * The test databases themselves: the KMU ERP definition must hold what TRUTH says on every engine it is
 * loaded into (counted here with plain SQL, independent of the scanner), the read-only account must read
 * and not write, and the public sample dumps must load with the table and row counts their README gives.
 */
type Dialect = 'postgres' | 'mysql' | 'sqlite'
type Row = Record<string, unknown>

const SERVERS: LocalServer[] = ['postgres', 'mariadb']
const dialectOf = (server: LocalServer): Dialect => (server === 'postgres' ? 'postgres' : 'mysql')
const CLIENT: Record<Dialect, string> = {postgres: 'pg', mysql: 'mysql2', sqlite: 'better-sqlite3'}

async function query(db: Knex, dialect: Dialect, sql: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  return normaliseRawResult(CLIENT[dialect], await db.raw(sql, bindings as Knex.RawBinding[]))
}

const num = (value: unknown): number => Number(value)
const columnType = (table: string, column: string): string =>
  KMU_ERP_TABLES.find((t) => t.name === table)!.columns.find((c) => c.name === column)!.type
const isText = (type: string): boolean => type === 'text' || type.startsWith('varchar')

/** the schema tables live in: PostgreSQL's public, MySQL's current database, SQLite has none */
const schemaOf = (dialect: Dialect): string => (dialect === 'postgres' ? "'public'" : 'DATABASE()')
const month = (dialect: Dialect, column: string): string =>
  ({postgres: `to_char(${column}, 'YYYY-MM')`, mysql: `DATE_FORMAT(${column}, '%Y-%m')`, sqlite: `strftime('%Y-%m', ${column})`})[dialect]
const day = (dialect: Dialect, expression: string): string =>
  ({postgres: `to_char(${expression}, 'YYYY-MM-DD')`, mysql: `DATE_FORMAT(${expression}, '%Y-%m-%d')`, sqlite: expression})[dialect]

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [year, monthNumber] = first.split('-').map(Number)
  for (let key = first; key <= last; key = `${year}-${String(monthNumber).padStart(2, '0')}`) {
    months.push(key)
    if (++monthNumber > 12) [year, monthNumber] = [year + 1, 1]
  }
  return months
}

/** The TRUTH checks, the same plain SQL on every engine (dialect differences only in date functions and the catalog). */
function truthChecks(dialect: Dialect, connect: () => Knex): void {
  let db: Knex
  beforeAll(() => {
    db = connect()
  })
  afterAll(async () => {
    await db?.destroy()
  })
  const q = (sql: string, bindings?: readonly unknown[]): Promise<Row[]> => query(db, dialect, sql, bindings)

  it('has the row count of every table', async () => {
    const [counts] = await q(`SELECT ${KMU_ERP_TABLES.map((t) => `(SELECT COUNT(*) FROM ${t.name}) AS ${t.name}`).join(', ')}`)
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, num(v)]))).toEqual(TRUTH.rowCounts)
  })

  it('lacks primary keys exactly in auftrag_position and protokoll, and declares one foreign key (rechnung)', async () => {
    const withoutPk =
      dialect === 'sqlite'
        ? await q(`SELECT name AS t FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                     AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE pk > 0) ORDER BY 1`)
        : await q(`SELECT table_name AS t FROM information_schema.tables t WHERE table_schema = ${schemaOf(dialect)} AND table_type = 'BASE TABLE'
                     AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema
                       AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY') ORDER BY 1`)
    expect(withoutPk.map((r) => r.t)).toEqual([...TRUTH.tablesWithoutPrimaryKey].sort())
    const withFk =
      dialect === 'sqlite'
        ? await q(`SELECT m.name AS t, f."table" AS r FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`)
        : await q(`SELECT table_name AS t FROM information_schema.table_constraints WHERE table_schema = ${schemaOf(dialect)} AND constraint_type = 'FOREIGN KEY'`)
    expect(withFk.map((r) => r.t)).toEqual(TRUTH.declaredForeignKeys.map((fk) => fk.table))
  })

  it('has the orphan rows of every foreign key, declared or not', async () => {
    for (const fk of [...TRUTH.declaredForeignKeys, ...TRUTH.undeclaredForeignKeys]) {
      const [r] = await q(`SELECT
          SUM(CASE WHEN c.${fk.column} IS NOT NULL AND p.${fk.references.column} IS NULL THEN 1 ELSE 0 END) AS orphan_rows,
          COUNT(DISTINCT CASE WHEN p.${fk.references.column} IS NULL THEN c.${fk.column} END) AS orphan_values,
          SUM(CASE WHEN c.${fk.column} IS NULL THEN 1 ELSE 0 END) AS null_rows
        FROM ${fk.table} c LEFT JOIN ${fk.references.table} p ON p.${fk.references.column} = c.${fk.column}`)
      expect({fk: `${fk.table}.${fk.column}`, orphanRows: num(r.orphan_rows), orphanValues: num(r.orphan_values), nullRows: num(r.null_rows)})
        .toEqual({fk: `${fk.table}.${fk.column}`, orphanRows: fk.orphanRows, orphanValues: fk.orphanValues ?? 0, nullRows: fk.nullRows ?? 0})
    }
  })

  it('has the exact duplicate rows of every table', async () => {
    for (const table of KMU_ERP_TABLES) {
      const columns = table.columns.map((c) => c.name).join(', ')
      const [r] = await q(`SELECT COALESCE(SUM(n - 1), 0) AS surplus, COUNT(*) AS grp FROM
          (SELECT COUNT(*) AS n FROM ${table.name} GROUP BY ${columns} HAVING COUNT(*) > 1) d`)
      expect({table: table.name, surplusRows: num(r.surplus), groups: num(r.grp)})
        .toEqual({table: table.name, ...TRUTH.duplicateRows[table.name]})
    }
  })

  it('has the NULL, empty and placeholder counts, the empty and the constant columns', async () => {
    for (const [key, expected] of Object.entries(TRUTH.missing)) {
      const [table, column] = key.split('.')
      const text = isText(columnType(table, column))
      const placeholders = Object.keys(expected.placeholders)
      const [r] = await q(`SELECT SUM(CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END) AS nulls,
          ${text ? `SUM(CASE WHEN ${column} = '' THEN 1 ELSE 0 END)` : '0'} AS empties
          ${placeholders.map((_, i) => `, SUM(CASE WHEN ${column} = ? THEN 1 ELSE 0 END) AS p${i}`).join('')}
        FROM ${table}`, placeholders)
      const counted = Object.fromEntries(placeholders.map((p, i) => [p, num(r[`p${i}`])]))
      expect({key, null: num(r.nulls), empty: num(r.empties), placeholder: Object.values(counted).reduce((a, b) => a + b, 0), placeholders: counted})
        .toEqual({key, ...expected})
    }
    for (const key of TRUTH.emptyColumns) {
      const [table, column] = key.split('.')
      const [r] = await q(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} IS NOT NULL AND ${column} <> ''`)
      expect({key, filled: num(r.n)}).toEqual({key, filled: 0})
    }
    for (const [key, value] of Object.entries(TRUTH.constantColumns)) {
      const [table, column] = key.split('.')
      const [r] = await q(`SELECT COUNT(DISTINCT ${column}) AS d, MIN(${column}) AS v, SUM(CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END) AS nulls FROM ${table}`)
      expect({key, distinct: num(r.d), value: typeof value === 'number' ? num(r.v) : r.v, nulls: num(r.nulls)}).toEqual({key, distinct: 1, value, nulls: 0})
    }
  })

  it('has the distinct counts and the minima and maxima', async () => {
    for (const [key, expected] of Object.entries(TRUTH.distinct)) {
      const [table, column] = key.split('.')
      const [r] = await q(`SELECT COUNT(DISTINCT ${column}) AS d FROM ${table}`)
      expect({key, distinct: num(r.d)}).toEqual({key, distinct: expected})
    }
    for (const [key, [min, max]] of Object.entries(TRUTH.minMax)) {
      const [table, column] = key.split('.')
      const isDate = columnType(table, column) === 'date'
      const [r] = await q(isDate
        ? `SELECT ${day(dialect, `MIN(${column})`)} AS lo, ${day(dialect, `MAX(${column})`)} AS hi FROM ${table}`
        : `SELECT MIN(${column}) AS lo, MAX(${column}) AS hi FROM ${table}`)
      expect({key, range: isDate ? [r.lo, r.hi] : [num(r.lo), num(r.hi)]}).toEqual({key, range: [min, max]})
    }
  })

  it('has orders in every month from 2019-01 to 2024-06 except the five gap months', async () => {
    for (const [key, expected] of Object.entries(TRUTH.history)) {
      const [table, column] = key.split('.')
      const rows = await q(`SELECT DISTINCT ${month(dialect, column)} AS m FROM ${table} WHERE ${column} IS NOT NULL ORDER BY 1`)
      const seen = rows.map((r) => String(r.m))
      const spanned = monthsBetween(seen[0], seen.at(-1)!)
      expect({firstMonth: seen[0], lastMonth: seen.at(-1), monthsSpanned: spanned.length, monthsWithRows: seen.length,
        gapMonths: spanned.filter((m) => !seen.includes(m))}).toEqual(expected)
    }
  })

  it('keeps dates and numbers as text in two formats, mojibake and the duplicate customer spellings', async () => {
    const [dates] = await q(`SELECT SUM(CASE WHEN kunde_seit LIKE '__.__.____' THEN 1 ELSE 0 END) AS de,
        SUM(CASE WHEN kunde_seit LIKE '____-__-__' THEN 1 ELSE 0 END) AS iso, SUM(CASE WHEN kunde_seit IS NULL THEN 1 ELSE 0 END) AS nulls FROM kunde`)
    expect({'dd.mm.yyyy': num(dates.de), 'yyyy-mm-dd': num(dates.iso), null: num(dates.nulls)}).toEqual(TRUTH.textDates['kunde.kunde_seit'])
    const [numbers] = await q(`SELECT SUM(CASE WHEN preis LIKE '%,__' THEN 1 ELSE 0 END) AS decimal_comma,
        SUM(CASE WHEN preis LIKE '%.___,__' THEN 1 ELSE 0 END) AS thousands FROM artikel`)
    expect({rows: num(numbers.decimal_comma), withThousandsSeparator: num(numbers.thousands)}).toEqual(TRUTH.textNumbers['artikel.preis'])
    // a byte-exact comparison: the MySQL column is latin1 with a case- and accent-insensitive collation
    const ort = dialect === 'mysql' ? 'CONVERT(ort USING utf8mb4) COLLATE utf8mb4_bin' : 'ort'
    const [broken] = await q(`SELECT COUNT(*) AS n FROM kunde WHERE ${ort} LIKE '%Ã%'`)
    expect(num(broken.n)).toBe(TRUTH.mojibake['kunde.ort'])
    const stored = await q('SELECT ort FROM kunde ORDER BY nr')
    expect(stored.map((r) => r.ort)).toEqual(kmuErpRows('kunde').map((r) => r.ort))
    const spellings = TRUTH.likelyDuplicateCustomers.spellings.flat()
    const [found] = await q(`SELECT COUNT(*) AS n FROM kunde WHERE name IN (${spellings.map(() => '?').join(', ')})`, spellings)
    expect(num(found.n)).toBe(TRUTH.likelyDuplicateCustomers.rows)
  })

  if (dialect === 'mysql') {
    it('has a MyISAM table, a latin1 column and a utf8mb4 database', async () => {
      const engines = await q(`SELECT table_name AS t, engine AS e FROM information_schema.tables WHERE table_schema = DATABASE() AND engine = 'MyISAM'`)
      expect(engines.map((r) => r.t)).toEqual(TRUTH.mysql.myisamTables)
      const latin1 = await q(`SELECT CONCAT(table_name, '.', column_name) AS c FROM information_schema.columns
          WHERE table_schema = DATABASE() AND character_set_name = 'latin1'`)
      expect(latin1.map((r) => r.c)).toEqual(TRUTH.mysql.latin1Columns)
      const [schema] = await q('SELECT default_character_set_name AS cs FROM information_schema.schemata WHERE schema_name = DATABASE()')
      expect(schema.cs).toBe(TRUTH.mysql.databaseCharset)
    })
  }
}

const openSqlite = (file: string): Knex =>
  knexFactory({client: 'better-sqlite3', connection: {filename: file, options: {readonly: true}}, useNullAsDefault: true})

describe('demo/wawi.db (SQLite, written by demo/make-demo-db.mjs)', () => {
  truthChecks('sqlite', () => openSqlite(resolve(ROOT, 'demo/wawi.db')))

  it('holds the rows the generator writes today (re-run make-demo-db.mjs after changing kmu-erp-data.mjs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-fx-wawi-'))
    const committed = openSqlite(resolve(ROOT, 'demo/wawi.db'))
    let fresh: Knex | undefined
    try {
      execFileSync(process.execPath, [resolve(ROOT, 'demo/make-demo-db.mjs'), join(dir, 'wawi.db')])
      fresh = openSqlite(join(dir, 'wawi.db'))
      for (const table of KMU_ERP_TABLES) {
        const select = `SELECT * FROM ${table.name} ORDER BY ${table.columns.map((c) => c.name).join(', ')}`
        expect(await query(committed, 'sqlite', select), table.name).toEqual(await query(fresh, 'sqlite', select))
      }
      const ddl = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
      expect(await query(committed, 'sqlite', ddl)).toEqual(await query(fresh, 'sqlite', ddl))
    } finally {
      await committed.destroy()
      await fresh?.destroy()
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

for (const server of SERVERS) {
  const available = await serverAvailable(server)
  const database = 'dr_fx_kmu'

  describe.skipIf(!available)(suiteTitle(`KMU ERP fixture on ${server}`, server, available), () => {
    beforeAll(() => createKmuErp(server, database))
    afterAll(() => dropDatabase(server, database))

    truthChecks(dialectOf(server), () => adminKnex(server, database))

    describe('the SELECT-only account', () => {
      let reader: Knex
      beforeAll(async () => {
        const first = await createReadOnlyAccount(server, database)
        const again = await createReadOnlyAccount(server, database) // idempotent
        expect(again).toEqual(first)
        reader = knexFactory({
          client: server === 'postgres' ? 'pg' : 'mysql2',
          connection: databaseUrl(server, database, first.user, first.password),
          pool: {min: 0, max: 1},
        })
      })
      afterAll(async () => {
        await reader?.destroy()
      })

      it('reads every table', async () => {
        for (const table of KMU_ERP_TABLES) {
          const rows = await query(reader, dialectOf(server), `SELECT COUNT(*) AS n FROM ${table.name}`)
          expect(num(rows[0].n)).toBe(TRUTH.rowCounts[table.name as KmuErpTableName])
        }
      })

      it('cannot insert, update or create a table', async () => {
        const denied = /permission denied|command denied|access denied/i
        await expect(reader.raw("INSERT INTO kunde (nr, name, gesperrt, mandant, erstellt_am) VALUES (1, 'x', false, 1, '2024-01-01 00:00:00')"))
          .rejects.toThrow(denied)
        await expect(reader.raw("INSERT INTO protokoll (zeitpunkt) VALUES ('2024-01-01 00:00:00')")).rejects.toThrow(denied)
        await expect(reader.raw('UPDATE artikel SET bestand = 0')).rejects.toThrow(denied)
        await expect(reader.raw('CREATE TABLE dr_fx_probe (i int)')).rejects.toThrow(denied)
      })
    })
  })
}

/** Table → rows per dataset and server, from ../shared/datasets/README.md ("Load tests"). */
const EXPECTED: Record<'sakila' | 'northwind', Record<LocalServer, {tables: Record<string, number>; views: number}>> = {
  sakila: {
    postgres: {
      views: 7,
      tables: {actor: 200, address: 603, category: 16, city: 600, country: 109, customer: 599, film: 1000, film_actor: 5462,
        film_category: 1000, inventory: 4581, language: 6, payment: 16049, payment_p2007_01: 0, payment_p2007_02: 0,
        payment_p2007_03: 0, payment_p2007_04: 0, payment_p2007_05: 0, payment_p2007_06: 0, rental: 16044, staff: 2, store: 2},
    },
    mariadb: {
      views: 7,
      tables: {actor: 200, address: 603, category: 16, city: 600, country: 109, customer: 599, film: 1000, film_actor: 5462,
        film_category: 1000, film_text: 1000, inventory: 4581, language: 6, payment: 16049, rental: 16044, staff: 2, store: 2},
    },
  },
  northwind: {
    postgres: {
      views: 0,
      tables: {categories: 8, customer_customer_demo: 0, customer_demographics: 0, customers: 91, employee_territories: 49,
        employees: 9, order_details: 2155, orders: 830, products: 77, region: 4, shippers: 6, suppliers: 29, territories: 53, us_states: 51},
    },
    mariadb: {
      views: 0,
      tables: {customers: 29, employees: 9, employee_privileges: 1, inventory_transactions: 102, inventory_transaction_types: 4,
        invoices: 35, orders: 48, orders_status: 4, orders_tax_status: 2, order_details: 58, order_details_status: 6, privileges: 1,
        products: 45, purchase_orders: 28, purchase_order_details: 55, purchase_order_status: 4, sales_reports: 5, shippers: 3,
        strings: 62, suppliers: 10},
    },
  },
}

const haveDatasets = datasetsAvailable()

for (const server of SERVERS) {
  const available = await serverAvailable(server)
  describe.skipIf(!available || (!haveDatasets && process.env.CI !== 'true'))(
    suiteTitle(haveDatasets ? `Sakila and Northwind on ${server}` : `Sakila and Northwind on ${server} (skipped: no datasets folder)`, server, available),
    () => {
      const databases = {sakila: 'dr_fx_sakila', northwind: 'dr_fx_northwind'} as const
      beforeAll(async () => {
        if (!haveDatasets) throw new Error('CI=true but the shared datasets folder is missing')
        await Promise.all(Object.entries(databases).map(([name, db]) => loadDataset(name as 'sakila' | 'northwind', server, db)))
      })
      afterAll(async () => {
        await Promise.all(Object.values(databases).map((db) => dropDatabase(server, db)))
      })

      for (const name of ['sakila', 'northwind'] as const) {
        it(`loads ${name} with the README's tables, views and row counts`, async () => {
          const dialect = dialectOf(server)
          const db = adminKnex(server, databases[name])
          try {
            const objects = await query(db, dialect, `SELECT table_name AS t, table_type AS k FROM information_schema.tables
                WHERE table_schema = ${schemaOf(dialect)} ORDER BY 1`)
            const tables = objects.filter((o) => o.k === 'BASE TABLE').map((o) => String(o.t))
            const counts: Record<string, number> = {}
            for (const table of tables) {
              // ONLY: PostgreSQL would count the inheritance partitions of payment into payment again
              const [r] = await query(db, dialect, `SELECT COUNT(*) AS n FROM ${dialect === 'postgres' ? 'ONLY ' : ''}${table}`)
              counts[table] = num(r.n)
            }
            expect(counts).toEqual(EXPECTED[name][server].tables)
            expect(objects.filter((o) => o.k === 'VIEW').length).toBe(EXPECTED[name][server].views)
          } finally {
            await db.destroy()
          }
        })
      }
    },
  )
}
