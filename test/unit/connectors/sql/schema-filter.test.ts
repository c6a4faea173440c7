import {describe, expect, it} from 'vitest'

import {
  MSSQL_SYSTEM_SCHEMAS,
  POSTGRES_SYSTEM_SCHEMAS,
  POSTGRES_SYSTEM_SCHEMA_PREFIXES,
  isSystemSchema,
  schemaAllowed,
  schemaPatternToRegExp,
} from '../../../../src/connectors/sql/schema-filter.js'

describe('schemaAllowed', () => {
  it('lets every schema through when include and exclude are empty', () => {
    expect(schemaAllowed('public', {include: [], exclude: []})).toBe(true)
    expect(schemaAllowed('sales', {include: [], exclude: []})).toBe(true)
  })

  it('needs a matching include pattern when include is not empty', () => {
    const filter = {include: ['sales', 'hr_*'], exclude: []}
    expect(schemaAllowed('sales', filter)).toBe(true)
    expect(schemaAllowed('hr_2024', filter)).toBe(true)
    expect(schemaAllowed('hr', filter)).toBe(false)
    expect(schemaAllowed('public', filter)).toBe(false)
  })

  it('matches case-insensitively', () => {
    expect(schemaAllowed('Sales', {include: ['SALES'], exclude: []})).toBe(true)
    expect(schemaAllowed('dbo', {include: [], exclude: ['DBO']})).toBe(false)
  })

  it('lets exclude win over include', () => {
    const filter = {include: ['*'], exclude: ['tmp*']}
    expect(schemaAllowed('tmp_import', filter)).toBe(false)
    expect(schemaAllowed('public', filter)).toBe(true)
  })

  it('treats ? as exactly one character and anchors the whole name', () => {
    const filter = {include: ['m?'], exclude: []}
    expect(schemaAllowed('m1', filter)).toBe(true)
    expect(schemaAllowed('m', filter)).toBe(false)
    expect(schemaAllowed('m12', filter)).toBe(false)
    expect(schemaAllowed('xm1', filter)).toBe(false)
  })

  it('treats regex characters in names literally', () => {
    expect(schemaAllowed('a.b', {include: ['a.b'], exclude: []})).toBe(true)
    expect(schemaAllowed('axb', {include: ['a.b'], exclude: []})).toBe(false)
    expect(schemaAllowed('shop$1', {include: ['shop$?'], exclude: []})).toBe(true)
    expect(schemaAllowed('x(1)', {include: ['x(1)'], exclude: []})).toBe(true)
    expect(schemaAllowed('a/b', {include: ['a/*'], exclude: []})).toBe(true)
  })

  it('matches non-ASCII names case-insensitively', () => {
    expect(schemaAllowed('Äußeres', {include: ['äu*'], exclude: []})).toBe(true)
  })

  it('compiles a pattern to an anchored expression', () => {
    expect(schemaPatternToRegExp('a*').source).toBe('^a.*$')
  })
})

describe('isSystemSchema', () => {
  it('recognises PostgreSQL system schemas by name and prefix', () => {
    expect(isSystemSchema('pg_catalog', POSTGRES_SYSTEM_SCHEMAS, POSTGRES_SYSTEM_SCHEMA_PREFIXES)).toBe(true)
    expect(isSystemSchema('pg_toast_temp_1', POSTGRES_SYSTEM_SCHEMAS, POSTGRES_SYSTEM_SCHEMA_PREFIXES)).toBe(true)
    expect(isSystemSchema('public', POSTGRES_SYSTEM_SCHEMAS, POSTGRES_SYSTEM_SCHEMA_PREFIXES)).toBe(false)
  })

  it('compares SQL Server schemas case-insensitively', () => {
    expect(isSystemSchema('information_schema', MSSQL_SYSTEM_SCHEMAS)).toBe(true)
    expect(isSystemSchema('db_datareader', MSSQL_SYSTEM_SCHEMAS)).toBe(true)
    expect(isSystemSchema('dbo', MSSQL_SYSTEM_SCHEMAS)).toBe(false)
  })
})
