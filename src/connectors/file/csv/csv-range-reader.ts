/**
 * Reads one byte range of a CSV table in a worker thread. A range that does not start at a known
 * record start skips to the first line start at or after `start`, betting that it is not inside a
 * quoted field; the engine checks the bet by comparing boundaries of neighbouring ranges (range k's
 * nextRecordStart must equal range k+1's firstRecordStart) and rescans sequentially otherwise.
 */
import type {CsvRangeSpec, RecordBatch, RowBatch} from '../../connector.js'
import {basename} from 'node:path'
import {ScannerError} from '../../../errors.js'
import {streamRecords} from './record-stream.js'
import {tokenizerOptionsFor} from './record-tokenizer.js'
import {openForScan, vanishedOr} from './text-chunks.js'
import type {EncodingIssues} from '../../connector.js'

export interface CsvRangeResult {
  firstRecordStart: number
  nextRecordStart: number
  /** invalid byte sequences of the file's encoding within this range (read as U+FFFD) */
  invalid: EncodingIssues
}

/** how far to look for the first line start of a range before giving up (then: the range is empty) */
const SEEK_BYTES = 64 * 1024

/**
 * `opts.chunkBytes` only exists so tests can force records across chunk boundaries.
 * A range whose records run past the record size limit ends with nextRecordStart -1: that can only mean
 * a wrong guess about where a record starts, and -1 never matches, so the engine rescans sequentially
 * (which reports the real error if the file is broken).
 */
export function readCsvRange(
  spec: CsvRangeSpec,
  opts?: {chunkBytes?: number; unsplit?: false},
): {batches: AsyncIterable<RowBatch>; boundaries(): CsvRangeResult}
/** `unsplit`: records without quotes come as their text (RecordBatch), for the engine to split while parsing */
export function readCsvRange(
  spec: CsvRangeSpec,
  opts: {chunkBytes?: number; unsplit: true},
): {batches: AsyncIterable<RecordBatch>; boundaries(): CsvRangeResult}
export function readCsvRange(
  spec: CsvRangeSpec,
  opts: {chunkBytes?: number; unsplit?: boolean} = {},
): {batches: AsyncIterable<RecordBatch | RowBatch>; boundaries(): CsvRangeResult} {
  const fileName = basename(spec.path)
  const tokenizer = tokenizerOptionsFor(spec.dialect)
  let result: CsvRangeResult | null = null

  const batches = async function* (): AsyncGenerator<RecordBatch> {
    const breakByte = tokenizer.lineBreak.charCodeAt(0)
    const first = spec.startsAtRecord ? spec.start : await firstLineStart(spec.path, fileName, spec.start, breakByte)
    if (first === null) {
      const size = await fileSize(spec.path, fileName)
      result = {firstRecordStart: size, nextRecordStart: size, invalid: {count: 0, firstByte: -1}}
      return
    }
    const stream = streamRecords({
      path: spec.path,
      fileName,
      encoding: spec.dialect.encoding,
      tokenizer,
      start: first,
      stopAtByte: spec.end,
      chunkBytes: opts.chunkBytes,
      unsplit: opts.unsplit,
    })
    try {
      for await (const batch of stream.batches) yield {rows: batch.rows, bytes: batch.bytes, delimiter: tokenizer.delimiter}
    } catch (error) {
      if (!(error instanceof ScannerError) || error.code !== 'RECORD_TOO_LARGE') throw error
      result = {firstRecordStart: first, nextRecordStart: -1, invalid: stream.invalidSequences()}
      return
    }
    result = {firstRecordStart: first, nextRecordStart: stream.stoppedAt(), invalid: stream.invalidSequences()}
  }

  return {
    batches: batches(),
    boundaries(): CsvRangeResult {
      if (!result) throw new Error('readCsvRange: boundaries() asked for before the batches were consumed')
      return result
    },
  }
}

/** byte offset after the first line break at or after start - 1 (so a range starting at a line start keeps it) */
async function firstLineStart(path: string, fileName: string, start: number, breakByte: number): Promise<number | null> {
  const handle = await openForScan(path, fileName)
  try {
    const buffer = Buffer.allocUnsafe(SEEK_BYTES)
    let position = Math.max(0, start - 1)
    for (;;) {
      const {bytesRead} = await handle.read(buffer, 0, SEEK_BYTES, position).catch((error: unknown) => {
        throw vanishedOr(error, fileName)
      })
      if (bytesRead === 0) return null
      const at = buffer.subarray(0, bytesRead).indexOf(breakByte)
      if (at !== -1) return position + at + 1
      position += bytesRead
    }
  } finally {
    await handle.close()
  }
}

async function fileSize(path: string, fileName: string): Promise<number> {
  const handle = await openForScan(path, fileName)
  try {
    return (await handle.stat()).size
  } finally {
    await handle.close()
  }
}
