import {statSync, truncateSync, unlinkSync} from 'node:fs'
import path from 'node:path'
import {threadId} from 'node:worker_threads'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../src/errors.js'
import {
  PairRunReader,
  READ_BUFFER_ENTRIES,
  RunReader,
  configureSpill,
  spillDirectory,
  spillOptions,
  writePairRun,
  writeRun,
} from '../../../../src/analyzers/sketches/spill-store.js'
import {useSpillFolder} from './spill-fixture.js'

function readAll(reader: RunReader): number[] {
  const out: number[] = []
  for (let n = reader.fill(); n > 0; n = reader.fill()) out.push(...reader.values.subarray(0, n))
  return out
}

function readAllPairs(reader: PairRunReader): [number, number][] {
  const out: [number, number][] = []
  for (let n = reader.fill(); n > 0; n = reader.fill()) {
    for (let i = 0; i < n; i++) out.push([reader.keys[i], reader.variants[i]])
  }
  return out
}

function thrown(fn: () => unknown): ScannerError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ScannerError)
    return err as ScannerError
  }
  throw new Error('expected an error')
}

describe('spill-store: off by default', () => {
  it('does not spill unless configured, and refuses to write then', () => {
    expect(spillDirectory()).toBeNull()
    expect(spillOptions()).toEqual({dir: null, readBufferEntries: READ_BUFFER_ENTRIES})
    const err = thrown(() => writeRun(new Float64Array(4), 4))
    expect(err.code).toBe('INTERNAL')
  })
})

describe('spill-store: writing and reading runs', () => {
  const folder = useSpillFolder()

  it('reads back exactly what was written, in blocks of any size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 2 ** 53 - 1}), {maxLength: 60}),
        fc.nat(10),
        fc.integer({min: 1, max: 9}),
        (values, unused, block) => {
          folder.configure(block)
          // only the first `length` entries of the buffer belong to the run
          const buffer = Float64Array.from([...values, ...Array.from({length: unused}, () => 42)])
          const run = writeRun(buffer, values.length)
          expect(run.length).toBe(values.length)
          expect(statSync(run.path).size).toBe(8 * values.length)
          expect(readAll(new RunReader(run))).toEqual(values)
        },
      ),
    )
  })

  it('reads back pair runs: 53-bit keys, 32-bit variants, 12 bytes per pair on disk', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({min: 0, max: 2 ** 53 - 1}), fc.integer({min: 0, max: 2 ** 32 - 1})), {maxLength: 60}),
        fc.integer({min: 1, max: 9}),
        (pairs, block) => {
          folder.configure(block)
          const keys = Float64Array.from(pairs.map((p) => p[0]))
          const variants = Uint32Array.from(pairs.map((p) => p[1]))
          const run = writePairRun(keys, variants, pairs.length)
          expect(statSync(run.path).size).toBe(12 * pairs.length)
          expect(readAllPairs(new PairRunReader(run))).toEqual(pairs)
        },
      ),
    )
  })

  it('names every file uniquely, with process and thread in the name, inside the configured folder', () => {
    folder.configure()
    const before = folder.files()
    const paths = Array.from({length: 200}, () => writeRun(Float64Array.of(1, 2), 2).path)
    expect(new Set(paths).size).toBe(200)
    expect(folder.files()).toBe(before + 200)
    for (const p of paths) {
      expect(path.dirname(p)).toBe(folder.dir)
      expect(path.basename(p)).toMatch(new RegExp(`^run-${process.pid}-${threadId}-[0-9a-f]{12}-\\d+\\.bin$`))
    }
  })

  it('keeps the read block small: a reader holds at most the configured block', () => {
    folder.configure()
    const run = writeRun(new Float64Array(3 * READ_BUFFER_ENTRIES + 5), 3 * READ_BUFFER_ENTRIES + 5)
    const reader = new RunReader(run)
    expect(reader.values.length).toBe(READ_BUFFER_ENTRIES)
    expect(readAll(reader)).toHaveLength(3 * READ_BUFFER_ENTRIES + 5)
    // a short run gets a short block
    expect(new RunReader(writeRun(Float64Array.of(3), 1)).values.length).toBe(1)
  })

  it('reports a failed write as OUTPUT_WRITE_FAILED naming the folder and what to do', () => {
    const missing = path.join(folder.dir, 'gone', 'deeper')
    configureSpill({dir: missing})
    try {
      const err = thrown(() => writeRun(Float64Array.of(1), 1))
      expect(err.code).toBe('OUTPUT_WRITE_FAILED')
      expect(err.message).toMatch(new RegExp(`^Could not write temporary data to ${missing.replace(/[/\\.]/g, '\\$&')}: ENOENT`))
      expect(err.message).toContain('Free disk space or set TMPDIR to a folder with space.')
      expect(err.location).toBe(missing)
    } finally {
      folder.configure()
    }
  })

  it('reports a run file that vanished or shrank as OUTPUT_WRITE_FAILED, not as a crash', () => {
    folder.configure(2)
    const gone = writeRun(Float64Array.of(1, 2, 3), 3)
    unlinkSync(gone.path)
    const err = thrown(() => new RunReader(gone).fill())
    expect(err.code).toBe('OUTPUT_WRITE_FAILED')
    expect(err.message).toContain(`Could not read back temporary data from ${gone.path}`)

    const short = writePairRun(Float64Array.of(1, 2, 3), Uint32Array.of(4, 5, 6), 3)
    truncateSync(short.path, 20)
    const pairErr = thrown(() => new PairRunReader(short).fill())
    expect(pairErr.code).toBe('OUTPUT_WRITE_FAILED')
    expect(pairErr.message).toContain('shorter than what was written')
  })
})
