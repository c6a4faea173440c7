/**
 * Which cell styles show numbers as dates. xlsx stores a date as a plain number (days since 1900); only
 * the number format of the cell's style (its index into <cellXfs>) says it is a date. exceljs's check
 * (any of y m d h s b in the format code) also takes times of day and formats like `0.0 "h"` for dates;
 * ours strips literals first and keeps time-only formats (`hh:mm`, `[h]:mm`) as numbers, because a
 * time of day or a duration is no calendar date.
 */
import {partReadError} from './xlsx-errors.js'
import {localName, saxBatches} from './sax-events.js'
import type {ZipArchive} from './zip-archive.js'

/** Built-in number formats (ECMA-376 §18.8.30 and the East Asian ids) that show a date. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/**
 * Reads xl/styles.xml into one flag per cell style: 1 when the style formats numbers as dates.
 * Style index s of a cell (`<c s="3">`) looks up entry s.
 */
export async function readDateStyles(zip: ZipArchive, part: string): Promise<Uint8Array> {
  const location = zip.location
  const customFormats = new Map<number, string>()
  const formatOfStyle: number[] = []
  let inCellXfs = false
  const stream = await zip.openPart(part)
  try {
    for await (const batch of saxBatches(stream, (e, fromParser) => partReadError(location, part, e, fromParser))) {
      for (const event of batch) {
        if (event.eventType === 'text') continue
        const name = localName(event.value.name)
        if (event.eventType === 'closetag') {
          if (name === 'cellXfs') inCellXfs = false
          continue
        }
        const attrs = event.value.attributes
        if (name === 'numFmt') customFormats.set(Number(attrs.numFmtId), attrs.formatCode ?? '')
        else if (name === 'cellXfs') inCellXfs = true
        else if (name === 'xf' && inCellXfs) formatOfStyle.push(Number(attrs.numFmtId ?? 0))
      }
    }
  } finally {
    stream.destroy()
  }
  const flags = new Uint8Array(formatOfStyle.length)
  for (let s = 0; s < formatOfStyle.length; s++) {
    const id = formatOfStyle[s]
    const custom = customFormats.get(id)
    flags[s] = (custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(custom)) ? 1 : 0
  }
  return flags
}

/**
 * True when a number format code shows a calendar date: it has a year or day part, or a month part
 * without hours/seconds next to it (`mm` alone is a month, in `hh:mm` a minute). Only the first section
 * (positive numbers) counts; quoted text, escaped characters, padding/fill characters and [bracketed]
 * colours, conditions and locales are skipped.
 */
export function isDateFormatCode(code: string): boolean {
  let year = false
  let day = false
  let month = false
  let time = false
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i)
    if (c === 59) break // ";" ends the first section
    if (c === 34) {
      // "literal text"
      const close = code.indexOf('"', i + 1)
      i = close < 0 ? code.length : close
    } else if (c === 92 || c === 95 || c === 42) {
      i++ // \x escapes one character; _x pads and *x fills with one
    } else if (c === 91) {
      // [Red], [<100], [$-407]; [h] [mm] [ss] are elapsed time
      const close = code.indexOf(']', i + 1)
      const inner = code.slice(i + 1, close < 0 ? code.length : close).toLowerCase()
      if (/^(?:h+|m+|s+)$/.test(inner)) time = true
      i = close < 0 ? code.length : close
    } else {
      const lower = c | 0x20
      if (lower === 0x67 && code.slice(i, i + 7).toLowerCase() === 'general') i += 6
      else if (lower === 0x79 || lower === 0x62 || lower === 0x65) year = year || lower !== 0x65 || isEraYear(code, i)
      else if (lower === 0x64) day = true
      else if (lower === 0x6d) month = true
      else if (lower === 0x68 || lower === 0x73) time = true
      else if (lower === 0x61 && /^(?:am\/pm|a\/p)/i.test(code.slice(i))) time = true
    }
  }
  return year || day || (month && !time)
}

/** "e" is a year only as a date token (`e`, `ee`); in `0.00E+00` it is the exponent */
function isEraYear(code: string, i: number): boolean {
  const next = code.charCodeAt(i + 1)
  return next !== 43 && next !== 45 // not followed by "+" or "-"
}

const MS_PER_DAY = 86_400_000
/** day 25569 in the 1900 system is 1970-01-01 */
const UNIX_EPOCH_SERIAL = 25_569
/** the 1904 system counts 1,462 days fewer */
const DAYS_1904_OFFSET = 1_462
/** 9999-12-31, Excel's last date */
const MAX_SERIAL = 2_958_465

/**
 * An Excel date serial as a Date whose UTC fields are the wall-clock time Excel shows (time zones do
 * not exist in Excel). Serials below 60 (before the fictitious 1900-02-29 that Excel counts) are shifted
 * by one day. Null when the serial is no valid Excel date.
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date | null {
  if (!(serial >= 0 && serial <= MAX_SERIAL)) return null
  let days = date1904 ? serial + DAYS_1904_OFFSET : serial
  if (!date1904 && serial < 60) days += 1
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY))
}
