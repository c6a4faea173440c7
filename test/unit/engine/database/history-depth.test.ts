import {describe, expect, it} from 'vitest'
import {MAX_LISTED_GAPS, historyDepth} from '../../../../src/engine/database/history-depth.js'

describe('historyDepth', () => {
  it('first and last month, months with rows, and the empty months between', () => {
    expect(historyDepth('ShippedDate', [202401, 202402, 202405], '2024-01-03', '2024-05-28')).toEqual({
      column: 'ShippedDate',
      earliest: '2024-01-03',
      latest: '2024-05-28',
      monthsSpanned: 5,
      monthsWithRows: 3,
      gapMonths: 2,
      gaps: ['2024-03', '2024-04'],
    })
  })

  it('counts across year boundaries', () => {
    const depth = historyDepth('datum', [202311, 202402], '2023-11-15', '2024-02-01')!
    expect(depth.monthsSpanned).toBe(4)
    expect(depth.gaps).toEqual(['2023-12', '2024-01'])
  })

  it('no gaps in a continuous history; order and repeats of the input do not matter', () => {
    const depth = historyDepth('datum', [202003, 202001, 202002, 202002], '2020-01-01', '2020-03-31')!
    expect(depth).toMatchObject({monthsSpanned: 3, monthsWithRows: 3, gapMonths: 0, gaps: []})
  })

  it('a single month', () => {
    expect(historyDepth('datum', [199607], '1996-07-04', '1996-07-31')).toMatchObject({monthsSpanned: 1, monthsWithRows: 1, gapMonths: 0})
  })

  it('sentinel dates (1900-01-01, 9999-12-31) are not history: months outside 1950–2100 are ignored and the range comes from the real months', () => {
    const depth = historyDepth('lieferdatum', [190001, 202311, 202402, 999912], '1900-01-01', '9999-12-31')!
    expect(depth).toMatchObject({earliest: '2023-11-01', latest: '2024-02-29', monthsSpanned: 4, monthsWithRows: 2})
    expect(historyDepth('x', [202302], '1900-01-01', '9999-12-31')!.latest).toBe('2023-02-28')
  })

  it('invalid month keys (month 0 or 13, fractions) are ignored', () => {
    expect(historyDepth('x', [202400, 202413, 202401.5, 202406], '2024-06-01', '2024-06-30')).toMatchObject({monthsSpanned: 1, monthsWithRows: 1})
  })

  it('no usable month: null', () => {
    expect(historyDepth('x', [], '2024-01-01', '2024-01-01')).toBeNull()
    expect(historyDepth('x', [190001, 999912], '1900-01-01', '9999-12-31')).toBeNull()
  })

  it('lists at most MAX_LISTED_GAPS gap months but counts all of them', () => {
    const depth = historyDepth('x', [201001, 202001], '2010-01-01', '2020-01-31')!
    expect(depth.monthsSpanned).toBe(121)
    expect(depth.gapMonths).toBe(119)
    expect(depth.gaps).toHaveLength(MAX_LISTED_GAPS)
    expect(depth.gaps[0]).toBe('2010-02')
    expect(depth.gaps[MAX_LISTED_GAPS - 1]).toBe('2012-01')
  })
})
