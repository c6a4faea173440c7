/**
 * Dates and date-times written as text: dd.mm.yyyy (also d.m.yyyy), dd.mm.yy, yyyy-mm-dd, dd/mm/yyyy,
 * each German or ISO form with a time (hh:mm, hh:mm:ss, ISO also with fractions and a zone).
 * Calendar dates are validated (31.02.2024 is text). Eight bare digits (20240131) are left to the number
 * parser: without a hint an integer is the safer reading.
 *
 * Hand-written char-code scanning instead of regexes: this runs for every cell that starts with a digit.
 * The scanner keeps its cursor in a module variable; parsing is synchronous, so that is safe.
 */
import type {Cell} from './cell.js'
import {Kind} from './cell.js'
import {daysFromCivil, expandTwoDigitYear, isValidDate, MS_PER_DAY} from './calendar.js'
import {Format} from './formats.js'

const DOT = 46
const SLASH = 47
const MINUS = 45
const PLUS = 43
const COLON = 58
const COMMA = 44
const SPACE = 32
const UPPER_T = 84
const UPPER_Z = 90
const LOWER_Z = 122

let pos = 0
let count = 0
/** set by parseTime: whether the time had seconds */
let timeHadSeconds = false

/** Reads up to `max` digits at `pos`; returns their value (count in `count`), or -1 if fewer than `min`. */
function digits(s: string, end: number, min: number, max: number): number {
  let value = 0
  count = 0
  while (pos < end && count < max) {
    const d = s.charCodeAt(pos) - 48
    if (d < 0 || d > 9) break
    value = value * 10 + d
    pos++
    count++
  }
  return count >= min ? value : -1
}

function accept(s: string, end: number, code: number): boolean {
  if (pos < end && s.charCodeAt(pos) === code) {
    pos++
    return true
  }
  return false
}

/** Parses the trimmed text[start, end); on success fills kind, format and num of `out`. */
export function parseDateText(s: string, start: number, end: number, out: Cell): boolean {
  pos = start
  const first = digits(s, end, 1, 4)
  if (first < 0 || pos >= end) return false
  const leadDigits = count
  const sep = s.charCodeAt(pos)
  let y: number
  let m: number
  let d: number
  let style: 'german' | 'short' | 'iso' | 'slash'
  if (sep === DOT && leadDigits <= 2) {
    pos++
    d = first
    m = digits(s, end, 1, 2)
    if (m < 0 || !accept(s, end, DOT)) return false
    const year = digits(s, end, 2, 4)
    if (year < 0 || count === 3) return false
    style = count === 2 ? 'short' : 'german'
    y = count === 2 ? expandTwoDigitYear(year) : year
  } else if (sep === MINUS && leadDigits === 4) {
    pos++
    y = first
    m = digits(s, end, 2, 2)
    if (m < 0 || !accept(s, end, MINUS)) return false
    d = digits(s, end, 2, 2)
    if (d < 0) return false
    style = 'iso'
  } else if (sep === SLASH && leadDigits <= 2) {
    pos++
    d = first
    m = digits(s, end, 1, 2)
    if (m < 0 || !accept(s, end, SLASH)) return false
    y = digits(s, end, 4, 4)
    if (y < 0) return false
    style = 'slash'
  } else {
    return false
  }
  if (!isValidDate(y, m, d)) return false
  const days = daysFromCivil(y, m, d)
  if (pos === end) {
    out.kind = Kind.Date
    out.num = days
    out.format =
      style === 'german' ? Format.DateGerman : style === 'short' ? Format.DateGermanShortYear : style === 'iso' ? Format.DateIso : Format.DateSlash
    return true
  }
  if (style === 'slash') return false
  const between = s.charCodeAt(pos)
  if (!(between === SPACE || (between === UPPER_T && style === 'iso'))) return false
  pos++
  const ms = parseTime(s, end, style === 'iso')
  if (Number.isNaN(ms)) return false
  out.kind = Kind.DateTime
  out.num = days * MS_PER_DAY + ms
  if (style === 'iso') {
    out.format = between === UPPER_T ? Format.DateTimeIsoT : timeHadSeconds ? Format.DateTimeIsoSpaceSeconds : Format.DateTimeIsoSpaceMinutes
  } else if (style === 'short') {
    out.format = Format.DateTimeGermanShortYear
  } else {
    out.format = timeHadSeconds ? Format.DateTimeGermanSeconds : Format.DateTimeGermanMinutes
  }
  return true
}

/**
 * hh:mm[:ss[.fff]] up to `end`, ISO forms also with a zone (Z, ±hh, ±hhmm, ±hh:mm) which is applied, so
 * date-times written with different offsets compare correctly. Returns milliseconds (negative when the
 * offset moves the time before midnight), or NaN.
 */
function parseTime(s: string, end: number, iso: boolean): number {
  timeHadSeconds = false
  const h = digits(s, end, 1, 2)
  if (h < 0 || h > 23 || !accept(s, end, COLON)) return Number.NaN
  const mi = digits(s, end, 2, 2)
  if (mi < 0 || mi > 59) return Number.NaN
  let sec = 0
  let ms = 0
  if (accept(s, end, COLON)) {
    sec = digits(s, end, 2, 2)
    if (sec < 0 || sec > 59) return Number.NaN
    timeHadSeconds = true
    if (pos < end && (s.charCodeAt(pos) === DOT || s.charCodeAt(pos) === COMMA)) {
      pos++
      const fraction = digits(s, end, 1, 9)
      if (fraction < 0) return Number.NaN
      // keep milliseconds: scale the fraction to three digits
      ms = count >= 3 ? Math.floor(fraction / 10 ** (count - 3)) : fraction * 10 ** (3 - count)
    }
  }
  let total = ((h * 60 + mi) * 60 + sec) * 1000 + ms
  if (pos === end) return total
  if (!iso) return Number.NaN
  const z = s.charCodeAt(pos)
  if ((z === UPPER_Z || z === LOWER_Z) && pos + 1 === end) return total
  if (z !== PLUS && z !== MINUS) return Number.NaN
  pos++
  const oh = digits(s, end, 2, 2)
  if (oh < 0 || oh > 14) return Number.NaN
  let om = 0
  if (pos < end) {
    accept(s, end, COLON)
    om = digits(s, end, 2, 2)
    if (om < 0 || om > 59 || pos !== end) return Number.NaN
  }
  const offset = (oh * 60 + om) * 60_000
  // local time minus the offset gives UTC
  total += z === PLUS ? -offset : offset
  return total
}
