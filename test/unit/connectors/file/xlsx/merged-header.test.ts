import {describe, expect, it} from 'vitest'
import {fillMergedCells} from '../../../../../src/connectors/file/xlsx/merged-header.js'

describe('fillMergedCells', () => {
  // the layout of Destatis' 04-kreise.xlsx: a merged title, then labels merged down over two header rows
  // and a group cell "Bevölkerung" merged over three columns
  const rows = [
    ['Kreisfreie Städte und Landkreise'],
    [],
    ['Schlüssel', 'Kreis', 'Bevölkerung'],
    [null, null, 'insgesamt', 'männlich', 'weiblich'],
    ['01001', 'Flensburg', 89934, 44797, 45137],
  ]
  const rowNumbers = [1, 2, 4, 5, 6]
  const merges = [
    {top: 1, left: 0, bottom: 1, right: 4},
    {top: 4, left: 0, bottom: 5, right: 0},
    {top: 4, left: 1, bottom: 5, right: 1},
    {top: 4, left: 2, bottom: 4, right: 4},
  ]

  it('spreads group cells across and labels down, but leaves a lone title alone', () => {
    expect(fillMergedCells(rows, rowNumbers, merges)).toEqual([
      ['Kreisfreie Städte und Landkreise'],
      [],
      ['Schlüssel', 'Kreis', 'Bevölkerung', 'Bevölkerung', 'Bevölkerung'],
      ['Schlüssel', 'Kreis', 'insgesamt', 'männlich', 'weiblich'],
      ['01001', 'Flensburg', 89934, 44797, 45137],
    ])
  })

  it('returns a copy and leaves the rows it was given untouched', () => {
    const before = JSON.stringify(rows)
    const filled = fillMergedCells(rows, rowNumbers, merges)
    expect(JSON.stringify(rows)).toBe(before)
    expect(filled[2]).not.toBe(rows[2])
  })

  it('ignores ranges outside the rows and ranges whose top-left cell is empty or not buffered', () => {
    const far = [{top: 100, left: 0, bottom: 101, right: 3}]
    expect(fillMergedCells(rows, rowNumbers, far)).toEqual(rows)
    const emptyTopLeft = [{top: 5, left: 0, bottom: 6, right: 0}]
    expect(fillMergedCells(rows, rowNumbers, emptyTopLeft)).toEqual(rows)
    const topMissing = [{top: 3, left: 0, bottom: 4, right: 2}]
    expect(fillMergedCells(rows, rowNumbers, topMissing)).toEqual(rows)
  })
})
