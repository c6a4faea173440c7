import {describe, expect, it} from 'vitest'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {ORPHAN_EXAMPLES, orphanCountStatement, orphanExamplesStatement, type ForeignKeyRef} from '../../../../src/connectors/sql/integrity-sql.js'
import {col, orderDetails} from './catalog-fixture.js'

const toOrders: ForeignKeyRef = {columns: ['OrderID'], references: {schema: 'dbo', table: 'Orders', columns: ['OrderID']}}

describe('orphanCountStatement', () => {
  it('SQL Server: NOT EXISTS against the parent, non-null child keys only (complete text)', () => {
    expect(orphanCountStatement(orderDetails(), toOrders, mssqlDialect)).toEqual({
      label: 'orphans: dbo.Order Details (OrderID) → Orders',
      sql:
        'SELECT COUNT(*) AS orphan_rows FROM [dbo].[Order Details] c WHERE c.[OrderID] IS NOT NULL AND ' +
        'NOT EXISTS (SELECT 1 FROM [dbo].[Orders] p WHERE p.[OrderID] = c.[OrderID])',
    })
  })

  it('a composite key compares every column pair', () => {
    const shipment = orderDetails({name: 'Shipments', columns: [col('OrderID', 'int', 'integer', 0), col('ProductID', 'int', 'integer', 1)]})
    const fk: ForeignKeyRef = {columns: ['OrderID', 'ProductID'], references: {schema: 'dbo', table: 'Order Details', columns: ['OrderID', 'ProductID']}}
    expect(orphanCountStatement(shipment, fk, mssqlDialect).sql).toBe(
      'SELECT COUNT(*) AS orphan_rows FROM [dbo].[Shipments] c WHERE c.[OrderID] IS NOT NULL AND c.[ProductID] IS NOT NULL AND ' +
        'NOT EXISTS (SELECT 1 FROM [dbo].[Order Details] p WHERE p.[OrderID] = c.[OrderID] AND p.[ProductID] = c.[ProductID])',
    )
  })

  it('NAV-style names with $ and spaces, inferred key to another column name', () => {
    const child = orderDetails({schema: 'dbo', name: 'CRONUS AG$Sales Header'})
    const fk: ForeignKeyRef = {columns: ['Sell-to Customer No_'], references: {schema: 'dbo', table: 'CRONUS AG$Customer', columns: ['No_']}}
    expect(orphanCountStatement(child, fk, mssqlDialect).sql).toBe(
      'SELECT COUNT(*) AS orphan_rows FROM [dbo].[CRONUS AG$Sales Header] c WHERE c.[Sell-to Customer No_] IS NOT NULL AND ' +
        'NOT EXISTS (SELECT 1 FROM [dbo].[CRONUS AG$Customer] p WHERE p.[No_] = c.[Sell-to Customer No_])',
    )
  })

  it('PostgreSQL, MySQL and SQLite in their quoting; no schema where the engine has none', () => {
    const kunden: ForeignKeyRef = {columns: ['kunden_nr'], references: {schema: null, table: 'kunde', columns: ['nr']}}
    const auftrag = orderDetails({schema: null, name: 'auftrag'})
    expect(orphanCountStatement(auftrag, kunden, mysqlDialect).sql).toBe(
      'SELECT COUNT(*) AS orphan_rows FROM `auftrag` c WHERE c.`kunden_nr` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `kunde` p WHERE p.`nr` = c.`kunden_nr`)',
    )
    expect(orphanCountStatement(auftrag, kunden, sqliteDialect).sql).toBe(
      'SELECT COUNT(*) AS orphan_rows FROM "auftrag" c WHERE c."kunden_nr" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "kunde" p WHERE p."nr" = c."kunden_nr")',
    )
    const pg = orphanCountStatement(orderDetails({schema: 'vertrieb', name: 'auftrag'}), {...kunden, references: {...kunden.references, schema: 'stamm'}}, postgresDialect)
    expect(pg.sql).toContain('FROM "vertrieb"."auftrag" c WHERE c."kunden_nr" IS NOT NULL')
    expect(pg.sql).toContain('SELECT 1 FROM "stamm"."kunde" p WHERE p."nr" = c."kunden_nr"')
  })
})

describe('orphanExamplesStatement', () => {
  it('fetches a few distinct orphan values', () => {
    expect(ORPHAN_EXAMPLES).toBe(3)
    const pg = orphanExamplesStatement(orderDetails({schema: 'public'}), toOrders, postgresDialect)
    expect(pg).toEqual({
      label: 'orphan examples: public.Order Details (OrderID)',
      sql:
        'SELECT c."OrderID" AS k0 FROM "public"."Order Details" c WHERE c."OrderID" IS NOT NULL AND ' +
        'NOT EXISTS (SELECT 1 FROM "dbo"."Orders" p WHERE p."OrderID" = c."OrderID") GROUP BY c."OrderID" LIMIT 3',
    })
    expect(orphanExamplesStatement(orderDetails({schema: null}), toOrders, mysqlDialect).sql).toMatch(/^SELECT c\.`OrderID` AS k0 FROM `Order Details` c WHERE .* GROUP BY c\.`OrderID` LIMIT 3$/)
    expect(orphanExamplesStatement(orderDetails({schema: null}), toOrders, sqliteDialect).sql).toMatch(/^SELECT c\."OrderID" AS k0 FROM "Order Details" c WHERE .* GROUP BY c\."OrderID" LIMIT 3$/)
  })

  it('SQL Server: the label and the orphan condition', () => {
    const statement = orphanExamplesStatement(orderDetails(), toOrders, mssqlDialect)
    expect(statement.label).toBe('orphan examples: dbo.Order Details (OrderID)')
    expect(statement.sql).toContain('c.[OrderID] AS k0 FROM [dbo].[Order Details] c WHERE c.[OrderID] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [dbo].[Orders] p WHERE p.[OrderID] = c.[OrderID])')
  })

  // T-SQL wants DISTINCT before TOP; a GROUP BY gives distinct values in every dialect's syntax
  it('SQL Server: complete text, distinct by GROUP BY after TOP', () => {
    expect(orphanExamplesStatement(orderDetails(), toOrders, mssqlDialect).sql).toBe(
      'SELECT TOP (3) c.[OrderID] AS k0 FROM [dbo].[Order Details] c WHERE c.[OrderID] IS NOT NULL AND ' +
        'NOT EXISTS (SELECT 1 FROM [dbo].[Orders] p WHERE p.[OrderID] = c.[OrderID]) GROUP BY c.[OrderID]',
    )
  })

  it('a composite key gives one alias per column', () => {
    const fk: ForeignKeyRef = {columns: ['OrderID', 'ProductID'], references: {schema: 'dbo', table: 'Order Details', columns: ['OrderID', 'ProductID']}}
    expect(orphanExamplesStatement(orderDetails({schema: 'public'}), fk, postgresDialect).sql).toMatch(/^SELECT c\."OrderID" AS k0, c\."ProductID" AS k1 FROM .* GROUP BY c\."OrderID", c\."ProductID" LIMIT 3$/)
  })
})
