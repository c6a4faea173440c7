/**
 * Random access to the parts of a zip archive (an .xlsx is one), with node:fs and node:zlib only. The
 * central directory at the end of the file says where each part starts, so one worksheet can be streamed
 * and inflated on its own, in any order, without reading the others or writing temp files.
 *
 * Why not exceljs's unzipper: it is only a transitive dependency (not ours to rely on), it reads parts
 * strictly in archive order, and its file streams have no error handler (a vanished file crashes the
 * process). The zip facts used here: APPNOTE.TXT sections 4.3.7 (local header), 4.3.12 (central
 * directory header), 4.3.14–16 (zip64 end records), 4.5.3 (zip64 extra field).
 */
import {createReadStream} from 'node:fs'
import {open, stat, type FileHandle} from 'node:fs/promises'
import {pipeline, Readable} from 'node:stream'
import {createInflateRaw} from 'node:zlib'
import {damagedError, encryptedError, truncatedError, vanishedError} from './xlsx-errors.js'

export interface ZipEntry {
  /** the name as stored, with `/` separators and no leading `/` */
  name: string
  flags: number
  /** 0 = stored, 8 = deflate */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50
const SIG_END64 = 0x06064b50
const SIG_END64_LOCATOR = 0x07064b50
const END_SIZE = 22
const END64_LOCATOR_SIZE = 20
const END64_SIZE = 56
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
const MAX_COMMENT = 0xffff
const U32_MAX = 0xffffffff
/** a central directory this large belongs to no workbook; refuse instead of allocating it */
const MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024
const READ_CHUNK = 64 * 1024
const FLAG_ENCRYPTED = 0x0001

export type PartEncoding = 'utf8' | 'buffer'

export class ZipArchive {
  /** entries by lower-cased name: part names in OOXML packages compare case-insensitively */
  private readonly entries: Map<string, ZipEntry>

  private constructor(
    readonly path: string,
    readonly location: string,
    readonly sizeBytes: number,
    readonly modifiedMs: number,
    entries: ZipEntry[],
  ) {
    this.entries = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  }

  /** Reads the central directory. The caller has checked that the file starts like a zip archive. */
  static async open(path: string, location: string): Promise<ZipArchive> {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      const entries = await readCentralDirectory(handle, info.size, location)
      return new ZipArchive(path, location, info.size, info.mtimeMs, entries)
    } finally {
      await handle.close()
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.entries.get(normalizeName(name).toLowerCase())
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name)
  }

  /**
   * A stream of one part's inflated content: strings decoded as UTF-8 across chunk boundaries, or raw
   * Buffers. Read errors surface while iterating it (as system or zlib errors; see partReadError).
   */
  async openPart(name: string, encoding: PartEncoding = 'utf8'): Promise<Readable> {
    const entry = this.get(name)
    if (!entry) throw damagedError(this.location, name, 'the part is missing from the archive')
    if (entry.flags & FLAG_ENCRYPTED) throw encryptedError(this.location)
    if (entry.method !== 0 && entry.method !== 8) {
      throw damagedError(this.location, entry.name, `it uses zip compression method ${entry.method}, which is not supported`)
    }
    await this.assertUnchanged()
    const dataStart = await this.dataOffset(entry)
    if (dataStart + entry.compressedSize > this.sizeBytes) throw truncatedError(this.location)
    let stream: Readable
    if (entry.compressedSize === 0) {
      stream = Readable.from([])
    } else {
      const raw = createReadStream(this.path, {
        start: dataStart,
        end: dataStart + entry.compressedSize - 1,
        highWaterMark: READ_CHUNK,
      })
      // pipeline forwards an error of either stream to the inflater (the stream handed out) and destroys both
      stream = entry.method === 8 ? pipeline(raw, createInflateRaw({chunkSize: READ_CHUNK}), ignore) : raw
    }
    if (encoding === 'utf8') stream.setEncoding('utf8')
    return stream
  }

  /** The whole text of a small part (workbook.xml, relationships), refused beyond `maxChars`. */
  async readText(name: string, maxChars: number): Promise<string> {
    const stream = await this.openPart(name)
    let text = ''
    try {
      for await (const chunk of stream) {
        text += chunk as string
        if (text.length > maxChars) throw damagedError(this.location, name, `the part is larger than ${maxChars} characters`)
      }
    } finally {
      stream.destroy()
    }
    return text
  }

  /** A file replaced or removed since open() would hand out garbage offsets: stop with SOURCE_VANISHED. */
  private async assertUnchanged(): Promise<void> {
    let info
    try {
      info = await stat(this.path)
    } catch (error) {
      throw vanishedError(this.location, error)
    }
    if (info.size !== this.sizeBytes || info.mtimeMs !== this.modifiedMs) throw vanishedError(this.location)
  }

  private async dataOffset(entry: ZipEntry): Promise<number> {
    let handle: FileHandle
    try {
      handle = await open(this.path, 'r')
    } catch (error) {
      throw vanishedError(this.location, error)
    }
    try {
      const header = await readAt(handle, entry.localHeaderOffset, LOCAL_HEADER_SIZE)
      if (header.length < LOCAL_HEADER_SIZE) throw truncatedError(this.location)
      if (header.readUInt32LE(0) !== SIG_LOCAL) throw damagedError(this.location, entry.name, 'its local zip header is missing')
      return entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28)
    } finally {
      await handle.close()
    }
  }
}

async function readCentralDirectory(handle: FileHandle, size: number, location: string): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - (END_SIZE + MAX_COMMENT))
  const tail = await readAt(handle, tailStart, size - tailStart)
  const endAt = findEndRecord(tail)
  // no end record: the end of the file is missing, so the archive was cut off
  if (endAt < 0) throw truncatedError(location)
  const endOffset = tailStart + endAt
  let count = tail.readUInt16LE(endAt + 10)
  let cdSize = tail.readUInt32LE(endAt + 12)
  let cdOffset = tail.readUInt32LE(endAt + 16)
  if (count === 0xffff || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const zip64 = await readZip64End(handle, endOffset, location)
    count = zip64.count
    cdSize = zip64.cdSize
    cdOffset = zip64.cdOffset
  }
  if (cdOffset + cdSize > size) throw truncatedError(location)
  if (cdSize > MAX_CENTRAL_DIRECTORY_BYTES) throw damagedError(location, 'zip directory', 'it is implausibly large')
  const cd = await readAt(handle, cdOffset, cdSize)
  return parseCentralEntries(cd, count, location)
}

/** The end-of-central-directory record, searched backwards (a comment of up to 64 KiB may follow it). */
function findEndRecord(tail: Buffer): number {
  for (let i = tail.length - END_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIG_END) continue
    if (i + END_SIZE + tail.readUInt16LE(i + 20) <= tail.length) return i
  }
  return -1
}

async function readZip64End(
  handle: FileHandle,
  endOffset: number,
  location: string,
): Promise<{count: number; cdSize: number; cdOffset: number}> {
  const locator = await readAt(handle, endOffset - END64_LOCATOR_SIZE, END64_LOCATOR_SIZE)
  if (locator.length < END64_LOCATOR_SIZE || locator.readUInt32LE(0) !== SIG_END64_LOCATOR) {
    throw damagedError(location, 'zip directory', 'its zip64 locator is missing')
  }
  const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), END64_SIZE)
  if (record.length < END64_SIZE || record.readUInt32LE(0) !== SIG_END64) {
    throw damagedError(location, 'zip directory', 'its zip64 end record is missing')
  }
  return {
    count: Number(record.readBigUInt64LE(32)),
    cdSize: Number(record.readBigUInt64LE(40)),
    cdOffset: Number(record.readBigUInt64LE(48)),
  }
}

function parseCentralEntries(cd: Buffer, count: number, location: string): ZipEntry[] {
  const entries: ZipEntry[] = []
  let p = 0
  while (entries.length < count && p + CENTRAL_HEADER_SIZE <= cd.length) {
    if (cd.readUInt32LE(p) !== SIG_CENTRAL) throw damagedError(location, 'zip directory', 'an entry header is broken')
    const nameLength = cd.readUInt16LE(p + 28)
    const extraLength = cd.readUInt16LE(p + 30)
    const commentLength = cd.readUInt16LE(p + 32)
    const nameStart = p + CENTRAL_HEADER_SIZE
    const entry: ZipEntry = {
      name: normalizeName(cd.toString('utf8', nameStart, nameStart + nameLength)),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
    }
    applyZip64Extra(entry, cd.subarray(nameStart + nameLength, nameStart + nameLength + extraLength))
    entries.push(entry)
    p = nameStart + nameLength + extraLength + commentLength
  }
  if (entries.length < count) throw damagedError(location, 'zip directory', 'it lists fewer entries than it announces')
  return entries
}

/** Sizes and offsets that do not fit 32 bits are in the zip64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  if (entry.uncompressedSize !== U32_MAX && entry.compressedSize !== U32_MAX && entry.localHeaderOffset !== U32_MAX) return
  let p = 0
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p)
    const length = extra.readUInt16LE(p + 2)
    if (id === 1) {
      let q = p + 4
      const next = (): number => {
        const v = q + 8 <= p + 4 + length ? Number(extra.readBigUInt64LE(q)) : U32_MAX
        q += 8
        return v
      }
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next()
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next()
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next()
      return
    }
    p += 4 + length
  }
}

function normalizeName(name: string): string {
  const slashed = name.includes('\\') ? name.replace(/\\/g, '/') : name
  return slashed.startsWith('/') ? slashed.slice(1) : slashed
}

/** Reads up to `length` bytes at `position`; shorter when the file ends first. */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length))
  let filled = 0
  while (filled < buffer.length) {
    const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled === buffer.length ? buffer : buffer.subarray(0, filled)
}

function ignore(): void {
  // errors reach the consumer through the returned stream; pipeline needs a callback to not throw them
}
