import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {radixSortHashes} from '../../../../src/analyzers/sketches/radix-sort.js'

const hash53 = fc.integer({min: 0, max: 2 ** 53 - 1})

describe('radixSortHashes', () => {
  it('sorts like the native sort, on any 53-bit values (with many repeats too)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(hash53, {maxLength: 300}), fc.array(fc.constantFrom(0, 1, 2 ** 52, 2 ** 53 - 1, 4294967296), {maxLength: 50})), (values) => {
        const keys = Float64Array.from(values)
        radixSortHashes(keys, keys.length)
        expect([...keys]).toEqual([...Float64Array.from(values).sort()])
      }),
    )
  })

  it('moves the 32-bit payload with its key and leaves entries beyond `length` alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hash53, fc.oneof(fc.integer({min: 0, max: 9}), fc.integer({min: 0, max: 2 ** 32 - 1}))), {maxLength: 200}), fc.nat(5), (pairs, extra) => {
        const keys = Float64Array.from([...pairs.map((p) => p[0]), ...Array.from({length: extra}, () => 7)])
        const payload = Uint32Array.from([...pairs.map((p) => p[1]), ...Array.from({length: extra}, () => 2 ** 32 - 1)])
        radixSortHashes(keys, pairs.length, payload)
        const got = [...keys.subarray(0, pairs.length)].map((k, i) => [k, payload[i]])
        // every (key, payload) pair survives, in key order
        expect(got.map((p) => p[0])).toEqual(pairs.map((p) => p[0]).sort((a, b) => a - b))
        expect([...got].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual([...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
        expect([...keys.subarray(pairs.length)]).toEqual(Array.from({length: extra}, () => 7))
      }),
    )
  })
})
