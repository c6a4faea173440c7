import type {Knex} from 'knex'
import knexFactory from 'knex'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import type {Catalog, CatalogTable} from '../../../src/connectors/sql/catalog.js'
import type {RunSql, SqlRow} from '../../../src/connectors/sql/dialect.js'
import {mssqlDialect as ms} from '../../../src/connectors/sql/mssql.js'
import {MSSQL_URL, suiteTitle} from '../../helpers/databases.js'
import {knexRunSql} from '../../helpers/knex-run-sql.js'

/**
 * The SQL Server dialect against a real server: runs only when DATENREIFE_TEST_MSSQL_URL is set
 * (mssql://user:pass@host:port/db?encrypt=false&trustServerCertificate=true); no SQL Server can run on
 * the development machine, so there the suite is skipped and says why (also under CI=true). The account
 * must be allowed to create a schema, tables and a user without login in that database. The same
 * Northwind-like shapes as the unit test's fake rows (test/unit/connectors/sql/mssql.test.ts), in a
 * schema of its own that is dropped afterwards.
 */
const SCHEMA = 'dr_mssql_catalog'
const READER = 'dr_mssql_catalog_reader'
const available = MSSQL_URL !== undefined && MSSQL_URL !== ''

/** knex/tedious settings from the test URL (knex passes `userName` on as the tedious user) */
function mssqlConnection(url: string): Knex.MsSqlConnectionConfig {
  const parsed = new URL(url)
  const flag = (name: string, fallback: boolean): boolean => {
    const value = parsed.searchParams.get(name)
    return value === null ? fallback : /^(1|true|yes)$/i.test(value)
  }
  return {
    server: parsed.hostname,
    port: parsed.port === '' ? 1433 : Number(parsed.port),
    userName: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'master',
    options: {encrypt: flag('encrypt', true), trustServerCertificate: flag('trustServerCertificate', false)},
  }
}

const S = `[${SCHEMA}]`
const DROP_SQL = [
  `IF OBJECT_ID(N'${SCHEMA}.[Alphabetical list of products]', N'V') IS NOT NULL DROP VIEW ${S}.[Alphabetical list of products]`,
  ...['Order Details', 'Orders', 'Products', 'Employees', 'Customers', 'Region', 'Log'].map(
    (t) => `IF OBJECT_ID(N'${SCHEMA}.[${t}]', N'U') IS NOT NULL DROP TABLE ${S}.[${t}]`,
  ),
  `IF SCHEMA_ID(N'${SCHEMA}') IS NOT NULL DROP SCHEMA ${S}`,
  `IF DATABASE_PRINCIPAL_ID(N'${READER}') IS NOT NULL DROP USER [${READER}]`,
]

const CREATE_SQL = [
  `CREATE SCHEMA ${S}`,
  `CREATE TABLE ${S}.Region (RegionID int NOT NULL, Territory nvarchar(20) NOT NULL, CONSTRAINT PK_Region PRIMARY KEY (RegionID, Territory))`,
  `CREATE TABLE ${S}.Customers (
     CustomerID nchar(5) NOT NULL CONSTRAINT PK_Customers PRIMARY KEY,
     CompanyName nvarchar(40) NOT NULL,
     Phone nvarchar(24) NULL,
     CONSTRAINT UQ_Customers_Name_Phone UNIQUE (CompanyName, Phone))`,
  `CREATE TABLE ${S}.Employees (
     EmployeeID int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Employees PRIMARY KEY,
     LastName nvarchar(20) NOT NULL, BirthDate datetime NULL, Photo image NULL, Notes ntext NULL,
     Bio nvarchar(max) NULL, RowVer timestamp NOT NULL)`,
  `EXEC sp_addextendedproperty N'MS_Description', N'Freitext der Personalabteilung', N'SCHEMA', N'${SCHEMA}', N'TABLE', N'Employees', N'COLUMN', N'Notes'`,
  `CREATE TABLE ${S}.Products (
     ProductID int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Products PRIMARY KEY,
     ProductName nvarchar(40) NOT NULL,
     Discontinued bit NOT NULL CONSTRAINT DF_Products_Discontinued DEFAULT (0))`,
  `CREATE UNIQUE INDEX UX_Products_Active_Name ON ${S}.Products (ProductName) WHERE Discontinued = 0`,
  `CREATE TABLE ${S}.Orders (
     OrderID int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Orders PRIMARY KEY,
     CustomerID nchar(5) NULL CONSTRAINT FK_Orders_Customers REFERENCES ${S}.Customers (CustomerID),
     OrderDate datetime NULL,
     Freight money NULL CONSTRAINT DF_Orders_Freight DEFAULT (0),
     ShipRegionID int NULL, ShipTerritory nvarchar(20) NULL,
     CONSTRAINT FK_Orders_Region FOREIGN KEY (ShipRegionID, ShipTerritory) REFERENCES ${S}.Region (RegionID, Territory))`,
  `CREATE TABLE ${S}.[Order Details] (
     OrderID int NOT NULL CONSTRAINT FK_Order_Details_Orders REFERENCES ${S}.Orders (OrderID),
     ProductID int NOT NULL CONSTRAINT FK_Order_Details_Products REFERENCES ${S}.Products (ProductID),
     UnitPrice money NOT NULL CONSTRAINT DF_Order_Details_UnitPrice DEFAULT (0),
     Quantity smallint NOT NULL CONSTRAINT DF_Order_Details_Quantity DEFAULT (1),
     Discount real NOT NULL CONSTRAINT DF_Order_Details_Discount DEFAULT (0),
     CONSTRAINT PK_Order_Details PRIMARY KEY (OrderID, ProductID))`,
  `CREATE INDEX OrdersOrder_Details ON ${S}.[Order Details] (OrderID)`,
  `EXEC sp_addextendedproperty N'MS_Description', N'Positionen je Bestellung', N'SCHEMA', N'${SCHEMA}', N'TABLE', N'Order Details'`,
  `CREATE TABLE ${S}.Log ([At] datetime2(3) NULL, Message varchar(200) NULL)`,
  `CREATE VIEW ${S}.[Alphabetical list of products] AS SELECT ProductID, ProductName FROM ${S}.Products WHERE Discontinued = 0`,
  `INSERT INTO ${S}.Region VALUES (1, N'Nord'), (2, N'Süd')`,
  `INSERT INTO ${S}.Customers VALUES (N'ALFKI', N'Alfreds Futterkiste', N'030-0074321'), (N'BLAUS', N'Blauer See Delikatessen', NULL)`,
  `INSERT INTO ${S}.Products (ProductName, Discontinued) VALUES (N'Chai', 0), (N'Chang', 0), (N'Chang', 1)`,
  `INSERT INTO ${S}.Orders (CustomerID, OrderDate, ShipRegionID, ShipTerritory) VALUES (N'ALFKI', '2024-01-31T12:00:00', 1, N'Nord'), (N'BLAUS', '2024-02-01', NULL, NULL)`,
  `INSERT INTO ${S}.[Order Details] (OrderID, ProductID, UnitPrice, Quantity) VALUES (1, 1, 18, 2), (1, 2, 19, 1), (2, 1, 18, 5)`,
]

function tableOf(catalog: Catalog, name: string): CatalogTable {
  const table = catalog.tables.find((t) => t.name === name)
  if (!table) throw new Error(`${name} missing from the catalog: ${catalog.tables.map((t) => t.name).join(', ')}`)
  return table
}

describe.skipIf(!available)(suiteTitle('SQL Server dialect against a real server (DATENREIFE_TEST_MSSQL_URL)', 'mssql', available), () => {
  let db: Knex
  let run: RunSql
  let catalog: Catalog
  const filter = {include: [SCHEMA], exclude: []}

  beforeAll(async () => {
    // one connection: EXECUTE AS / session settings below stay on it
    db = knexFactory({client: 'mssql', connection: mssqlConnection(MSSQL_URL!), pool: {min: 1, max: 1}})
    for (const sql of [...DROP_SQL, ...CREATE_SQL]) await db.raw(sql)
    run = knexRunSql(db)
    catalog = await ms.readCatalog(run, filter)
  })

  afterAll(async () => {
    if (!db) return
    for (const sql of DROP_SQL) await db.raw(sql).catch(() => {})
    await db.destroy()
  })

  it('reads the server facts', () => {
    expect(catalog.server).toMatchObject({engine: 'Microsoft SQL Server', database: mssqlConnection(MSSQL_URL!).database, readOnlySession: false})
    expect(catalog.server.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(catalog.server.edition).toBeTruthy()
    expect(catalog.server.collation).toBeTruthy()
    expect(catalog.server.encoding).toMatch(/^(CP\d+|UTF-8|UTF-16)$/)
    expect(catalog.server.sizeBytes).toBeGreaterThan(0)
    expect(catalog.schemas).toEqual([SCHEMA])
  })

  it('lists tables and the view of its schema, sorted', () => {
    expect(catalog.tables.map((t) => `${t.schema}.${t.name}:${t.kind}`)).toEqual(
      ['Alphabetical list of products:view', 'Customers:table', 'Employees:table', 'Log:table', 'Order Details:table', 'Orders:table', 'Products:table', 'Region:table'].map(
        (t) => `${SCHEMA}.${t}`,
      ),
    )
  })

  it('reads Order Details: composite primary key, two foreign keys, defaults, comment, row count, size', () => {
    const details = tableOf(catalog, 'Order Details')
    expect(details).toMatchObject({rowEstimate: 3, primaryKey: ['OrderID', 'ProductID'], uniqueConstraints: [], comment: 'Positionen je Bestellung'})
    expect(details.sizeBytes).toBeGreaterThanOrEqual(8192)
    expect(details.columns.map((c) => [c.name, c.declaredType, c.typeClass, c.nullable, c.largeObject, c.defaultValue])).toEqual([
      ['OrderID', 'int', 'integer', false, false, undefined],
      ['ProductID', 'int', 'integer', false, false, undefined],
      ['UnitPrice', 'money', 'decimal', false, false, '((0))'],
      ['Quantity', 'smallint', 'integer', false, false, '((1))'],
      ['Discount', 'real', 'decimal', false, false, '((0))'],
    ])
    expect(details.foreignKeys).toEqual([
      {name: 'FK_Order_Details_Orders', columns: ['OrderID'], references: {schema: SCHEMA, table: 'Orders', columns: ['OrderID']}},
      {name: 'FK_Order_Details_Products', columns: ['ProductID'], references: {schema: SCHEMA, table: 'Products', columns: ['ProductID']}},
    ])
    expect(details.indexes).toEqual([
      {name: 'PK_Order_Details', columns: ['OrderID', 'ProductID'], unique: true, primary: true},
      {name: 'OrdersOrder_Details', columns: ['OrderID'], unique: false, primary: false},
    ])
  })

  it('reads identity keys, large-object columns, comments, unique constraints, the two-column foreign key', () => {
    const employees = tableOf(catalog, 'Employees')
    expect(employees.primaryKey).toEqual(['EmployeeID'])
    expect(employees.columns.map((c) => [c.name, c.declaredType, c.typeClass, c.largeObject])).toEqual([
      ['EmployeeID', 'int', 'integer', false],
      ['LastName', 'nvarchar(20)', 'text', false],
      ['BirthDate', 'datetime', 'datetime', false],
      ['Photo', 'image', 'binary', true],
      ['Notes', 'ntext', 'text', true],
      ['Bio', 'nvarchar(max)', 'text', true],
      ['RowVer', 'timestamp', 'binary', false],
    ])
    expect(employees.columns[4].comment).toBe('Freitext der Personalabteilung')
    expect(employees.columns[4].collation).toBe(catalog.server.collation)
    expect(employees.rowEstimate).toBe(0)
    const customers = tableOf(catalog, 'Customers')
    expect(customers.columns.map((c) => c.declaredType)).toEqual(['nchar(5)', 'nvarchar(40)', 'nvarchar(24)'])
    expect(customers.uniqueConstraints).toEqual([['CompanyName', 'Phone']])
    expect(tableOf(catalog, 'Orders').foreignKeys).toEqual([
      {name: 'FK_Orders_Customers', columns: ['CustomerID'], references: {schema: SCHEMA, table: 'Customers', columns: ['CustomerID']}},
      {name: 'FK_Orders_Region', columns: ['ShipRegionID', 'ShipTerritory'], references: {schema: SCHEMA, table: 'Region', columns: ['RegionID', 'Territory']}},
    ])
    const products = tableOf(catalog, 'Products')
    expect(products.indexes).toEqual([
      {name: 'PK_Products', columns: ['ProductID'], unique: true, primary: true},
      {name: 'UX_Products_Active_Name', columns: ['ProductName'], unique: false, primary: false},
    ])
    expect(products.columns[2]).toMatchObject({declaredType: 'bit', typeClass: 'boolean', defaultValue: '((0))'})
    expect(tableOf(catalog, 'Log')).toMatchObject({primaryKey: null, indexes: [], rowEstimate: 0})
    expect(tableOf(catalog, 'Log').columns.map((c) => c.declaredType)).toEqual(['datetime2(3)', 'varchar(200)'])
    const view = tableOf(catalog, 'Alphabetical list of products')
    expect(view).toMatchObject({rowEstimate: null, sizeBytes: null, primaryKey: null, indexes: []})
    expect(view.columns.map((c) => c.name)).toEqual(['ProductID', 'ProductName'])
  })

  it('evaluates the fragments like the row path', async () => {
    const rows = (await db.raw(`SELECT ${ms.trimmed("N' ' + NCHAR(9) + N' x ' + NCHAR(160)")} AS t1, ${ms.trimmed("N'  '")} AS t2,
      ${ms.trimmed("N'a' + NCHAR(9) + N'b '")} AS t3, ${ms.charLength("N'Müller'")} AS l1, ${ms.charLength("N'ab  '")} AS l2,
      CASE WHEN ${ms.binaryText("N'a'")} > ${ms.binaryText("N'B'")} THEN 1 ELSE 0 END AS a_after_b,
      ${ms.monthKey("CAST('2024-01-31' AS date)")} AS month_key,
      ${ms.temporalAsText("CAST('2024-01-31T12:00:00' AS datetime)")} AS ts_text,
      ${ms.temporalAsText("CAST('2024-01-31' AS date)")} AS date_text`)) as SqlRow[]
    expect(rows[0]).toEqual({t1: 'x', t2: '', t3: 'a\tb', l1: 6, l2: 4, a_after_b: 1, month_key: 202401, ts_text: '2024-01-31 12:00:00.000', date_text: '2024-01-31'})
  })

  it('runs the sample statements', async () => {
    const details = tableOf(catalog, 'Order Details')
    expect(await db.raw(ms.sampleStatement(details, details.columns, 2))).toHaveLength(2)
    const employees = tableOf(catalog, 'Employees')
    await db.raw(`INSERT INTO ${S}.Employees (LastName, Photo, Notes, Bio) VALUES (N'Davolio', 0x010203, N'Notiz', REPLICATE(CAST(N'x' AS nvarchar(max)), 1500))`)
    const [row] = (await db.raw(ms.sampleStatement({...employees, rowEstimate: 1_000_000}, employees.columns, 10))) as SqlRow[]
    // TABLESAMPLE over a one-page table may pick no page; when it picks one the values are reduced
    if (row !== undefined) expect(row).toMatchObject({Photo: 3, Notes: 'Notiz', Bio: 'x'.repeat(1000)})
    const [plain] = (await db.raw(ms.sampleStatement(employees, employees.columns, 10))) as SqlRow[]
    expect(plain).toMatchObject({LastName: 'Davolio', Photo: 3, Notes: 'Notiz', Bio: 'x'.repeat(1000), RowVer: 8})
  })

  it('runs the session setup; the read-only check answers', async () => {
    for (const statement of ms.sessionSetup(30_000)) await db.raw(statement.sql)
    const [lock] = (await db.raw('SELECT @@LOCK_TIMEOUT AS lock_timeout')) as SqlRow[]
    expect(lock.lock_timeout).toBe(30000)
    const [check] = (await db.raw(ms.readOnlyCheck()!.sql)) as SqlRow[]
    expect(check.read_only).toBe(0)
  })

  it('sees the test account as a writer and a db_datareader user as read-only', async () => {
    const own = ms.parseWritePrivileges(await Promise.all(ms.privilegeStatements().map((s) => run(s))))
    expect(own.canWrite).toBe(true)
    expect(own.evidence.length).toBeGreaterThan(0)
    await db.raw(`CREATE USER [${READER}] WITHOUT LOGIN`)
    await db.raw(`ALTER ROLE db_datareader ADD MEMBER [${READER}]`)
    await db.raw(`GRANT VIEW DEFINITION TO [${READER}]`)
    await db.raw(`EXECUTE AS USER = N'${READER}'`)
    try {
      const results: SqlRow[][] = []
      for (const statement of ms.privilegeStatements()) results.push(await run(statement))
      expect(ms.parseWritePrivileges(results)).toEqual({canWrite: false, evidence: []})
      const readerCatalog = await ms.readCatalog(run, filter)
      expect(readerCatalog.tables.map((t) => t.name)).toEqual(catalog.tables.map((t) => t.name))
      expect(tableOf(readerCatalog, 'Orders').foreignKeys).toEqual(tableOf(catalog, 'Orders').foreignKeys)
    } finally {
      await db.raw('REVERT')
    }
    await db.raw(`GRANT INSERT ON SCHEMA::${S} TO [${READER}]`)
    await db.raw(`EXECUTE AS USER = N'${READER}'`)
    try {
      const results: SqlRow[][] = []
      for (const statement of ms.privilegeStatements()) results.push(await run(statement))
      expect(ms.parseWritePrivileges(results)).toEqual({canWrite: true, evidence: [`INSERT on schema ${SCHEMA}`]})
    } finally {
      await db.raw('REVERT')
    }
  })
})
