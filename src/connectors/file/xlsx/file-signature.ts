/**
 * What a file named like a workbook really holds, from its first bytes: a zip archive (.xlsx/.xlsm), an
 * OLE2 compound file (an .xls, or an .xlsx encrypted with a password), or something else. Decided before
 * any parser sees the file, so that each case gets its own clear error.
 */
import {open} from 'node:fs/promises'
import {ScannerError} from '../../../errors.js'
import {CFB_SIGNATURE, readCompoundDirectoryNames} from './compound-file.js'
import {readAt} from './zip-archive.js'

export type WorkbookContainer =
  /** a zip archive: .xlsx, .xlsm */
  | 'zip'
  /** OLE2 with an "EncryptedPackage" stream: an OOXML workbook protected by a password */
  | 'encrypted'
  /** OLE2 with a "Workbook" (BIFF8) or "Book" (BIFF5) stream: Excel 97–2003 */
  | 'xls'
  /** OLE2 without either: a Word 97–2003 document, an Outlook message … */
  | 'compound'
  | 'text'
  | 'binary'
  | 'empty'

export interface WorkbookFileInfo {
  container: WorkbookContainer
  sizeBytes: number
  modifiedAt: string
}

const SNIFF_BYTES = 4096

export async function inspectWorkbookFile(path: string, location: string): Promise<WorkbookFileInfo> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw ScannerError.from(error, location)
  }
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw new ScannerError('SOURCE_UNREADABLE', `${location} is a folder, not a workbook file.`, {location})
    const base = {sizeBytes: info.size, modifiedAt: info.mtime.toISOString()}
    if (info.size === 0) return {container: 'empty', ...base}
    const head = await readAt(handle, 0, Math.min(SNIFF_BYTES, info.size))
    if (isZipStart(head)) return {container: 'zip', ...base}
    if (head.length >= 8 && head.subarray(0, 8).equals(CFB_SIGNATURE)) {
      const names = await readCompoundDirectoryNames(handle, info.size)
      return {container: compoundKind(names), ...base}
    }
    return {container: looksLikeText(head) ? 'text' : 'binary', ...base}
  } catch (error) {
    throw ScannerError.from(error, location)
  } finally {
    await handle.close()
  }
}

/** "PK\3\4" starts a zip with entries; "PK\5\6" an empty one; "PK\7\8" a split archive's first part */
function isZipStart(head: Buffer): boolean {
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) return false
  return (head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6) || (head[2] === 7 && head[3] === 8)
}

function compoundKind(names: readonly string[]): WorkbookContainer {
  if (names.includes('EncryptedPackage')) return 'encrypted'
  if (names.some((n) => n === 'Workbook' || n === 'Book' || n.toLowerCase() === 'workbook')) return 'xls'
  return 'compound'
}

/** no NUL bytes and few control characters: some text encoding (a CSV, HTML or XML export) */
function looksLikeText(head: Buffer): boolean {
  let control = 0
  for (let i = 0; i < head.length; i++) {
    const b = head[i]
    if (b === 0) return false
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control * 100 <= head.length
}
