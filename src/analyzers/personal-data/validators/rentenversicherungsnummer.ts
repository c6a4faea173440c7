// Rentenversicherungsnummer / Sozialversicherungsnummer (VKVV § 2): 12 characters
// BB DDMMYY L SS P — area number, birth date (day + 50 when a date's serial numbers ran out),
// initial of the birth surname, serial (00–49 male, 50–99 female), check digit.
import {letterOrdinal, stripSeparators, toDigits} from './normalize.js'

// Area numbers (Bereichsnummern) of the pension insurance institutions: the regional carriers,
// 38–40, 80–82 and 89 for Knappschaft-Bahn-See, and 42–79 for the former BfA (now DRV Bund),
// which gave its insured the regional numbers raised by 40. The ranges are those of stdnum-js
// (src/de/svnr.ts); we found no official list in the VKVV. Deliberately the wider list: a
// missing area would reject real numbers, an extra one is still filtered by date and check digit.
const AREA_RANGES: ReadonlyArray<readonly [number, number]> = [
  [2, 4], [8, 21], [23, 26], [28, 29], [38, 40], [42, 82], [89, 89],
]

const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isValidArea(area: number): boolean {
  return AREA_RANGES.some(([from, to]) => area >= from && area <= to)
}

/**
 * DDMMYY as written in the number: day 01–31 (or 51–81), month 01–12, the day existing in that
 * month. The century is not encoded, so 29 February passes whenever YY is divisible by 4.
 */
function isPlausibleBirthDate(day: number, month: number, year: number): boolean {
  const realDay = day > 50 ? day - 50 : day
  if (month < 1 || month > 12 || realDay < 1 || realDay > DAYS_IN_MONTH[month - 1]) return false
  return !(month === 2 && realDay === 29 && year % 4 !== 0)
}

function digitSum(n: number): number {
  return Math.floor(n / 10) + (n % 10)
}

/** True when `text` is a Rentenversicherungsnummer ('15070649C103'; spaces allowed). */
export function isValidRvnr(text: string): boolean {
  const compact = stripSeparators(text, ' ').toUpperCase()
  const match = /^([0-9]{8})([A-Z])([0-9]{2})([0-9])$/.exec(compact)
  if (match === null) return false
  const [, areaAndDate, letter, serial, check] = match
  const n = toDigits(areaAndDate)
  if (!isValidArea(n[0] * 10 + n[1])) return false
  if (!isPlausibleBirthDate(n[2] * 10 + n[3], n[4] * 10 + n[5], n[6] * 10 + n[7])) return false
  const digits = toDigits(areaAndDate + letterOrdinal(letter) + serial)
  let sum = 0
  for (let i = 0; i < WEIGHTS.length; i++) sum += digitSum(digits[i] * WEIGHTS[i])
  return sum % 10 === Number(check)
}
