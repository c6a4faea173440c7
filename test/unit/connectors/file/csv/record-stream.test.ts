import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {streamRecords} from '../../../../../src/connectors/file/csv/record-stream.js'
import {csvParseOptions, type TokenizerOptions} from '../../../../../src/connectors/file/csv/record-tokenizer.js'
import {readTextChunks} from '../../../../../src/connectors/file/csv/text-chunks.js'

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

  it('reads a chunk that is not UTF-8 (a Windows-1252 part glued to a UTF-8 export) as Windows-1252', async () => {
    const path = join(dir, 'mixed.csv')
    writeFileSync(path, Buffer.concat([Buffer.from('Köln;1\n', 'utf8'), iconv.encode('Düsseldorf – Süd;2\n', 'windows-1252')]))
    const {rows} = await readAll(path, 'utf-8', 8)
    expect(rows).toEqual([['Köln', '1'], ['Düsseldorf – Süd', '2']])
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
