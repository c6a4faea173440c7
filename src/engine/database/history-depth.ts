/**
 * History depth of one date column from the months that have rows (history-sql.ts): first and last
 * month, how many months lie in between, how many of them have rows, and which are empty. Months are
 * integers yyyymm as the database computed them.
 */
import type {HistoryDepth} from '../../report/scan-report.js'

export const MAX_LISTED_GAPS = 24

/** Sentinel dates (1900-01-01, 9999-12-31) and typos far out are not history: months outside are ignored. */
export const PLAUSIBLE_YEARS = {from: 1950, to: 2100}

export function historyDepth(column: string, months: readonly number[], earliest: string, latest: string): HistoryDepth | null {
  const valid = [...new Set(months.filter((m) => Number.isInteger(m) && isMonth(m)))].sort((a, b) => a - b)
  if (valid.length === 0) return null
  const first = valid[0]
  const last = valid[valid.length - 1]
  const spanned = monthIndex(last) - monthIndex(first) + 1
  const present = new Set(valid)
  const gaps: string[] = []
  let gapMonths = 0
  for (let i = monthIndex(first); i <= monthIndex(last); i++) {
    const key = fromIndex(i)
    if (present.has(key)) continue
    gapMonths++
    if (gaps.length < MAX_LISTED_GAPS) gaps.push(label(key))
  }
  // a sentinel such as 1900-01-01 is the column's MIN but not the start of its history
  const from = plausible(earliest) ? earliest : `${label(first)}-01`
  const to = plausible(latest) ? latest : `${label(last)}-${String(daysIn(last)).padStart(2, '0')}`
  return {column, earliest: from, latest: to, monthsSpanned: spanned, monthsWithRows: valid.length, gapMonths, gaps}
}

function plausible(iso: string): boolean {
  const year = Number(iso.slice(0, 4))
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to
}

function daysIn(ym: number): number {
  return new Date(Date.UTC(Math.floor(ym / 100), ym % 100, 0)).getUTCDate()
}

function isMonth(ym: number): boolean {
  const year = Math.floor(ym / 100)
  const month = ym % 100
  return month >= 1 && month <= 12 && year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to
}

function monthIndex(ym: number): number {
  return Math.floor(ym / 100) * 12 + ((ym % 100) - 1)
}

function fromIndex(index: number): number {
  return Math.floor(index / 12) * 100 + (index % 12) + 1
}

function label(ym: number): string {
  return `${Math.floor(ym / 100)}-${String(ym % 100).padStart(2, '0')}`
}
