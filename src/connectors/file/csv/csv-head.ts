/**
 * Reads the first part of a CSV file and works out its layout: encoding, dialect, a DATEV metadata
 * line, notes above the header, the header row(s) and the byte offset where the data starts.
 */
import {isAscii} from 'node:buffer'
import type {DatevFormat} from '../../../report/scan-report.js'
import {ScannerError} from '../../../errors.js'
import {recognizeDatev} from '../../../recognizers/datev-extf.js'
import {detectHeader, genericNames, headerNames} from '../header-detection.js'
import {
  assertText,
  byteOffsetAt,
  countInvalid,
  createRangeDecoder,
  sniffEncoding,
  wholeCharLength,
  type CsvEncoding,
  type EncodingGuess,
  type InvalidByteCount,
} from './encoding.js'
import {sniffDialect, type SniffedDialect} from './dialect-sniffer.js'
import {RecordTokenizer, tokenizerOptionsFor, type TokenizerOptions} from './record-tokenizer.js'
import {MAX_RECORD_BYTES, openForScan, recordTooLarge, vanishedOr} from './text-chunks.js'

const HEAD_BYTES = 256 * 1024
/** blocks read from further into a file whose head is plain ASCII, to tell UTF-8 from the 8-bit encodings */
const PROBE_BLOCKS = 16
const PROBE_BYTES = 16 * 1024
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
  /** invalid UTF-8 sequences before dataStartByte (the record stream counts those after it) */
  invalidAboveData: InvalidByteCount
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
  const encoding: EncodingGuess = opts.encoding ? withBom(head, opts.encoding) : await sniffFile(path, fileName, head, size)
  assertText(head, fileName, encoding.encoding)
  // the one decoder the record stream uses too: the head and the rows are read the same way
  const body = head.subarray(encoding.bomLength)
  const decoded = createRangeDecoder(encoding.encoding).decode(complete ? body : body.subarray(0, wholeCharLength(body, encoding.encoding)))
  const text = decoded.text
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
  const dataStartByte = encoding.bomLength + byteOffsetAt(decoded, dataStartChar)
  const invalidAboveData: InvalidByteCount = {count: 0, firstByte: -1}
  countInvalid(invalidAboveData, decoded, encoding.bomLength, dataStartByte)
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
    dataStartByte,
    invalidAboveData,
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

/**
 * The encoding of the whole file, decided once. A head of plain ASCII says nothing about the bytes above
 * 0x7F further on (a list sorted so that the umlauts come late), so blocks spread over the rest are weighed
 * too; without a byte above 0x7F anywhere in them the file counts as UTF-8.
 */
async function sniffFile(path: string, fileName: string, head: Buffer, size: number): Promise<EncodingGuess> {
  const sniffed = sniffEncoding(head, head.length >= size)
  if (head.length >= size || sniffed.bom || sniffed.encoding !== 'utf-8' || !isAscii(head)) return sniffed
  return sniffEncoding(head, false, await readProbes(path, fileName, head.length, size))
}

async function readProbes(path: string, fileName: string, from: number, size: number): Promise<Buffer[]> {
  const handle = await openForScan(path, fileName)
  try {
    const step = (size - from) / PROBE_BLOCKS
    const blocks: Buffer[] = []
    for (let k = 0; k < PROBE_BLOCKS; k++) {
      const at = from + Math.floor(k * step)
      const buffer = Buffer.alloc(Math.min(PROBE_BYTES, size - at))
      if (buffer.length === 0) break
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, at).catch((error: unknown) => {
        throw vanishedOr(error, fileName)
      })
      blocks.push(buffer.subarray(0, bytesRead))
    }
    return blocks
  } finally {
    await handle.close()
  }
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
