/**
 * Recognises a DATEV EXTF/DTVF export by its first line (the metadata record) and reads the format
 * facts from it. Field positions follow the DATEV header layout (see shared reference domain.md):
 * 1 marker, 2 version, 3 category, 4 format name, 5 format version, 6 created at, 11 Berater,
 * 12 Mandant, 13 WJ-Beginn, 14 Sachkontenlänge, 15/16 Datum vom/bis, 22 WKZ.
 * When recognised, line 2 of the file holds the column names and the data starts at line 3.
 */
import type {DatevFormat} from '../report/scan-report.js'

/** Data categories DATEV documents, with the format name that goes with each. */
const CATEGORY_NAMES: ReadonlyMap<number, string> = new Map([
  [16, 'Debitoren/Kreditoren'],
  [20, 'Kontenbeschriftungen'],
  [21, 'Buchungsstapel'],
  [46, 'Zahlungsbedingungen'],
  [48, 'Diverse Adressen'],
  [65, 'Wiederkehrende Buchungen'],
])

export function recognizeDatev(firstLineFields: readonly string[]): DatevFormat | null {
  if (firstLineFields.length < 4) return null
  const field = (n: number): string => unquote(firstLineFields[n - 1] ?? '')
  const marker = field(1)
  if (marker !== 'EXTF' && marker !== 'DTVF') return null
  const versionNumber = toInt(field(2))
  const category = toInt(field(3))
  const formatName = field(4)
  if (versionNumber === null || category === null || formatName === '') return null
  const expectedName = CATEGORY_NAMES.get(category)
  // a known category must carry its own name; an unknown one is accepted by its marker and numbers
  if (expectedName !== undefined && !sameName(expectedName, formatName)) return null

  const format: DatevFormat = {
    marker,
    versionNumber,
    category,
    formatName,
    formatVersion: toInt(field(5)),
  }
  const createdAt = toTimestamp(field(6))
  if (createdAt) format.createdAt = createdAt
  const consultant = field(11)
  if (/^\d+$/.test(consultant)) format.consultantNumber = consultant
  const client = field(12)
  if (/^\d+$/.test(client)) format.clientNumber = client
  const fiscalYearStart = toIsoDate(field(13))
  if (fiscalYearStart) format.fiscalYearStart = fiscalYearStart
  const accountLength = toInt(field(14))
  if (accountLength !== null) format.accountLength = accountLength
  const periodFrom = toIsoDate(field(15))
  if (periodFrom) format.periodFrom = periodFrom
  const periodTo = toIsoDate(field(16))
  if (periodTo) format.periodTo = periodTo
  const currency = field(22)
  if (/^[A-Z]{3}$/.test(currency)) format.currency = currency
  return format
}

/** The DATEV format name of a known data category ("Debitoren/Kreditoren" for 16). */
export function datevCategoryName(category: number): string | undefined {
  return CATEGORY_NAMES.get(category)
}

function unquote(text: string): string {
  const t = text.trim()
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replaceAll('""', '"').trim()
  return t
}

function sameName(expected: string, actual: string): boolean {
  const squash = (s: string): string => s.toLowerCase().replace(/[\s/-]+/g, '')
  return squash(expected) === squash(actual)
}

function toInt(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null
}

/** YYYYMMDD → YYYY-MM-DD, only for real calendar dates */
function toIsoDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
  return isCalendarDate(iso) ? iso : undefined
}

/** YYYYMMDDHHMMSSmmm (DATEV's "Erzeugt am") → YYYY-MM-DDTHH:MM:SS.mmm, local time as written */
function toTimestamp(text: string): string | undefined {
  if (!/^\d{14}(\d{3})?$/.test(text)) return undefined
  const date = toIsoDate(text.slice(0, 8))
  if (!date) return undefined
  const hh = Number(text.slice(8, 10))
  const mm = Number(text.slice(10, 12))
  const ss = Number(text.slice(12, 14))
  if (hh > 23 || mm > 59 || ss > 59) return undefined
  const millis = text.length === 17 ? text.slice(14, 17) : '000'
  return `${date}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}.${millis}`
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso)
}
