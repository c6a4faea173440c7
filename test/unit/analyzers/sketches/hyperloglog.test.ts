import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createHll, hllAdd, hllEstimate, hllMerge, HLL_REGISTERS} from '../../../../src/analyzers/sketches/hyperloglog.js'
import {hashString} from '../../../../src/values/hash.js'

function sketchOf(from: number, to: number): Uint8Array {
  const hll = createHll()
  for (let i = from; i < to; i++) hllAdd(hll, hashString(`value-${i}`))
  return hll
}

describe('HyperLogLog', () => {
  it('has 2^14 one-byte registers and estimates 0 when empty', () => {
    expect(createHll()).toHaveLength(HLL_REGISTERS)
    expect(HLL_REGISTERS).toBe(16384)
    expect(hllEstimate(createHll())).toBe(0)
  })

  it('is nearly exact for small counts (linear counting)', () => {
    for (const n of [1, 10, 100, 1000]) {
      const estimate = hllEstimate(sketchOf(0, n))
      expect(Math.abs(estimate - n)).toBeLessThanOrEqual(Math.max(1, n * 0.02))
    }
  })

  it('stays within 3 % (about 4 standard errors) at larger counts', () => {
    for (const n of [50_000, 200_000, 1_000_000]) {
      const estimate = hllEstimate(sketchOf(0, n))
      expect(Math.abs(estimate - n) / n, String(n)).toBeLessThan(0.03)
    }
  })

  it('adding a value twice changes nothing', () => {
    const once = sketchOf(0, 5000)
    const twice = sketchOf(0, 5000)
    for (let i = 0; i < 5000; i++) hllAdd(twice, hashString(`value-${i}`))
    expect(twice).toEqual(once)
  })

  it('handles the extreme hashes 0 and 2^53 - 1', () => {
    const hll = createHll()
    hllAdd(hll, 0)
    hllAdd(hll, Number.MAX_SAFE_INTEGER)
    expect(hll[0]).toBe(40)
    expect(hll[HLL_REGISTERS - 1]).toBe(1)
  })

  it('merge is the sketch of the union, in any order', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 3000}), fc.integer({min: 0, max: 3000}), (a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)]
        const whole = sketchOf(0, 3000)
        expect(hllMerge(sketchOf(0, hi), sketchOf(lo, 3000))).toEqual(whole)
        expect(hllMerge(sketchOf(lo, 3000), sketchOf(0, hi))).toEqual(whole)
        expect(hllMerge(createHll(), whole)).toEqual(whole)
      }),
      {numRuns: 30},
    )
  })
})
