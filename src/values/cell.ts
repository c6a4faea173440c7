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
  /**
   * `raw` is src[start, end): a CSV field is parsed where it stands in its record's text, and the engine's
   * cells (SpanCell) cut `raw` out only when something reads it. Hot paths use these three instead of raw.
   */
  src: string
  start: number
  end: number
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

/**
 * The Cell the engine reuses per column. Assigning `raw` sets the span to the whole text; setSpan points
 * it into a longer text (a CSV record) without cutting the field out: most fields are only hashed,
 * parsed and compared, and a string per field was the largest share of the scan's garbage.
 */
export class SpanCell implements Cell {
  src = ''
  start = 0
  end = 0
  missing: MissingKind = Missing.Null
  kind: ValueKind = Kind.None
  format = 0
  num = Number.NaN
  native = false
  hash = 0
  astral = false
  /** `raw` once cut out of `src`; null while it has not been asked for */
  private text: string | null = ''

  get raw(): string {
    let text = this.text
    if (text === null) {
      text = this.src.slice(this.start, this.end)
      this.text = text
    }
    return text
  }

  set raw(text: string) {
    this.text = text
    this.src = text
    this.start = 0
    this.end = text.length
  }

  setSpan(src: string, start: number, end: number): void {
    this.text = null
    this.src = src
    this.start = start
    this.end = end
  }
}

export function emptyCell(): SpanCell {
  return new SpanCell()
}
