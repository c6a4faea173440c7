import {describe, expect, it} from 'vitest'
import {MAX_CHECKED, MIN_ROWS_FOR_UNNAMED_KEY, chooseKeys, type ColumnCounts} from '../../../../src/engine/database/key-choice.js'
import type {CatalogTable} from '../../../../src/connectors/sql/catalog.js'
import {col, orderDetails} from '../../connectors/sql/catalog-fixture.js'

function kunde(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return orderDetails({
    schema: null,
    name: 'kunde',
    primaryKey: null,
    foreignKeys: [],
    columns: [
      col('name', 'varchar(80)', 'text', 0),
      col('kundennummer', 'varchar(10)', 'text', 1),
      col('umsatz', 'decimal(12,2)', 'decimal', 2),
      col('email', 'varchar(120)', 'text', 3),
      col('id', 'int', 'integer', 4),
      col('angelegt', 'datetime', 'datetime', 5),
      col('notiz', 'text', 'text', 6, {largeObject: true}),
      col('plz', 'char(5)', 'text', 7),
    ],
    ...overrides,
  })
}

const names = (keys: ReturnType<typeof chooseKeys>) => keys.map((k) => [k.columns.map((c) => c.name), k.declared])

describe('chooseKeys: declared keys', () => {
  it('the primary key and unique constraints, each once, nothing inferred', () => {
    const table = orderDetails({uniqueConstraints: [['OrderID', 'ProductID'], ['ProductName']]})
    expect(names(chooseKeys(table, [], 2155))).toEqual([
      [['OrderID', 'ProductID'], 'primary'],
      [['ProductName'], 'unique'],
    ])
  })

  it('a unique constraint alone is enough to infer nothing', () => {
    const table = kunde({uniqueConstraints: [['email']]})
    expect(names(chooseKeys(table, [], 500))).toEqual([[['email'], 'unique']])
  })
})

describe('chooseKeys: tables without a primary key', () => {
  const rows = 1000
  /** per column: present values and distinct values */
  const counts: ColumnCounts[] = [
    {present: 1000, distinct: 995}, // name: nearly unique, not named like a key
    {present: 990, distinct: 600}, // kundennummer: identifier name, 61 % distinct
    {present: 1000, distinct: 1000}, // umsatz: decimal, never a key
    {present: 1000, distinct: 1000}, // email: unique
    {present: 1000, distinct: 1000}, // id: unique, identifier name
    {present: 1000, distinct: 1000}, // angelegt: datetime, never a key
    {present: 1000, distinct: null}, // notiz: large object
    {present: 1000, distinct: 40}, // plz
  ]

  it('identifier-named columns first, then nearly unique ones by share, at most MAX_CHECKED', () => {
    expect(MAX_CHECKED).toBe(3)
    expect(names(chooseKeys(kunde(), counts, rows))).toEqual([
      [['id'], null],
      [['kundennummer'], null],
      [['email'], null],
    ])
  })

  it('an identifier name needs half of its values distinct; other names 99 %', () => {
    const few: ColumnCounts[] = counts.map((c, i) => (i === 1 ? {present: 1000, distinct: 400} : i === 4 ? {present: 1000, distinct: 10} : c))
    expect(names(chooseKeys(kunde(), few, rows))).toEqual([
      [['email'], null],
      [['name'], null],
    ])
  })

  it('small tables get only identifier-named candidates', () => {
    const small = MIN_ROWS_FOR_UNNAMED_KEY - 1
    const all: ColumnCounts[] = kunde().columns.map(() => ({present: small, distinct: small}))
    expect(names(chooseKeys(kunde(), all, small))).toEqual([
      [['kundennummer'], null],
      [['id'], null],
    ])
  })

  it('columns without values, unknown distinct counts and an empty table give nothing', () => {
    const none: ColumnCounts[] = kunde().columns.map(() => ({present: 0, distinct: 0}))
    expect(chooseKeys(kunde(), none, 1000)).toEqual([])
    const unknown: ColumnCounts[] = kunde().columns.map(() => ({present: 1000, distinct: null}))
    expect(chooseKeys(kunde(), unknown, 1000)).toEqual([])
    expect(chooseKeys(kunde(), counts, 0)).toEqual([])
  })
})
