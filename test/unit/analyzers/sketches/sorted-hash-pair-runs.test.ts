import {renameSync} from 'node:fs'
import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  addPair,
  emptyPairRuns,
  mergePairRuns,
  pairRunsBytes,
  pairRunsEntries,
  pairRunsSpilledBytes,
  summarizePairRuns,
} from '../../../../src/analyzers/sketches/sorted-hash-pair-runs.js'
import {CHUNK_ENTRIES, MEMORY_RUNS} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import {spillDirectory} from '../../../../src/analyzers/sketches/spill-store.js'
import {hashString} from '../../../../src/values/hash.js'
import {unspilled, useSpillFolder} from './spill-fixture.js'

type Pair = readonly [number, number]

function build(pairs: readonly Pair[], chunk = CHUNK_ENTRIES, memoryRuns = MEMORY_RUNS) {
  const s = emptyPairRuns(chunk, memoryRuns)
  for (const [k, v] of pairs) {
    addPair(s, k, v)
    if (spillDirectory() !== null) expect(s.keyRuns.length).toBeLessThanOrEqual(memoryRuns)
  }
  return s
}

/** what the sketch must say, from a Map of Sets; variants are compared on their low 32 bits, as documented */
function reference(pairs: readonly Pair[], probeKeys: readonly number[] = []) {
  const byKey = new Map<number, {entries: number; variants: Set<number>}>()
  for (const [k, v] of pairs) {
    const g = byKey.get(k) ?? {entries: 0, variants: new Set<number>()}
    g.entries++
    g.variants.add(v % 2 ** 32)
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

  it('compares variants on their low 32 bits: spellings equal there count as one', () => {
    const s = build([
      [1, 5],
      [1, 5 + 2 ** 32],
      [2, 5],
      [2, 6 + 2 ** 40],
    ])
    expect(summarizePairRuns(s, [1, 2]).probes).toEqual([
      {entries: 2, mixed: false},
      {entries: 2, mixed: true},
    ])
  })

  it('holds 12 bytes per pair (53-bit key, 32-bit variant) plus at most one chunk of pairs', () => {
    const n = 500_000
    const s = emptyPairRuns()
    for (let i = 0; i < n; i++) addPair(s, hashString(String(i % 400_000)), hashString(String(i % 3)))
    const constant = 12 * CHUNK_ENTRIES
    expect(pairRunsBytes(s)).toBeGreaterThanOrEqual(12 * n)
    expect(pairRunsBytes(s)).toBeLessThanOrEqual(12 * n + constant)
    expect(serialize(s).byteLength).toBeLessThanOrEqual(12 * n + constant + 4096)
    expect(summarizePairRuns(s).distinctKeys).toBe(400_000)
  })
})

describe('SortedHashPairRuns with spilling', () => {
  const folder = useSpillFolder()

  it('gives the same results as in memory and as a Map of Sets, for any data, run size, allowance, split and merge order', () => {
    fc.assert(
      fc.property(
        pairs,
        fc.array(fc.nat(), {maxLength: 4}),
        fc.integer({min: 1, max: 8}),
        fc.integer({min: 0, max: 3}),
        fc.integer({min: 1, max: 5}),
        fc.boolean(),
        (ps, rawCuts, chunk, memoryRuns, block, right) => {
          folder.configure(block)
          const probes = [...ps.slice(0, 4).map(([k]) => k), 2 ** 53 - 1]
          const cuts = [0, ...rawCuts.map((c) => c % (ps.length + 1)).sort((a, b) => a - b), ps.length]
          const parts = cuts.slice(1).map((end, i) => build(ps.slice(cuts[i], end), chunk, memoryRuns))
          const merged = right ? parts.reduceRight((a, b) => mergePairRuns(b, a)) : parts.reduce((a, b) => mergePairRuns(a, b))
          expect(merged.keyRuns.length).toBeLessThanOrEqual(memoryRuns)
          expect(merged.variantRuns.length).toBe(merged.keyRuns.length)
          expect(pairRunsEntries(merged)).toBe(ps.length)
          const inMemory = unspilled(() => summarizePairRuns(build(ps, chunk, memoryRuns), probes))
          expect(summarizePairRuns(merged, probes)).toEqual(inMemory)
          expect(inMemory).toEqual(reference(ps, probes))
        },
      ),
    )
  })

  it('merges without reading file runs, crosses threads as plain data, and keeps memory at the allowance', () => {
    folder.configure(3)
    const ps: Pair[] = Array.from({length: 400}, (_, i) => [hashString(String(i % 150)), hashString(String(i % 7))])
    const a = build(ps.slice(0, 250), 8, 2)
    const b = build(ps.slice(250), 8, 2)
    const files = [...a.files, ...b.files]
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) renameSync(f.path, `${f.path}.away`)
    const merged = structuredClone(mergePairRuns(a, b))
    for (const f of files) renameSync(`${f.path}.away`, f.path)
    expect(merged.files.slice(0, files.length)).toEqual(files)
    expect(merged.keyRuns).toHaveLength(2)
    expect(pairRunsBytes(merged)).toBeLessThanOrEqual(3 * 8 * 12)
    expect(pairRunsSpilledBytes(merged) + pairRunsBytes(merged)).toBeGreaterThanOrEqual(12 * ps.length)
    expect(summarizePairRuns(merged, [ps[0][0]])).toEqual(reference(ps, [ps[0][0]]))
  })
})
