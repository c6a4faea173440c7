import {describe, expect, it} from 'vitest'
import {isComparable, isTextColumn, sqlString} from '../../../../src/analyzers/sql/sql-form.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

describe('sqlString: a literal in each dialect', () => {
  it('SQL Server prefixes N so that non-ASCII text (en dash, ellipsis, umlauts) survives the code page', () => {
    expect(sqlString(mssqlDialect, '\u2013')).toBe("N'–'")
    expect(sqlString(mssqlDialect, '\u2026')).toBe("N'…'")
    expect(sqlString(mssqlDialect, 'Müller')).toBe("N'Müller'")
    expect(sqlString(mssqlDialect, 'n/a')).toBe("N'n/a'")
  })

  it('doubles single quotes everywhere', () => {
    expect(sqlString(postgresDialect, "O'Brien")).toBe("'O''Brien'")
    expect(sqlString(sqliteDialect, "O'Brien")).toBe("'O''Brien'")
    expect(sqlString(mysqlDialect, "O'Brien")).toBe("'O''Brien'")
    expect(sqlString(mssqlDialect, "O'Brien")).toBe("N'O''Brien'")
  })

  it('doubles backslashes for MySQL only (its literals treat \\ as an escape; the others do not)', () => {
    expect(sqlString(mysqlDialect, 'C:\\Daten\\x')).toBe("'C:\\\\Daten\\\\x'")
    expect(sqlString(mysqlDialect, "a\\'b")).toBe("'a\\\\''b'")
    expect(sqlString(postgresDialect, 'C:\\Daten')).toBe("'C:\\Daten'")
    expect(sqlString(sqliteDialect, 'C:\\Daten')).toBe("'C:\\Daten'")
    expect(sqlString(mssqlDialect, 'C:\\Daten')).toBe("N'C:\\Daten'")
  })

  it('keeps the dashes and the ellipsis as they are in the other dialects', () => {
    for (const d of [postgresDialect, mysqlDialect, sqliteDialect]) {
      expect(sqlString(d, '\u2014')).toBe("'—'")
      expect(sqlString(d, '\u2026')).toBe("'…'")
    }
  })
})

describe('column kinds', () => {
  it('text columns are the text type class, large or not', () => {
    expect(isTextColumn(col('Name', 'nvarchar(40)', 'text', 0))).toBe(true)
    expect(isTextColumn(col('Notes', 'ntext', 'text', 0, {largeObject: true}))).toBe(true)
    expect(isTextColumn(col('Nr', 'int', 'integer', 0))).toBe(false)
  })

  it('large objects, binaries and other types cannot be compared or counted distinct', () => {
    expect(isComparable(col('Name', 'nvarchar(40)', 'text', 0))).toBe(true)
    expect(isComparable(col('Preis', 'money', 'decimal', 0))).toBe(true)
    expect(isComparable(col('Aktiv', 'bit', 'boolean', 0))).toBe(true)
    expect(isComparable(col('Notes', 'ntext', 'text', 0, {largeObject: true}))).toBe(false)
    expect(isComparable(col('Bild', 'varbinary(100)', 'binary', 0))).toBe(false)
    expect(isComparable(col('Guid', 'uniqueidentifier', 'other', 0))).toBe(false)
  })
})
