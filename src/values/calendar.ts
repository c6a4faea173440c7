/**
 * Calendar arithmetic without Date objects (the parser runs per cell) and ISO formatting for reports.
 * Dates are days since 1970-01-01, date-times milliseconds since the epoch with local time taken as UTC
 * (exports carry no time zone; comparing and ordering them is all we need).
 */

export const MS_PER_DAY = 86_400_000

/**
 * Two-digit years (dd.mm.yy): 00 up to this pivot mean 20xx, everything above 19xx. The pivot is the
 * current year + 10 (mod 100), so contract end dates a few years ahead still land in this century while
 * birth dates like 12.05.47 stay in the last one. With 2025 as the current year: 00–35 → 2000–2035,
 * 36–99 → 1936–1999.
 */
export const TWO_DIGIT_YEAR_PIVOT = (new Date().getUTCFullYear() + 10) % 100

export function expandTwoDigitYear(yy: number): number {
  return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** A real calendar date in years 1–9999 (31.02. and 29.02.2023 are not). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the usual era-based civil-to-days algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yearOfEra = yy - era * 400
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** yyyy-mm-dd of a day number. */
export function isoDateFromDays(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10)
}

/** yyyy-mm-ddThh:mm:ss of an epoch millisecond value (fractions of a second are dropped). */
export function isoDateTimeFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19)
}

/** Excel's serial day 25569 is 1970-01-01 (the 1900 system, past its fictional 29.02.1900). */
export const EXCEL_SERIAL_EPOCH = 25_569
