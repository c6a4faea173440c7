import {describe, expect, it} from 'vitest'
import {estimateDistinct, estimateRowsFromBytes} from '../../../src/values/cardinality-estimate.js'

describe('cardinality estimate', () => {
  it('predicts a unique column as about the number of rows', () => {
    const sample = Array.from({length: 1000}, (_, i) => String(10_000 + i))
    expect(estimateDistinct(sample, 1_000_000)).toBe(1_000_000)
  })

  it('predicts a medium-cardinality column (5,000 surnames) near its true size, far below a million', () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    // a skewed draw from 5,000 names, as surnames are
    const sample = Array.from({length: 1000}, () => `Name${Math.floor(5000 * (next() / 2147483648) ** 2)}`)
    const estimate = estimateDistinct(sample, 1_000_000)
    expect(estimate).toBeGreaterThan(1000)
    expect(estimate).toBeLessThan(20_000)
  })

  it('predicts a few repeated values (Herr/Frau, ja/nein, a constant) as just those', () => {
    const anrede = Array.from({length: 1000}, (_, i) => (i % 2 ? 'Herr' : 'Frau'))
    expect(estimateDistinct(anrede, 1_000_000)).toBe(2)
    expect(estimateDistinct(Array.from({length: 1000}, () => 'DE'), 1_000_000)).toBe(1)
  })

  it('says little from tiny samples and counts missing values out', () => {
    expect(estimateDistinct(['a', 'b', 'c'], 1_000_000)).toBe(3)
    const half = Array.from({length: 1000}, (_, i) => (i % 2 === 0 ? '' : String(i)))
    expect(estimateDistinct(half, 1_000_000)).toBe(500_000)
  })

  it('extrapolates rows from the data bytes and the sample record size', () => {
    const sample = Array.from({length: 500}, () => ['12345', 'Köln', '1.234,56'])
    // 5 + 4 + 8 characters and 3 separators/line ends = 20 per row
    expect(estimateRowsFromBytes(sample, 20_000_000)).toBe(1_000_000)
    expect(estimateRowsFromBytes(sample.slice(0, 10), 20_000_000)).toBeUndefined()
  })
})
