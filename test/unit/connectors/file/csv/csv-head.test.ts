import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {analyzeHead, type CsvLayout} from '../../../../../src/connectors/file/csv/csv-head.js'
import {streamRecords} from '../../../../../src/connectors/file/csv/record-stream.js'

const dir = mkdtempSync(join(tmpdir(), 'datenreife-head-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function layoutOf(name: string, content: Buffer): Promise<{path: string; layout: CsvLayout}> {
  const path = join(dir, name)
  writeFileSync(path, content)
  return {path, layout: await analyzeHead(path, name, statSync(path).size, {})}
}

async function firstRows(path: string, layout: CsvLayout, n: number): Promise<string[][]> {
  const stream = streamRecords({path, fileName: 'x.csv', encoding: layout.encoding.encoding, tokenizer: layout.tokenizer, start: layout.dataStartByte, limit: n})
  const rows: string[][] = []
  for await (const batch of stream.batches) rows.push(...(batch.rows as string[][]))
  return rows
}

describe('analyzeHead: the encoding of the whole file', () => {
  it('looks further into a file whose first 256 KB are plain ASCII before calling it UTF-8', async () => {
    const ascii = 'Nr;Name;Ort\n' + Array.from({length: 20_000}, (_, i) => `${i};Meier;Bonn`).join('\n') + '\n'
    const latin1 = iconv.encode('20000;Müller;Köln\n20001;Schäfer;Düsseldorf\n'.repeat(200), 'latin1')
    const {path, layout} = await layoutOf('ascii-head-latin1.csv', Buffer.concat([Buffer.from(ascii), latin1]))
    expect(Buffer.byteLength(ascii)).toBeGreaterThan(256 * 1024)
    expect(layout.encoding).toEqual({encoding: 'iso-8859-1', bom: false, bomLength: 0})
    const stream = streamRecords({path, fileName: 'x.csv', encoding: layout.encoding.encoding, tokenizer: layout.tokenizer, start: layout.dataStartByte})
    const last: string[][] = []
    for await (const batch of stream.batches) last.splice(0, last.length, ...(batch.rows.slice(-2) as string[][]))
    expect(last).toEqual([['20000', 'Müller', 'Köln'], ['20001', 'Schäfer', 'Düsseldorf']])
    expect(stream.invalidSequences().count).toBe(0)
  })

  it('keeps a plain ASCII file UTF-8', async () => {
    const ascii = 'Nr;Name\n' + Array.from({length: 30_000}, (_, i) => `${i};Meier`).join('\n') + '\n'
    const {layout} = await layoutOf('ascii.csv', Buffer.from(ascii))
    expect(layout.encoding.encoding).toBe('utf-8')
    expect(layout.invalidAboveData).toEqual({count: 0, firstByte: -1})
  })
})

describe('analyzeHead: invalid bytes in a UTF-8 head', () => {
  it('reads a stray Latin-1 byte in the header as U+FFFD, counts it, and finds the exact data start', async () => {
    const header = Buffer.concat([Buffer.from('Nr;Stra'), Buffer.from([0xdf]), Buffer.from('e;Ort\n')])
    const data = Buffer.from(Array.from({length: 100}, (_, i) => `${i};Königstraße;Köln\n`).join(''), 'utf8')
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const {path, layout} = await layoutOf('stray-header.csv', Buffer.concat([bom, header, data]))
    expect(layout.encoding).toEqual({encoding: 'utf-8', bom: true, bomLength: 3})
    expect(layout.names).toEqual(['Nr', 'Stra\uFFFDe', 'Ort'])
    expect(layout.dataStartByte).toBe(3 + header.length)
    expect(layout.invalidAboveData).toEqual({count: 1, firstByte: 3 + 'Nr;Stra'.length})
    expect(await firstRows(path, layout, 2)).toEqual([
      ['0', 'Königstraße', 'Köln'],
      ['1', 'Königstraße', 'Köln'],
    ])
  })

  it('does not count invalid bytes of the data rows as above the data', async () => {
    const rows = Array.from({length: 50}, (_, i) => Buffer.from(`${i};Müller\n`, 'utf8'))
    rows[3] = Buffer.concat([Buffer.from('3;M'), Buffer.from([0xfc]), Buffer.from('ller\n')])
    const header = Buffer.from('Nr;Name\n')
    const {path, layout} = await layoutOf('stray-data.csv', Buffer.concat([header, ...rows]))
    expect(layout.encoding.encoding).toBe('utf-8')
    expect(layout.dataStartByte).toBe(header.length)
    expect(layout.invalidAboveData.count).toBe(0)
    expect((await firstRows(path, layout, 5))[3]).toEqual(['3', 'M\uFFFDller'])
  })

  it('finds the data start in UTF-16 with characters outside the BMP in the header', async () => {
    const text = '\uFEFFNr;Name 😀;Ort\n1;Müller;Köln\n2;Schäfer;Bonn\n'
    const {path, layout} = await layoutOf('utf16.csv', Buffer.from(text, 'utf16le'))
    expect(layout.encoding).toEqual({encoding: 'utf-16le', bom: true, bomLength: 2})
    expect(layout.dataStartByte).toBe(Buffer.byteLength('\uFEFFNr;Name 😀;Ort\n', 'utf16le'))
    expect(await firstRows(path, layout, 2)).toEqual([
      ['1', 'Müller', 'Köln'],
      ['2', 'Schäfer', 'Bonn'],
    ])
  })
})
