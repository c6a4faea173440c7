import {describe, expect, it} from 'vitest'
import type {CatalogColumn, CatalogTable} from '../../../../src/connectors/sql/catalog.js'
import type {LabeledSql, SqlRow} from '../../../../src/connectors/sql/dialect.js'
import {mssqlDeclaredType, mssqlLargeObject} from '../../../../src/connectors/sql/mssql-catalog.js'
import {mssqlDialect as d, mssqlSamplePercent} from '../../../../src/connectors/sql/mssql.js'

function column(name: string, declaredType: string, position = 0): CatalogColumn {
  return {name, position, declaredType, typeClass: d.typeClass(declaredType), nullable: true, largeObject: mssqlLargeObject(declaredType)}
}

function table(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: 'dbo',
    name: 'Order Details',
    kind: 'table',
    columns: [column('OrderID', 'int'), column('Notes', 'ntext', 1)],
    primaryKey: ['OrderID'],
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: 2155,
    sizeBytes: 172032,
    ...overrides,
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

describe('mssql dialect: names and types', () => {
  it('quotes identifiers with brackets, doubling ] inside, and qualifies with the schema', () => {
    expect(d.quoteIdent('Order Details')).toBe('[Order Details]')
    expect(d.quoteIdent('a]b[c')).toBe('[a]]b[c]')
    expect(d.tableRef({schema: 'dbo', name: 'Order Details'})).toBe('[dbo].[Order Details]')
    expect(d.tableRef({schema: null, name: 'x'})).toBe('[x]')
    expect(d.tableRef({schema: 'CRONUS AG', name: 'CRONUS AG$Customer'})).toBe('[CRONUS AG].[CRONUS AG$Customer]')
  })

  it.each([
    ['nvarchar(40)', 'text'],
    ['nvarchar(max)', 'text'],
    ['nchar(5)', 'text'],
    ['varchar(10)', 'text'],
    ['ntext', 'text'],
    ['text', 'text'],
    ['sysname', 'text'],
    ['int', 'integer'],
    ['bigint', 'integer'],
    ['tinyint', 'integer'],
    ['decimal(18,2)', 'decimal'],
    ['numeric(38,20)', 'decimal'],
    ['money', 'decimal'],
    ['float', 'decimal'],
    ['real', 'decimal'],
    ['bit', 'boolean'],
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['datetime2(7)', 'datetime'],
    ['smalldatetime', 'datetime'],
    ['datetimeoffset(7)', 'datetime'],
    ['time(7)', 'time'],
    ['varbinary(max)', 'binary'],
    ['image', 'binary'],
    ['timestamp', 'binary'],
    ['uniqueidentifier', 'other'],
    ['xml', 'other'],
    ['geography', 'other'],
    ['hierarchyid', 'other'],
    ['sql_variant', 'other'],
  ])('typeClass(%s) = %s', (declared, expected) => {
    expect(d.typeClass(declared)).toBe(expected)
  })

  it('marks text/ntext/image, the (max) types, xml and spatial types as large objects', () => {
    for (const t of ['text', 'ntext', 'image', 'varchar(max)', 'nvarchar(max)', 'varbinary(max)', 'NVARCHAR(MAX)', 'xml', 'geography']) expect(mssqlLargeObject(t), t).toBe(true)
    for (const t of ['nvarchar(4000)', 'varchar(8000)', 'varbinary(16)', 'int', 'uniqueidentifier', 'sql_variant']) expect(mssqlLargeObject(t), t).toBe(false)
  })

  it('formats declared types from sys.columns: characters not bytes, max, precision and scale', () => {
    expect(mssqlDeclaredType('nvarchar', 80, 0, 0)).toBe('nvarchar(40)')
    expect(mssqlDeclaredType('nchar', 10, 0, 0)).toBe('nchar(5)')
    expect(mssqlDeclaredType('nvarchar', -1, 0, 0)).toBe('nvarchar(max)')
    expect(mssqlDeclaredType('varchar', 8000, 0, 0)).toBe('varchar(8000)')
    expect(mssqlDeclaredType('varbinary', -1, 0, 0)).toBe('varbinary(max)')
    expect(mssqlDeclaredType('decimal', 9, 18, 2)).toBe('decimal(18,2)')
    expect(mssqlDeclaredType('datetime2', 8, 27, 7)).toBe('datetime2(7)')
    expect(mssqlDeclaredType('time', 5, 16, 7)).toBe('time(7)')
    expect(mssqlDeclaredType('money', 8, 19, 4)).toBe('money')
    expect(mssqlDeclaredType('ntext', 16, 0, 0)).toBe('ntext')
  })
})

describe('mssql dialect: session, privileges and grants', () => {
  it('sets a lock timeout, READ COMMITTED and a low deadlock priority', () => {
    expect(d.sessionSetup(30_000)).toEqual([
      {label: 'session: lock timeout', sql: 'SET LOCK_TIMEOUT 30000'},
      {label: 'session: isolation level', sql: 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED'},
      {label: 'session: deadlock priority', sql: 'SET DEADLOCK_PRIORITY LOW'},
    ])
  })

  it('checks read-only through the database’s updateability', () => {
    expect(d.readOnlyCheck()!.sql).toBe(
      "SELECT CASE WHEN CAST(DATABASEPROPERTYEX(DB_NAME(), 'Updateability') AS nvarchar(128)) = N'READ_ONLY' THEN 1 ELSE 0 END AS read_only",
    )
  })

  it('asks for fixed roles, effective database permissions and schema/object grants', () => {
    const [roles, database, objects] = d.privilegeStatements().map((s) => s.sql)
    expect(roles).toContain("IS_SRVROLEMEMBER('sysadmin') AS sysadmin")
    expect(roles).toContain("IS_MEMBER('db_owner') AS db_owner")
    expect(roles).toContain("IS_MEMBER('db_datawriter') AS db_datawriter")
    expect(database).toContain("FROM fn_my_permissions(NULL, 'DATABASE') p")
    expect(database).toContain("N'INSERT', N'UPDATE', N'DELETE', N'ALTER', N'CONTROL'")
    expect(objects).toContain('FROM sys.database_permissions dp')
    expect(objects).toContain('dp.grantee_principal_id = DATABASE_PRINCIPAL_ID() OR IS_MEMBER(USER_NAME(dp.grantee_principal_id)) = 1')
  })

  it('parses the privilege rows as tedious returns them', () => {
    expect(d.parseWritePrivileges([[{sysadmin: 0, db_owner: 0, db_datawriter: 0, db_ddladmin: 0}], [], []])).toEqual({canWrite: false, evidence: []})
    expect(
      d.parseWritePrivileges([
        [{sysadmin: 1, db_owner: 1, db_datawriter: 0, db_ddladmin: null}],
        [{permission_name: 'ALTER'}, {permission_name: 'CONTROL'}, {permission_name: 'INSERT'}],
        [
          {permission_name: 'UPDATE', class_desc: 'OBJECT_OR_COLUMN', object_name: 'dbo.Orders'},
          {permission_name: 'INSERT', class_desc: 'SCHEMA', object_name: 'sales'},
        ],
      ]),
    ).toEqual({
      canWrite: true,
      evidence: ['member of sysadmin', 'member of db_owner', 'ALTER, CONTROL, INSERT on the database', 'UPDATE on dbo.Orders', 'INSERT on schema sales'],
    })
  })

  it('writes the GRANT lines: db_datareader for the whole database, SELECT per schema when limited', () => {
    expect(d.grantStatements('Northwind', [], 'datenreife')).toEqual([
      "CREATE LOGIN [datenreife] WITH PASSWORD = N'<password>';",
      'USE [Northwind];',
      'CREATE USER [datenreife] FOR LOGIN [datenreife];',
      'ALTER ROLE db_datareader ADD MEMBER [datenreife];',
      'GRANT VIEW DEFINITION TO [datenreife];',
      'GRANT VIEW DATABASE STATE TO [datenreife];',
    ])
    const limited = d.grantStatements('CRONUS', ['dbo', 'my]schema'], 'scan')
    expect(limited).toContain('GRANT SELECT ON SCHEMA::[dbo] TO [scan];')
    expect(limited).toContain('GRANT VIEW DEFINITION ON SCHEMA::[my]]schema] TO [scan];')
    expect(limited.join('\n')).not.toContain('db_datareader')
  })
})

describe('mssql dialect: fragments', () => {
  it('builds the simple fragments', () => {
    expect(d.charLength('[n]')).toBe("(LEN([n] + N'.') - 1)")
    expect(d.binaryText('[n]')).toBe('[n] COLLATE Latin1_General_100_BIN2')
    expect(d.temporalAsText('MIN([d])')).toBe('CONVERT(varchar(23), MIN([d]), 121)')
    expect(d.monthKey('[d]')).toBe('(YEAR([d]) * 100 + MONTH([d]))')
    expect(d.approxDistinct('[n]')).toBe('APPROX_COUNT_DISTINCT([n])')
    expect(d.maxSelectItems).toBe(1000)
  })

  it('trims space, tab, LF, CR and NBSP without TRIM (2017+) through PATINDEX from both ends', () => {
    const cls = "N' ' + NCHAR(9) + NCHAR(10) + NCHAR(13) + NCHAR(160)"
    const notSpace = `N'%[^' + ${cls} + N']%'`
    expect(d.trimmed('[n]')).toBe(
      `(CASE WHEN PATINDEX(${notSpace}, [n]) = 0 THEN N'' ELSE SUBSTRING([n], PATINDEX(${notSpace}, [n]), (LEN([n] + N'.') - 1) - PATINDEX(${notSpace}, REVERSE([n])) - PATINDEX(${notSpace}, [n]) + 2) END)`,
    )
  })

  it('computes the same text as String.prototype.trim when the T-SQL functions are emulated', () => {
    // SUBSTRING(x, first, len - lastFromEnd - first + 2) with 1-based PATINDEX positions, as SQL Server evaluates it
    const ws = new Set([' ', '\t', '\n', '\r', '\u00a0'])
    const patindex = (s: string) => [...s].findIndex((c) => !ws.has(c)) + 1
    const emulate = (s: string) => {
      const first = patindex(s)
      if (first === 0) return ''
      const chars = [...s]
      const length = chars.length - patindex([...chars].reverse().join('')) - first + 2
      return chars.slice(first - 1, first - 1 + length).join('')
    }
    for (const value of [' \t x \u00a0', 'x', '  ', '', 'a b', '\r\nMüller\t', 'n/a ']) expect(emulate(value), JSON.stringify(value)).toBe(value.trim())
  })

  it('limits with TOP', () => {
    expect(d.limitSelect({columns: '[a]', from: '[dbo].[t]', where: '[a] > 1', orderBy: '[a]'}, 5)).toBe('SELECT TOP (5) [a] FROM [dbo].[t] WHERE [a] > 1 ORDER BY [a]')
  })

  it('reads large objects and binaries as prefixes and lengths in the sample', () => {
    expect(d.sampleExpr(column('n', 'nvarchar(40)'))).toBe('[n]')
    expect(d.sampleExpr(column('n', 'ntext'))).toBe('SUBSTRING([n], 1, 1000)')
    expect(d.sampleExpr(column('n', 'nvarchar(max)'))).toBe('SUBSTRING([n], 1, 1000)')
    expect(d.sampleExpr(column('x', 'xml'))).toBe('SUBSTRING(CONVERT(nvarchar(max), [x]), 1, 1000)')
    expect(d.sampleExpr(column('p', 'image'))).toBe('DATALENGTH([p])')
    expect(d.sampleExpr(column('p', 'varbinary(16)'))).toBe('DATALENGTH([p])')
    expect(d.sampleExpr(column('g', 'geography'))).toBe('DATALENGTH([g])')
    expect(d.sampleExpr(column('u', 'uniqueidentifier'))).toBe('[u]')
  })

  it('samples a large table with TABLESAMPLE and TOP, a small table or a view with TOP only', () => {
    const t = table()
    expect(d.sampleStatement(t, t.columns, 1000)).toBe('SELECT TOP (1000) [OrderID], SUBSTRING([Notes], 1, 1000) AS [Notes] FROM [dbo].[Order Details]')
    expect(d.sampleStatement(table({rowEstimate: 10_000_000}), t.columns.slice(0, 1), 10_000)).toBe(
      'SELECT TOP (10000) [OrderID] FROM [dbo].[Order Details] TABLESAMPLE SYSTEM (0.3 PERCENT)',
    )
    expect(d.sampleStatement(table({rowEstimate: 10_000_000, kind: 'view'}), t.columns.slice(0, 1), 10_000)).toBe('SELECT TOP (10000) [OrderID] FROM [dbo].[Order Details]')
    expect(d.sampleStatement(table({rowEstimate: 40}), [], 5)).toBe('SELECT TOP (5) 1 AS [_] FROM [dbo].[Order Details]')
    // a small n still samples a few thousand rows' worth of pages, so that some page is picked
    expect(d.sampleStatement(table({rowEstimate: 300_000}), [], 5)).toBe('SELECT TOP (5) 1 AS [_] FROM [dbo].[Order Details] TABLESAMPLE SYSTEM (1 PERCENT)')
    expect(d.sampleStatement(t, [], 5)).toBe('SELECT TOP (5) 1 AS [_] FROM [dbo].[Order Details] TABLESAMPLE SYSTEM (100 PERCENT)')
    expect(mssqlSamplePercent(1e11, 10_000)).toBe('0.00003')
    expect(mssqlSamplePercent(1e15, 10_000)).toBe('0.000001')
    expect(mssqlSamplePercent(100_001, 10_000)).toBe('29.9997')
  })
})

describe('mssql dialect: catalog statements', () => {
  const statements = d.catalogStatements({include: [], exclude: []})

  it('reads sys.* catalog views only, one statement per kind of object, without STRING_AGG', () => {
    expect(statements.map((s) => s.label)).toEqual(['catalog: server', 'catalog: schemas', 'catalog: tables', 'catalog: columns', 'catalog: indexes', 'catalog: foreign keys'])
    for (const s of statements) {
      expect(s.sql.trimStart().startsWith('SELECT ')).toBe(true)
      expect(s.sql).not.toMatch(/STRING_AGG|INFORMATION_SCHEMA\.|dm_db_|\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER)\b/)
    }
    const [server, schemas, tables, columns, indexes, fks] = statements.map((s) => s.sql)
    for (const p of ["SERVERPROPERTY('ProductVersion')", "SERVERPROPERTY('Edition')", "DATABASEPROPERTYEX(DB_NAME(), 'Collation')", "'Updateability'", 'sys.database_files']) expect(server).toContain(p)
    expect(schemas).toContain('FROM sys.schemas s')
    for (const p of ['sys.objects o', 'sys.partitions', 'sys.allocation_units', "ep.name = N'MS_Description'", 'p.index_id IN (0, 1)', "microsoft_database_tools_support"]) expect(tables).toContain(p)
    for (const p of ['sys.columns c', 'sys.types ty', 'bt.user_type_id = ty.system_type_id', 'sys.default_constraints dc', 'c.[precision]']) expect(columns).toContain(p)
    for (const p of ['sys.indexes i', 'sys.index_columns ic', 'ic.key_ordinal > 0', 'i.is_disabled = 0', 'i.has_filter']) expect(indexes).toContain(p)
    for (const p of ['sys.foreign_keys fk', 'sys.foreign_key_columns fkc', 'fkc.constraint_column_id']) expect(fks).toContain(p)
  })

  it('leaves out system and fixed-role schemas in SQL', () => {
    const schemas = statements[1].sql
    expect(schemas).toBe(`SELECT s.name AS schema_name
FROM sys.schemas s
WHERE s.name NOT IN (N'sys', N'INFORMATION_SCHEMA', N'guest', N'db_owner', N'db_accessadmin', N'db_securityadmin', N'db_ddladmin', N'db_backupoperator', N'db_datareader', N'db_datawriter', N'db_denydatareader', N'db_denydatawriter')
ORDER BY s.name`)
    for (const s of statements.slice(2)) expect(s.sql).toContain("s.name NOT IN (N'sys', N'INFORMATION_SCHEMA'")
  })
})

describe('mssql dialect: readCatalog on Northwind-shaped rows', () => {
  it('runs exactly the catalog statements and reads the server facts', async () => {
    const seen: LabeledSql[] = []
    const catalog = await d.readCatalog(fakeRun(northwindCatalogRows(), seen), {include: [], exclude: []})
    expect(seen).toEqual(d.catalogStatements({include: [], exclude: []}))
    expect(catalog.server).toEqual({
      engine: 'Microsoft SQL Server',
      version: '16.0.4135.4',
      edition: 'Express Edition (64-bit)',
      database: 'Northwind',
      encoding: 'CP1252',
      collation: 'SQL_Latin1_General_CP1_CI_AS',
      sizeBytes: 8388608,
      readOnlySession: false,
      user: 'reader',
    })
    expect(catalog.schemas).toEqual(['dbo', 'sales'])
    expect(catalog.tables.map((t) => `${t.schema}.${t.name}:${t.kind}`)).toEqual([
      'dbo.Alphabetical list of products:view',
      'dbo.Customers:table',
      'dbo.Employees:table',
      'dbo.Order Details:table',
      'dbo.Orders:table',
      'dbo.Products:table',
      'sales.Region:table',
    ])
  })

  it('reads Order Details: composite primary key, two foreign keys, defaults, sizes', async () => {
    const catalog = await d.readCatalog(fakeRun(northwindCatalogRows()), {include: [], exclude: []})
    const details = catalog.tables.find((t) => t.name === 'Order Details')!
    expect(details).toMatchObject({rowEstimate: 2155, sizeBytes: 21 * 8192, primaryKey: ['OrderID', 'ProductID'], uniqueConstraints: [], comment: 'Positionen je Bestellung'})
    expect(details.columns).toEqual([
      {name: 'OrderID', position: 0, declaredType: 'int', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'ProductID', position: 1, declaredType: 'int', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'UnitPrice', position: 2, declaredType: 'money', typeClass: 'decimal', nullable: false, largeObject: false, defaultValue: '((0))'},
      {name: 'Quantity', position: 3, declaredType: 'smallint', typeClass: 'integer', nullable: false, largeObject: false, defaultValue: '((1))'},
      {name: 'Discount', position: 4, declaredType: 'real', typeClass: 'decimal', nullable: false, largeObject: false, defaultValue: '((0))'},
    ])
    expect(details.foreignKeys).toEqual([
      {name: 'FK_Order_Details_Orders', columns: ['OrderID'], references: {schema: 'dbo', table: 'Orders', columns: ['OrderID']}},
      {name: 'FK_Order_Details_Products', columns: ['ProductID'], references: {schema: 'dbo', table: 'Products', columns: ['ProductID']}},
    ])
    expect(details.indexes).toEqual([
      {name: 'PK_Order_Details', columns: ['OrderID', 'ProductID'], unique: true, primary: true},
      {name: 'OrdersOrder_Details', columns: ['OrderID'], unique: false, primary: false},
    ])
  })

  it('reads identity keys, nvarchar(max)/ntext/image columns, comments, alias types and the two-column foreign key', async () => {
    const catalog = await d.readCatalog(fakeRun(northwindCatalogRows()), {include: [], exclude: []})
    const employees = catalog.tables.find((t) => t.name === 'Employees')!
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
    expect(employees.columns[4]).toMatchObject({collation: 'SQL_Latin1_General_CP1_CI_AS', comment: 'Freitext der Personalabteilung'})
    expect(employees.columns[0].defaultValue).toBeUndefined()
    const customers = catalog.tables.find((t) => t.name === 'Customers')!
    expect(customers.columns.map((c) => c.declaredType)).toEqual(['nchar(5)', 'nvarchar(40)', 'nvarchar(24)', 'nvarchar(128)'])
    expect(customers.uniqueConstraints).toEqual([['CompanyName', 'Phone']])
    const orders = catalog.tables.find((t) => t.name === 'Orders')!
    expect(orders.foreignKeys).toEqual([
      {name: 'FK_Orders_Customers', columns: ['CustomerID'], references: {schema: 'dbo', table: 'Customers', columns: ['CustomerID']}},
      {name: 'FK_Orders_Sales_Region', columns: ['ShipRegionID', 'ShipTerritory'], references: {schema: 'sales', table: 'Region', columns: ['RegionID', 'Territory']}},
    ])
    // a filtered unique index is unique only for some rows: not a key
    const products = catalog.tables.find((t) => t.name === 'Products')!
    expect(products.indexes).toEqual([
      {name: 'PK_Products', columns: ['ProductID'], unique: true, primary: true},
      {name: 'UX_Products_Active_Name', columns: ['ProductName'], unique: false, primary: false},
    ])
    expect(products.columns.find((c) => c.name === 'Discontinued')).toMatchObject({declaredType: 'bit', typeClass: 'boolean', defaultValue: '((0))'})
    const view = catalog.tables.find((t) => t.kind === 'view')!
    expect(view).toMatchObject({name: 'Alphabetical list of products', rowEstimate: null, sizeBytes: null, primaryKey: null, indexes: [], foreignKeys: []})
    expect(view.columns.map((c) => c.name)).toEqual(['ProductID', 'ProductName'])
    const region = catalog.tables.find((t) => t.name === 'Region')!
    expect(region).toMatchObject({schema: 'sales', rowEstimate: 0, sizeBytes: 0, primaryKey: ['RegionID', 'Territory']})
  })

  it('applies include/exclude globs to the schemas after reading', async () => {
    const onlySales = await d.readCatalog(fakeRun(northwindCatalogRows()), {include: ['SAL*'], exclude: []})
    expect(onlySales.schemas).toEqual(['sales'])
    expect(onlySales.tables.map((t) => t.name)).toEqual(['Region'])
    const noDbo = await d.readCatalog(fakeRun(northwindCatalogRows()), {include: ['*'], exclude: ['db?']})
    expect(noDbo.tables.map((t) => t.name)).toEqual(['Region'])
  })

  it('reads encoding and read-only flag from other collations and a read-only database', async () => {
    const rows = northwindCatalogRows()
    rows['catalog: server'] = [{...rows['catalog: server'][0], code_page: 65001, read_only: 1, size_bytes: null, login_name: null, user_name: 'dbo'}]
    const catalog = await d.readCatalog(fakeRun(rows), {include: [], exclude: []})
    expect(catalog.server).toMatchObject({encoding: 'UTF-8', readOnlySession: true, user: 'dbo'})
    expect(catalog.server.sizeBytes).toBeUndefined()
  })
})

/**
 * Rows as SQL Server (through tedious) returns them for the catalog statements of a Northwind-like
 * database: int as number, bigint sums as strings, bit as boolean, IS_MEMBER-style ints, nvarchar strings.
 * Object ids as SQL Server assigns them; max_length in bytes (nvarchar: two per character, -1 = max).
 */
function northwindCatalogRows(): Record<string, SqlRow[]> {
  const CUSTOMERS = 901578250
  const EMPLOYEES = 933578364
  const ORDERS = 965578478
  const PRODUCTS = 997578592
  const DETAILS = 1029578706
  const VIEW = 1061578820
  const REGION = 1093578934
  const col = (objectId: number, columnId: number, name: string, type: string, maxLength: number, precision: number, scale: number, nullable: boolean, extra: Partial<SqlRow> = {}): SqlRow => ({
    object_id: objectId,
    column_id: columnId,
    column_name: name,
    type_name: type,
    base_type_name: type,
    max_length: maxLength,
    numeric_precision: precision,
    numeric_scale: scale,
    is_nullable: nullable,
    collation_name: /char|text/.test(type) ? 'SQL_Latin1_General_CP1_CI_AS' : null,
    default_definition: null,
    column_comment: null,
    ...extra,
  })
  const idx = (objectId: number, indexId: number, name: string, flags: {unique?: boolean; pk?: boolean; uq?: boolean; filter?: boolean}, columns: string[]): SqlRow[] =>
    columns.map((column, i) => ({
      object_id: objectId,
      index_id: indexId,
      index_name: name,
      is_unique: flags.unique ?? false,
      is_primary_key: flags.pk ?? false,
      is_unique_constraint: flags.uq ?? false,
      has_filter: flags.filter ?? false,
      key_ordinal: i + 1,
      column_name: column,
    }))
  const fk = (objectId: number, constraintId: number, name: string, columns: string[], refSchema: string, refTable: string, refColumns: string[]): SqlRow[] =>
    columns.map((column, i) => ({
      object_id: objectId,
      constraint_id: constraintId,
      constraint_name: name,
      constraint_column_id: i + 1,
      column_name: column,
      referenced_schema: refSchema,
      referenced_table: refTable,
      referenced_column: refColumns[i],
    }))
  return {
    'catalog: server': [
      {
        version: '16.0.4135.4',
        edition: 'Express Edition (64-bit)',
        database_name: 'Northwind',
        collation_name: 'SQL_Latin1_General_CP1_CI_AS',
        code_page: 1252,
        read_only: 0,
        size_bytes: '8388608',
        login_name: 'reader',
        user_name: 'reader',
      },
    ],
    'catalog: schemas': [{schema_name: 'dbo'}, {schema_name: 'sales'}],
    'catalog: tables': [
      {object_id: VIEW, schema_name: 'dbo', table_name: 'Alphabetical list of products', kind: 'view', table_comment: null, row_estimate: null, total_pages: null},
      {object_id: CUSTOMERS, schema_name: 'dbo', table_name: 'Customers', kind: 'table', table_comment: null, row_estimate: '91', total_pages: '6'},
      {object_id: EMPLOYEES, schema_name: 'dbo', table_name: 'Employees', kind: 'table', table_comment: null, row_estimate: '9', total_pages: '34'},
      {object_id: DETAILS, schema_name: 'dbo', table_name: 'Order Details', kind: 'table', table_comment: 'Positionen je Bestellung', row_estimate: '2155', total_pages: '21'},
      {object_id: ORDERS, schema_name: 'dbo', table_name: 'Orders', kind: 'table', table_comment: null, row_estimate: '830', total_pages: '42'},
      {object_id: PRODUCTS, schema_name: 'dbo', table_name: 'Products', kind: 'table', table_comment: null, row_estimate: '77', total_pages: '4'},
      {object_id: REGION, schema_name: 'sales', table_name: 'Region', kind: 'table', table_comment: null, row_estimate: '0', total_pages: '0'},
    ],
    'catalog: columns': [
      col(CUSTOMERS, 1, 'CustomerID', 'nchar', 10, 0, 0, false),
      col(CUSTOMERS, 2, 'CompanyName', 'nvarchar', 80, 0, 0, false),
      col(CUSTOMERS, 3, 'Phone', 'Phone', 48, 0, 0, true, {base_type_name: 'nvarchar'}),
      col(CUSTOMERS, 4, 'CreatedBy', 'sysname', 256, 0, 0, true, {base_type_name: 'nvarchar', default_definition: '(suser_sname())'}),
      col(EMPLOYEES, 1, 'EmployeeID', 'int', 4, 10, 0, false),
      col(EMPLOYEES, 2, 'LastName', 'nvarchar', 40, 0, 0, false),
      col(EMPLOYEES, 3, 'BirthDate', 'datetime', 8, 23, 3, true),
      col(EMPLOYEES, 4, 'Photo', 'image', 16, 0, 0, true),
      col(EMPLOYEES, 5, 'Notes', 'ntext', 16, 0, 0, true, {column_comment: 'Freitext der Personalabteilung'}),
      col(EMPLOYEES, 6, 'Bio', 'nvarchar', -1, 0, 0, true),
      col(EMPLOYEES, 7, 'RowVer', 'timestamp', 8, 0, 0, false),
      col(ORDERS, 1, 'OrderID', 'int', 4, 10, 0, false),
      col(ORDERS, 2, 'CustomerID', 'nchar', 10, 0, 0, true),
      col(ORDERS, 3, 'OrderDate', 'datetime', 8, 23, 3, true),
      col(ORDERS, 4, 'Freight', 'money', 8, 19, 4, true, {default_definition: '((0))'}),
      col(ORDERS, 5, 'ShipRegionID', 'int', 4, 10, 0, true),
      col(ORDERS, 6, 'ShipTerritory', 'nvarchar', 40, 0, 0, true),
      col(PRODUCTS, 1, 'ProductID', 'int', 4, 10, 0, false),
      col(PRODUCTS, 2, 'ProductName', 'nvarchar', 80, 0, 0, false),
      col(PRODUCTS, 3, 'Discontinued', 'bit', 1, 1, 0, false, {default_definition: '((0))'}),
      col(DETAILS, 1, 'OrderID', 'int', 4, 10, 0, false),
      col(DETAILS, 2, 'ProductID', 'int', 4, 10, 0, false),
      col(DETAILS, 3, 'UnitPrice', 'money', 8, 19, 4, false, {default_definition: '((0))'}),
      col(DETAILS, 4, 'Quantity', 'smallint', 2, 5, 0, false, {default_definition: '((1))'}),
      col(DETAILS, 5, 'Discount', 'real', 4, 24, 0, false, {default_definition: '((0))'}),
      col(VIEW, 1, 'ProductID', 'int', 4, 10, 0, false),
      col(VIEW, 2, 'ProductName', 'nvarchar', 80, 0, 0, false),
      col(REGION, 1, 'RegionID', 'int', 4, 10, 0, false),
      col(REGION, 2, 'Territory', 'nvarchar', 40, 0, 0, false),
      // a table of a schema the account cannot see any more between two statements: ignored
      col(424242, 1, 'x', 'int', 4, 10, 0, false),
    ],
    'catalog: indexes': [
      ...idx(CUSTOMERS, 1, 'PK_Customers', {unique: true, pk: true}, ['CustomerID']),
      ...idx(CUSTOMERS, 2, 'UQ_Customers_Name_Phone', {unique: true, uq: true}, ['CompanyName', 'Phone']),
      ...idx(EMPLOYEES, 1, 'PK_Employees', {unique: true, pk: true}, ['EmployeeID']),
      ...idx(ORDERS, 1, 'PK_Orders', {unique: true, pk: true}, ['OrderID']),
      ...idx(PRODUCTS, 1, 'PK_Products', {unique: true, pk: true}, ['ProductID']),
      ...idx(PRODUCTS, 2, 'UX_Products_Active_Name', {unique: true, filter: true}, ['ProductName']),
      ...idx(DETAILS, 1, 'PK_Order_Details', {unique: true, pk: true}, ['OrderID', 'ProductID']),
      ...idx(DETAILS, 2, 'OrdersOrder_Details', {}, ['OrderID']),
      ...idx(REGION, 1, 'PK_Region', {unique: true, pk: true}, ['RegionID', 'Territory']),
    ],
    'catalog: foreign keys': [
      ...fk(ORDERS, 1125579048, 'FK_Orders_Customers', ['CustomerID'], 'dbo', 'Customers', ['CustomerID']),
      ...fk(ORDERS, 1141579105, 'FK_Orders_Sales_Region', ['ShipRegionID', 'ShipTerritory'], 'sales', 'Region', ['RegionID', 'Territory']),
      ...fk(DETAILS, 1157579162, 'FK_Order_Details_Orders', ['OrderID'], 'dbo', 'Orders', ['OrderID']),
      ...fk(DETAILS, 1173579219, 'FK_Order_Details_Products', ['ProductID'], 'dbo', 'Products', ['ProductID']),
    ],
  }
}
