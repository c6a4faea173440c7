import {describe, expect, it} from 'vitest'
import type {CatalogColumn} from '../../../../src/connectors/sql/catalog.js'
import {limitSelect, qualifiedTableRef, rowLimit, sampleSelectList, topSelect} from '../../../../src/connectors/sql/select-text.js'

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`
const brackets = (name: string): string => `[${name.replaceAll(']', ']]')}]`

function column(name: string, typeClass: CatalogColumn['typeClass'] = 'text'): CatalogColumn {
  return {name, position: 0, declaredType: typeClass, typeClass, nullable: true, largeObject: false}
}

describe('rowLimit', () => {
  it('is a whole, non-negative number', () => {
    expect(rowLimit(500)).toBe('500')
    expect(rowLimit(12.9)).toBe('12')
    expect(rowLimit(-3)).toBe('0')
  })
})

describe('limitSelect: LIMIT at the end', () => {
  it('leaves out empty WHERE and ORDER BY', () => {
    expect(limitSelect({columns: '*', from: '"t"'}, 10)).toBe('SELECT * FROM "t" LIMIT 10')
    expect(limitSelect({columns: '*', from: '"t"', where: '', orderBy: ''}, 10)).toBe('SELECT * FROM "t" LIMIT 10')
  })

  it('puts WHERE before ORDER BY before LIMIT', () => {
    expect(limitSelect({columns: '"a", "b"', from: '"s"."t"', where: '"a" > 5', orderBy: '"a"'}, 2.5)).toBe(
      'SELECT "a", "b" FROM "s"."t" WHERE "a" > 5 ORDER BY "a" LIMIT 2',
    )
  })
})

describe('topSelect: SQL Server TOP (n) at the front', () => {
  it('bounds the rows before the select list', () => {
    expect(topSelect({columns: '[a]', from: '[dbo].[t]'}, 100)).toBe('SELECT TOP (100) [a] FROM [dbo].[t]')
    expect(topSelect({columns: '[a]', from: '[t]', where: '[a] >= 1', orderBy: '[a]'}, -1)).toBe('SELECT TOP (0) [a] FROM [t] WHERE [a] >= 1 ORDER BY [a]')
  })
})

describe('qualifiedTableRef', () => {
  it('quotes schema and table with the dialect quoting', () => {
    expect(qualifiedTableRef({schema: 'sales', name: 'Order "x"'}, quote)).toBe('"sales"."Order ""x"""')
    expect(qualifiedTableRef({schema: 'dbo', name: 'a]b'}, brackets)).toBe('[dbo].[a]]b]')
  })

  it('gives the table alone when the engine has no schema', () => {
    expect(qualifiedTableRef({schema: null, name: 'kunde'}, quote)).toBe('"kunde"')
  })
})

describe('sampleSelectList', () => {
  const lengthOfBinary = (c: CatalogColumn): string => (c.typeClass === 'binary' ? `length(${quote(c.name)})` : quote(c.name))

  it('renames a column read through an expression back to its name', () => {
    expect(sampleSelectList([column('name'), column('bild', 'binary')], quote, lengthOfBinary)).toBe('"name", length("bild") AS "bild"')
  })

  it('selects a constant _ column, quoted by the dialect, when there are no columns', () => {
    expect(sampleSelectList([], quote, lengthOfBinary)).toBe('1 AS "_"')
    expect(sampleSelectList([], brackets, lengthOfBinary)).toBe('1 AS [_]')
  })
})
