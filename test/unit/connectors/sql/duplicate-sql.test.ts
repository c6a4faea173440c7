import {describe, expect, it} from 'vitest'
import {KEY_EXAMPLES, duplicateRowColumns, duplicateRowsStatement, keyDuplicatesStatement, keyExamplesStatement} from '../../../../src/connectors/sql/duplicate-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {col, orderDetails} from './catalog-fixture.js'
import {BIN2, mssqlPresent} from './mssql-text-fixture.js'

/** Order Details as imported without keys: duplicates are possible */
const keyless = orderDetails({primaryKey: null})
const [orderId, , productName] = keyless.columns

describe('duplicateRowsStatement', () => {
  it('SQL Server: GROUP BY every comparable column (text in BIN2, the ntext left out), complete text', () => {
    expect(duplicateRowsStatement(keyless, mssqlDialect)).toEqual({
      label: 'duplicate rows: dbo.Order Details',
      sql:
        'SELECT COUNT(*) AS dup_groups, SUM(n) - COUNT(*) AS dup_surplus FROM (SELECT COUNT(*) AS n FROM [dbo].[Order Details] ' +
        `GROUP BY [OrderID], [ProductID], [ProductName] ${BIN2}, [UnitPrice], [Discount], [ShippedDate], [Discontinued] HAVING COUNT(*) > 1) d`,
    })
    expect(duplicateRowColumns(keyless).map((c) => c.name)).not.toContain('Notes')
  })

  it('no statement when a primary key rules duplicates out, or nothing can be grouped', () => {
    expect(duplicateRowsStatement(orderDetails(), mssqlDialect)).toBeNull()
    expect(duplicateRowsStatement(orderDetails({primaryKey: null, columns: [col('Notes', 'ntext', 'text', 0, {largeObject: true}), col('Bild', 'image', 'binary', 1, {largeObject: true})]}), mssqlDialect)).toBeNull()
  })

  it('an empty primary key list counts as none', () => {
    expect(duplicateRowsStatement(orderDetails({primaryKey: []}), mssqlDialect)).not.toBeNull()
  })

  it('the other dialects group text binary in their own way', () => {
    const pg = duplicateRowsStatement({...keyless, schema: 'public'}, postgresDialect)!.sql
    expect(pg).toContain('FROM "public"."Order Details" GROUP BY "OrderID", "ProductID", CAST("ProductName" AS text) COLLATE "C", "UnitPrice"')
    const mysql = duplicateRowsStatement({...keyless, schema: null}, mysqlDialect)!.sql
    expect(mysql).toContain('FROM `Order Details` GROUP BY `OrderID`, `ProductID`, CAST(CONVERT(`ProductName` USING utf8mb4) AS BINARY)')
    const sqlite = duplicateRowsStatement({...keyless, schema: null}, sqliteDialect)!.sql
    expect(sqlite).toContain('FROM "Order Details" GROUP BY "OrderID", "ProductID", "ProductName" COLLATE BINARY, "UnitPrice"')
    for (const sql of [pg, mysql, sqlite]) expect(sql).toMatch(/^SELECT COUNT\(\*\) AS dup_groups, SUM\(n\) - COUNT\(\*\) AS dup_surplus FROM \(SELECT COUNT\(\*\) AS n FROM .* HAVING COUNT\(\*\) > 1\) d$/)
  })
})

describe('keyDuplicatesStatement', () => {
  it('SQL Server, a text key: only rows with a real value, grouped in BIN2 (complete text)', () => {
    expect(keyDuplicatesStatement(keyless, [productName], mssqlDialect)).toEqual({
      label: 'key duplicates: dbo.Order Details (ProductName)',
      sql:
        'SELECT COUNT(*) AS dup_values, SUM(n) - COUNT(*) AS dup_surplus FROM (SELECT COUNT(*) AS n FROM [dbo].[Order Details] ' +
        `WHERE (${mssqlPresent('[ProductName]')}) GROUP BY [ProductName] ${BIN2} HAVING COUNT(*) > 1) d`,
    })
  })

  it('SQL Server, a composite key of typed columns (complete text)', () => {
    expect(keyDuplicatesStatement(keyless, [orderId, keyless.columns[1]], mssqlDialect).sql).toBe(
      'SELECT COUNT(*) AS dup_values, SUM(n) - COUNT(*) AS dup_surplus FROM (SELECT COUNT(*) AS n FROM [dbo].[Order Details] ' +
        'WHERE ([OrderID] IS NOT NULL) AND ([ProductID] IS NOT NULL) GROUP BY [OrderID], [ProductID] HAVING COUNT(*) > 1) d',
    )
  })

  it('PostgreSQL, MySQL, SQLite: same shape', () => {
    expect(keyDuplicatesStatement({...keyless, schema: 'public'}, [orderId], postgresDialect).sql).toBe(
      'SELECT COUNT(*) AS dup_values, SUM(n) - COUNT(*) AS dup_surplus FROM (SELECT COUNT(*) AS n FROM "public"."Order Details" WHERE ("OrderID" IS NOT NULL) GROUP BY "OrderID" HAVING COUNT(*) > 1) d',
    )
    expect(keyDuplicatesStatement({...keyless, schema: null}, [productName], mysqlDialect).sql).toContain('WHERE (CASE WHEN `ProductName` IS NULL THEN NULL')
    expect(keyDuplicatesStatement({...keyless, schema: null}, [productName], sqliteDialect).sql).toMatch(/ = 0\) GROUP BY "ProductName" COLLATE BINARY HAVING COUNT\(\*\) > 1\) d$/)
  })
})

describe('keyExamplesStatement', () => {
  it('SQL Server: TOP (3) most repeated values (complete text)', () => {
    expect(KEY_EXAMPLES).toBe(3)
    expect(keyExamplesStatement(keyless, [orderId], mssqlDialect)).toEqual({
      label: 'key examples: dbo.Order Details (OrderID)',
      sql: 'SELECT TOP (3) [OrderID] AS k0, COUNT(*) AS n FROM [dbo].[Order Details] WHERE ([OrderID] IS NOT NULL) GROUP BY [OrderID] HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC',
    })
  })

  it('SQL Server, a text key: the values in BIN2 with their real-value condition', () => {
    expect(keyExamplesStatement(keyless, [productName], mssqlDialect).sql).toBe(
      `SELECT TOP (3) [ProductName] ${BIN2} AS k0, COUNT(*) AS n FROM [dbo].[Order Details] WHERE (${mssqlPresent('[ProductName]')}) ` +
        `GROUP BY [ProductName] ${BIN2} HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC`,
    )
  })

  it('LIMIT 3 elsewhere; a composite key gives k0, k1', () => {
    expect(keyExamplesStatement({...keyless, schema: 'public'}, [orderId, keyless.columns[1]], postgresDialect).sql).toBe(
      'SELECT "OrderID" AS k0, "ProductID" AS k1, COUNT(*) AS n FROM "public"."Order Details" WHERE ("OrderID" IS NOT NULL) AND ("ProductID" IS NOT NULL) ' +
        'GROUP BY "OrderID", "ProductID" HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC LIMIT 3',
    )
    expect(keyExamplesStatement({...keyless, schema: null}, [orderId], mysqlDialect).sql).toMatch(/^SELECT `OrderID` AS k0, COUNT\(\*\) AS n FROM `Order Details` .* ORDER BY COUNT\(\*\) DESC LIMIT 3$/)
    expect(keyExamplesStatement({...keyless, schema: null}, [orderId], sqliteDialect).sql).toMatch(/ LIMIT 3$/)
  })
})
