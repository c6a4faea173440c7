/**
 * Text encodings of CSV files: sniffing the encoding (once per file), refusing binary files named .csv,
 * and decoding byte ranges to JS strings with an exact map between text positions and bytes.
 */
import {isUtf8} from 'node:buffer'
import {createRequire} from 'node:module'

// iconv-lite is needed only for Windows-1252 / ISO-8859-1 files: loaded with the first of them
const requireFromHere = createRequire(import.meta.url)
let iconvModule: typeof import('iconv-lite') | undefined
function iconv(): typeof import('iconv-lite') {
  iconvModule ??= requireFromHere('iconv-lite') as typeof import('iconv-lite')
  return iconvModule
}
import type {CsvDialect} from '../../../report/scan-report.js'
import {ScannerError} from '../../../errors.js'

export type CsvEncoding = CsvDialect['encoding']

export interface EncodingGuess {
  encoding: CsvEncoding
  bom: boolean
  /** bytes of the byte order mark at the start of the file (0 without one) */
  bomLength: number
}

/**
 * In UTF-8 text, stray bytes of another encoding (a hand-edited line, a glued-on export) are rare next to
 * the valid multi-byte characters; text in an 8-bit encoding forms a valid UTF-8 sequence only by chance
 * (a letter from À–ß right before a byte from 0x80–0xBF). A file with at least this many valid multi-byte
 * characters per invalid sequence is UTF-8 with a few bad bytes, not an 8-bit file.
 */
const MIN_VALID_PER_INVALID = 4

/**
 * Guesses the encoding of a file from its first bytes; `complete` says they are the whole file. `later`
 * are blocks from further into the file (any offsets), weighed together with the head: worth reading
 * when the head has no byte above 0x7F and so cannot tell UTF-8 from the 8-bit encodings.
 */
export function sniffEncoding(head: Buffer, complete: boolean, later: readonly Buffer[] = []): EncodingGuess {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return {encoding: 'utf-8', bom: true, bomLength: 3}
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return {encoding: 'utf-16le', bom: true, bomLength: 2}
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return {encoding: 'utf-16be', bom: true, bomLength: 2}
  const utf16 = utf16WithoutBom(head)
  if (utf16) return {encoding: utf16, bom: false, bomLength: 0}
  const tally = {multiByte: 0, invalid: 0}
  tallyUtf8(head, 0, complete ? head.length : completeUtf8Length(head), tally)
  // a block from the middle of a file may start inside a character: skip up to 3 continuation bytes
  for (const block of later) tallyUtf8(block, Math.min(leadingContinuationBytes(block), block.length), completeUtf8Length(block), tally)
  if (tally.invalid === 0 || tally.multiByte >= MIN_VALID_PER_INVALID * tally.invalid) return {encoding: 'utf-8', bom: false, bomLength: 0}
  // 0x80–0x9F are control codes in ISO-8859-1 but printable (€, „, –, …) in Windows-1252
  const printable = hasByteIn(head, 0x80, 0x9f) || later.some((block) => hasByteIn(block, 0x80, 0x9f))
  return {encoding: printable ? 'windows-1252' : 'iso-8859-1', bom: false, bomLength: 0}
}

/** Counts valid multi-byte characters and invalid sequences of bytes[from, to) read as UTF-8. */
function tallyUtf8(bytes: Buffer, from: number, to: number, tally: {multiByte: number; invalid: number}): void {
  if (to <= from) return
  if (isUtf8(bytes.subarray(from, to))) {
    for (let i = from; i < to; i++) if (bytes[i] >= 0xc0) tally.multiByte++
    return
  }
  let i = from
  while (i < to) {
    if (bytes[i] < 0x80) {
      i++
      continue
    }
    const length = utf8SequenceAt(bytes, i, to)
    if (length > 1) tally.multiByte++
    else tally.invalid++
    i += Math.abs(length)
  }
}

function leadingContinuationBytes(bytes: Buffer): number {
  let n = 0
  while (n < 3 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n++
  return n
}

function hasByteIn(bytes: Buffer, low: number, high: number): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= low && bytes[i] <= high) return true
  return false
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
function completeUtf8Length(bytes: Buffer): number {
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

/** Length of the prefix of `bytes` that holds only whole characters of the encoding. */
export function wholeCharLength(bytes: Buffer, encoding: CsvEncoding): number {
  if (encoding === 'utf-8') return completeUtf8Length(bytes)
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') return bytes.length
  const n = bytes.length & ~1
  if (n < 2) return n
  const last = encoding === 'utf-16le' ? bytes[n - 2] | (bytes[n - 1] << 8) : (bytes[n - 2] << 8) | bytes[n - 1]
  // a high surrogate at the end: its low half is still to come
  return last >= 0xd800 && last <= 0xdbff ? n - 2 : n
}

/**
 * The UTF-8 sequence at bytes[i] (before `end`): its length when it is a valid character, or minus the
 * length of the invalid sequence that decodes to one U+FFFD. Invalid sequences are cut the way the WHATWG
 * Encoding Standard (and so Node and TextDecoder) cuts them: the lead byte plus the continuation bytes
 * that were still acceptable, so a line break is never swallowed.
 */
function utf8SequenceAt(bytes: Buffer, i: number, end: number): number {
  const lead = bytes[i]
  if (lead < 0x80) return 1
  let need: number
  let lower = 0x80
  let upper = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) need = 1
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2
    // no overlong forms (E0 80–9F) and no surrogates (ED A0–BF)
    if (lead === 0xe0) lower = 0xa0
    else if (lead === 0xed) upper = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3
    // no overlong forms (F0 80–8F) and nothing above U+10FFFF (F4 90–BF)
    if (lead === 0xf0) lower = 0x90
    else if (lead === 0xf4) upper = 0x8f
  } else return -1
  let j = i + 1
  for (let k = 0; k < need; k++) {
    if (j >= end || bytes[j] < lower || bytes[j] > upper) return -(j - i)
    lower = 0x80
    upper = 0xbf
    j++
  }
  return j - i
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

/**
 * Invalid UTF-8 sequences of a decoded range, each decoded to one U+FFFD. Entry i: text position of its
 * U+FFFD, offset of its first byte in the range, its length in bytes (1–3).
 */
export interface InvalidSequences {
  textPos: number[]
  byteStart: number[]
  byteLength: number[]
}

/** how text positions relate to bytes: one byte per char, UTF-8, or two bytes per UTF-16 code unit */
export type TextForm = 'single-byte' | 'utf-8' | 'utf-16'

export interface DecodedText {
  text: string
  /** the decoded bytes (callers may reuse the buffer after they are done with this range) */
  bytes: Buffer
  form: TextForm
  /** UTF-8 only: the invalid sequences, in byte order; null when there were none */
  invalid: InvalidSequences | null
}

/** Decodes byte ranges that hold whole characters, always in the one encoding decided for the file. */
export interface RangeDecoder {
  decode(bytes: Buffer): DecodedText
}

const REPLACEMENT = '\uFFFD'

export function createRangeDecoder(encoding: CsvEncoding): RangeDecoder {
  switch (encoding) {
    case 'iso-8859-1':
      return {decode: (bytes) => ({text: bytes.toString('latin1'), bytes, form: 'single-byte', invalid: null})}
    case 'windows-1252':
      return {decode: (bytes) => ({text: iconv().decode(bytes, 'windows-1252'), bytes, form: 'single-byte', invalid: null})}
    case 'utf-8':
      // isUtf8 is a vectorised check, far cheaper than the decoding itself; only a range with bad bytes pays more
      return {decode: (bytes) => (isUtf8(bytes) ? {text: bytes.toString('utf8'), bytes, form: 'utf-8', invalid: null} : decodeInvalidUtf8(bytes))}
    case 'utf-16le':
    case 'utf-16be': {
      const decoder = new TextDecoder(encoding, {ignoreBOM: true})
      return {decode: (bytes) => ({text: decoder.decode(bytes), bytes, form: 'utf-16', invalid: null})}
    }
  }
}

/**
 * UTF-8 with invalid sequences: the valid stretches decoded by Node, one U+FFFD for each invalid sequence
 * (the same text Node's own decoder gives), and where each one sits, so byte offsets stay exact.
 */
function decodeInvalidUtf8(bytes: Buffer): DecodedText {
  const invalid: InvalidSequences = {textPos: [], byteStart: [], byteLength: []}
  findInvalidUtf8(bytes, 0, bytes.length, invalid)
  let text = ''
  let runStart = 0
  for (let k = 0; k < invalid.byteStart.length; k++) {
    const start = invalid.byteStart[k]
    if (start > runStart) text += bytes.toString('utf8', runStart, start)
    invalid.textPos.push(text.length)
    text += REPLACEMENT
    runStart = start + invalid.byteLength[k]
  }
  if (runStart < bytes.length) text += bytes.toString('utf8', runStart, bytes.length)
  return {text, bytes, form: 'utf-8', invalid}
}

/** below this many bytes a stretch is walked byte by byte instead of being halved further */
const WALK_BYTES = 64

/**
 * Appends the invalid sequences of bytes[from, to) in byte order. Halves the stretch while the vectorised
 * isUtf8 finds a fault in it, so a chunk with a few stray bytes costs a few fast checks, not a JS loop over
 * every byte. A stretch is only cut before a byte that is no continuation byte: no sequence, valid or not,
 * spans such a cut, so both halves decode as they would together.
 */
function findInvalidUtf8(bytes: Buffer, from: number, to: number, out: InvalidSequences): void {
  if (isUtf8(bytes.subarray(from, to))) return
  if (to - from > WALK_BYTES) {
    let mid = (from + to) >>> 1
    while (mid < to && (bytes[mid] & 0xc0) === 0x80) mid++
    if (mid < to) {
      findInvalidUtf8(bytes, from, mid, out)
      findInvalidUtf8(bytes, mid, to, out)
      return
    }
  }
  let i = from
  while (i < to) {
    if (bytes[i] < 0x80) {
      i++
      continue
    }
    const length = utf8SequenceAt(bytes, i, to)
    if (length < 0) {
      out.byteStart.push(i)
      out.byteLength.push(-length)
    }
    i += Math.abs(length)
  }
}

/** Offset (from the range start) of the bytes that decode to text[0, pos); `pos` must not split a character. */
export function byteOffsetAt(decoded: DecodedText, pos: number): number {
  const {text, bytes} = decoded
  if (pos >= text.length) return bytes.length
  if (decoded.form === 'single-byte') return pos
  if (decoded.form === 'utf-16') return pos * 2
  const invalid = decoded.invalid
  if (invalid === null) return utf8Length(text, 0, pos, text.length, bytes.length)
  // between two invalid sequences the bytes are valid UTF-8 and both ends of the stretch are known
  const k = lastBefore(invalid.textPos, pos)
  const from = k === -1 ? 0 : invalid.textPos[k] + 1
  const base = k === -1 ? 0 : invalid.byteStart[k] + invalid.byteLength[k]
  const last = k + 1 === invalid.textPos.length
  const to = last ? text.length : invalid.textPos[k + 1]
  const toByte = last ? bytes.length : invalid.byteStart[k + 1]
  return base + utf8Length(text, from, pos, to, toByte - base)
}

/** UTF-8 bytes of text[from, pos) when the valid text[from, to) takes `total` bytes: measures the shorter side */
function utf8Length(text: string, from: number, pos: number, to: number, total: number): number {
  if (pos - from <= to - pos) return Buffer.byteLength(text.slice(from, pos), 'utf8')
  return total - Buffer.byteLength(text.slice(pos, to), 'utf8')
}

/** Text position of the first character that starts at or after byte `offset` of the range. */
export function textPositionAt(decoded: DecodedText, offset: number): number {
  if (offset <= 0) return 0
  if (offset >= decoded.bytes.length) return decoded.text.length
  if (decoded.form === 'single-byte') return offset
  if (decoded.form === 'utf-16') return Math.ceil(offset / 2)
  const invalid = decoded.invalid
  const k = invalid === null ? -1 : lastBefore(invalid.byteStart, offset)
  if (invalid === null || k === -1) return utf8UnitsIn(decoded.bytes, offset)
  // the U+FFFD of the last invalid sequence before the offset, then the valid bytes after it
  const afterInvalid = invalid.byteStart[k] + invalid.byteLength[k]
  const pos = invalid.textPos[k] + 1
  return offset <= afterInvalid ? pos : pos + utf8UnitsIn(decoded.bytes, offset, afterInvalid)
}

/** index of the last entry below `value` in an ascending list, or -1 */
function lastBefore(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** UTF-16 code units of the characters that start in valid UTF-8 bytes[start, end) (4-byte sequences give 2). */
function utf8UnitsIn(bytes: Buffer, end: number, start = 0): number {
  let units = 0
  for (let i = start; i < end; i++) {
    const b = bytes[i]
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1
  }
  return units
}

/** invalid byte sequences met while decoding (UTF-8: each became one U+FFFD) */
export interface InvalidByteCount {
  count: number
  /** file offset of the first one; -1 when there is none */
  firstByte: number
}

/** Adds the invalid sequences of a range starting at file offset `rangeStart` that begin before file offset `until`. */
export function countInvalid(into: InvalidByteCount, decoded: DecodedText, rangeStart: number, until = Number.POSITIVE_INFINITY): void {
  const invalid = decoded.invalid
  if (invalid === null) return
  const n = lastBefore(invalid.byteStart, until - rangeStart) + 1
  if (n === 0) return
  if (into.count === 0 || rangeStart + invalid.byteStart[0] < into.firstByte) into.firstByte = rangeStart + invalid.byteStart[0]
  into.count += n
}
