import {describe, expect, it} from 'vitest'
import {dialectFor} from '../../../../src/connectors/sql/dialect-registry.js'
import {mssqlDialect} from '../../../../src/connectors/sql/mssql.js'
import {mysqlDialect} from '../../../../src/connectors/sql/mysql.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {sqliteDialect} from '../../../../src/connectors/sql/sqlite.js'

describe('dialectFor', () => {
  it('returns the dialect object of each engine, named as asked', () => {
    expect(dialectFor('postgres')).toBe(postgresDialect)
    expect(dialectFor('mysql')).toBe(mysqlDialect)
    expect(dialectFor('mssql')).toBe(mssqlDialect)
    expect(dialectFor('sqlite')).toBe(sqliteDialect)
    for (const name of ['postgres', 'mysql', 'mssql', 'sqlite'] as const) expect(dialectFor(name).name).toBe(name)
  })

  it('each dialect quotes in its own style', () => {
    expect(dialectFor('postgres').quoteIdent('Order Details')).toBe('"Order Details"')
    expect(dialectFor('mysql').quoteIdent('Order Details')).toBe('`Order Details`')
    expect(dialectFor('mssql').quoteIdent('Order Details')).toBe('[Order Details]')
    expect(dialectFor('sqlite').quoteIdent('Order Details')).toBe('"Order Details"')
  })
})
