/**
 * The formats a value can be written in, as a table indexed by `Cell.format`. Analyzers count formats by
 * index (a typed array per column), the report shows the labels.
 *
 * Labels follow one notation so that finding rules can read them without this table
 * (src/findings/format-labels.ts): dates spell `dd`/`mm`/`yy(yy)` with the time from `hh` on, numbers
 * spell digits with their separators ("1.234,56" is German, "1,234.56" English, "1234" tells nothing).
 * Labels that are not a notation ("excel-number", "0123 (leading zero)", "scientific") deliberately do
 * not parse as one.
 */
import {Kind, type ValueKind} from './cell.js'

export interface ValueFormat {
  label: string
  /** the kind a value in this format parses as (excel-number: Decimal here, Integer for whole numbers) */
  kind: ValueKind
}

/** Format ids, the index into FORMATS. */
export const Format = {
  None: 0,
  // integers
  Integer: 1,
  /** digits with a leading zero (PLZ 01067, Kundennummer 000123): a code rather than a quantity */
  LeadingZero: 2,
  IntegerGroupedDot: 3,
  IntegerGroupedComma: 4,
  // decimals
  DecimalComma: 5,
  DecimalCommaGrouped: 6,
  DecimalPoint: 7,
  DecimalPointGrouped: 8,
  PercentComma: 9,
  PercentPoint: 10,
  CurrencyGerman: 11,
  CurrencyEnglish: 12,
  Scientific: 13,
  // dates and date-times
  DateGerman: 14,
  DateGermanShortYear: 15,
  DateIso: 16,
  DateSlash: 17,
  DateTimeGermanMinutes: 18,
  DateTimeGermanSeconds: 19,
  DateTimeGermanShortYear: 20,
  DateTimeIsoSpaceMinutes: 21,
  DateTimeIsoSpaceSeconds: 22,
  DateTimeIsoT: 23,
  // booleans
  BooleanJaNein: 24,
  BooleanLetter: 25,
  BooleanWahrFalsch: 26,
  BooleanTrueFalse: 27,
  BooleanYesNo: 28,
  BooleanX: 29,
  // values typed by the source
  ExcelNumber: 30,
  ExcelDate: 31,
  ExcelDateTime: 32,
  ExcelBoolean: 33,
  /** never set by the parser: the type-inference analyzer reports integer columns of Excel serial days */
  ExcelSerial: 34,
} as const
export type FormatId = (typeof Format)[keyof typeof Format]

export const FORMATS: readonly ValueFormat[] = [
  {label: 'none', kind: Kind.None},
  {label: '1234', kind: Kind.Integer},
  {label: '0123 (leading zero)', kind: Kind.Integer},
  {label: '1.234', kind: Kind.Integer},
  {label: '1,234', kind: Kind.Integer},
  {label: '1234,56', kind: Kind.Decimal},
  {label: '1.234,56', kind: Kind.Decimal},
  {label: '1234.56', kind: Kind.Decimal},
  {label: '1,234.56', kind: Kind.Decimal},
  {label: '12,5 %', kind: Kind.Decimal},
  {label: '12.5 %', kind: Kind.Decimal},
  {label: '1.234,56 €', kind: Kind.Decimal},
  {label: '€1,234.56', kind: Kind.Decimal},
  {label: 'scientific', kind: Kind.Decimal},
  {label: 'dd.mm.yyyy', kind: Kind.Date},
  {label: 'dd.mm.yy', kind: Kind.Date},
  {label: 'yyyy-mm-dd', kind: Kind.Date},
  {label: 'dd/mm/yyyy', kind: Kind.Date},
  {label: 'dd.mm.yyyy hh:mm', kind: Kind.DateTime},
  {label: 'dd.mm.yyyy hh:mm:ss', kind: Kind.DateTime},
  {label: 'dd.mm.yy hh:mm', kind: Kind.DateTime},
  {label: 'yyyy-mm-dd hh:mm', kind: Kind.DateTime},
  {label: 'yyyy-mm-dd hh:mm:ss', kind: Kind.DateTime},
  {label: 'yyyy-mm-ddThh:mm:ss', kind: Kind.DateTime},
  {label: 'ja/nein', kind: Kind.Boolean},
  {label: 'j/n', kind: Kind.Boolean},
  {label: 'wahr/falsch', kind: Kind.Boolean},
  {label: 'true/false', kind: Kind.Boolean},
  {label: 'yes/no', kind: Kind.Boolean},
  {label: 'x', kind: Kind.Boolean},
  {label: 'excel-number', kind: Kind.Decimal},
  {label: 'excel-date', kind: Kind.Date},
  {label: 'excel-datetime', kind: Kind.DateTime},
  {label: 'excel-boolean', kind: Kind.Boolean},
  {label: 'excel-serial', kind: Kind.Date},
]

/** Looks a format up by its label (tests, report readers); -1 when unknown. */
export function formatIdOf(label: string): number {
  return FORMATS.findIndex((f) => f.label === label)
}
