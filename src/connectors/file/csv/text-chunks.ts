/**
 * Reads a file from a byte offset as decoded text chunks, every chunk in the one encoding decided for the
 * file. For UTF-8 and the 8-bit encodings every chunk ends right after a line break byte, so it holds whole
 * characters, an invalid UTF-8 sequence never spans two chunks (a line break byte is never part of one),
 * and the text is the same wherever the chunks fall. UTF-16 chunks end after a whole character.
 */
import {readSync} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'
import {ScannerError} from '../../../errors.js'
import {createRangeDecoder, wholeCharLength, type CsvEncoding, type DecodedText} from './encoding.js'

/** a record longer than this is not a record: the file has no line ends or a quote never closes */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024
// 256 KB: the rows of one chunk stay in the young generation, which keeps the heap (and RSS) small
export const DEFAULT_CHUNK_BYTES = 256 * 1024

/**
 * One decoded chunk: `bytes` are valid only until the next chunk is asked for; map text positions to
 * bytes with byteOffsetAt/textPositionAt (encoding.ts).
 */
export interface TextChunk extends DecodedText {
  /** file offset of the first byte decoded into `text` */
  byteStart: number
  /** file offset after the last byte decoded into `text` */
  byteEnd: number
}

export interface ChunkReadOptions {
  path: string
  /** the name used in messages (the file's base name) */
  fileName: string
  encoding: CsvEncoding
  /** file offset to start reading at */
  start: number
  /** '\n' or '\r': chunks of ASCII-compatible encodings end after this byte */
  lineBreak: '\n' | '\r'
  chunkBytes?: number
}

export async function* readTextChunks(opts: ChunkReadOptions): AsyncGenerator<TextChunk> {
  const handle = await openForScan(opts.path, opts.fileName)
  try {
    yield* chunksOf(handle, opts)
  } finally {
    await handle.close()
  }
}

async function* chunksOf(handle: FileHandle, opts: ChunkReadOptions): AsyncGenerator<TextChunk> {
  const size = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES
  const decoder = createRangeDecoder(opts.encoding)
  const cutAt = cutFor(opts.encoding, opts.lineBreak)
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
      if (data.length > 0) yield chunkOf(decoder.decode(data), dataStart)
      return
    }
    const cut = cutAt(data)
    if (cut === 0) {
      // no line end yet: keep the bytes (a copy: the read buffer is reused) and read on
      carry = carry ? data : Buffer.from(data)
      if (carry.length > MAX_RECORD_BYTES) throw recordTooLarge(opts.fileName, dataStart)
      continue
    }
    yield chunkOf(decoder.decode(data.subarray(0, cut)), dataStart)
    const rest = data.subarray(cut)
    carry = rest.length > 0 ? Buffer.from(rest) : null
  }
}

/** where a chunk may end: after the last line break byte, or (UTF-16) after the last whole character; 0 for nowhere yet */
function cutFor(encoding: CsvEncoding, lineBreak: '\n' | '\r'): (data: Buffer) => number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (data) => wholeCharLength(data, encoding)
  const breakByte = lineBreak.charCodeAt(0)
  return (data) => data.lastIndexOf(breakByte) + 1
}

function chunkOf(decoded: DecodedText, byteStart: number): TextChunk {
  return {text: decoded.text, bytes: decoded.bytes, form: decoded.form, invalid: decoded.invalid, byteStart, byteEnd: byteStart + decoded.bytes.length}
}

/** Opens the file for reading; a file that is gone now was there when the scan began. */
export async function openForScan(path: string, fileName: string): Promise<FileHandle> {
  try {
    return await open(path, 'r')
  } catch (error) {
    throw vanishedOr(error, fileName)
  }
}

/**
 * A synchronous read on the handle's descriptor: a chunk comes from the page cache in well under a
 * millisecond, and an asynchronous read per chunk cost more (a round trip through libuv's thread pool
 * and a promise) than the copy itself.
 */
async function readAt(handle: FileHandle, buffer: Buffer, position: number, fileName: string): Promise<number> {
  try {
    return readSync(handle.fd, buffer, 0, buffer.length, position)
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
