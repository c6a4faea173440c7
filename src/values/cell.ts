/**
 * One parsed cell, filled in place by `parseCell` (src/values/cell-parser.ts) and handed to every analyzer.
 * The engine reuses one Cell object per column, so analyzers must copy what they keep (never the object).
 */

/** Missing-ness, defined once for every path (src/values/missing.ts decides it). */
export const Missing = {
  /** a real value */
  Value: 0,
  /** SQL NULL, a cell that is absent (short row, empty xlsx cell) */
  Null: 1,
  /** empty string or whitespace only */
  Empty: 2,
  /** a placeholder such as n/a, k.A., -, ?, NULL, unbekannt, 0000-00-00, 00.00.0000 */
  Placeholder: 3,
} as const
export type MissingKind = (typeof Missing)[keyof typeof Missing]

/** The kind a present value parsed as. `None` for missing cells. */
export const Kind = {
  None: 0,
  Integer: 1,
  Decimal: 2,
  Boolean: 3,
  Date: 4,
  DateTime: 5,
  Text: 6,
} as const
export type ValueKind = (typeof Kind)[keyof typeof Kind]

export const KIND_NAMES = ['none', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'text'] as const

export interface Cell {
  /** the value as text, exactly as read ('' for null); typed xlsx values in canonical text form */
  raw: string
  missing: MissingKind
  kind: ValueKind
  /** index into FORMATS (src/values/formats.ts); 0 = no particular format */
  format: number
  /**
   * numeric value: the number for integer/decimal; days since 1970-01-01 for dates; milliseconds since
   * the epoch (UTC, local time taken as UTC) for date-times; 1/0 for booleans; NaN otherwise
   */
  num: number
  /** the source typed this value itself (an xlsx number or date, a database column); false for CSV text */
  native: boolean
  /** 53-bit hash of `raw` (src/values/hash.ts); 0 for null */
  hash: number
  /**
   * `raw` may hold surrogates (code points beyond U+FFFF); false guarantees it holds none, so its length in
   * code points is its length. The parser learns this on the hash loop's way over the chars.
   */
  astral: boolean
}

export function emptyCell(): Cell {
  return {raw: '', missing: Missing.Null, kind: Kind.None, format: 0, num: Number.NaN, native: false, hash: 0, astral: false}
}
