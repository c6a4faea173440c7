import {describe, expect, it} from 'vitest'
import {historyMonthsStatement} from '../../../../src/connectors/sql/history-sql.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {orderDetails} from './catalog-fixture.js'

const shipped = orderDetails().columns[5]

describe('historyMonthsStatement', () => {
  it('SQL Server: months as yyyymm integers with their row counts (complete text)', () => {
    const ym = '(YEAR([ShippedDate]) * 100 + MONTH([ShippedDate]))'
    expect(historyMonthsStatement(orderDetails(), shipped, mssqlDialect)).toEqual({
      label: 'history: dbo.Order Details.ShippedDate',
      sql: `SELECT ${ym} AS ym, COUNT(*) AS n FROM [dbo].[Order Details] WHERE [ShippedDate] IS NOT NULL GROUP BY ${ym} ORDER BY ${ym}`,
    })
  })

  it('PostgreSQL: EXTRACT cast to integer', () => {
    const ym = 'CAST(EXTRACT(YEAR FROM "ShippedDate") * 100 + EXTRACT(MONTH FROM "ShippedDate") AS integer)'
    expect(historyMonthsStatement(orderDetails({schema: 'public'}), shipped, postgresDialect).sql).toBe(
      `SELECT ${ym} AS ym, COUNT(*) AS n FROM "public"."Order Details" WHERE "ShippedDate" IS NOT NULL GROUP BY ${ym} ORDER BY ${ym}`,
    )
  })

  it('MySQL: EXTRACT(YEAR_MONTH); SQLite: strftime with auto (text dates and Unix times)', () => {
    const mysql = historyMonthsStatement(orderDetails({schema: null}), shipped, mysqlDialect)
    expect(mysql.sql).toBe(
      'SELECT EXTRACT(YEAR_MONTH FROM `ShippedDate`) AS ym, COUNT(*) AS n FROM `Order Details` WHERE `ShippedDate` IS NOT NULL ' +
        'GROUP BY EXTRACT(YEAR_MONTH FROM `ShippedDate`) ORDER BY EXTRACT(YEAR_MONTH FROM `ShippedDate`)',
    )
    expect(mysql.label).toBe('history: Order Details.ShippedDate')
    expect(historyMonthsStatement(orderDetails({schema: null}), shipped, sqliteDialect).sql).toContain(
      `SELECT CAST(strftime('%Y%m', "ShippedDate", 'auto') AS INTEGER) AS ym, COUNT(*) AS n FROM "Order Details" WHERE "ShippedDate" IS NOT NULL GROUP BY`,
    )
  })
})
