import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import type {CsvRangeSpec, RowBatch} from '../../../../../src/connectors/connector.js'
import {readCsvRange} from '../../../../../src/connectors/file/csv/csv-range-reader.js'
import {streamRecords} from '../../../../../src/connectors/file/csv/record-stream.js'
import {tokenizerOptionsFor} from '../../../../../src/connectors/file/csv/record-tokenizer.js'
import type {CsvDialect} from '../../../../../src/report/scan-report.js'

const dir = mkdtempSync(join(tmpdir(), 'datenreife-ranges-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function dialectFor(encoding: CsvDialect['encoding']): CsvDialect {
  return {encoding, bom: false, delimiter: ';', quote: '"', lineEnding: 'mixed', headerLine: null, linesAboveHeader: 0, decimalSeparator: ','}
}

async function collect(batches: AsyncIterable<RowBatch>): Promise<unknown[][]> {
  const rows: unknown[][] = []
  for await (const batch of batches) rows.push(...batch.rows)
  return rows
}

interface Generated {
  bytes: Buffer
  /** byte offsets of line starts outside quoted fields (where a record may start), plus the file end */
  boundaries: Set<number>
}

/** builds the file record by record so that the true record boundaries are known in bytes */
function build(lines: Array<{fields: string[]; crlf: boolean}>, encoding: 'utf-8' | 'windows-1252'): Generated {
  const encode = (s: string): Buffer => (encoding === 'utf-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, 'windows-1252'))
  const parts: Buffer[] = []
  const boundaries = new Set<number>([0])
  let offset = 0
  for (const {fields, crlf} of lines) {
    const part = encode(fields.join(';') + (crlf ? '\r\n' : '\n'))
    parts.push(part)
    offset += part.length
    boundaries.add(offset)
  }
  return {bytes: Buffer.concat(parts), boundaries}
}

/** the first line start at or after s, the way a range that does not start at a record finds it */
function firstLineStartAtOrAfter(bytes: Buffer, s: number): number {
  const at = bytes.indexOf(10, Math.max(0, s - 1))
  return at === -1 ? bytes.length : at + 1
}

const plain = fc.constantFrom('a', 'ä', 'ß', '–', '€', 'x', '1', ',', ' ')
const quotedChars = fc.constantFrom('a', 'ö', ';', '\n', '\r\n', '"', ' ', 'Z')
const field = fc.oneof(
  fc.array(plain, {maxLength: 6}).map((c) => c.join('')),
  fc.array(quotedChars, {minLength: 1, maxLength: 8}).map((c) => `"${c.join('').replaceAll('"', '""')}"`),
)
const lineArb = fc.record({fields: fc.array(field, {minLength: 1, maxLength: 4}), crlf: fc.boolean()})

describe('readCsvRange', () => {
  it('gives the sequential rows when neighbouring boundaries agree, and disagrees when a split lands inside a quoted multi-line field', async () => {
    let caseNo = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, {minLength: 1, maxLength: 30}),
        fc.array(fc.nat(1_000_000), {minLength: 1, maxLength: 4}),
        fc.constantFrom<'utf-8' | 'windows-1252'>('utf-8', 'windows-1252'),
        fc.integer({min: 8, max: 64}),
        async (lines, cuts, encoding, chunkBytes) => {
          const {bytes, boundaries} = build(lines, encoding)
          const path = join(dir, `case-${caseNo++}.csv`)
          writeFileSync(path, bytes)
          const dialect = dialectFor(encoding)
          const sequential = await collect(
            streamRecords({path, fileName: 'x.csv', encoding, tokenizer: tokenizerOptionsFor(dialect), start: 0, chunkBytes}).batches,
          )
          const splits = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, bytes.length - 1))))].filter((s) => s < bytes.length).sort((a, b) => a - b)
          const points = [0, ...splits, bytes.length]
          const results: Array<{rows: unknown[][]; first: number; next: number}> = []
          for (let k = 0; k + 1 < points.length; k++) {
            const spec: CsvRangeSpec = {path, dialect, columnCount: 0, start: points[k], end: points[k + 1], startsAtRecord: k === 0}
            const range = readCsvRange(spec, {chunkBytes})
            const rows = await collect(range.batches)
            const {firstRecordStart, nextRecordStart} = range.boundaries()
            results.push({rows, first: firstRecordStart, next: nextRecordStart})
          }
          const agree = results.every((r, k) => k === 0 || results[k - 1].next === r.first)
          const splitsAtBoundaries = splits.every((s) => boundaries.has(firstLineStartAtOrAfter(bytes, s)))
          expect(agree).toBe(splitsAtBoundaries)
          expect(results[results.length - 1].next).toBe(bytes.length)
          if (agree) expect(results.flatMap((r) => r.rows)).toEqual(sequential)
        },
      ),
      {numRuns: 300},
    )
  })

  it('reports exact byte offsets in a UTF-8 file with multi-byte characters', async () => {
    const text = 'Müller;Köln\nSchäfer;Düsseldorf\nJürgens;Lübeck\n'
    const path = join(dir, 'utf8.csv')
    writeFileSync(path, text)
    const second = Buffer.byteLength('Müller;Köln\n')
    const third = second + Buffer.byteLength('Schäfer;Düsseldorf\n')
    const dialect = dialectFor('utf-8')
    const a = readCsvRange({path, dialect, columnCount: 2, start: 0, end: second + 1, startsAtRecord: true})
    expect(await collect(a.batches)).toEqual([['Müller', 'Köln'], ['Schäfer', 'Düsseldorf']])
    expect(a.boundaries()).toMatchObject({firstRecordStart: 0, nextRecordStart: third, invalid: {count: 0, firstByte: -1}})
    const b = readCsvRange({path, dialect, columnCount: 2, start: second + 1, end: Buffer.byteLength(text), startsAtRecord: false})
    expect(await collect(b.batches)).toEqual([['Jürgens', 'Lübeck']])
    expect(b.boundaries()).toMatchObject({firstRecordStart: third, nextRecordStart: Buffer.byteLength(text)})
  })

  it('disagrees when the split point lies inside a quoted field that spans lines', async () => {
    const text = '1;"erste\nzweite\ndritte";x\n2;y\n'
    const path = join(dir, 'quoted.csv')
    writeFileSync(path, text)
    const dialect = dialectFor('utf-8')
    const split = text.indexOf('erste') + 2
    const a = readCsvRange({path, dialect, columnCount: 3, start: 0, end: split, startsAtRecord: true})
    await collect(a.batches)
    const b = readCsvRange({path, dialect, columnCount: 3, start: split, end: text.length, startsAtRecord: false})
    await collect(b.batches)
    expect(a.boundaries().nextRecordStart).toBe(text.indexOf('2;y'))
    expect(b.boundaries().firstRecordStart).toBe(text.indexOf('zweite'))
  })

  it('gives an empty range with equal boundaries when no line starts inside it', async () => {
    const text = 'a;b\nsehr lange zeile ohne umbruch;x\nc;d\n'
    const path = join(dir, 'empty-range.csv')
    writeFileSync(path, text)
    const range = readCsvRange({path, dialect: dialectFor('utf-8'), columnCount: 2, start: 6, end: 12, startsAtRecord: false})
    expect(await collect(range.batches)).toEqual([])
    const start = text.indexOf('c;d')
    expect(range.boundaries()).toMatchObject({firstRecordStart: start, nextRecordStart: start})
  })

  it('refuses to report boundaries before the batches were read', () => {
    const range = readCsvRange({path: join(dir, 'none.csv'), dialect: dialectFor('utf-8'), columnCount: 1, start: 0, end: 1, startsAtRecord: true})
    expect(() => range.boundaries()).toThrow(/before the batches/)
  })
})

describe('readCsvRange byte counts', () => {
  it('counts the bytes of its own records, so that the ranges add up to the data size', async () => {
    const lines = Array.from({length: 3000}, (_, i) => `${i};Größe ${i};${i},5`)
    const text = lines.join('\n') + '\n'
    const path = join(dir, 'bytes.csv')
    writeFileSync(path, text)
    const size = Buffer.byteLength(text)
    const dialect = dialectFor('utf-8')
    let total = 0
    const cuts = [0, Math.floor(size / 3), Math.floor((2 * size) / 3), size]
    for (let k = 0; k < 3; k++) {
      const range = readCsvRange({path, dialect, columnCount: 3, start: cuts[k], end: cuts[k + 1], startsAtRecord: k === 0}, {chunkBytes: 4096})
      for await (const batch of range.batches) total += batch.bytes
      const {firstRecordStart, nextRecordStart} = range.boundaries()
      expect(nextRecordStart).toBeGreaterThanOrEqual(firstRecordStart)
    }
    expect(total).toBe(size)
  })
})
