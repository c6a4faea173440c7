/**
 * The names in an OLE2 compound file's directory (the container of .xls workbooks and of password-
 * protected .xlsx files). Only the directory is read, by following its sector chain through the FAT,
 * with every read and every loop bounded, so a damaged or hostile file cannot make it run away.
 *
 * Facts from [MS-CFB]: a 512-byte header (sector shift at 0x1E, FAT sector count at 0x2C, first
 * directory sector at 0x30, first DIFAT sector at 0x44, 109 DIFAT entries from 0x4C); sector n starts at
 * byte (n + 1) << shift; directory entries are 128 bytes with a UTF-16LE name, its byte length at 0x40
 * and the object type at 0x42.
 */
import type {FileHandle} from 'node:fs/promises'
import {readAt} from './zip-archive.js'

export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

const HEADER_SIZE = 512
const HEADER_DIFAT_ENTRIES = 109
const DIR_ENTRY_SIZE = 128
/** sector ids at and above this are markers (end of chain, free, FAT, DIFAT), not sectors */
const MAX_REGULAR_SECTOR = 0xfffffffa
/** enough for 64k directory entries at 512-byte sectors; a real workbook has a few dozen */
const MAX_DIRECTORY_SECTORS = 16384

export async function readCompoundDirectoryNames(handle: FileHandle, fileSize: number): Promise<string[]> {
  const header = await readAt(handle, 0, HEADER_SIZE)
  if (header.length < HEADER_SIZE || !header.subarray(0, 8).equals(CFB_SIGNATURE)) return []
  const shift = header.readUInt16LE(0x1e)
  if (shift !== 9 && shift !== 12) return []
  const sectorSize = 1 << shift
  const fat = new FatReader(handle, header, sectorSize, fileSize)

  const names: string[] = []
  const visited = new Set<number>()
  let sector = header.readUInt32LE(0x30)
  while (sector < MAX_REGULAR_SECTOR && !visited.has(sector) && visited.size < MAX_DIRECTORY_SECTORS) {
    visited.add(sector)
    const offset = (sector + 1) * sectorSize
    if (offset + sectorSize > fileSize) break
    const block = await readAt(handle, offset, sectorSize)
    for (let p = 0; p + DIR_ENTRY_SIZE <= block.length; p += DIR_ENTRY_SIZE) {
      const type = block[p + 0x42]
      const nameBytes = block.readUInt16LE(p + 0x40)
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue
      names.push(block.toString('utf16le', p, p + nameBytes - 2))
    }
    sector = await fat.next(sector)
  }
  return names
}

/** Looks up "next sector" entries of the FAT, finding FAT sectors through the DIFAT on demand. */
class FatReader {
  private readonly perSector: number
  private readonly fatSectorCount: number
  private readonly cache = new Map<number, Buffer>()

  constructor(
    private readonly handle: FileHandle,
    private readonly header: Buffer,
    private readonly sectorSize: number,
    private readonly fileSize: number,
  ) {
    this.perSector = sectorSize / 4
    this.fatSectorCount = header.readUInt32LE(0x2c)
  }

  async next(sector: number): Promise<number> {
    const fatIndex = Math.floor(sector / this.perSector)
    if (fatIndex >= this.fatSectorCount) return MAX_REGULAR_SECTOR
    const fatSector = await this.fatSectorAt(fatIndex)
    if (fatSector >= MAX_REGULAR_SECTOR) return MAX_REGULAR_SECTOR
    const block = await this.sector(fatSector)
    return block === null ? MAX_REGULAR_SECTOR : block.readUInt32LE((sector % this.perSector) * 4)
  }

  /** The sector id of the `index`-th FAT sector: 109 in the header, the rest in the DIFAT chain. */
  private async fatSectorAt(index: number): Promise<number> {
    if (index < HEADER_DIFAT_ENTRIES) return this.header.readUInt32LE(0x4c + index * 4)
    let remaining = index - HEADER_DIFAT_ENTRIES
    const perDifat = this.perSector - 1
    let difat = this.header.readUInt32LE(0x44)
    for (let hops = 0; difat < MAX_REGULAR_SECTOR && hops <= this.fatSectorCount; hops++) {
      const block = await this.sector(difat)
      if (block === null) break
      if (remaining < perDifat) return block.readUInt32LE(remaining * 4)
      remaining -= perDifat
      difat = block.readUInt32LE(perDifat * 4)
    }
    return MAX_REGULAR_SECTOR
  }

  private async sector(id: number): Promise<Buffer | null> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const offset = (id + 1) * this.sectorSize
    if (offset + this.sectorSize > this.fileSize) return null
    const block = await readAt(this.handle, offset, this.sectorSize)
    this.cache.set(id, block)
    return block
  }
}
