// A small genuine legacy workbook (.xls): a BIFF8 workbook stream inside an OLE2 compound file.
// Written by hand because no maintained npm package writes .xls; only what a one-sheet table needs:
// strings (shared string table), numbers, a thousands format and dates (built-in number formats 4 and 14).

const ENDOFCHAIN = 0xfffffffe
const FREESECT = 0xffffffff
const FATSECT = 0xfffffffd
const NOSTREAM = 0xffffffff
const SECTOR = 512

function record(type, body) {
  const head = Buffer.alloc(4)
  head.writeUInt16LE(type, 0)
  head.writeUInt16LE(body.length, 2)
  return Buffer.concat([head, body])
}

function u16(...values) {
  const b = Buffer.alloc(values.length * 2)
  values.forEach((v, i) => b.writeUInt16LE(v, i * 2))
  return b
}

const isLatin1 = (s) => [...s].every((ch) => ch.charCodeAt(0) < 256)

/** string with a 1-byte (short) or 2-byte length, stored as Latin-1 when possible, else UTF-16LE */
function unicodeString(s, lengthBytes) {
  const compressed = isLatin1(s)
  const head = Buffer.alloc(lengthBytes + 1)
  if (lengthBytes === 1) head.writeUInt8(s.length, 0)
  else head.writeUInt16LE(s.length, 0)
  head.writeUInt8(compressed ? 0 : 1, lengthBytes)
  return Buffer.concat([head, Buffer.from(s, compressed ? 'latin1' : 'utf16le')])
}

function bof(kind) {
  const b = Buffer.alloc(16)
  b.writeUInt16LE(0x0600, 0) // BIFF8
  b.writeUInt16LE(kind, 2) // 0x0005 workbook globals, 0x0010 worksheet
  b.writeUInt16LE(0x0dbb, 4) // build
  b.writeUInt16LE(0x07cc, 6) // year 1996
  b.writeUInt32LE(0, 8)
  b.writeUInt32LE(0x06, 12) // lowest BIFF version: 8
  return record(0x0809, b)
}

function font() {
  const name = unicodeString('Arial', 1)
  const b = Buffer.alloc(14)
  b.writeUInt16LE(200, 0) // 10 pt in twips
  b.writeUInt16LE(0, 2)
  b.writeUInt16LE(0x7fff, 4) // automatic colour
  b.writeUInt16LE(400, 6) // normal weight
  return record(0x0031, Buffer.concat([b, name]))
}

function xf(formatIndex, style) {
  const b = Buffer.alloc(20)
  b.writeUInt16LE(0, 0) // font 0
  b.writeUInt16LE(formatIndex, 2)
  b.writeUInt16LE(style ? 0xfff5 : 0x0001, 4) // style XF (parent none) or cell XF (parent 0), locked
  b.writeUInt8(0x20, 6) // aligned to the bottom
  b.writeUInt8(style ? 0xf4 : formatIndex === 0 ? 0x00 : 0x04, 9) // cell XF: own number format
  b.writeUInt16LE(0x20c0, 18) // default pattern colours
  return record(0x00e0, b)
}

/** Excel's day number: days since 1899-12-30 (valid for dates after February 1900) */
const excelSerial = (date) => date.getTime() / 86_400_000 + 25569

/**
 * rows: arrays of string | number | {number, format: 'amount'} | Date | null. Returns the bytes of the
 * .xls file.
 */
export function xlsWorkbook(sheetName, rows, columnWidths = []) {
  const strings = []
  const stringIndex = new Map()
  const cellRecords = []
  const XF_GENERAL = 15
  const XF_AMOUNT = 16
  const XF_DATE = 17
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return
      if (typeof value === 'string') {
        if (!stringIndex.has(value)) {
          stringIndex.set(value, strings.length)
          strings.push(value)
        }
        const b = Buffer.alloc(10)
        b.writeUInt16LE(r, 0)
        b.writeUInt16LE(c, 2)
        b.writeUInt16LE(XF_GENERAL, 4)
        b.writeUInt32LE(stringIndex.get(value), 6)
        cellRecords.push(record(0x00fd, b))
        return
      }
      let [num, xfIndex] = [value.number, XF_AMOUNT]
      if (value instanceof Date) [num, xfIndex] = [excelSerial(value), XF_DATE]
      else if (typeof value === 'number') [num, xfIndex] = [value, XF_GENERAL]
      const b = Buffer.alloc(14)
      b.writeUInt16LE(r, 0)
      b.writeUInt16LE(c, 2)
      b.writeUInt16LE(xfIndex, 4)
      b.writeDoubleLE(num, 6)
      cellRecords.push(record(0x0203, b))
    })
  })

  const sstBody = Buffer.concat([
    (() => {
      const b = Buffer.alloc(8)
      const total = rows.flat().filter((v) => typeof v === 'string').length
      b.writeUInt32LE(total, 0)
      b.writeUInt32LE(strings.length, 4)
      return b
    })(),
    ...strings.map((s) => unicodeString(s, 2)),
  ])
  // one SST record holds at most 8224 bytes; more would need CONTINUE records, which this file does not need
  if (sstBody.length > 8224) throw new Error('xlsWorkbook: too much text for one SST record')

  const boundsheetBody = (offset) => {
    const b = Buffer.alloc(6)
    b.writeUInt32LE(offset, 0) // where the sheet's BOF starts in the stream
    return Buffer.concat([b, unicodeString(sheetName, 1)])
  }
  const beforeBoundsheet = Buffer.concat([
    bof(0x0005),
    record(0x0042, u16(0x04b0)), // CODEPAGE: UTF-16
    record(0x003d, u16(0, 0, 0x3000, 0x2000, 0x0038, 0, 0, 1, 0x0258)), // WINDOW1
    font(), font(), font(), font(),
    ...Array.from({length: 15}, () => xf(0, true)),
    xf(0, false), xf(4, false), xf(14, false),
    record(0x0293, Buffer.from([0x00, 0x80, 0x00, 0xff])), // STYLE: built-in "Normal" on XF 0
  ])
  const afterBoundsheet = Buffer.concat([record(0x00fc, sstBody), record(0x000a, Buffer.alloc(0))])
  const sheetOffset = beforeBoundsheet.length + 4 + boundsheetBody(0).length + afterBoundsheet.length
  const globals = Buffer.concat([beforeBoundsheet, record(0x0085, boundsheetBody(sheetOffset)), afterBoundsheet])

  const colCount = Math.max(...rows.map((r) => r.length))
  const dimensions = Buffer.alloc(14)
  dimensions.writeUInt32LE(0, 0)
  dimensions.writeUInt32LE(rows.length, 4)
  dimensions.writeUInt16LE(0, 8)
  dimensions.writeUInt16LE(colCount, 10)
  const colinfos = columnWidths.map((w, c) => record(0x007d, u16(c, c, Math.round(w * 256), XF_GENERAL, 0, 0)))
  const window2 = Buffer.alloc(18)
  window2.writeUInt16LE(0x06b6, 0)
  window2.writeUInt16LE(0x40, 6)
  const sheet = Buffer.concat([
    bof(0x0010),
    ...colinfos,
    record(0x0200, dimensions),
    ...cellRecords,
    record(0x023e, window2),
    record(0x000a, Buffer.alloc(0)),
  ])
  return compoundFile(Buffer.concat([globals, sheet]))
}

/** An OLE2 compound file (version 3, 512-byte sectors) holding one stream named "Workbook". */
function compoundFile(workbook) {
  // streams under 4096 bytes would belong in the mini stream; padding keeps the layout to plain sectors
  const stream = Buffer.concat([workbook, Buffer.alloc(Math.max(0, 4096 - workbook.length))])
  const streamSectors = Math.ceil(stream.length / SECTOR)
  let fatSectors = 1
  while (fatSectors * 128 < fatSectors + 1 + streamSectors) fatSectors++
  if (fatSectors > 109) throw new Error('compoundFile: stream too large for a header-only FAT list')
  const dirSector = fatSectors
  const firstStreamSector = fatSectors + 1

  const header = Buffer.alloc(SECTOR)
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0)
  header.writeUInt16LE(0x003e, 24)
  header.writeUInt16LE(0x0003, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(9, 30) // 2^9 = 512-byte sectors
  header.writeUInt16LE(6, 32) // 2^6 = 64-byte mini sectors
  header.writeUInt32LE(fatSectors, 44)
  header.writeUInt32LE(dirSector, 48)
  header.writeUInt32LE(4096, 56)
  header.writeUInt32LE(ENDOFCHAIN, 60)
  header.writeUInt32LE(ENDOFCHAIN, 68)
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + i * 4)

  const fat = Buffer.alloc(fatSectors * SECTOR, 0xff)
  for (let i = 0; i < fatSectors; i++) fat.writeUInt32LE(FATSECT, i * 4)
  fat.writeUInt32LE(ENDOFCHAIN, dirSector * 4)
  for (let i = 0; i < streamSectors; i++) {
    const s = firstStreamSector + i
    fat.writeUInt32LE(i === streamSectors - 1 ? ENDOFCHAIN : s + 1, s * 4)
  }

  const dir = Buffer.alloc(SECTOR)
  const entry = (index, name, type, child, start, size, clsid) => {
    const at = index * 128
    if (name !== '') {
      dir.write(name, at, 'utf16le')
      dir.writeUInt16LE((name.length + 1) * 2, at + 64)
    }
    dir.writeUInt8(type, at + 66)
    // free entries must be all zero except the three links
    if (type !== 0) dir.writeUInt8(1, at + 67) // black
    dir.writeUInt32LE(NOSTREAM, at + 68)
    dir.writeUInt32LE(NOSTREAM, at + 72)
    dir.writeUInt32LE(child, at + 76)
    if (clsid) Buffer.from(clsid, 'hex').copy(dir, at + 80)
    dir.writeUInt32LE(start, at + 116)
    dir.writeUInt32LE(size, at + 120)
  }
  // the root's class id says "Excel 97-2003 worksheet" (00020820-0000-0000-C000-000000000046)
  entry(0, 'Root Entry', 5, 1, ENDOFCHAIN, 0, '2008020000000000c000000000000046')
  entry(1, 'Workbook', 2, NOSTREAM, firstStreamSector, stream.length)
  entry(2, '', 0, NOSTREAM, 0, 0)
  entry(3, '', 0, NOSTREAM, 0, 0)

  const body = Buffer.alloc(streamSectors * SECTOR)
  stream.copy(body)
  return Buffer.concat([header, fat, dir, body])
}
