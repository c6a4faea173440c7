import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {SourceReader} from '../../../../../src/connectors/connector.js'
import {ScannerError} from '../../../../../src/errors.js'
import {createXlsReader, createXlsxReader} from '../../../../../src/connectors/file/xlsx/xlsx-reader.js'
import {ZipArchive} from '../../../../../src/connectors/file/xlsx/zip-archive.js'
import {DATASETS, FIXTURES, readWorkbook} from './read-workbook.js'

const scratch = mkdtempSync(join(tmpdir(), 'datenreife-bad-xlsx-'))
const escaped: unknown[] = []
const onEscape = (error: unknown): void => {
  escaped.push(error)
}

beforeAll(() => {
  process.on('uncaughtException', onEscape)
  process.on('unhandledRejection', onEscape)
})
afterAll(() => {
  process.off('uncaughtException', onEscape)
  process.off('unhandledRejection', onEscape)
  rmSync(scratch, {recursive: true, force: true})
})

/** Reads the whole workbook and returns the ScannerError it fails with. */
async function failure(reader: SourceReader): Promise<ScannerError> {
  const error = await readWorkbook(reader).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ScannerError)
  const e = error as ScannerError
  expect(e.message).not.toMatch(/\n\s+at /)
  return e
}

describe('createXlsxReader on bad input', () => {
  it.each([
    ['empty.xlsx', 'FILE_EMPTY', /is empty \(0 bytes\)/],
    ['not-a-zip.xlsx', 'FILE_NOT_ZIP', /not an Excel workbook.*rename it to \.csv/],
    ['truncated.xlsx', 'FILE_TRUNCATED', /is cut off/],
    ['encrypted.xlsx', 'FILE_ENCRYPTED', /is password-protected\. Remove the password in Excel \(Datei > Informationen > Arbeitsmappe schützen\) or export the sheet as CSV/],
    ['legacy-renamed.xlsx', 'UNSUPPORTED_FORMAT', /Excel 97–2003 workbook \(\.xls\) with an \.xlsx name.*save it as \.xlsx/],
    ['word-document.xlsx', 'UNSUPPORTED_FORMAT', /is a zip archive holding no workbook \(a Word document or another zip file, for example\), not an Excel workbook\.$/],
  ])('%s fails with %s and a message naming the file', async (file, code, message) => {
    const path = join(FIXTURES, file)
    const error = await failure(createXlsxReader(path))
    expect(error.code).toBe(code)
    expect(error.message.startsWith(path)).toBe(true)
    expect(error.message).toMatch(message)
  })

  it('names a missing file SOURCE_NOT_FOUND', async () => {
    expect((await failure(createXlsxReader(join(scratch, 'gibt-es-nicht.xlsx')))).code).toBe('SOURCE_NOT_FOUND')
  })

  it('rejects (and throws nothing uncaught) when a sheet\'s compressed data is damaged', async () => {
    const path = join(scratch, 'kaputt.xlsx')
    const bytes = readFileSync(join(FIXTURES, 'multi-sheet.xlsx'))
    const entry = (await ZipArchive.open(join(FIXTURES, 'multi-sheet.xlsx'), 'x')).get('xl/worksheets/sheet1.xml')!
    const start = entry.localHeaderOffset + 30 + entry.name.length
    bytes.fill(0, start + Math.floor(entry.compressedSize / 2), start + entry.compressedSize)
    writeFileSync(path, bytes)
    const error = await failure(createXlsxReader(path))
    expect(error.code).toBe('XLSX_PARSE_FAILED')
    expect(error.message).toBe(`${path} is damaged: its part xl/worksheets/sheet1.xml cannot be read (its compressed data is corrupt).`)
  })

  it('reports broken sheet XML as XLSX_PARSE_FAILED', async () => {
    const path = join(scratch, 'xml-kaputt.xlsx')
    const bytes = readFileSync(join(FIXTURES, 'handmade.xlsx'))
    // the sheet part is stored uncompressed: break its XML in place, same length
    const at = bytes.indexOf('</x:row>')
    bytes.write('<<<<<<<<', at, 'latin1')
    writeFileSync(path, bytes)
    const error = await failure(createXlsxReader(path))
    expect(error.code).toBe('XLSX_PARSE_FAILED')
    expect(error.message).toMatch(/its part xl\/sheets\/data\.xml cannot be read \(invalid XML: /)
  })

  it('says SOURCE_VANISHED when the file disappears between open() and its tables', async () => {
    const path = join(scratch, 'verschwindet.xlsx')
    copyFileSync(join(FIXTURES, 'multi-sheet.xlsx'), path)
    const reader = createXlsxReader(path)
    await reader.open()
    rmSync(path)
    const error = await (async () => {
      for await (const table of reader.tables()) for await (const batch of table.rows()) void batch
    })().catch((e: unknown) => e)
    await reader.close()
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('SOURCE_VANISHED')
    expect((error as ScannerError).message).toContain('verschwindet.xlsx')
  })

  it('says SOURCE_VANISHED when the file is replaced after its first table', async () => {
    const path = join(scratch, 'ersetzt.xlsx')
    copyFileSync(join(FIXTURES, 'multi-sheet.xlsx'), path)
    const reader = createXlsxReader(path)
    await reader.open()
    const seen: string[] = []
    const error = await (async () => {
      for await (const table of reader.tables()) {
        seen.push(table.name)
        for await (const batch of table.rows()) void batch
        writeFileSync(path, 'überschrieben')
      }
    })().catch((e: unknown) => e)
    await reader.close()
    expect(seen).toEqual(['Kunden'])
    expect((error as ScannerError).code).toBe('SOURCE_VANISHED')
  })

  it('let nothing escape as an uncaught exception or unhandled rejection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(escaped).toEqual([])
  })
})

describe('createXlsReader', () => {
  it('explains that Excel 97–2003 workbooks must be saved as .xlsx', async () => {
    const path = join(DATASETS, 'nisra-weekly-deaths/northern_ireland_total_source_2020_05_08.xls')
    const reader = createXlsReader(path)
    expect(reader.kind).toBe('xls')
    const error = await failure(reader)
    expect(error.code).toBe('UNSUPPORTED_FORMAT')
    expect(error.message).toBe(
      `${path} is an Excel 97–2003 workbook (.xls), which datenreife cannot read. Open it in Excel and save it as .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe).`,
    )
  })

  it('reads an .xlsx that only carries an .xls name', async () => {
    const path = join(scratch, 'eigentlich-xlsx.xls')
    copyFileSync(join(FIXTURES, 'multi-sheet.xlsx'), path)
    const book = await readWorkbook(createXlsReader(path))
    expect(book.tables.map((t) => t.name)).toEqual(['Kunden', 'Bevölkerung', 'Formeln', 'Messwerte', 'Archiv'])
  })

  it.each([
    ['encrypted.xlsx', 'FILE_ENCRYPTED'],
    ['empty.xlsx', 'FILE_EMPTY'],
    ['not-a-zip.xlsx', 'UNSUPPORTED_FORMAT'],
  ])('gives %s named .xls the code %s', async (file, code) => {
    const path = join(scratch, file.replace('.xlsx', '.xls'))
    copyFileSync(join(FIXTURES, file), path)
    const error = await failure(createXlsReader(path))
    expect(error.code).toBe(code)
    expect(error.message).toContain(path)
  })
})
