/**
 * The column type decision, shared by type-inference (which reports it) and value-range (which reports
 * min/max of the kind that decides the type), so both always agree.
 *
 * - Kinds group into families: integer+decimal → decimal, date+datetime → datetime.
 * - Integers with a leading zero (01067, 000123) are codes: when any occur, the column's integers count
 *   as text (a PLZ column mixes 01067 with 10115; both are codes).
 * - One family holding all present values, or at least DOMINANT_SHARE of them, gives the type; the
 *   outliers surface as MIXED_TYPES later. Otherwise the column is 'mixed'; no present value: 'empty'.
 * - Excel serial dates: a number column whose name looks like a date and whose values all lie in
 *   EXCEL_SERIAL_MIN..EXCEL_SERIAL_MAX (1954-10-03 … 2119-01-10) holds Excel day numbers: 'date', or
 *   'datetime' when some carry a fraction of a day.
 */
import type {InferredType} from '../../../report/scan-report.js'
import {Kind} from '../../../values/cell.js'

export const DOMINANT_SHARE = 0.95
export const EXCEL_SERIAL_MIN = 20_000
export const EXCEL_SERIAL_MAX = 80_000

/** Column names that announce a date, German and English (word parts, case-insensitive). */
const DATE_NAME =
  /datum|date|geburt|(?:^|[^a-zäöüß])geb(?:[^a-zäöüß]|dat|$)|erstellt|ge(?:ä|ae)ndert|aenderung|änderung|created|modified|updated|changed|zeitpunkt|zeitstempel|timestamp|stichtag|termin|valuta|buchungstag|liefertag/i

export function looksLikeDateName(name: string): boolean {
  return DATE_NAME.test(name)
}

export interface ColumnTypeInput {
  /** present values per Kind (index = Kind) */
  kindCounts: ArrayLike<number>
  /** integers written with a leading zero */
  leadingZero: number
  /** min/max over integer and decimal values (±Infinity when there are none) */
  numericMin: number
  numericMax: number
  columnName: string
}

export interface ColumnType {
  type: InferredType
  /** the type of the largest family (equals `type` unless that is 'mixed' or 'empty') */
  dominant: InferredType
  /** numbers read as Excel serial day numbers */
  excelSerial: boolean
  /** integers were counted as text because of leading zeros */
  integersAsCodes: boolean
}

export function decideColumnType(input: ColumnTypeInput): ColumnType {
  const c = input.kindCounts
  const integersAsCodes = input.leadingZero > 0 && c[Kind.Integer] > 0
  const families: Array<[InferredType, number]> = [
    [c[Kind.Decimal] > 0 ? 'decimal' : 'integer', (integersAsCodes ? 0 : c[Kind.Integer]) + c[Kind.Decimal]],
    [c[Kind.DateTime] > 0 ? 'datetime' : 'date', c[Kind.Date] + c[Kind.DateTime]],
    ['boolean', c[Kind.Boolean]],
    ['text', c[Kind.Text] + (integersAsCodes ? c[Kind.Integer] : 0)],
  ]
  let present = 0
  let best = families[0]
  for (const family of families) {
    present += family[1]
    if (family[1] > best[1]) best = family
  }
  if (present === 0) return {type: 'empty', dominant: 'empty', excelSerial: false, integersAsCodes}
  let dominant = best[0]
  let excelSerial = false
  if (
    (dominant === 'integer' || dominant === 'decimal') &&
    input.numericMin >= EXCEL_SERIAL_MIN &&
    input.numericMax <= EXCEL_SERIAL_MAX &&
    looksLikeDateName(input.columnName)
  ) {
    excelSerial = true
    dominant = dominant === 'integer' ? 'date' : 'datetime'
  }
  const type = best[1] === present || best[1] >= DOMINANT_SHARE * present ? dominant : 'mixed'
  return {type, dominant, excelSerial, integersAsCodes}
}
