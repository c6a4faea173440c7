import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  type HashSample,
  emptyHashSample,
  mergeHashSamples,
  sampleKeeps,
  sampleSet,
  sampledHashes,
} from '../../../../src/analyzers/sketches/hash-sample.js'
import {hashString} from '../../../../src/values/hash.js'

function fill(values: readonly string[], capacity: number): HashSample<string> {
  const s = emptyHashSample<string>(capacity)
  for (const v of values) {
    const h = hashString(v)
    if (sampleKeeps(s, h) && !s.entries.has(h)) sampleSet(s, h, v)
  }
  return s
}

function lowZeroBits(h: number): number {
  let bits = 0
  while (bits < 30 && h % 2 ** (bits + 1) === 0) bits++
  return bits
}

/** the sample's definition: every distinct value with ≥ L low zero bits, for the smallest L that fits */
function expectedSample(values: readonly string[], capacity: number): string[] {
  const distinct = [...new Set(values)]
  for (let level = 0; ; level++) {
    const kept = distinct.filter((v) => lowZeroBits(hashString(v)) >= level)
    if (kept.length <= capacity) return kept.sort()
  }
}

const words = fc.array(fc.string({maxLength: 4}), {maxLength: 400})

describe('HashSample', () => {
  it('keeps everything while it fits', () => {
    const s = fill(['a', 'b', 'a', 'c'], 8)
    expect(s.level).toBe(0)
    expect([...s.entries.values()].sort()).toEqual(['a', 'b', 'c'])
  })

  it('stays within its capacity and keeps exactly the values its level admits', () => {
    const values = Array.from({length: 5000}, (_, i) => `v${i}`)
    const s = fill(values, 64)
    expect(s.entries.size).toBeLessThanOrEqual(64)
    expect(s.entries.size).toBeGreaterThan(0)
    expect([...s.entries.values()].sort()).toEqual(expectedSample(values, 64))
  })

  it('is the same for any split and merge order (the merge law)', () => {
    fc.assert(
      fc.property(words, fc.array(fc.nat(), {maxLength: 3}), fc.integer({min: 1, max: 16}), (values, rawCuts, capacity) => {
        const cuts = [0, ...rawCuts.map((c) => c % (values.length + 1)).sort((a, b) => a - b), values.length]
        const parts = cuts.slice(1).map((end, i) => fill(values.slice(cuts[i], end), capacity))
        const merged = parts.reduceRight((acc, s) => mergeHashSamples(s, acc, (x) => x), emptyHashSample<string>(capacity))
        expect([...merged.entries.values()].sort()).toEqual(expectedSample(values, capacity))
        expect(sampledHashes(merged)).toEqual(sampledHashes(fill(values, capacity)))
      }),
    )
  })

  it('combines the data of a value present on both sides', () => {
    const a = emptyHashSample<number>(4)
    const b = emptyHashSample<number>(4)
    sampleSet(a, 8, 1)
    sampleSet(b, 8, 2)
    sampleSet(b, 16, 5)
    const merged = mergeHashSamples(a, b, (x, y) => x + y)
    expect([...merged.entries]).toEqual([
      [8, 3],
      [16, 5],
    ])
  })
})
