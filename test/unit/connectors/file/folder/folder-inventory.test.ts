import {mkdir, mkdtemp, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ageFacts, buildFolderInventory} from '../../../../../src/connectors/file/folder/folder-inventory.js'
import {walkFolder, type FolderEntry} from '../../../../../src/connectors/file/folder/folder-walker.js'

const NOW = new Date('2025-02-03T12:00:00Z')
const DAY = 86_400_000

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'datenreife-inv-'))
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function put(rel: string, content: string, daysOld: number): Promise<void> {
  const p = path.join(root, rel)
  await mkdir(path.dirname(p), {recursive: true})
  await writeFile(p, content)
  const t = new Date(NOW.getTime() - daysOld * DAY)
  await utimes(p, t, t)
}

describe('buildFolderInventory', () => {
  it('fills every field from the walked entries and the scanned tables', async () => {
    await put('Vertrieb/Kundenliste_final.xlsx', 'PK-kunden', 5)
    await put('Vertrieb/Kopie von Kundenliste_final.xlsx', 'PK-kunden', 40)
    await put('Vertrieb/Kunden_Export.csv', 'a;b;c;d\r\n', 400)
    await put('Archiv/Preisliste_2019.xls', 'OLE', 2000)
    await put('Archiv/Handbuch.pdf', '%PDF-1.4 ......', 4000)
    const entries = await walkFolder(root)
    const HEADER = ['Nr', 'Firma', 'Ort']

    const inv = await buildFolderInventory({
      id: 'folder-1',
      root,
      entries,
      tables: [
        {source: 's1', sourcePath: 'Vertrieb/Kundenliste_final.xlsx', table: 'Kunden', columns: HEADER},
        {source: 's2', sourcePath: 'Vertrieb/Kopie von Kundenliste_final.xlsx', table: 'Kunden', columns: HEADER},
      ],
      now: NOW,
    })

    expect(inv).toEqual({
      id: 'folder-1',
      location: root,
      fileCount: 5,
      totalBytes: 9 + 9 + 9 + 3 + 15,
      byKind: {
        csv: {files: 1, bytes: 9},
        xlsx: {files: 2, bytes: 18},
        xls: {files: 1, bytes: 3},
        other: {files: 1, bytes: 15},
      },
      scannedFiles: 3,
      // ages describe the four data files; the PDF is left out
      oldestModifiedAt: new Date(NOW.getTime() - 2000 * DAY).toISOString(),
      newestModifiedAt: new Date(NOW.getTime() - 5 * DAY).toISOString(),
      ageBands: {under30Days: 1, under1Year: 1, under3Years: 1, over3Years: 1},
      duplicateContent: [
        {
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string,
          sizeBytes: 9,
          paths: ['Vertrieb/Kopie von Kundenliste_final.xlsx', 'Vertrieb/Kundenliste_final.xlsx'],
        },
      ],
      versionedCopies: [
        {base: 'Kundenliste', paths: ['Vertrieb/Kopie von Kundenliste_final.xlsx', 'Vertrieb/Kundenliste_final.xlsx']},
      ],
      similarHeaders: [
        {
          similarity: 1,
          tables: [
            {source: 's1', path: 'Vertrieb/Kundenliste_final.xlsx', table: 'Kunden'},
            {source: 's2', path: 'Vertrieb/Kopie von Kundenliste_final.xlsx', table: 'Kunden'},
          ],
          columns: ['Nr', 'Firma', 'Ort'],
        },
      ],
      findings: [],
    })
  })

  it('leaves problem entries out of every number', async () => {
    await put('a.csv', 'abc', 1)
    const entries: FolderEntry[] = [
      ...(await walkFolder(root)),
      {
        path: path.join(root, 'gesperrt'),
        relativePath: 'gesperrt',
        kind: 'other',
        sizeBytes: 0,
        modifiedAt: new Date(0),
        problem: {reason: 'unreadable-folder', errno: 'EACCES', message: 'x'},
      },
    ]
    const inv = await buildFolderInventory({id: 'f', root, entries, tables: [], now: NOW})
    expect(inv.fileCount).toBe(1)
    expect(inv.byKind.other).toEqual({files: 0, bytes: 0})
    expect(inv.oldestModifiedAt).toBe(inv.newestModifiedAt)
  })

  it('has no ages and no groups for an empty folder', async () => {
    const inv = await buildFolderInventory({id: 'f', root, entries: [], tables: [], now: NOW})
    expect(inv.fileCount).toBe(0)
    expect(inv.scannedFiles).toBe(0)
    expect(inv.ageBands).toEqual({under30Days: 0, under1Year: 0, under3Years: 0, over3Years: 0})
    expect('oldestModifiedAt' in inv).toBe(false)
    expect('newestModifiedAt' in inv).toBe(false)
    expect(inv.duplicateContent).toEqual([])
  })
})

describe('ageFacts', () => {
  const at = (daysOld: number): FolderEntry => ({
    path: 'p',
    relativePath: 'p',
    kind: 'csv',
    sizeBytes: 1,
    modifiedAt: new Date(NOW.getTime() - daysOld * DAY),
  })

  it('puts band edges into the older band and future times into the freshest', () => {
    const {ageBands} = ageFacts([at(-3), at(29.9), at(30), at(364.9), at(365), at(1094.9), at(1095)], NOW)
    expect(ageBands).toEqual({under30Days: 2, under1Year: 2, under3Years: 2, over3Years: 1})
  })
})
