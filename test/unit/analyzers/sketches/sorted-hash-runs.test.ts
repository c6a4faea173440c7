import {renameSync} from 'node:fs'
import {serialize} from 'node:v8'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  CHUNK_ENTRIES,
  MEMORY_RUNS,
  MergeCursor,
  type SortedHashRuns,
  addHash,
  emptyHashRuns,
  hashRunsBytes,
  hashRunsEntries,
  hashRunsSpilledBytes,
  mergeHashRuns,
  summarizeHashRuns,
} from '../../../../src/analyzers/sketches/sorted-hash-runs.js'
import {spillDirectory, writeRun} from '../../../../src/analyzers/sketches/spill-store.js'
import {hashString} from '../../../../src/values/hash.js'
import {unspilled, useSpillFolder} from './spill-fixture.js'

function build(values: readonly number[], chunk = CHUNK_ENTRIES, memoryRuns = MEMORY_RUNS) {
  const s = emptyHashRuns(chunk, memoryRuns)
  for (const v of values) {
    addHash(s, v)
    if (spillDirectory() !== null) expect(s.runs.length).toBeLessThanOrEqual(memoryRuns)
  }
  return s
}

/** what the sketch must say, from a plain Map */
function reference(values: readonly number[], probes: readonly number[] = []) {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let duplicatedValues = 0
  let surplus = 0
  for (const c of counts.values()) {
    if (c > 1) {
      duplicatedValues++
      surplus += c - 1
    }
  }
  return {
    entries: values.length,
    distinct: counts.size,
    duplicatedValues,
    surplus,
    probeCounts: probes.map((p) => counts.get(p) ?? 0),
  }
}

// 53-bit hash-like values, drawn from a small pool so that repeats are common
const hashPool = fc.array(fc.integer({min: 0, max: 2 ** 53 - 1}), {minLength: 1, maxLength: 40})
const multiset = hashPool.chain((pool) => fc.array(fc.constantFrom(...pool), {maxLength: 300}))

describe('SortedHashRuns', () => {
  it('counts distinct, duplicated and surplus entries of a small multiset', () => {
    const s = build([5, 3, 5, 9, 5, 3, 1])
    expect(summarizeHashRuns(s, [5, 1, 7, 3])).toEqual({
      entries: 7,
      distinct: 4,
      duplicatedValues: 2,
      surplus: 3,
      probeCounts: [3, 1, 0, 2],
    })
  })

  it('is empty when nothing was added', () => {
    expect(summarizeHashRuns(emptyHashRuns(), [1])).toEqual({
      entries: 0,
      distinct: 0,
      duplicatedValues: 0,
      surplus: 0,
      probeCounts: [0],
    })
  })

  it('agrees with a Map for any multiset and chunk size (many runs)', () => {
    fc.assert(
      fc.property(multiset, fc.integer({min: 1, max: 64}), fc.array(fc.integer({min: 0, max: 2 ** 53 - 1}), {maxLength: 5}), (values, chunk, extra) => {
        const probes = [...values.slice(0, 5), ...extra]
        expect(summarizeHashRuns(build(values, chunk), probes)).toEqual(reference(values, probes))
      }),
    )
  })

  it('merge law: any split, merged in any order, equals the whole', () => {
    fc.assert(
      fc.property(multiset, fc.array(fc.nat(), {maxLength: 4}), fc.integer({min: 1, max: 32}), (values, rawCuts, chunk) => {
        const cuts = [0, ...rawCuts.map((c) => c % (values.length + 1)).sort((a, b) => a - b), values.length]
        const parts = cuts.slice(1).map((end, i) => build(values.slice(cuts[i], end), chunk))
        const left = parts.reduce((a, b) => mergeHashRuns(a, b))
        expect(summarizeHashRuns(left)).toEqual(summarizeHashRuns(build(values, chunk)))
        const again = cuts.slice(1).map((end, i) => build(values.slice(cuts[i], end), chunk))
        const right = again.reduceRight((a, b) => mergeHashRuns(b, a))
        expect(summarizeHashRuns(right, values.slice(0, 3))).toEqual(reference(values, values.slice(0, 3)))
        expect(hashRunsEntries(left)).toBe(values.length)
      }),
    )
  })

  it('empty() is the identity of merge', () => {
    fc.assert(
      fc.property(multiset, (values) => {
        const expected = reference(values)
        expect(summarizeHashRuns(mergeHashRuns(emptyHashRuns(4), build(values, 4)))).toEqual({...expected, probeCounts: []})
        expect(summarizeHashRuns(mergeHashRuns(build(values, 4), emptyHashRuns(4)))).toEqual({...expected, probeCounts: []})
      }),
    )
  })

  it('survives structured clone (worker threads)', () => {
    const values = Array.from({length: 1000}, (_, i) => hashString(String(i % 700)))
    const s = structuredClone(build(values, 64))
    addHash(s, values[0])
    expect(summarizeHashRuns(s)).toEqual({...reference([...values, values[0]]), probeCounts: []})
  })

  it('does not change its state when queried', () => {
    const s = build([3, 1, 2, 1], 1024)
    summarizeHashRuns(s)
    expect([...s.tail.subarray(0, s.length)]).toEqual([3, 1, 2, 1])
  })

  it('MergeCursor yields all runs in ascending order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({min: 0, max: 1000}), {maxLength: 20}), {maxLength: 8}), (runs) => {
        const sorted = runs.map((r) => Float64Array.from(r).sort())
        const cursor = new MergeCursor(sorted)
        const out: number[] = []
        for (let v = cursor.next(); !Number.isNaN(v); v = cursor.next()) out.push(v)
        expect(out).toEqual(runs.flat().sort((a, b) => a - b))
      }),
    )
  })

  it('holds 8 bytes per entry plus at most one chunk — measured on the buffers and on the clone', () => {
    const n = 1_000_000
    const s = emptyHashRuns()
    for (let i = 0; i < n; i++) addHash(s, hashString(String(i % 900_000)))
    const constant = 8 * CHUNK_ENTRIES
    expect(hashRunsBytes(s)).toBeGreaterThanOrEqual(8 * n)
    expect(hashRunsBytes(s)).toBeLessThanOrEqual(8 * n + constant)
    // what a worker thread actually sends: the serialised state
    const cloned = serialize(s).byteLength
    expect(cloned).toBeLessThanOrEqual(8 * n + constant + 4096)
    expect(summarizeHashRuns(s).distinct).toBe(900_000)
  })

  it('a small table costs a few KiB, not a whole chunk', () => {
    expect(hashRunsBytes(build([1, 2, 3]))).toBeLessThanOrEqual(8 * 1024)
  })
})

/** the state's in-memory runs never exceed its allowance while spilling is on */
function withinAllowance(s: SortedHashRuns): boolean {
  return s.runs.length <= s.memoryRuns
}

describe('SortedHashRuns with spilling', () => {
  const folder = useSpillFolder()

  it('gives the same results as in memory and as a Map, for any data, run size, allowance, split and merge order', () => {
    fc.assert(
      fc.property(
        multiset,
        fc.array(fc.nat(), {maxLength: 5}),
        fc.integer({min: 1, max: 8}),
        fc.integer({min: 0, max: 3}),
        fc.integer({min: 1, max: 5}),
        fc.boolean(),
        (values, rawCuts, chunk, memoryRuns, block, right) => {
          folder.configure(block)
          const probes = [...values.slice(0, 4), 2 ** 53 - 1]
          const cuts = [0, ...rawCuts.map((c) => c % (values.length + 1)).sort((a, b) => a - b), values.length]
          const parts = cuts.slice(1).map((end, i) => build(values.slice(cuts[i], end), chunk, memoryRuns))
          const merged = right ? parts.reduceRight((a, b) => mergeHashRuns(b, a)) : parts.reduce((a, b) => mergeHashRuns(a, b))
          expect(withinAllowance(merged)).toBe(true)
          expect(hashRunsEntries(merged)).toBe(values.length)
          const inMemory = unspilled(() => summarizeHashRuns(build(values, chunk, memoryRuns), probes))
          expect(summarizeHashRuns(merged, probes)).toEqual(inMemory)
          expect(inMemory).toEqual(reference(values, probes))
        },
      ),
    )
  })

  it('spills every sealed run beyond the allowance and reuses its chunk', () => {
    folder.configure()
    const values = Array.from({length: 100}, (_, i) => hashString(String(i % 37)))
    const s = build(values, 8, 2)
    // 100 entries = 12 sealed runs of 8 + 4 in the chunk: 2 stay in memory, 10 go to files
    expect(s.runs).toHaveLength(2)
    expect(s.files).toHaveLength(10)
    expect(s.files.every((f) => f.length === 8)).toBe(true)
    expect(s.length).toBe(4)
    expect(hashRunsBytes(s)).toBe(3 * 8 * 8)
    expect(hashRunsSpilledBytes(s)).toBe(10 * 8 * 8)
    expect(summarizeHashRuns(s)).toEqual({...reference(values), probeCounts: []})
  })

  it('merges without reading any file run: it works while the files are away', () => {
    folder.configure()
    const values = Array.from({length: 90}, (_, i) => hashString(String(i % 23)))
    const a = build(values.slice(0, 50), 4, 1)
    const b = build(values.slice(50), 4, 1)
    const files = [...a.files, ...b.files]
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) renameSync(f.path, `${f.path}.away`)
    const merged = mergeHashRuns(a, b)
    for (const f of files) renameSync(`${f.path}.away`, f.path)
    // the file runs moved as paths; b's in-memory run beyond the allowance was spilled on top
    expect(merged.files.slice(0, files.length)).toEqual(files)
    expect(merged.runs).toHaveLength(1)
    expect(summarizeHashRuns(merged)).toEqual({...reference(values), probeCounts: []})
  })

  it('crosses threads as plain data, file runs included, and is not changed by queries', () => {
    folder.configure(3)
    const values = Array.from({length: 500}, (_, i) => hashString(String(i % 300)))
    const s = build(values, 16, 2)
    const clone = structuredClone(s)
    expect(clone.files).toEqual(s.files)
    addHash(clone, values[0])
    const expected = {...reference([...values, values[0]]), probeCounts: []}
    expect(summarizeHashRuns(clone)).toEqual(expected)
    expect(summarizeHashRuns(clone)).toEqual(expected)
    expect(summarizeHashRuns(s)).toEqual({...reference(values), probeCounts: []})
  })

  it('MergeCursor merges in-memory and file runs in ascending order, across read blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({min: 0, max: 1000}), {maxLength: 20}), {maxLength: 8}),
        fc.array(fc.boolean(), {minLength: 8, maxLength: 8}),
        fc.integer({min: 1, max: 4}),
        (runs, onDisk, block) => {
          folder.configure(block)
          const sorted = runs.map((r) => Float64Array.from(r).sort())
          const memory = sorted.filter((_, i) => !onDisk[i])
          const files = sorted.filter((_, i) => onDisk[i]).map((r) => writeRun(r, r.length))
          const cursor = new MergeCursor(memory, files)
          const out: number[] = []
          for (let v = cursor.next(); !Number.isNaN(v); v = cursor.next()) out.push(v)
          expect(out).toEqual(runs.flat().sort((a, b) => a - b))
        },
      ),
    )
  })

  it('keeps its memory at the allowance however many entries arrive', () => {
    folder.configure()
    const n = 600_000
    const s = emptyHashRuns(8192, 4)
    for (let i = 0; i < n; i++) addHash(s, hashString(String(i % 450_000)))
    const bound = (4 + 1) * 8192 * 8
    expect(hashRunsBytes(s)).toBeLessThanOrEqual(bound)
    expect(serialize(s).byteLength).toBeLessThanOrEqual(bound + s.files.length * 200 + 4096)
    expect(hashRunsSpilledBytes(s) + 8 * (s.length + s.runs.length * 8192)).toBe(8 * n)
    expect(summarizeHashRuns(s)).toMatchObject({entries: n, distinct: 450_000, duplicatedValues: 150_000, surplus: 150_000})
  })
})
