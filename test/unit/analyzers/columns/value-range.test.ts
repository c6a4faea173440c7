import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {valueRange} from '../../../../src/analyzers/columns/value-range.js'
import type {RawValue} from '../../../../src/connectors/connector.js'
import {checkEmptyIdentity, checkMergeLaw, columnContext, germanValue, metricOf} from './column-fold.js'

const range = (values: RawValue[], name = 'Spalte') => metricOf(valueRange, values, columnContext({name}))

describe('value-range: value cases', () => {
  it('numbers: numeric min/max across spellings, lengths of the text as written', () => {
    expect(range(['1.234,56', '-10,7', '2', '', 'k.A.'])).toEqual({min: -10.7, max: 1234.56, minLength: 1, maxLength: 8})
  })

  it('dates: ordered by the calendar, reported as ISO', () => {
    expect(range(['02.01.2024', '2023-12-31', '15.03.24'])).toEqual({min: '2023-12-31', max: '2024-03-15', minLength: 8, maxLength: 10})
  })

  it('dates with date-times: ISO date-times', () => {
    expect(range(['02.01.2024', '2024-01-01T23:30:00'])).toEqual({
      min: '2024-01-01T23:30:00',
      max: '2024-01-02T00:00:00',
      minLength: 10,
      maxLength: 19,
    })
  })

  it('text: code point order; lengths in code points', () => {
    expect(range(['Zoë', 'Aal', 'Ärger', 'apfel'])).toEqual({min: 'Aal', max: 'Ärger', minLength: 3, maxLength: 5})
    // an emoji (surrogate pair) sorts after U+FF21 by code point, and counts as one character
    expect(range(['\uff21', '😀', 'b'])).toEqual({min: 'b', max: '😀', minLength: 1, maxLength: 1})
    expect(range(['a😀😀', 'abcd'])).toMatchObject({minLength: 3, maxLength: 4})
  })

  it('text: code point order holds whatever order surrogates and U+E000–U+FFFF arrive in', () => {
    const values = ['\uff21', '😀', '\uff21x', '😀a', '\ue000']
    const orders = [values, [...values].reverse(), ['😀', '\uff21', '😀a', '\ue000', '\uff21x'], ['\ue000', '😀a', '\uff21x', '😀', '\uff21']]
    for (const order of orders) expect(range(order)).toMatchObject({min: '\ue000', max: '😀a'})
  })

  it('digit codes with leading zeros are compared as text', () => {
    expect(range(['10115', '01067', '99998'])).toEqual({min: '01067', max: '99998', minLength: 5, maxLength: 5})
  })

  it('a mixed column reports the range of its dominant kind', () => {
    expect(range(['5', '7', '3', 'abc'])).toMatchObject({min: 3, max: 7, minLength: 1, maxLength: 3})
    expect(range(['abc', 'xyz', 'mno', '4'])).toMatchObject({min: 'abc', max: 'xyz'})
  })

  it('Excel serial days in a date column: ISO dates', () => {
    expect(range([45000, 45292], 'Belegdatum')).toMatchObject({min: '2023-03-15', max: '2024-01-01'})
    expect(range([45000.5], 'Erstellt am')).toMatchObject({min: '2023-03-15T12:00:00', max: '2023-03-15T12:00:00'})
  })

  it('typed values: numbers as numbers, dates as ISO', () => {
    expect(range([3, 1.5, 2])).toEqual({min: 1.5, max: 3, minLength: 1, maxLength: 3})
    expect(range([new Date(Date.UTC(2020, 4, 1)), new Date(Date.UTC(2019, 0, 2))])).toMatchObject({min: '2019-01-02', max: '2020-05-01'})
  })

  it('booleans have lengths but no min/max', () => {
    expect(range(['ja', 'nein'])).toEqual({minLength: 2, maxLength: 4})
  })
})

describe('value-range: laws', () => {
  it('merge law: any split, any order', () => {
    checkMergeLaw(valueRange, fc.array(germanValue, {maxLength: 60}))
    checkMergeLaw(valueRange, fc.array(fc.string({unit: 'binary', maxLength: 4}), {maxLength: 30}))
  })

  it('empty() is the identity; no input has no range', () => {
    checkEmptyIdentity(valueRange, ['1', 'abc', null])
    expect(metricOf(valueRange, [])).toEqual({})
    expect(metricOf(valueRange, ['', null, '-'])).toEqual({})
  })
})
