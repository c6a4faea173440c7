/**
 * Streams the records of a CSV file from a byte offset as row batches: text chunks → tokenizer.
 * Optionally stops before the first record that starts at or after a byte offset (a worker's range end)
 * and reports that record's exact byte offset.
 */
import type {RowBatch} from '../../connector.js'
import {byteOffsetAt, countInvalid, textPositionAt, type CsvEncoding, type InvalidByteCount} from './encoding.js'
import {RecordTokenizer, type TokenizerOptions} from './record-tokenizer.js'
import {MAX_RECORD_BYTES, readTextChunks, recordTooLarge, type TextChunk} from './text-chunks.js'

export const BATCH_ROWS = 2000

export interface RecordStreamOptions {
  path: string
  fileName: string
  encoding: CsvEncoding
  tokenizer: TokenizerOptions
  /** byte offset of a record start (or line start) to read from */
  start: number
  /** stop before the first record that starts at or after this byte offset */
  stopAtByte?: number
  /** stop after this many records */
  limit?: number
  batchRows?: number
  chunkBytes?: number
  /**
   * leave records without quotes unsplit (RecordTokenizer): such a row is then the record's text, not its
   * fields — the batches are RecordBatches in all but their type (readCsvRange types them)
   */
  unsplit?: boolean
}

export interface RecordStream {
  batches: AsyncGenerator<RowBatch>
  /** after the batches are consumed: byte offset of the record it stopped before, or the file end */
  stoppedAt(): number
  /** records csv-parse refused that were split leniently */
  malformedRecords(): number
  /**
   * after the batches are consumed: the invalid UTF-8 sequences (each read as U+FFFD) in the bytes this
   * stream counted, i.e. up to stoppedAt(), so the counts of neighbouring ranges add up to the file's
   */
  invalidSequences(): InvalidByteCount
}

export function streamRecords(opts: RecordStreamOptions): RecordStream {
  const tokenizer = new RecordTokenizer(opts.tokenizer, opts.unsplit)
  let stoppedAt = -1
  const invalid: InvalidByteCount = {count: 0, firstByte: -1}
  const batches = async function* (): AsyncGenerator<RowBatch> {
    const batchRows = opts.batchRows ?? BATCH_ROWS
    const limit = opts.limit ?? Number.POSITIVE_INFINITY
    let emitted = 0
    let rows: (string[] | string)[] = []
    let pendingBytes = 0
    let carry = ''
    let carryStartByte = opts.start
    let fileEnd = opts.start
    for await (const chunk of readTextChunks({
      path: opts.path,
      fileName: opts.fileName,
      encoding: opts.encoding,
      start: opts.start,
      lineBreak: opts.tokenizer.lineBreak,
      chunkBytes: opts.chunkBytes,
    })) {
      fileEnd = chunk.byteEnd
      const text = carry === '' ? chunk.text : carry + chunk.text
      const stopAt = stopPosition(chunk, carry.length, opts.stopAtByte)
      const pos = tokenizer.tokenize(text, 0, false, rows, stopAt, limit - emitted - rows.length)
      if (pos >= stopAt || emitted + rows.length >= limit) {
        stoppedAt = pos >= stopAt ? byteOffsetOf(chunk, carry.length, carryStartByte, text, pos) : -1
        // a range counts its bytes (and bad bytes) up to where the next range takes over
        const countedTo = stoppedAt >= chunk.byteStart ? stoppedAt : chunk.byteEnd
        pendingBytes += countedTo - chunk.byteStart
        countInvalid(invalid, chunk, chunk.byteStart, countedTo)
        yield* inBatches(rows, batchRows, pendingBytes)
        return
      }
      pendingBytes += chunk.byteEnd - chunk.byteStart
      countInvalid(invalid, chunk, chunk.byteStart)
      carryStartByte = byteOffsetOf(chunk, carry.length, carryStartByte, text, pos)
      carry = text.slice(pos)
      if (carry.length > MAX_RECORD_BYTES) throw recordTooLarge(opts.fileName, carryStartByte)
      if (rows.length >= batchRows) {
        const whole = rows.length - (rows.length % batchRows)
        const remainder = rows.slice(whole)
        rows.length = whole
        emitted += whole
        yield* inBatches(rows, batchRows, pendingBytes)
        pendingBytes = 0
        rows = remainder
      }
    }
    if (carry !== '') tokenizer.tokenize(carry, 0, true, rows, Number.POSITIVE_INFINITY, limit - emitted - rows.length)
    stoppedAt = fileEnd
    yield* inBatches(rows, batchRows, pendingBytes)
  }
  return {
    batches: batches(),
    stoppedAt: () => stoppedAt,
    malformedRecords: () => tokenizer.malformedRecords,
    invalidSequences: () => ({...invalid}),
  }
}

/** the rows cut into batches; the bytes go with the first batch (progress only needs the sum) */
function* inBatches(rows: (string[] | string)[], batchRows: number, bytes: number): Generator<RowBatch> {
  let first = true
  for (let i = 0; i < rows.length; i += batchRows) {
    // a string row only where the caller asked for unsplit records
    yield {rows: rows.slice(i, i + batchRows) as string[][], bytes: first ? bytes : 0}
    first = false
  }
  if (rows.length === 0 && bytes > 0) yield {rows: [], bytes}
}

/** text position (in carry + chunk text) of the first char at or after `stopAtByte`; Infinity if beyond */
function stopPosition(chunk: TextChunk, carryLength: number, stopAtByte: number | undefined): number {
  if (stopAtByte === undefined || stopAtByte >= chunk.byteEnd) return Number.POSITIVE_INFINITY
  if (stopAtByte <= chunk.byteStart) return carryLength
  return carryLength + textPositionAt(chunk, stopAtByte - chunk.byteStart)
}

/**
 * File offset of text position `pos` in carry + chunk text. The tokenizer stops inside the carry (an
 * unfinished record) only at its start: once the chunk completes that record, it ends in the chunk part.
 */
function byteOffsetOf(chunk: TextChunk, carryLength: number, carryStartByte: number, text: string, pos: number): number {
  if (pos >= carryLength) return chunk.byteStart + byteOffsetAt(chunk, pos - carryLength)
  if (pos === 0) return carryStartByte
  // not reached by the tokenizer (see above); exact unless the carried text holds a U+FFFD of an invalid sequence
  const head = text.slice(0, pos)
  return carryStartByte + (chunk.form === 'single-byte' ? head.length : chunk.form === 'utf-16' ? head.length * 2 : Buffer.byteLength(head, 'utf8'))
}
