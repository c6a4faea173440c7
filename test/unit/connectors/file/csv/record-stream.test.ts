import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import type {CsvRangeSpec} from '../../../../../src/connectors/connector.js'
import {readCsvRange} from '../../../../../src/connectors/file/csv/csv-range-reader.js'
import {createCsvReader} from '../../../../../src/connectors/file/csv/csv-reader.js'
import type {InvalidByteCount} from '../../../../../src/connectors/file/csv/encoding.js'
import {streamRecords} from '../../../../../src/connectors/file/csv/record-stream.js'
import {csvParseOptions, tokenizerOptionsFor, type TokenizerOptions} from '../../../../../src/connectors/file/csv/record-tokenizer.js'
import {DEFAULT_CHUNK_BYTES, readTextChunks} from '../../../../../src/connectors/file/csv/text-chunks.js'
import type {CsvDialect} from '../../../../../src/report/scan-report.js'

const dir = mkdtempSync(join(tmpdir(), 'datenreife-stream-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const options: TokenizerOptions = {delimiter: ';', quote: '"', lineBreak: '\n', skipBlankRecords: false}

async function readAll(path: string, encoding: 'utf-8' | 'windows-1252', chunkBytes: number, extra: {limit?: number; start?: number} = {}): Promise<{rows: unknown[][]; bytes: number}> {
  const stream = streamRecords({path, fileName: 'x.csv', encoding, tokenizer: options, start: extra.start ?? 0, chunkBytes, limit: extra.limit})
  const rows: unknown[][] = []
  let bytes = 0
  for await (const batch of stream.batches) {
    rows.push(...batch.rows)
    bytes += batch.bytes
  }
  return {rows, bytes}
}

describe('streamRecords', () => {
  it('gives the csv-parse records of the whole file for any chunk size (multi-byte characters cut, quoted newlines across chunks)', async () => {
    let n = 0
    const text = fc.array(
      fc.oneof(
        fc.constantFrom('a', 'ä', '€', '😀', ';', '\n', '\r\n', ' '),
        fc.array(fc.constantFrom('x', 'ö', ';', '\n', '""'), {maxLength: 6}).map((c) => `"${c.join('')}"`),
      ),
      {maxLength: 60},
    )
    await fc.assert(
      fc.asyncProperty(text, fc.integer({min: 1, max: 40}), async (parts, chunkBytes) => {
        const content = parts.join('')
        let expected: string[][] = []
        try {
          expected = parse(content, csvParseOptions(options)) as string[][]
        } catch {
          // glued parts can leave a quote open at the end: not valid CSV, nothing to compare with
          fc.pre(false)
        }
        const path = join(dir, `p${n++}.csv`)
        writeFileSync(path, content)
        const {rows, bytes} = await readAll(path, 'utf-8', chunkBytes)
        expect(rows).toEqual(expected)
        expect(bytes).toBe(Buffer.byteLength(content))
      }),
      {numRuns: 300},
    )
  })

  it('stops after a record limit', async () => {
    const path = join(dir, 'limit.csv')
    writeFileSync(path, Array.from({length: 50}, (_, i) => `${i};x`).join('\n'))
    const {rows} = await readAll(path, 'utf-8', 16, {limit: 7})
    expect(rows).toHaveLength(7)
    expect(rows[6]).toEqual(['6', 'x'])
  })

  it('reads the bytes of a Windows-1252 part glued to a UTF-8 export as U+FFFD where they are, and counts them', async () => {
    const path = join(dir, 'mixed.csv')
    writeFileSync(path, Buffer.concat([Buffer.from('Köln;1\n', 'utf8'), iconv.encode('Düsseldorf – Süd;2\n', 'windows-1252'), Buffer.from('Lübeck;3\n', 'utf8')]))
    for (const chunkBytes of [8, 1024]) {
      const stream = streamRecords({path, fileName: 'x.csv', encoding: 'utf-8', tokenizer: options, start: 0, chunkBytes})
      const rows: unknown[][] = []
      for await (const batch of stream.batches) rows.push(...batch.rows)
      expect(rows).toEqual([['Köln', '1'], ['D\uFFFDsseldorf \uFFFD S\uFFFDd', '2'], ['Lübeck', '3']])
      expect(stream.invalidSequences()).toEqual({count: 3, firstByte: Buffer.byteLength('Köln;1\nD')})
    }
  })
})

const dialectUtf8: CsvDialect = {encoding: 'utf-8', bom: false, delimiter: ';', quote: '"', lineEnding: 'lf', headerLine: 1, linesAboveHeader: 0, decimalSeparator: ','}

interface RangeRead {
  rows: unknown[][]
  bytes: number
  next: number
  invalid: InvalidByteCount
}

/** one byte range read the way a worker reads it: from a record start, up to the record that starts at or after `end` */
async function readRange(path: string, start: number, end: number, chunkBytes?: number): Promise<RangeRead> {
  const stream = streamRecords({path, fileName: 'x.csv', encoding: 'utf-8', tokenizer: options, start, stopAtByte: end, chunkBytes})
  const rows: unknown[][] = []
  let bytes = 0
  for await (const batch of stream.batches) {
    rows.push(...batch.rows)
    bytes += batch.bytes
  }
  return {rows, bytes, next: stream.stoppedAt(), invalid: stream.invalidSequences()}
}

/** reads [0, size) in ranges cut near the given offsets (each range starts where the previous one stopped) */
async function readInRanges(path: string, size: number, cuts: number[], chunkBytes?: number): Promise<RangeRead> {
  const total: RangeRead = {rows: [], bytes: 0, next: 0, invalid: {count: 0, firstByte: -1}}
  for (const end of [...cuts.filter((c) => c > 0 && c < size).sort((a, b) => a - b), size]) {
    if (end <= total.next) continue
    const range = await readRange(path, total.next, end, chunkBytes)
    total.rows.push(...range.rows)
    total.bytes += range.bytes
    if (total.invalid.count === 0) total.invalid.firstByte = range.invalid.firstByte
    total.invalid.count += range.invalid.count
    total.next = range.next
  }
  return total
}

describe('a UTF-8 file with one stray Latin-1 byte deep inside', () => {
  // umlauts in every row; row STRAY is written with a Latin-1 "ü" (0xFC), far beyond the sniffed head
  const ROWS = 40_000
  const STRAY = 30_000
  const path = join(dir, 'stray.csv')
  const parts: Buffer[] = [Buffer.from('Nr;Name;Ort\n')]
  for (let i = 0; i < ROWS; i++) {
    parts.push(i === STRAY ? Buffer.concat([Buffer.from(`${i};M`), Buffer.from([0xfc]), Buffer.from('ller;Köln\n')]) : Buffer.from(`${i};Müller;Köln\n`, 'utf8'))
  }
  const bytes = Buffer.concat(parts)
  writeFileSync(path, bytes)
  const strayAt = bytes.indexOf(Buffer.from(`\n${STRAY};M`)) + `\n${STRAY};M`.length

  it('is beyond the head and beyond the first chunk', () => {
    // the head is the first 256 KB; a chunk holds at most DEFAULT_CHUNK_BYTES, so this is the third chunk or later
    expect(strayAt).toBeGreaterThan(2 * Math.max(DEFAULT_CHUNK_BYTES, 256 * 1024))
    expect(bytes[strayAt]).toBe(0xfc)
  })

  it('decodes every other "Müller" and gives exactly one U+FFFD, counted with its byte offset', async () => {
    const reader = createCsvReader(path)
    const facts = await reader.open()
    expect(facts.dialect?.encoding).toBe('utf-8')
    const rows: unknown[][] = []
    for await (const table of reader.tables()) for await (const batch of table.rows()) rows.push(...batch.rows)
    expect(rows).toHaveLength(ROWS)
    rows.forEach((row, i) => expect(row).toEqual([String(i), i === STRAY ? 'M\uFFFDller' : 'Müller', 'Köln']))
    expect(rows.flat().join('').split('\uFFFD')).toHaveLength(2)

    const stream = streamRecords({path, fileName: 'stray.csv', encoding: 'utf-8', tokenizer: options, start: 0})
    for await (const batch of stream.batches) expect(batch.rows.length).toBeGreaterThan(0)
    expect(stream.invalidSequences()).toEqual({count: 1, firstByte: strayAt})
  })

  it('gives the same rows, bytes and count when read in byte ranges', async () => {
    const sequential = await readAll(path, 'utf-8', DEFAULT_CHUNK_BYTES)
    // cuts right before, at and after the stray byte, and elsewhere
    const ranged = await readInRanges(path, bytes.length, [1000, strayAt - 1, strayAt, strayAt + 1, 300_000, 700_001])
    expect(ranged.rows).toEqual(sequential.rows)
    expect(ranged.bytes).toBe(bytes.length)
    expect(ranged.invalid).toEqual({count: 1, firstByte: strayAt})
    for (const chunkBytes of [4096, 65_536]) {
      const other = await readInRanges(path, bytes.length, [strayAt - 20, strayAt + 3], chunkBytes)
      expect(other.rows).toEqual(sequential.rows)
      expect(other.invalid).toEqual({count: 1, firstByte: strayAt})
    }
  })

  it('gives the same rows through the worker range reader', async () => {
    const sequential = await readAll(path, 'utf-8', DEFAULT_CHUNK_BYTES)
    const cuts = [0, Math.floor(bytes.length / 3), strayAt, strayAt + 1, Math.floor((5 * bytes.length) / 6), bytes.length]
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts)
    const rows: unknown[][] = []
    let previousNext = 0
    for (let k = 0; k + 1 < cuts.length; k++) {
      const spec: CsvRangeSpec = {path, dialect: dialectUtf8, columnCount: 3, start: cuts[k], end: cuts[k + 1], startsAtRecord: k === 0}
      const range = readCsvRange(spec)
      for await (const batch of range.batches) rows.push(...batch.rows)
      const {firstRecordStart, nextRecordStart} = range.boundaries()
      if (k > 0) expect(firstRecordStart).toBe(previousNext)
      previousNext = nextRecordStart
    }
    expect(rows).toEqual(sequential.rows)
  })
})

describe('invalid UTF-8 anywhere', () => {
  const piece = fc.oneof(
    fc.constantFrom('a', 'ü', '€', '😀', ';', '\n', '\r\n', '\uFFFD').map((c) => Buffer.from(c, 'utf8')),
    fc.constantFrom([0xfc], [0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc3]).map((b) => Buffer.from(b)),
  )

  it('gives the records of the whole decoded text and the same count for any chunk size and any ranges', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(fc.array(piece, {maxLength: 80}), fc.integer({min: 1, max: 40}), fc.array(fc.nat(400), {maxLength: 4}), async (pieces, chunkBytes, cuts) => {
        const content = Buffer.concat(pieces)
        const text = content.toString('utf8')
        const expected = parse(text, csvParseOptions(options)) as string[][]
        const literal = Buffer.from('\uFFFD', 'utf8')
        const replacements = text.split('\uFFFD').length - 1 - pieces.filter((p) => p.equals(literal)).length
        const path = join(dir, `inv${n++}.csv`)
        writeFileSync(path, content)
        const stream = streamRecords({path, fileName: 'x.csv', encoding: 'utf-8', tokenizer: options, start: 0, chunkBytes})
        const rows: unknown[][] = []
        for await (const batch of stream.batches) rows.push(...batch.rows)
        expect(rows).toEqual(expected)
        expect(stream.invalidSequences().count).toBe(replacements)
        const ranged = await readInRanges(path, content.length, cuts, chunkBytes)
        expect(ranged.rows).toEqual(expected)
        expect(ranged.bytes).toBe(content.length)
        expect(ranged.invalid).toEqual(stream.invalidSequences())
      }),
      {numRuns: 300},
    )
  })
})

describe('readTextChunks', () => {
  it('ends every chunk after a line break and counts bytes exactly', async () => {
    const path = join(dir, 'chunks.csv')
    const content = 'Müller;Köln\nSchäfer;Düsseldorf\nJürgens;Lübeck'
    writeFileSync(path, content)
    const chunks: Array<{text: string; byteStart: number; byteEnd: number}> = []
    for await (const c of readTextChunks({path, fileName: 'chunks.csv', encoding: 'utf-8', start: 0, lineBreak: '\n', chunkBytes: 10})) {
      chunks.push({text: c.text, byteStart: c.byteStart, byteEnd: c.byteEnd})
    }
    expect(chunks.map((c) => c.text).join('')).toBe(content)
    for (const c of chunks.slice(0, -1)) expect(c.text.endsWith('\n')).toBe(true)
    for (const c of chunks) expect(c.byteEnd - c.byteStart).toBe(Buffer.byteLength(c.text))
    expect(chunks[chunks.length - 1].byteEnd).toBe(Buffer.byteLength(content))
  })
})
