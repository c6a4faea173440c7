import {describe, expect, it} from 'vitest'
import {hashSetAdd} from '../../../../../src/analyzers/columns/support/hash-set.js'
import {countValue, createValueCounts, valueCountsToHashSet} from '../../../../../src/analyzers/columns/support/value-counts.js'

describe('value-counts', () => {
  it('counts per hash, refuses new values when full, and turns into the same hash set', () => {
    const vc = createValueCounts(3)
    expect(countValue(vc, 11, 'a', 1)).toBe(true)
    expect(countValue(vc, 22, 'b', 2)).toBe(true)
    expect(countValue(vc, 11, 'a', 5)).toBe(true)
    expect(countValue(vc, 33, 'c', 1)).toBe(true)
    expect(countValue(vc, 44, 'd', 1)).toBe(false)
    expect(countValue(vc, 22, 'b', 1)).toBe(true)
    expect(vc.values).toEqual(['a', 'b', 'c'])
    expect(Array.from(vc.counts.subarray(0, 3))).toEqual([6, 3, 1])
    const set = valueCountsToHashSet(vc)
    expect(set.count).toBe(3)
    expect(hashSetAdd(set, 22)).toBe(false)
    expect(hashSetAdd(set, 44)).toBe(true)
  })

  it('grows from a small table to its capacity and keeps every count', () => {
    const vc = createValueCounts(1000)
    expect(vc.keys.length).toBeLessThanOrEqual(64)
    for (let round = 1; round <= 3; round++) {
      for (let v = 1; v <= 1000; v++) expect(countValue(vc, v * 7919, `v${v}`, round)).toBe(true)
    }
    expect(countValue(vc, 1, 'new', 1)).toBe(false)
    expect(vc.values).toHaveLength(1000)
    expect(vc.values[999]).toBe('v1000')
    expect(Array.from(vc.counts.subarray(0, 1000)).every((n) => n === 6)).toBe(true)
    expect(vc.values.length * 2).toBeLessThanOrEqual(vc.keys.length)
    const set = valueCountsToHashSet(vc)
    expect(hashSetAdd(set, 500 * 7919)).toBe(false)
    expect(set.count).toBe(1000)
  })
})
