/**
 * The bundled demo folder (demo/): the generator reproduces the committed files byte for byte, the files
 * have the defects demo/README.md promises, and the folder inventory finds the copies in it.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  buildFolderInventory,
  inventoryFindingDrafts,
} from '../../../../../src/connectors/file/folder/folder-inventory.js'
import {readableFiles, walkFolder, type FolderEntry} from '../../../../../src/connectors/file/folder/folder-walker.js'
import type {HeaderTable} from '../../../../../src/connectors/file/folder/similar-headers.js'
import type {FolderInventory} from '../../../../../src/report/scan-report.js'
import {DATASETS as SHARED_DATASETS} from '../../../../helpers/run-cli.js'

const DEMO = path.resolve('demo')
const DATEV_REFERENCE = path.resolve(SHARED_DATASETS, 'datev-extf-ledermann/EXTF_Buchungsstapel.csv')

let entries: FolderEntry[]
beforeAll(async () => {
  entries = await walkFolder(DEMO)
})

const dataFiles = (): FolderEntry[] => readableFiles(entries).filter((e) => e.kind !== 'other')

describe('demo/make-demo.mjs', () => {
  let outDir: string
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'datenreife-demo-'))
    await promisify(execFile)(process.execPath, [path.join(DEMO, 'make-demo.mjs'), outDir])
  })
  afterAll(async () => {
    await rm(outDir, {recursive: true, force: true})
  })

  it('writes exactly the committed demo files, byte for byte (re-run it after changing it)', async () => {
    const generated = readableFiles(await walkFolder(outDir)).map((e) => e.relativePath)
    expect(generated).toEqual(dataFiles().map((e) => e.relativePath))
    for (const rel of generated) {
      const fresh = await readFile(path.join(outDir, rel))
      const committed = await readFile(path.join(DEMO, rel))
      expect(fresh.equals(committed), `${rel} differs from the generator's output`).toBe(true)
    }
  })
})

describe('demo files', () => {
  it('stay small: under 1 MB in all', () => {
    expect(readableFiles(entries).reduce((n, e) => n + e.sizeBytes, 0)).toBeLessThan(1_000_000)
  })

  it('Kunden_Export.csv: Windows-1252, CRLF, two note lines, 301 rows with 6 exact duplicates', async () => {
    const bytes = await readFile(path.join(DEMO, 'Vertrieb/Kunden_Export.csv'))
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow()
    const text = iconv.decode(bytes, 'win1252')
    expect(text).toContain('Müller GmbH')
    expect(text).toContain('€')
    const lines = text.split('\r\n')
    expect(lines.some((l) => l.includes('\n'))).toBe(false)
    expect(lines.slice(0, 2)).toEqual(['Kundenexport Warenwirtschaft', 'Stand: 03.02.2025'])
    expect(lines[2].split(';')).toHaveLength(18)
    const rows = lines.slice(3, -1)
    expect(rows).toHaveLength(301)
    expect(rows.length - new Set(rows).size).toBe(6)
    expect(rows.some((r) => r.split(';')[4] === '01067')).toBe(true)
  })

  it('EXTF_Buchungsstapel_2024.csv: DATEV EXTF 700, category 21, with the real column line', async () => {
    const bytes = await readFile(path.join(DEMO, 'Buchhaltung/EXTF_Buchungsstapel_2024.csv'))
    const lines = iconv.decode(bytes, 'win1252').split('\r\n')
    expect(lines[0]).toMatch(/^"EXTF";700;21;"Buchungsstapel";/)
    const reference = iconv.decode(await readFile(DATEV_REFERENCE), 'win1252').split('\r\n')[1]
    expect(lines[1]).toBe(reference)
    const postings = lines.slice(2, -1)
    expect(postings.length).toBeGreaterThanOrEqual(40)
    for (const p of postings) {
      const f = p.split(';')
      expect(f).toHaveLength(120)
      expect(f[0]).toMatch(/^\d+,\d{2}$/)
      expect(f[9]).toMatch(/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])$/)
    }
  })

  it('Umsaetze_2024.txt: UTF-8 with BOM, tab-separated; Bestand.csv: two exports glued together', async () => {
    const umsaetze = await readFile(path.join(DEMO, 'Buchhaltung/Umsaetze_2024.txt'))
    expect([...umsaetze.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(umsaetze.toString('utf8').split('\n')[0].split('\t')).toHaveLength(8)
    const bestand = (await readFile(path.join(DEMO, 'Lager/Bestand.csv'), 'utf8')).split('\n')
    expect(bestand.filter((l) => l === bestand[0])).toHaveLength(2)
    expect(bestand.some((l) => /,"Palette beschädigt$/.test(l))).toBe(true)
    expect(bestand.some((l) => /,"\d,\d{3}\.\d{2}",/.test(l))).toBe(true)
  })

  it('Preisliste_2019.xls is an OLE2 compound file holding a BIFF8 workbook', async () => {
    const xls = await readFile(path.join(DEMO, 'Archiv/Preisliste_2019.xls'))
    expect(xls.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1')
    // the Workbook stream starts after the header, the FAT and the directory sector with a BIFF8 BOF
    const firstStreamSector = xls.readUInt32LE(48) + 1
    const bof = xls.subarray(512 * (firstStreamSector + 1))
    expect(bof.readUInt16LE(0)).toBe(0x0809)
    expect(bof.readUInt16LE(4)).toBe(0x0600)
  })

  it('contain only invented contact data: drama phone numbers, example domains, IBANs of no real bank', async () => {
    const text = iconv.decode(await readFile(path.join(DEMO, 'Vertrieb/Kunden_Export.csv')), 'win1252')
    // the free-text remark (last column) is the only one that may hold a quoted ";"
    const rows = text.split('\r\n').slice(3, -1).map((l) => l.split(';'))
    const filled = (i: number): string[] => rows.map((r) => r[i]).filter((v) => /\d/.test(v))
    const phones = filled(7)
    expect(phones.length).toBeGreaterThan(200)
    for (const p of phones) {
      expect(p.replace(/\D/g, '').replace(/^49/, '0')).toMatch(/^(03023125|06990009|04066969|02214710|08999998)\d{3}$/)
    }
    const mails = rows.map((r) => r[8]).filter((v) => v.includes('@'))
    expect(mails.length).toBeGreaterThan(200)
    for (const mail of mails) expect(mail).toMatch(/@example\.(de|com)$/)
    const ibans = filled(9)
    expect(ibans.length).toBeGreaterThan(200)
    for (const iban of ibans) {
      expect(iban).toMatch(/^DE\d{2}9\d{17}$/) // bank code 9xxxxxxx: no clearing area 9, so no real bank
      expect(BigInt(`${iban.slice(4)}1314${iban.slice(2, 4)}`) % 97n).toBe(1n)
    }
  })
})

/** header names of every table in the demo, read the simple way (first line or row with 3+ fields) */
async function demoTables(): Promise<HeaderTable[]> {
  const tables: HeaderTable[] = []
  for (const e of dataFiles()) {
    if (e.kind === 'xlsx') {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(e.path)
      for (const ws of wb.worksheets) {
        for (let r = 1; r <= ws.rowCount; r++) {
          const cells = (ws.getRow(r).values as unknown[]).filter((v) => typeof v === 'string')
          if (cells.length >= 3) {
            tables.push({source: e.relativePath, sourcePath: e.path, table: ws.name, columns: cells as string[]})
            break
          }
        }
      }
    } else if (e.kind === 'csv') {
      const windows1252 = e.relativePath.startsWith('Vertrieb') || e.relativePath.includes('EXTF')
      const text = iconv.decode(await readFile(e.path), windows1252 ? 'win1252' : 'utf8')
      const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
      const header = lines.map((l) => l.split(/[;,\t]/)).find((f) => f.length >= 3)
      if (header !== undefined) {
        tables.push({source: e.relativePath, sourcePath: e.path, table: e.relativePath, columns: header})
      }
    }
  }
  return tables
}

describe('inventory of demo/', () => {
  let inv: FolderInventory
  beforeAll(async () => {
    const now = new Date('2025-02-03T12:00:00Z')
    inv = await buildFolderInventory({id: 'demo', root: DEMO, entries, tables: await demoTables(), now})
  })

  it('counts the data files by kind', () => {
    expect(inv.byKind.csv.files).toBe(4)
    expect(inv.byKind.xlsx.files).toBe(4)
    expect(inv.byKind.xls.files).toBe(1)
    expect(inv.scannedFiles).toBe(8)
  })

  it('finds the Explorer copy as duplicate content', () => {
    expect(inv.duplicateContent.map((g) => g.paths)).toEqual([
      ['Vertrieb/Kopie von Kundenliste_final.xlsx', 'Vertrieb/Kundenliste_final.xlsx'],
    ])
  })

  it('finds the hand-made versions of the customer list', () => {
    expect(inv.versionedCopies).toEqual([
      {
        base: 'Kundenliste',
        paths: [
          'Vertrieb/Kopie von Kundenliste_final.xlsx',
          'Vertrieb/Kundenliste_final.xlsx',
          'Vertrieb/Kundenliste_final_v2.xlsx',
        ],
      },
    ])
  })

  it('finds the customer lists as tables with nearly the same header', () => {
    expect(inv.similarHeaders).toHaveLength(1)
    const [group] = inv.similarHeaders
    expect(group.tables.map((t) => t.source)).toEqual([
      'Vertrieb/Kopie von Kundenliste_final.xlsx',
      'Vertrieb/Kundenliste_final.xlsx',
      'Vertrieb/Kundenliste_final_v2.xlsx',
    ])
    expect(group.similarity).toBe(0.9)
    expect(group.columns).toContain('Straße')
    expect(group.columns).not.toContain('Branche')
  })

  it('turns them into findings, with the legacy .xls as unsupported', () => {
    const drafts = inventoryFindingDrafts(inv, entries)
    const codes = drafts.map((d) => (d.data.file === undefined ? d.code : `${d.code} ${String(d.data.file)}`))
    expect(codes).toEqual([
      'DUPLICATE_FILES',
      'VERSIONED_COPIES',
      'SIMILAR_HEADERS',
      'UNSUPPORTED_FORMAT Archiv/Preisliste_2019.xls',
    ])
  })
})
