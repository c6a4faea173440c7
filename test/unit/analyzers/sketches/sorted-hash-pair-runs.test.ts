import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  addPair,
  emptyPairRuns,
  mergePairRuns,
  pairRunsBytes,
  summarizePairRuns,
} from '../../../../src/analyzers/sketches/sorted-hash-pair-runs.js'
import {CHUNK_ENTRIES} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import {hashString} from '../../../../src/values/hash.js'

type Pair = readonly [number, number]

function build(pairs: readonly Pair[], chunk = CHUNK_ENTRIES) {
  const s = emptyPairRuns(chunk)
  for (const [k, v] of pairs) addPair(s, k, v)
  return s
}

function reference(pairs: readonly Pair[], probeKeys: readonly number[] = []) {
  const byKey = new Map<number, {entries: number; variants: Set<number>}>()
  for (const [k, v] of pairs) {
    const g = byKey.get(k) ?? {entries: 0, variants: new Set<number>()}
    g.entries++
    g.variants.add(v)
    byKey.set(k, g)
  }
  let groups = 0
  let surplus = 0
  for (const g of byKey.values()) {
    if (g.variants.size > 1) {
      groups++
      surplus += g.entries - 1
    }
  }
  return {
    entries: pairs.length,
    distinctKeys: byKey.size,
    groups,
    surplus,
    probes: probeKeys.map((k) => ({entries: byKey.get(k)?.entries ?? 0, mixed: (byKey.get(k)?.variants.size ?? 0) > 1})),
  }
}

const big = fc.integer({min: 0, max: 2 ** 53 - 1})
const pairs = fc
  .tuple(fc.array(big, {minLength: 1, maxLength: 12}), fc.array(big, {minLength: 1, maxLength: 4}))
  .chain(([keys, variants]) => fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...variants)), {maxLength: 200}))

describe('SortedHashPairRuns', () => {
  it('finds keys written with more than one variant', () => {
    // key 1: two spellings over 3 rows (a group, 2 surplus); key 2: one spelling twice (exact copies only)
    const s = build([
      [1, 10],
      [2, 20],
      [1, 11],
      [2, 20],
      [1, 10],
      [3, 30],
    ])
    expect(summarizePairRuns(s, [2, 1, 9])).toEqual({
      entries: 6,
      distinctKeys: 3,
      groups: 1,
      surplus: 2,
      probes: [
        {entries: 2, mixed: false},
        {entries: 3, mixed: true},
        {entries: 0, mixed: false},
      ],
    })
  })

  it('agrees with a Map of Sets for any pairs and chunk size', () => {
    fc.assert(
      fc.property(pairs, fc.integer({min: 1, max: 40}), (ps, chunk) => {
        const probes = ps.slice(0, 4).map(([k]) => k)
        expect(summarizePairRuns(build(ps, chunk), probes)).toEqual(reference(ps, probes))
      }),
    )
  })

  it('merge law: any split equals the whole; empty is the identity', () => {
    fc.assert(
      fc.property(pairs, fc.array(fc.nat(), {maxLength: 3}), fc.integer({min: 1, max: 16}), (ps, rawCuts, chunk) => {
        const cuts = [0, ...rawCuts.map((c) => c % (ps.length + 1)).sort((a, b) => a - b), ps.length]
        const merged = cuts
          .slice(1)
          .map((end, i) => build(ps.slice(cuts[i], end), chunk))
          .reduce((a, b) => mergePairRuns(a, b), emptyPairRuns(chunk))
        expect(summarizePairRuns(merged)).toEqual(reference(ps))
      }),
    )
  })

  it('holds 16 bytes per pair plus at most one chunk of pairs', () => {
    const n = 500_000
    const s = emptyPairRuns()
    for (let i = 0; i < n; i++) addPair(s, hashString(String(i % 400_000)), hashString(String(i % 3)))
    const constant = 16 * CHUNK_ENTRIES
    expect(pairRunsBytes(s)).toBeGreaterThanOrEqual(16 * n)
    expect(pairRunsBytes(s)).toBeLessThanOrEqual(16 * n + constant)
    expect(serialize(s).byteLength).toBeLessThanOrEqual(16 * n + constant + 4096)
    expect(summarizePairRuns(s).distinctKeys).toBe(400_000)
  })
})
