/**
 * Reads a file from a byte offset as decoded text chunks. For UTF-8 and the 8-bit encodings every chunk
 * ends right after a line break byte, so it holds whole characters and its byte range is exact (the
 * range reader maps byte offsets to text positions with it). UTF-16 is decoded as a stream instead.
 */
import {open, type FileHandle} from 'node:fs/promises'
import {ScannerError} from '../../../errors.js'
import {createRangeDecoder, type CsvEncoding} from './encoding.js'

/** a record longer than this is not a record: the file has no line ends or a quote never closes */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024
// 256 KB: the rows of one chunk stay in the young generation, which keeps the heap (and RSS) small
export const DEFAULT_CHUNK_BYTES = 256 * 1024

export interface TextChunk {
  text: string
  /** file offset of the first byte decoded into `text` */
  byteStart: number
  /** file offset after the last byte decoded into `text` */
  byteEnd: number
  /** the decoded bytes (valid only until the next chunk is asked for); null for UTF-16 */
  bytes: Buffer | null
  /** one char per byte (8-bit encodings): text positions equal byte offsets from byteStart */
  singleByte: boolean
}

export interface ChunkReadOptions {
  path: string
  /** the name used in messages (the file's base name) */
  fileName: string
  encoding: CsvEncoding
  /** file offset to start reading at */
  start: number
  /** '\n' or '\r': chunks end after this byte */
  lineBreak: '\n' | '\r'
  chunkBytes?: number
}

export async function* readTextChunks(opts: ChunkReadOptions): AsyncGenerator<TextChunk> {
  const handle = await openForScan(opts.path, opts.fileName)
  try {
    if (opts.encoding === 'utf-16le' || opts.encoding === 'utf-16be') yield* utf16Chunks(handle, opts)
    else yield* lineAlignedChunks(handle, opts)
  } finally {
    await handle.close()
  }
}

async function* lineAlignedChunks(handle: FileHandle, opts: ChunkReadOptions): AsyncGenerator<TextChunk> {
  const size = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES
  const decoder = createRangeDecoder(opts.encoding)
  const breakByte = opts.lineBreak.charCodeAt(0)
  const readBuffer = Buffer.allocUnsafe(size)
  let carry: Buffer | null = null
  let position = opts.start
  for (;;) {
    const n = await readAt(handle, readBuffer, position, opts.fileName)
    const dataStart = position - (carry?.length ?? 0)
    position += n
    const fresh = readBuffer.subarray(0, n)
    const data: Buffer = carry ? (n > 0 ? Buffer.concat([carry, fresh]) : carry) : fresh
    if (n === 0) {
      if (data.length > 0) yield decoded(decoder.decode(data), data, dataStart)
      return
    }
    const cut = data.lastIndexOf(breakByte)
    if (cut === -1) {
      // no line end yet: keep the bytes (a copy: the read buffer is reused) and read on
      carry = carry ? data : Buffer.from(data)
      if (carry.length > MAX_RECORD_BYTES) throw recordTooLarge(opts.fileName, dataStart)
      continue
    }
    const chunk = data.subarray(0, cut + 1)
    yield decoded(decoder.decode(chunk), chunk, dataStart)
    const rest = data.subarray(cut + 1)
    carry = rest.length > 0 ? Buffer.from(rest) : null
  }
}

function decoded(result: {text: string; singleByte: boolean}, bytes: Buffer, byteStart: number): TextChunk {
  return {text: result.text, byteStart, byteEnd: byteStart + bytes.length, bytes, singleByte: result.singleByte}
}

async function* utf16Chunks(handle: FileHandle, opts: ChunkReadOptions): AsyncGenerator<TextChunk> {
  const size = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES
  const decoder = new TextDecoder(opts.encoding, {ignoreBOM: true})
  const readBuffer = Buffer.allocUnsafe(size)
  let position = opts.start
  for (;;) {
    const n = await readAt(handle, readBuffer, position, opts.fileName)
    const text = decoder.decode(readBuffer.subarray(0, n), {stream: n > 0})
    if (text.length > 0) yield {text, byteStart: position, byteEnd: position + n, bytes: null, singleByte: false}
    position += n
    if (n === 0) return
  }
}

/** Opens the file for reading; a file that is gone now was there when the scan began. */
export async function openForScan(path: string, fileName: string): Promise<FileHandle> {
  try {
    return await open(path, 'r')
  } catch (error) {
    throw vanishedOr(error, fileName)
  }
}

async function readAt(handle: FileHandle, buffer: Buffer, position: number, fileName: string): Promise<number> {
  try {
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, position)
    return bytesRead
  } catch (error) {
    throw vanishedOr(error, fileName)
  }
}

export function vanishedOr(error: unknown, fileName: string): ScannerError {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    return new ScannerError('SOURCE_VANISHED', `${fileName} disappeared while it was being scanned.`, {
      cause: error,
      location: fileName,
      suggestions: ['Scan again once the file is no longer being moved, renamed or replaced (for example by a sync client).'],
    })
  }
  return ScannerError.from(error, fileName)
}

export function recordTooLarge(fileName: string, byteOffset: number): ScannerError {
  const mb = MAX_RECORD_BYTES / (1024 * 1024)
  return new ScannerError(
    'RECORD_TOO_LARGE',
    `${fileName}: the record starting at byte ${byteOffset} runs on for more than ${mb} MB without ending. ` +
      'Either the file has no line breaks (it is not a table export) or a quote (") opens a field that is never closed.',
    {
      location: fileName,
      suggestions: [
        'Open the file in a text editor and check its line breaks and quotes near that position.',
        'Export the table again from the source program as CSV with one record per line.',
      ],
    },
  )
}
