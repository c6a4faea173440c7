/**
 * Reads the first part of a CSV file and works out its layout: encoding, dialect, a DATEV metadata
 * line, notes above the header, the header row(s) and the byte offset where the data starts.
 */
import {isUtf8} from 'node:buffer'
import iconv from 'iconv-lite'
import type {DatevFormat} from '../../../report/scan-report.js'
import {ScannerError} from '../../../errors.js'
import {recognizeDatev} from '../../../recognizers/datev-extf.js'
import {detectHeader, genericNames, headerNames} from '../header-detection.js'
import {assertText, completeUtf8Length, sniffEncoding, type CsvEncoding, type EncodingGuess} from './encoding.js'
import {sniffDialect, type SniffedDialect} from './dialect-sniffer.js'
import {RecordTokenizer, tokenizerOptionsFor, type TokenizerOptions} from './record-tokenizer.js'
import {MAX_RECORD_BYTES, openForScan, recordTooLarge, vanishedOr} from './text-chunks.js'

const HEAD_BYTES = 256 * 1024
/** records handed to header detection */
const HEADER_SCAN_RECORDS = 50

export interface CsvLayout {
  encoding: EncodingGuess
  dialect: SniffedDialect
  tokenizer: TokenizerOptions
  datev: DatevFormat | null
  names: string[]
  duplicateNames: string[]
  /** physical line of the last header row (the labels); null without a header */
  headerLine: number | null
  /** physical lines above the first header row (or the first data row without a header) */
  linesAboveHeader: number
  /** physical lines of the non-blank note/title rows above the header */
  noteLines: number[]
  /** byte offset of the first data record (after the header) */
  dataStartByte: number
}

export interface HeadOptions {
  delimiter?: string
  encoding?: CsvEncoding
}

export async function analyzeHead(path: string, fileName: string, size: number, opts: HeadOptions): Promise<CsvLayout> {
  let head = await readHead(path, fileName, Math.min(size, HEAD_BYTES))
  // a first record longer than the head: read up to the record size limit before judging the file
  if (head.length < size && head.indexOf(10) === -1 && head.indexOf(13) === -1) {
    head = await readHead(path, fileName, Math.min(size, MAX_RECORD_BYTES + 1))
    if (head.indexOf(10) === -1 && head.indexOf(13) === -1 && head.length < size) throw recordTooLarge(fileName, 0)
  }
  const complete = head.length >= size
  const sniffed = sniffEncoding(head, complete)
  const encoding: EncodingGuess = opts.encoding ? withBom(head, opts.encoding) : sniffed
  assertText(head, fileName, encoding.encoding)
  const {text, singleByte} = decodeHead(head.subarray(encoding.bomLength), encoding.encoding, complete)
  if (complete && text.trim() === '') {
    throw new ScannerError('FILE_EMPTY', `${fileName} holds no data: it contains only blank lines.`, {
      location: fileName,
      suggestions: ['Export the data again; check that the export filter selected any records.'],
    })
  }

  const datev = datevOf(text)
  const dialect = sniffDialect(datev ? afterFirstLine(text) : text, complete, datev ? ';' : opts.delimiter)
  const tokenizer = tokenizerOptionsFor({delimiter: dialect.delimiter, quote: dialect.quote, lineEnding: dialect.lineEnding}, dialect.recordSuffix)
  const records: string[][] = []
  const starts: number[] = []
  new RecordTokenizer(tokenizer).tokenize(text, 0, complete, records, Number.POSITIVE_INFINITY, HEADER_SCAN_RECORDS, starts)
  if (records.length === 0) throw recordTooLarge(fileName, encoding.bomLength)

  const lineOf = lineCounter(text, dialect.lineBreak)
  const layout = datev ? datevLayout(records) : detectedLayout(records)
  let dataStartChar: number
  if (layout.headerIndex === null) {
    dataStartChar = layout.firstDataIndex < starts.length ? starts[layout.firstDataIndex] : text.length
  } else {
    const headerStart = starts[layout.headerIndex]
    dataStartChar = new RecordTokenizer(tokenizer).tokenize(text, headerStart, complete, [], Number.POSITIVE_INFINITY, 1)
  }
  const firstLine = layout.firstIndex < starts.length ? lineOf(starts[layout.firstIndex]) : lineOf(text.length)
  return {
    encoding,
    dialect,
    tokenizer,
    datev,
    names: layout.names,
    duplicateNames: layout.duplicateNames,
    headerLine: layout.headerIndex === null ? null : lineOf(starts[layout.headerIndex]),
    linesAboveHeader: firstLine - 1,
    noteLines: datev ? [] : layout.noteIndices.map((i) => lineOf(starts[i])),
    dataStartByte: encoding.bomLength + (singleByte ? dataStartChar : byteLengthOf(text.slice(0, dataStartChar), encoding.encoding)),
  }
}

interface RecordLayout {
  headerIndex: number | null
  /** index of the first record of the header (or of the data without a header) */
  firstIndex: number
  firstDataIndex: number
  noteIndices: number[]
  names: string[]
  duplicateNames: string[]
}

/** DATEV: line 1 is the metadata record, line 2 the column names, the data follows */
function datevLayout(records: string[][]): RecordLayout {
  const header = records.length > 1 ? headerNames(records[1]) : {names: [], duplicateNames: []}
  return {headerIndex: 1, firstIndex: 1, firstDataIndex: 2, noteIndices: [0], ...header}
}

function detectedLayout(records: string[][]): RecordLayout {
  const detection = detectHeader(records, {joinBrokenLines: true})
  const firstIndex = detection.headerIndex === null ? detection.notesAbove.length : detection.headerIndex - detection.headerRowCount + 1
  const widest = records.reduce((max, record) => Math.max(max, record.length), 0)
  const names = detection.names.length > 0 ? detection.names : genericNames(widest)
  return {
    headerIndex: detection.headerIndex,
    firstIndex,
    firstDataIndex: detection.headerIndex === null ? detection.notesAbove.length : detection.headerIndex + 1,
    noteIndices: detection.notesAbove,
    names,
    duplicateNames: detection.duplicateNames,
  }
}

function datevOf(text: string): DatevFormat | null {
  const start = text.slice(0, 6)
  if (!/^"?(EXTF|DTVF)/.test(start)) return null
  const first: string[][] = []
  new RecordTokenizer({delimiter: ';', quote: '"', lineBreak: '\n', skipBlankRecords: false}).tokenize(text, 0, true, first, Number.POSITIVE_INFINITY, 1)
  return first.length > 0 ? recognizeDatev(first[0]) : null
}

function afterFirstLine(text: string): string {
  const lf = text.indexOf('\n')
  return lf === -1 ? '' : text.slice(lf + 1)
}

/** physical line (1-based) of a text position; positions must be asked for in ascending order */
function lineCounter(text: string, lineBreak: string): (pos: number) => number {
  let counted = 0
  let line = 1
  return (pos) => {
    if (pos < counted) {
      counted = 0
      line = 1
    }
    for (let i = text.indexOf(lineBreak, counted); i !== -1 && i < pos; i = text.indexOf(lineBreak, i + 1)) line++
    counted = pos
    return line
  }
}

function withBom(head: Buffer, encoding: CsvEncoding): EncodingGuess {
  const sniffed = sniffEncoding(head.subarray(0, Math.min(head.length, 4)), false)
  const bom = sniffed.bom && sniffed.encoding === encoding
  return {encoding, bom, bomLength: bom ? sniffed.bomLength : 0}
}

/** the head as text; `singleByte` when one char stands for one byte (offsets need no conversion) */
function decodeHead(bytes: Buffer, encoding: CsvEncoding, complete: boolean): {text: string; singleByte: boolean} {
  switch (encoding) {
    case 'utf-8': {
      const whole = complete ? bytes : bytes.subarray(0, completeUtf8Length(bytes))
      // same rule as the chunk decoder: bytes that are not UTF-8 after all are read as Windows-1252
      return isUtf8(whole) ? {text: whole.toString('utf8'), singleByte: false} : {text: iconv.decode(whole, 'windows-1252'), singleByte: true}
    }
    case 'windows-1252':
      return {text: iconv.decode(bytes, 'windows-1252'), singleByte: true}
    case 'iso-8859-1':
      return {text: bytes.toString('latin1'), singleByte: true}
    default:
      return {text: new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes.subarray(0, bytes.length & ~1)), singleByte: false}
  }
}

function byteLengthOf(text: string, encoding: CsvEncoding): number {
  if (encoding === 'utf-8') return Buffer.byteLength(text, 'utf8')
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return text.length * 2
  return text.length
}

async function readHead(path: string, fileName: string, length: number): Promise<Buffer> {
  const handle = await openForScan(path, fileName)
  try {
    const buffer = Buffer.alloc(length)
    let filled = 0
    while (filled < length) {
      const {bytesRead} = await handle.read(buffer, filled, length - filled, filled).catch((error: unknown) => {
        throw vanishedOr(error, fileName)
      })
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
