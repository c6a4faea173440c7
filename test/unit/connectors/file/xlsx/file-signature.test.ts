import {open} from 'node:fs/promises'
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {readCompoundDirectoryNames} from '../../../../../src/connectors/file/xlsx/compound-file.js'
import {inspectWorkbookFile} from '../../../../../src/connectors/file/xlsx/file-signature.js'
import {DATASETS, FIXTURES} from './read-workbook.js'

const NISRA_XLS = join(DATASETS, 'nisra-weekly-deaths/northern_ireland_total_source_2020_05_08.xls')

async function namesOf(path: string): Promise<string[]> {
  const handle = await open(path, 'r')
  try {
    return await readCompoundDirectoryNames(handle, statSync(path).size)
  } finally {
    await handle.close()
  }
}

describe('inspectWorkbookFile', () => {
  it.each([
    ['multi-sheet.xlsx', 'zip'],
    ['handmade.xlsx', 'zip'],
    ['truncated.xlsx', 'zip'],
    ['encrypted.xlsx', 'encrypted'],
    ['legacy-renamed.xlsx', 'xls'],
    ['not-a-zip.xlsx', 'text'],
    ['empty.xlsx', 'empty'],
  ])('%s is %s', async (file, container) => {
    const path = join(FIXTURES, file)
    const info = await inspectWorkbookFile(path, path)
    expect(info.container).toBe(container)
    expect(info.sizeBytes).toBe(statSync(path).size)
    expect(info.modifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('recognises a real Excel 97–2003 workbook', async () => {
    expect((await inspectWorkbookFile(NISRA_XLS, NISRA_XLS)).container).toBe('xls')
  })

  it('tells binary files from text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datenreife-sig-'))
    try {
      const binary = join(dir, 'bild.xlsx')
      writeFileSync(binary, Buffer.from(Array.from({length: 4096}, (_, i) => (i * 7919) % 256)))
      expect((await inspectWorkbookFile(binary, binary)).container).toBe('binary')
      const text = join(dir, 'export.xlsx')
      writeFileSync(text, '<html><body><table><tr><td>Müller</td></tr></table></body></html>\n')
      expect((await inspectWorkbookFile(text, text)).container).toBe('text')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('maps a missing path and a folder to ScannerErrors', async () => {
    const missing = join(FIXTURES, 'gibt-es-nicht.xlsx')
    const error = await inspectWorkbookFile(missing, missing).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('SOURCE_NOT_FOUND')
    const folder = await inspectWorkbookFile(FIXTURES, FIXTURES).catch((e: unknown) => e)
    expect((folder as ScannerError).code).toBe('SOURCE_UNREADABLE')
  })
})

describe('readCompoundDirectoryNames', () => {
  it('lists the streams of the hand-built compound files', async () => {
    expect(await namesOf(join(FIXTURES, 'encrypted.xlsx'))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])
    expect(await namesOf(join(FIXTURES, 'legacy-renamed.xlsx'))).toEqual(['Root Entry', 'Workbook'])
  })

  it('lists the streams of a real .xls written by Excel', async () => {
    const names = await namesOf(NISRA_XLS)
    expect(names).toContain('Workbook')
    expect(names).toContain('\u0005SummaryInformation')
    expect(names).not.toContain('EncryptedPackage')
  })

  it('returns nothing for a file that is no compound file', async () => {
    expect(await namesOf(join(FIXTURES, 'multi-sheet.xlsx'))).toEqual([])
  })
})
