import {createHash} from 'node:crypto'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {findDuplicateContent, sha256OfFile} from '../../../../../src/connectors/file/folder/duplicate-content.js'
import {walkFolder} from '../../../../../src/connectors/file/folder/folder-walker.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'datenreife-dup-'))
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function put(rel: string, content: string | Buffer): Promise<void> {
  const p = path.join(root, rel)
  await mkdir(path.dirname(p), {recursive: true})
  await writeFile(p, content)
}

describe('sha256OfFile', () => {
  it('gives the standard SHA-256 of the content', async () => {
    await put('abc.txt', 'abc')
    expect(await sha256OfFile(path.join(root, 'abc.txt'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('gives the same hash streamed (size unknown) and read whole (size known)', async () => {
    const big = Buffer.alloc(300_000, 7)
    await put('big.bin', big)
    const expected = createHash('sha256').update(big).digest('hex')
    expect(await sha256OfFile(path.join(root, 'big.bin'))).toBe(expected)
    expect(await sha256OfFile(path.join(root, 'big.bin'), big.length)).toBe(expected)
  })
})

describe('findDuplicateContent', () => {
  it('groups files with identical bytes, wherever they are', async () => {
    await put('Vertrieb/Kundenliste_final.xlsx', 'PK same bytes')
    await put('Vertrieb/Kopie von Kundenliste_final.xlsx', 'PK same bytes')
    await put('Archiv/alt.xlsx', 'PK same bytes')
    await put('Vertrieb/Kundenliste_final_v2.xlsx', 'PK diff bytes') // same size, other bytes
    await put('Notiz.txt', 'short')
    const groups = await findDuplicateContent(await walkFolder(root))
    expect(groups).toEqual([
      {
        sha256: createHash('sha256').update('PK same bytes').digest('hex'),
        sizeBytes: 13,
        paths: ['Archiv/alt.xlsx', 'Vertrieb/Kopie von Kundenliste_final.xlsx', 'Vertrieb/Kundenliste_final.xlsx'],
      },
    ])
  })

  it('keeps separate groups for separate contents of the same size', async () => {
    await put('a1.csv', 'aaaa')
    await put('a2.csv', 'aaaa')
    await put('b1.csv', 'bbbb')
    await put('b2.csv', 'bbbb')
    const groups = await findDuplicateContent(await walkFolder(root))
    expect(groups.map((g) => g.paths)).toEqual([
      ['a1.csv', 'a2.csv'],
      ['b1.csv', 'b2.csv'],
    ])
  })

  it('ignores empty files and files that vanished since the walk', async () => {
    await put('leer1.csv', '')
    await put('leer2.csv', '')
    await put('weg1.csv', 'gleich')
    await put('weg2.csv', 'gleich')
    const entries = await walkFolder(root)
    await rm(path.join(root, 'weg2.csv'))
    expect(await findDuplicateContent(entries)).toEqual([])
  })

  it('finds nothing when every size is unique', async () => {
    await put('a.csv', '1')
    await put('b.csv', '22')
    expect(await findDuplicateContent(await walkFolder(root))).toEqual([])
  })
})
