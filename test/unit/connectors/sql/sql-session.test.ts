import knexFactory from 'knex'
import {afterAll, describe, expect, it} from 'vitest'
import {escapeQuestionMarks, normaliseRows} from '../../../../src/connectors/sql/sql-session.js'

/** knex clients without a connection: toSQL().toNative() shows what the driver would receive */
const clients = {postgres: knexFactory({client: 'pg'}), mssql: knexFactory({client: 'mssql'}), mysql: knexFactory({client: 'mysql2'}), sqlite: knexFactory({client: 'better-sqlite3', useNullAsDefault: true})}
afterAll(async () => {
  for (const k of Object.values(clients)) await k.destroy()
})

function reachesDriver(dialect: keyof typeof clients, sql: string): string {
  return clients[dialect].raw(escapeQuestionMarks(dialect, sql)).toSQL().toNative().sql
}

const PLACEHOLDER_SQL = "SELECT SUM(CASE WHEN LOWER(x) IN ('?', '??', '???', 'n/a') THEN 1 ELSE 0 END) AS ph FROM t WHERE \"Bezahlt?\" = 1"

describe('escapeQuestionMarks', () => {
  it('escapes every ? for mssql, whose knex client turns ? into bind parameters', () => {
    expect(escapeQuestionMarks('mssql', "N'???'")).toBe("N'\\?\\?\\?'")
  })

  it('leaves PostgreSQL text alone: its statements go to the pg connection as written, not through knex.raw', () => {
    expect(escapeQuestionMarks('postgres', "IN ('?', '??')")).toBe("IN ('?', '??')")
  })

  it('leaves MySQL and SQLite text alone (their clients do not rewrite ? without bindings)', () => {
    expect(escapeQuestionMarks('mysql', "IN ('?', '??')")).toBe("IN ('?', '??')")
    expect(escapeQuestionMarks('sqlite', "IN ('?', '??')")).toBe("IN ('?', '??')")
  })

  it.each(['mssql', 'mysql', 'sqlite'] as const)('%s: the statement reaches the driver exactly as written', (dialect) => {
    expect(reachesDriver(dialect, PLACEHOLDER_SQL)).toBe(PLACEHOLDER_SQL)
    expect(clients[dialect].raw(escapeQuestionMarks(dialect, PLACEHOLDER_SQL)).toSQL().bindings).toEqual([])
  })


  it('mssql: a backslash directly before ? survives', () => {
    const sql = "SELECT [Preis\\?] FROM t WHERE x = N'C:\\?'"
    expect(reachesDriver('mssql', sql)).toBe(sql)
  })
})

describe('normaliseRows: knex.raw results per driver', () => {
  const rows = [{a: 1}, {a: 2}]

  it('pg: the Result object’s rows', () => {
    expect(normaliseRows('postgres', {rows, rowCount: 2, command: 'SELECT', fields: []})).toBe(rows)
    expect(normaliseRows('postgres', {command: 'SET'})).toEqual([])
    expect(normaliseRows('postgres', undefined)).toEqual([])
  })

  it('mysql2: the first element of [rows, fields]; a ResultSetHeader gives no rows', () => {
    expect(normaliseRows('mysql', [rows, [{name: 'a'}]])).toBe(rows)
    expect(normaliseRows('mysql', [{affectedRows: 0, insertId: 0}, undefined])).toEqual([])
    expect(normaliseRows('mysql', {})).toEqual([])
  })

  it('mssql and better-sqlite3: the rows array itself; a run summary gives no rows', () => {
    expect(normaliseRows('mssql', rows)).toBe(rows)
    expect(normaliseRows('sqlite', rows)).toBe(rows)
    expect(normaliseRows('sqlite', {changes: 0, lastInsertRowid: 0})).toEqual([])
    expect(normaliseRows('mssql', null)).toEqual([])
  })
})
