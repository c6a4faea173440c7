import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {ZipArchive} from '../../../../../src/connectors/file/xlsx/zip-archive.js'
import {FIXTURES} from './read-workbook.js'

const scratch = mkdtempSync(join(tmpdir(), 'datenreife-zip-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

async function errorOf(promise: Promise<unknown>): Promise<ScannerError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ScannerError)
  return error as ScannerError
}

describe('ZipArchive', () => {
  it('lists the parts of a workbook and reads stored and deflated parts', async () => {
    const path = join(FIXTURES, 'handmade.xlsx')
    const zip = await ZipArchive.open(path, path)
    expect(zip.names()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/wb.xml.rels', 'xl/wb.xml', 'xl/styles.xml', 'xl/sheets/data.xml'])
    expect(zip.get('xl/styles.xml')?.method).toBe(8)
    expect(zip.get('xl/wb.xml')?.method).toBe(0)
    expect(await zip.readText('xl/styles.xml', 1_000_000)).toContain('formatCode="dd/mm/yyyy"')
    expect(await zip.readText('xl/sheets/data.xml', 1_000_000)).toContain('<x:t>Grü</x:t>')
  })

  it('finds parts whatever their case or a leading slash', async () => {
    const path = join(FIXTURES, 'multi-sheet.xlsx')
    const zip = await ZipArchive.open(path, path)
    expect(zip.get('XL/Workbook.xml')?.name).toBe('xl/workbook.xml')
    expect(zip.get('/xl/workbook.xml')?.name).toBe('xl/workbook.xml')
    // exceljs writes sizes after the data (data descriptors); the central directory has them
    expect(zip.get('xl/workbook.xml')?.compressedSize).toBeGreaterThan(0)
  })

  it('refuses a truncated archive with FILE_TRUNCATED', async () => {
    const path = join(FIXTURES, 'truncated.xlsx')
    const error = await errorOf(ZipArchive.open(path, path))
    expect(error.code).toBe('FILE_TRUNCATED')
    expect(error.message).toContain('truncated.xlsx')
  })

  it('reports a missing part and damaged compressed data as XLSX_PARSE_FAILED', async () => {
    const path = join(scratch, 'damaged.xlsx')
    const bytes = readFileSync(join(FIXTURES, 'multi-sheet.xlsx'))
    const zip0 = await ZipArchive.open(join(FIXTURES, 'multi-sheet.xlsx'), 'x')
    const entry = zip0.get('xl/worksheets/sheet1.xml')!
    // zero the second half of the first sheet's deflate data: zlib stops at an invalid block
    const start = entry.localHeaderOffset + 30 + entry.name.length
    bytes.fill(0, start + Math.floor(entry.compressedSize / 2), start + entry.compressedSize)
    writeFileSync(path, bytes)
    const zip = await ZipArchive.open(path, path)
    expect((await errorOf(zip.openPart('xl/nothing.xml'))).code).toBe('XLSX_PARSE_FAILED')
    const stream = await zip.openPart('xl/worksheets/sheet1.xml')
    const raw = await (async () => {
      for await (const chunk of stream) void chunk
    })().catch((e: unknown) => e as NodeJS.ErrnoException)
    // the raw zlib error surfaces while reading; partReadError (tested with the reader) words it
    expect(raw?.code).toMatch(/^Z_/)
  })

  it('says SOURCE_VANISHED when the file is removed or replaced after opening', async () => {
    const path = join(scratch, 'vanishing.xlsx')
    copyFileSync(join(FIXTURES, 'multi-sheet.xlsx'), path)
    const zip = await ZipArchive.open(path, path)
    rmSync(path)
    expect((await errorOf(zip.openPart('xl/workbook.xml'))).code).toBe('SOURCE_VANISHED')
    writeFileSync(path, readFileSync(join(FIXTURES, 'handmade.xlsx')))
    expect((await errorOf(zip.openPart('xl/workbook.xml'))).code).toBe('SOURCE_VANISHED')
  })
})
