import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {typeInference} from '../../../../src/analyzers/columns/type-inference.js'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {checkEmptyIdentity, checkMergeLaw, columnContext, germanValue, metricOf} from './column-fold.js'

const typeOf = (values: RawValue[], name = 'Spalte') => metricOf(typeInference, values, columnContext({name})).inferredType

describe('type-inference: value cases', () => {
  it('one kind → that kind; missing cells do not count', () => {
    expect(typeOf(['1', '2', '', null, 'k.A.'])).toBe('integer')
    expect(typeOf(['1,5', '2,25'])).toBe('decimal')
    expect(typeOf(['ja', 'nein', 'Ja'])).toBe('boolean')
    expect(typeOf(['x', '', 'x', ''])).toBe('boolean')
    expect(typeOf(['31.12.2024', '2024-01-01'])).toBe('date')
    expect(typeOf(['31.12.2024 10:00', '2024-01-01T08:00:00'])).toBe('datetime')
    expect(typeOf(['Müller', 'Meier'])).toBe('text')
  })

  it('integers with decimals are decimal, dates with date-times datetime', () => {
    expect(typeOf(['1', '2,5', '3'])).toBe('decimal')
    expect(typeOf(['31.12.2024', '01.01.2024 10:00'])).toBe('datetime')
  })

  it('digit codes with a leading zero make the column text', () => {
    expect(typeOf(['01067', '000123'])).toBe('text')
    expect(typeOf(['01067', '10115', '80331', '20095'])).toBe('text')
    expect(typeOf(['0', '1', '10'])).toBe('integer')
  })

  it('a dominant kind of at least 95 % wins, otherwise mixed; nothing present is empty', () => {
    const mostly = [...Array.from({length: 95}, (_, i) => String(i)), 'a', 'b', 'c', 'd', 'e']
    expect(typeOf(mostly)).toBe('integer')
    expect(typeOf([...mostly, 'f'])).toBe('mixed')
    expect(typeOf(['1', 'a'])).toBe('mixed')
    expect(typeOf(['', null, 'n/a'])).toBe('empty')
    expect(typeOf([])).toBe('empty')
  })

  it('Excel serial days in a date-named column are dates', () => {
    expect(typeOf([45000, 45100, 44000], 'Rechnungsdatum')).toBe('date')
    expect(typeOf(['45000', '45100'], 'Geb. Datum')).toBe('date')
    expect(typeOf([45000.5, 45100], 'created_at')).toBe('datetime')
    expect(typeOf([45000, 45100], 'Menge')).toBe('integer')
    expect(typeOf([45000, 90000], 'Datum')).toBe('integer')
    expect(typeOf([45000, 45100], 'Gebiet')).toBe('integer')
    const metric = metricOf(typeInference, [45000, 45100, 'n/a'], columnContext({name: 'Lieferdatum', sourceTyped: true}))
    expect(metric.formats).toEqual([{format: 'excel-serial', count: 2}])
  })

  it('counts kinds and formats, most frequent format first', () => {
    const metric = metricOf(typeInference, ['31.12.2024', '01.01.2024', '2024-01-01', '1.234,56', 'abc', ''])
    expect(metric.typeCounts).toEqual({date: 3, decimal: 1, text: 1})
    expect(metric.formats).toEqual([
      {format: 'dd.mm.yyyy', count: 2},
      {format: '1.234,56', count: 1},
      {format: 'yyyy-mm-dd', count: 1},
    ])
    expect(metric.inferredType).toBe('mixed')
  })

  it('textualNumbers: numbers written as text in a typed source, but not digit codes', () => {
    const typed = columnContext({sourceTyped: true})
    expect(metricOf(typeInference, [1, 2.5, '3', '4,5', '01067', 'abc'], typed).textualNumbers).toBe(2)
    expect(metricOf(typeInference, [1, 2], typed).textualNumbers).toBe(0)
    // a CSV is all text: the field is not measured there
    expect(metricOf(typeInference, ['3', '4,5'])).not.toHaveProperty('textualNumbers')
  })

  it('the ambiguous 1.234 follows the column hint', () => {
    const comma = metricOf(typeInference, ['1.234', '2.500'], columnContext({hints: {decimalSeparator: ','}}))
    const point = metricOf(typeInference, ['1.234', '2.500'], columnContext({hints: {decimalSeparator: '.'}}))
    expect([comma.inferredType, comma.formats]).toEqual(['integer', [{format: '1.234', count: 2}]])
    expect([point.inferredType, point.formats]).toEqual(['decimal', [{format: '1234.56', count: 2}]])
  })
})

describe('type-inference: laws', () => {
  it('merge law: any split, any order', () => {
    checkMergeLaw(typeInference, fc.array(germanValue, {maxLength: 60}), columnContext({sourceTyped: true}))
    checkMergeLaw(typeInference, fc.array(fc.constantFrom<RawValue>(45000, '45100', 44000.5, null), {maxLength: 20}), columnContext({name: 'Datum'}), 100)
  })

  it('empty() is the identity; no input gives an empty column', () => {
    checkEmptyIdentity(typeInference, ['1', 'x', null])
    expect(metricOf(typeInference, [])).toEqual({inferredType: 'empty', typeCounts: {}})
  })
})
