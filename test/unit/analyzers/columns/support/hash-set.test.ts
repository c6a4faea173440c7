import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createHashSet, forEachHash, hashSetAdd} from '../../../../../src/analyzers/columns/support/hash-set.js'

const hash53 = fc.integer({min: 0, max: 2 ** 40}).chain((hi) => fc.constant(hi * 8192 + (hi % 8191)))

describe('hash-set', () => {
  it('holds exactly the distinct hashes added, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hash53, fc.nat({max: 50})), {maxLength: 3000}), (hashes) => {
        const set = createHashSet(8)
        const fresh = hashes.map((h) => hashSetAdd(set, h))
        // 0 is stored as 1: the one documented collision
        const reference = new Set<number>()
        const stored = hashes.map((h) => (h === 0 ? 1 : h))
        expect(fresh).toEqual(stored.map((h) => !reference.has(h) && !!reference.add(h)))
        expect(set.count).toBe(reference.size)
        expect(set.count * 2).toBeLessThanOrEqual(set.table.length)
        const seen: number[] = []
        forEachHash(set, (h) => seen.push(h))
        expect(new Set(seen)).toEqual(reference)
      }),
      {numRuns: 300},
    )
  })
})
