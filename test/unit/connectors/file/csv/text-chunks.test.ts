import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {readTextChunks, type TextChunk} from '../../../../../src/connectors/file/csv/text-chunks.js'

const dir = mkdtempSync(join(tmpdir(), 'datenreife-chunks-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function chunksOf(path: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', chunkBytes: number): Promise<TextChunk[]> {
  const chunks: TextChunk[] = []
  for await (const chunk of readTextChunks({path, fileName: 'x.csv', encoding, start: 0, lineBreak: '\n', chunkBytes})) {
    // the bytes are only valid until the next chunk: keep a copy
    chunks.push({...chunk, bytes: Buffer.from(chunk.bytes)})
  }
  return chunks
}

describe('readTextChunks', () => {
  it('cuts UTF-16 after whole characters (never inside a surrogate pair) with exact byte ranges', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'ü', '😀', ';', '\n', '€'), {maxLength: 40}).map((c) => c.join('')),
        fc.constantFrom<'utf-16le' | 'utf-16be'>('utf-16le', 'utf-16be'),
        fc.integer({min: 1, max: 12}),
        async (text, encoding, chunkBytes) => {
          const le = Buffer.from(text, 'utf16le')
          const path = join(dir, `u16-${n++}.csv`)
          writeFileSync(path, encoding === 'utf-16le' ? le : Buffer.from(le).swap16())
          const chunks = await chunksOf(path, encoding, chunkBytes)
          expect(chunks.map((c) => c.text).join('')).toBe(text)
          let at = 0
          for (const c of chunks) {
            expect(c.byteStart).toBe(at)
            expect(c.byteEnd - c.byteStart).toBe(c.text.length * 2)
            expect(c.form).toBe('utf-16')
            at = c.byteEnd
          }
          expect(at).toBe(le.length)
        },
      ),
      {numRuns: 200},
    )
  })

  it('decodes a stray byte the same way whatever the chunk size, and never as another encoding', async () => {
    const path = join(dir, 'stray.csv')
    const content = Buffer.concat([Buffer.from('Müller;1\nM', 'utf8'), Buffer.from([0xfc]), Buffer.from('ller;2\nKöln;3\n', 'utf8')])
    writeFileSync(path, content)
    for (const chunkBytes of [1, 5, 11, 64]) {
      const chunks = await chunksOf(path, 'utf-8', chunkBytes)
      expect(chunks.map((c) => c.text).join('')).toBe('Müller;1\nM\uFFFDller;2\nKöln;3\n')
      const dirty = chunks.filter((c) => c.invalid !== null)
      expect(dirty).toHaveLength(1)
      expect(dirty[0].byteStart + (dirty[0].invalid?.byteStart[0] ?? -1)).toBe(content.indexOf(0xfc))
      // the chunks around it keep their UTF-8 umlauts
      expect(chunks.filter((c) => c.text.includes('ü') || c.text.includes('ö'))).not.toHaveLength(0)
    }
  })
})
