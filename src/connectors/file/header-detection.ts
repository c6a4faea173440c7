/**
 * Finds the header row(s) of a table given as its first rows (CSV records or worksheet rows): title and
 * note rows above it, 2+-row headers (a group row over a label row), and tables without any header.
 *
 * How it decides, in short: columns whose values in the lower half of the scanned rows are mostly typed
 * (numbers, dates, e-mails, codes) tell data rows from header rows. The data starts at the first row whose
 * cells in those columns are typed and which is followed by more such rows. The row right above is the
 * label row unless it looks like a note (text only in the first one or two columns); group rows above it
 * join in until a blank row, a note or data. A file whose data starts at its first row has no header.
 */
import type {RawValue} from '../connector.js'

export interface HeaderDetection {
  /** 0-based index (into the given rows) of the last header row; null when the rows have no header */
  headerIndex: number | null
  /** rows forming the header (1, or 2+ for a group row over a label row); names combine them */
  headerRowCount: number
  /** final column names: trimmed, blanks named `column_<n>` (1-based), duplicates suffixed `_2`, `_3` */
  names: string[]
  /** 0-based indices of rows above the header that are notes/titles/blank (skipped) */
  notesAbove: number[]
  /** header names that occurred more than once before they were suffixed (each listed once) */
  duplicateNames: string[]
}

const DEFAULT_MAX_SCAN = 50
/** more header rows than this are not a header any more but a block of text */
const MAX_HEADER_ROWS = 4
/** a column counts as typed when at least this share of its filled cells in the data part is typed */
const TYPED_COLUMN_SHARE = 0.5

const BLANK = 0
const TYPED = 1
const TEXT = 2

type Verdict = 'data' | 'header' | 'unknown'

interface Scan {
  joinBrokenLines: boolean
  cells: string[][]
  shapes: Uint8Array[]
  filled: number[]
  width: number
  typedColumns: number[]
}

export interface HeaderDetectionOptions {
  /** rows to look at (default 50) */
  maxScan?: number
  /**
   * CSV only: a header line broken over two physical lines (field counts adding up to the table width
   * plus one) is read as one row. Worksheet rows cannot break like that, so it is off by default.
   */
  joinBrokenLines?: boolean
}

export function detectHeader(rows: readonly (readonly RawValue[])[], opts: HeaderDetectionOptions = {}): HeaderDetection {
  const limit = Math.min(rows.length, opts.maxScan ?? DEFAULT_MAX_SCAN)
  const cells: string[][] = []
  for (let i = 0; i < limit; i++) cells.push(rows[i].map(rawToText))
  const shapes = cells.map((row) => Uint8Array.from(row, shapeOf))
  const filled = shapes.map(countFilled)
  const nonBlank = indicesWhere(filled, (n) => n > 0)
  const width = modalWidth(cells, filled)
  if (nonBlank.length === 0) return headerless(width, [])

  const scan: Scan = {joinBrokenLines: opts.joinBrokenLines ?? false, cells, shapes, filled, width, typedColumns: []}
  scan.typedColumns = typedColumnsOf(scan, nonBlank)
  const dataStart = scan.typedColumns.length > 0 ? findDataStart(scan, nonBlank) : -1
  if (dataStart === -1) return textOnlyLayout(scan, nonBlank)

  // a row "1, 2, 3, …" right under the labels numbers the columns: part of the header, not data
  let numberingRow = -1
  let dataFirst = dataStart
  if (isColumnNumbering(scan, dataStart)) {
    const next = nonBlank.find((i) => i > dataStart)
    if (next !== undefined && verdictOf(scan, next) === 'data') {
      numberingRow = dataStart
      dataFirst = next
    }
  }

  const label = previousNonBlank(scan.filled, numberingRow === -1 ? dataFirst : numberingRow)
  const labelLooksLikeData = label !== -1 && verdictOf(scan, label) === 'data' && !isYearLabelRow(scan, label, dataFirst)
  if (label === -1 || labelLooksLikeData || isNoteLike(scan, label)) {
    return headerless(width, rangeIndices(0, dataStart))
  }

  const logicalRows: number[][] = [[label]]
  let top = label
  while (logicalRows.length < MAX_HEADER_ROWS) {
    const above = joinedRowAbove(scan, top)
    if (!above || !above.every((i) => isHeaderCapable(scan, i))) break
    logicalRows.unshift(above)
    top = above[0]
  }

  const headerLast = numberingRow === -1 ? label : numberingRow
  const names = combineNames(scan, logicalRows)
  const {unique, duplicates} = finalizeNames(names)
  return {
    headerIndex: headerLast,
    headerRowCount: headerLast - top + 1,
    names: unique,
    notesAbove: rangeIndices(0, top),
    duplicateNames: duplicates,
  }
}

/** Text of a raw value as a header name or for shape tests. */
export function rawToText(value: RawValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  return String(value)
}

/** Final names for a row known to be the header (DATEV line 2): trimmed, blanks and duplicates named. */
export function headerNames(row: readonly RawValue[]): {names: string[]; duplicateNames: string[]} {
  const {unique, duplicates} = finalizeNames(row.map((value) => normalizeSpace(rawToText(value))))
  return {names: unique, duplicateNames: duplicates}
}

/** Names `column_1..n`, for tables without a header. */
export function genericNames(count: number): string[] {
  const names: string[] = []
  for (let i = 1; i <= count; i++) names.push(`column_${i}`)
  return names
}

function headerless(width: number, notesAbove: number[]): HeaderDetection {
  return {headerIndex: null, headerRowCount: 0, names: genericNames(width), notesAbove, duplicateNames: []}
}

/** Without typed columns nothing tells a header from data: take the first wide row as the header. */
function textOnlyLayout(scan: Scan, nonBlank: number[]): HeaderDetection {
  const tail = nonBlank.slice(Math.floor(nonBlank.length / 2))
  const typicalFilled = median(tail.map((i) => scan.filled[i]))
  const need = Math.max(Math.min(2, scan.width), Math.ceil(typicalFilled / 2))
  const header = nonBlank.find((i) => scan.filled[i] >= need && !isNoteLike(scan, i)) ?? nonBlank[0]
  const {unique, duplicates} = finalizeNames(combineNames(scan, [[header]]))
  return {headerIndex: header, headerRowCount: 1, names: unique, notesAbove: rangeIndices(0, header), duplicateNames: duplicates}
}

function findDataStart(scan: Scan, nonBlank: number[]): number {
  for (let k = 0; k < nonBlank.length; k++) {
    if (verdictOf(scan, nonBlank[k]) !== 'data') continue
    if (k + 1 < nonBlank.length && isYearLabelRow(scan, nonBlank[k], nonBlank[k + 1])) continue
    let followersOk = true
    for (let j = k + 1; j <= k + 2 && j < nonBlank.length; j++) {
      // a header-like follower breaks the run, unless it repeats a row above (a header pasted twice)
      if (verdictOf(scan, nonBlank[j]) === 'header' && !repeatsEarlierRow(scan, nonBlank[j], nonBlank[k])) followersOk = false
    }
    if (followersOk) return nonBlank[k]
  }
  return -1
}

/**
 * "Region;2022;2023;2024" over "Nord;1,5;2,1;2,4": years as column labels look typed, but the row below
 * holds other numbers in those columns. At least two year cells; at most one of them repeated below.
 */
function isYearLabelRow(scan: Scan, row: number, below: number): boolean {
  let years = 0
  let yearsBelow = 0
  for (const c of scan.typedColumns) {
    const own = (scan.cells[row][c] ?? '').trim()
    if (own === '') continue
    if (!YEAR.test(own)) return false
    years++
    if (YEAR.test((scan.cells[below][c] ?? '').trim())) yearsBelow++
  }
  return years >= 2 && yearsBelow <= 1
}

const YEAR = /^(?:19|20)\d\d$/

function repeatsEarlierRow(scan: Scan, row: number, before: number): boolean {
  const key = scan.cells[row].join('\u0000')
  for (let i = 0; i < before; i++) if (scan.cells[i].join('\u0000') === key) return true
  return false
}

/** Compares a row's cells in the typed columns: mostly typed → data, mostly text → header. */
function verdictOf(scan: Scan, row: number): Verdict {
  const shapes = scan.shapes[row]
  let filled = 0
  let typed = 0
  for (const c of scan.typedColumns) {
    const shape = c < shapes.length ? shapes[c] : BLANK
    if (shape === BLANK) continue
    filled++
    if (shape === TYPED) typed++
  }
  if (filled === 0) return 'unknown'
  return typed * 2 >= filled ? 'data' : 'header'
}

function typedColumnsOf(scan: Scan, nonBlank: number[]): number[] {
  // the lower half of the scanned rows is most likely data; rows with a single cell are notes or totals
  const minFilled = Math.min(2, scan.width)
  const tail = nonBlank.slice(Math.floor(nonBlank.length / 2)).filter((i) => scan.filled[i] >= minFilled)
  const rowsForProfile = tail.length > 0 ? tail : nonBlank.slice(-1)
  const typedColumns: number[] = []
  for (let c = 0; c < scan.width; c++) {
    let filled = 0
    let typed = 0
    for (const i of rowsForProfile) {
      const shape = c < scan.shapes[i].length ? scan.shapes[i][c] : BLANK
      if (shape === BLANK) continue
      filled++
      if (shape === TYPED) typed++
    }
    if (typed > 0 && typed >= filled * TYPED_COLUMN_SHARE) typedColumns.push(c)
  }
  return typedColumns
}

/** a row that may sit in a header block: not data, not a note, more words than numbers */
function isHeaderCapable(scan: Scan, row: number): boolean {
  if (verdictOf(scan, row) === 'data' || isNoteLike(scan, row)) return false
  let typed = 0
  let text = 0
  for (const shape of scan.shapes[row]) {
    if (shape === TYPED) typed++
    else if (shape === TEXT) text++
  }
  return typed <= text
}

/** A note or title: text only in the first one or two cells of a wider table ("Mandant: 10001"). */
function isNoteLike(scan: Scan, row: number): boolean {
  if (scan.width < 4) return false
  const shapes = scan.shapes[row]
  for (let c = 2; c < shapes.length; c++) if (shapes[c] !== BLANK) return false
  return true
}

/** "1, 2, 3, 4, …" (at least four cells, consecutive from 1 in column order) */
function isColumnNumbering(scan: Scan, row: number): boolean {
  let expected = 1
  for (const text of scan.cells[row]) {
    const t = text.trim()
    if (t === '') continue
    if (Number(t) !== expected) return false
    expected++
  }
  return expected > 4
}

/**
 * The header row directly above `row` (no blank row between). A header line that was broken over two
 * physical lines (its field counts add up to the table width plus one) is returned as both rows.
 */
function joinedRowAbove(scan: Scan, row: number): number[] | null {
  const above = row - 1
  if (above < 0 || scan.filled[above] === 0) return null
  const before = above - 1
  if (scan.joinBrokenLines && before >= 0 && isBrokenPair(scan, before, above)) return [before, above]
  return [above]
}

function isBrokenPair(scan: Scan, first: number, second: number): boolean {
  const a = scan.cells[first].length
  const b = scan.cells[second].length
  return a < scan.width && b < scan.width && a > 1 && b > 1 && a + b - 1 === scan.width
}

/** Cells of a logical header row (one row, or a broken pair glued at the split field). */
function logicalCells(scan: Scan, physical: number[]): string[] {
  if (physical.length === 1) return scan.cells[physical[0]]
  const [a, b] = physical.map((i) => scan.cells[i])
  return [...a.slice(0, -1), `${a[a.length - 1]}\n${b[0]}`, ...b.slice(1)]
}

/** Builds "Group Label" names; a group cell carries to the right over blanks (merged cells). */
function combineNames(scan: Scan, logicalRows: number[][]): string[] {
  const rows = logicalRows.map((physical) => logicalCells(scan, physical).map(normalizeSpace))
  const count = Math.max(scan.width, ...rows.map(effectiveLength))
  for (let r = rows.length - 2; r >= 0; r--) {
    const row = rows[r]
    const below = rows[r + 1]
    let carry = ''
    for (let c = 0; c < count; c++) {
      const own = row[c] ?? ''
      if (own !== '') carry = own
      else if (carry !== '' && (below[c] ?? '') !== '') row[c] = carry
      else carry = ''
    }
  }
  const names: string[] = []
  for (let c = 0; c < count; c++) {
    const parts: string[] = []
    for (const row of rows) {
      const part = row[c] ?? ''
      if (part !== '' && parts[parts.length - 1] !== part) parts.push(part)
    }
    names.push(parts.join(' '))
  }
  return names
}

function finalizeNames(names: string[]): {unique: string[]; duplicates: string[]} {
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  const unique: string[] = []
  for (let i = 0; i < names.length; i++) {
    const base = names[i] === '' ? `column_${i + 1}` : names[i]
    let name = base
    if (seen.has(base)) {
      if (names[i] !== '') duplicates.add(base)
      for (let k = 2; seen.has(name); k++) name = `${base}_${k}`
    }
    seen.add(name)
    unique.push(name)
  }
  return {unique, duplicates: [...duplicates]}
}

/** The most common field count among rows with two or more filled cells (notes have one); ties: wider. */
function modalWidth(cells: string[][], filled: number[]): number {
  const minFilled = filled.some((n) => n >= 2) ? 2 : 1
  const counts = new Map<number, number>()
  let best = 0
  let bestCount = 0
  for (let i = 0; i < cells.length; i++) {
    if (filled[i] < minFilled) continue
    const w = cells[i].length
    const n = (counts.get(w) ?? 0) + 1
    counts.set(w, n)
    if (n > bestCount || (n === bestCount && w > best)) {
      best = w
      bestCount = n
    }
  }
  if (bestCount === 0) return Math.max(0, ...cells.map((row) => row.length))
  return best
}

function shapeOf(text: string): number {
  const t = text.trim()
  if (t === '') return BLANK
  return looksTyped(t) ? TYPED : TEXT
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:[.,' ]\d{3})+|\d+)?(?:[.,]\d+)?-?\s*(?:%|€|EUR)?$/
const DATE = /^(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const BOOLEAN = /^(?:true|false|wahr|falsch)$/i

/** Typed = a value a data row would hold but a header would not: numbers, dates, e-mails, codes. */
function looksTyped(t: string): boolean {
  const c = t.charCodeAt(0)
  const startsNumeric = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 44
  if (startsNumeric && /\d/.test(t) && (NUMBER.test(t) || DATE.test(t) || TIME.test(t))) return true
  if (t.includes('@') && EMAIL.test(t)) return true
  if (BOOLEAN.test(t)) return true
  return isCodeLike(t)
}

/** identifiers without spaces that are mostly digits: IBANs, GUIDs, article numbers */
function isCodeLike(t: string): boolean {
  if (t.length < 4) return false
  let digits = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c <= 32) return false
    if (c >= 48 && c <= 57) digits++
  }
  return digits * 2 >= t.length
}

function countFilled(shapes: Uint8Array): number {
  let n = 0
  for (let i = 0; i < shapes.length; i++) if (shapes[i] !== BLANK) n++
  return n
}

function effectiveLength(row: readonly string[]): number {
  let n = row.length
  while (n > 0 && row[n - 1].trim() === '') n--
  return n
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function previousNonBlank(filled: number[], row: number): number {
  for (let i = row - 1; i >= 0; i--) if (filled[i] > 0) return i
  return -1
}

function indicesWhere(values: number[], test: (n: number) => boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < values.length; i++) if (test(values[i])) out.push(i)
  return out
}

function rangeIndices(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i++) out.push(i)
  return out
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
