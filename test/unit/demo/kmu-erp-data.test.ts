import {describe, expect, it} from 'vitest'
import {kmuErpCreateStatements} from '../../../demo/kmu-erp-data.mjs'

describe('kmuErpCreateStatements', () => {
  it('gives every dialect the same tables and indexes', () => {
    const counts = (['postgres', 'mysql', 'sqlite', 'mssql'] as const).map((d) => kmuErpCreateStatements(d).length)
    expect(new Set(counts).size).toBe(1)
  })

  it('SQL Server: Unicode text types that are not large objects, bit booleans, datetime2', () => {
    const ddl = kmuErpCreateStatements('mssql').join('\n')
    expect(ddl).toContain('name nvarchar(100) NOT NULL')
    expect(ddl).toContain('gesperrt bit NOT NULL')
    expect(ddl).toContain('erstellt_am datetime2(0) NOT NULL')
    // no MySQL/SQLite spellings, no large objects (nvarchar(max) would lose the distinct counts)
    expect(ddl).not.toMatch(/\btext\b|nvarchar\(max\)|tinyint\(1\)|ENGINE=|[^n]varchar/i)
  })
})
