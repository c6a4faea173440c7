/**
 * Text encodings of CSV files: sniffing from the first bytes, refusing binary files named .csv, and
 * decoding byte ranges to JS strings.
 */
import {isUtf8} from 'node:buffer'
import iconv from 'iconv-lite'
import type {CsvDialect} from '../../../report/scan-report.js'
import {ScannerError} from '../../../errors.js'

export type CsvEncoding = CsvDialect['encoding']

export interface EncodingGuess {
  encoding: CsvEncoding
  bom: boolean
  /** bytes of the byte order mark at the start of the file (0 without one) */
  bomLength: number
}

/** Guesses the encoding from the first bytes of a file; `complete` says they are the whole file. */
export function sniffEncoding(head: Buffer, complete: boolean): EncodingGuess {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return {encoding: 'utf-8', bom: true, bomLength: 3}
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return {encoding: 'utf-16le', bom: true, bomLength: 2}
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return {encoding: 'utf-16be', bom: true, bomLength: 2}
  const utf16 = utf16WithoutBom(head)
  if (utf16) return {encoding: utf16, bom: false, bomLength: 0}
  const checked = complete ? head : head.subarray(0, completeUtf8Length(head))
  if (isUtf8(checked)) return {encoding: 'utf-8', bom: false, bomLength: 0}
  // 0x80–0x9F are control codes in ISO-8859-1 but printable (€, „, –, …) in Windows-1252
  for (let i = 0; i < head.length; i++) {
    if (head[i] >= 0x80 && head[i] <= 0x9f) return {encoding: 'windows-1252', bom: false, bomLength: 0}
  }
  return {encoding: 'iso-8859-1', bom: false, bomLength: 0}
}

/** The BOM a file in this encoding may start with, when its first bytes are one. */
export function bomLengthOf(head: Buffer, encoding: CsvEncoding): number {
  const guess = sniffEncoding(head.subarray(0, 3), false)
  return guess.bom && guess.encoding === encoding ? guess.bomLength : 0
}

/** UTF-16 text without BOM shows up as a NUL byte in every other position (for Latin text). */
function utf16WithoutBom(head: Buffer): CsvEncoding | null {
  const n = Math.min(head.length, 4096) & ~1
  if (n < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++
    if (head[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** Length of the prefix that ends on a complete UTF-8 character (drops a sequence cut at the end). */
export function completeUtf8Length(bytes: Buffer): number {
  let i = bytes.length
  // step back over at most 3 continuation bytes to the lead byte of the last character
  let back = 0
  while (back < 3 && i - back - 1 >= 0 && (bytes[i - back - 1] & 0xc0) === 0x80) back++
  const leadAt = i - back - 1
  if (leadAt < 0) return i
  const lead = bytes[leadAt]
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return back + 1 >= need ? i : leadAt
}

/** what a file starts with, by magic number, for the "binary file" message */
const MAGIC: Array<{bytes: number[]; looksLike: string; advice: string}> = [
  {bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive — most likely an Excel workbook (.xlsx) renamed to .csv', advice: 'Rename it to .xlsx and scan it again, or open it in Excel and save it as CSV.'},
  {bytes: [0xd0, 0xcf, 0x11, 0xe0], looksLike: 'an old Office file — most likely an Excel 97–2003 workbook (.xls) renamed to .csv', advice: 'Open it in Excel and save it as .xlsx or as CSV.'},
  {bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document', advice: 'Export the table from the program that made the PDF as CSV or Excel instead.'},
  {bytes: [0x1f, 0x8b], looksLike: 'a gzip-compressed file', advice: 'Unpack it first (gunzip) and scan the unpacked CSV.'},
]

/** share of control bytes (other than TAB, LF, CR, FF, ESC) above which a file is not text */
const MAX_CONTROL_SHARE = 0.1

/** Throws FILE_BINARY when the first bytes are not text. */
export function assertText(head: Buffer, fileName: string, encoding: CsvEncoding | null): void {
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => head[i] === b)) {
      throw new ScannerError('FILE_BINARY', `${fileName} is not a text file: it looks like ${magic.looksLike}.`, {
        location: fileName,
        suggestions: [magic.advice],
      })
    }
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return
  const n = Math.min(head.length, 64 * 1024)
  let nul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i]
    if (b === 0) nul++
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++
  }
  if (nul > 0 || (n > 0 && control / n > MAX_CONTROL_SHARE)) {
    const what = nul > 0 ? `${nul} NUL byte${nul === 1 ? '' : 's'}` : `${Math.round((control / n) * 100)} % control bytes`
    throw new ScannerError('FILE_BINARY', `${fileName} is not a text file: its first ${formatKb(n)} contain ${what}, so it is binary data named like a CSV file.`, {
      location: fileName,
      suggestions: ['Check what program wrote this file and export the data from it as CSV (text) again.'],
    })
  }
}

function formatKb(bytes: number): string {
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`
}

/** One byte is one UTF-16 code unit: char offsets equal byte offsets. */
export function isSingleByte(encoding: CsvEncoding): boolean {
  return encoding === 'windows-1252' || encoding === 'iso-8859-1'
}

/** A decoder for whole-character byte ranges of an ASCII-compatible encoding (UTF-8 and 8-bit). */
export interface RangeDecoder {
  /** decodes bytes; `singleByte` tells whether the text has one char per byte (offsets equal) */
  decode(bytes: Buffer): {text: string; singleByte: boolean}
}

export function createRangeDecoder(encoding: CsvEncoding): RangeDecoder {
  switch (encoding) {
    case 'iso-8859-1':
      return {decode: (bytes) => ({text: bytes.toString('latin1'), singleByte: true})}
    case 'windows-1252':
      return {decode: (bytes) => ({text: iconv.decode(bytes, 'windows-1252'), singleByte: true})}
    case 'utf-8':
      return {
        decode: (bytes) =>
          // a chunk that is not UTF-8 after all (an export glued from two sources) is read as Windows-1252
          isUtf8(bytes)
            ? {text: bytes.toString('utf8'), singleByte: false}
            : {text: iconv.decode(bytes, 'windows-1252'), singleByte: true},
      }
    default:
      throw new Error(`no range decoder for ${encoding}`)
  }
}

/** UTF-16 code units that the first `n` bytes of valid UTF-8 decode to (4-byte sequences give 2). */
export function utf8UnitsIn(bytes: Buffer, n: number): number {
  let units = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1
  }
  return units
}
