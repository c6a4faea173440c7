/**
 * Missing-ness, defined once. Every path (the CSV/xlsx row path here, the SQL pushdown path later) uses
 * this module: `classifyMissing` for text, `PLACEHOLDERS` as data for SQL `IN (...)` lists.
 *
 * - Null: the source had no value at all (decided by the caller: SQL NULL, absent cell).
 * - Empty: '' or only whitespace. Whitespace is what `String.prototype.trim` removes (incl. NBSP, BOM).
 * - Placeholder: after trimming, case-insensitively one of PLACEHOLDERS.
 *
 * Choices (why the list is what it is):
 * - Placeholders stand for "no value"; they never carry one. So `x` (a tick in x/empty boolean
 *   columns), `0`, `keine` ("Allergien: keine" is an answer), `leer`/`ohne` (states), `n.b.` ("nach
 *   Bedarf") and `ka` (the Karlsruhe plate) are values.
 * - `na` stays although it is also Namibia's country code: R/pandas exports write NA for missing far more
 *   often than a German SME table lists Namibia.
 * - Destatis conventions are covered: `.` (unknown or secret), `-` (nothing), `...` (not yet available).
 * - Zero dates (`0000-00-00`, `00.00.0000`, …) are what MySQL and German ERPs write for "no date".
 * - Excel: `#N/A` / German `#NV` (the NA() error), `(leer)` / `(blank)` (pivot tables' empty label).
 */
import {Missing, type MissingKind} from './cell.js'

/** Lower-case spellings; matching lower-cases the trimmed text. */
export const PLACEHOLDERS: readonly string[] = [
  // "not applicable / not available / no answer", German and English
  'n/a',
  'n.a.',
  'n.a',
  'n. a.',
  'na',
  'n/v',
  'n.v.',
  '#n/a',
  '#nv',
  'k.a.',
  'k.a',
  'k. a.',
  'keine angabe',
  'keine angaben',
  'o.a.',
  'ohne angabe',
  // dashes, question marks, dots
  '-',
  '--',
  '---',
  '-/-',
  '\u2013',
  '\u2014',
  '?',
  '??',
  '???',
  '.',
  '..',
  '...',
  '\u2026',
  // programmers' nulls
  'null',
  '(null)',
  '<null>',
  'nil',
  'none',
  'nan',
  // unknown / to be done / filler
  'unbekannt',
  'unknown',
  'tbd',
  'xxx',
  '(leer)',
  '(blank)',
  // zero dates
  '0000-00-00',
  '0000-00-00 00:00:00',
  '00.00.0000',
  '00.00.00',
  '00.00.0000 00:00',
  '00.00.0000 00:00:00',
]

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS)
export const LONGEST_PLACEHOLDER = PLACEHOLDERS.reduce((max, p) => Math.max(max, p.length), 0)

/**
 * Cheap pre-filter before the Set lookup: for each length, which (lower-cased) first and second char codes
 * occur in a placeholder of that length. Codes ≥ 128 share the slot 127. A date like 01.02.2024 has the
 * length and first char of 00.00.0000 but not its second char, so it never reaches the lookup.
 */
const FIRST = new Uint8Array((LONGEST_PLACEHOLDER + 1) * 128)
const SECOND = new Uint8Array((LONGEST_PLACEHOLDER + 1) * 128)
for (const p of PLACEHOLDERS) {
  FIRST[p.length * 128 + slot(p.charCodeAt(0))] = 1
  if (p.length > 1) SECOND[p.length * 128 + slot(p.charCodeAt(1))] = 1
}

function slot(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  return code < 128 ? code : 127
}

/** What `String.prototype.trim` treats as whitespace (ASCII fast path first). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Missing-ness of a text value (never Null: a text is there, even if empty). */
export function classifyMissing(text: string): MissingKind {
  return classifyMissingIn(text, trimBounds(text, scratch))
}

/** The text without surrounding whitespace, as bounds (no new string): start === end when blank. */
export interface TextBounds {
  start: number
  end: number
}

const scratch: TextBounds = {start: 0, end: 0}

/** Writes the trimmed bounds of `text` into `out` (reused by the hot path) and returns it. */
export function trimBounds(text: string, out: TextBounds): TextBounds {
  return trimSpan(text, 0, text.length, out)
}

/** trimBounds of text[from, to) (a field inside a record's text) */
export function trimSpan(text: string, from: number, to: number, out: TextBounds): TextBounds {
  let start = from
  let end = to
  if (to > from && (isSpaceCode(text.charCodeAt(from)) || isSpaceCode(text.charCodeAt(to - 1)))) {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  }
  out.start = start
  out.end = end
  return out
}

/** The one definition of missing-ness for text, given its trimmed bounds: empty, placeholder or a value. */
export function classifyMissingIn(text: string, bounds: TextBounds): MissingKind {
  if (bounds.start === bounds.end) return Missing.Empty
  return isPlaceholderAt(text, bounds.start, bounds.end) ? Missing.Placeholder : Missing.Value
}

/** Whether text[start, end) (already trimmed, non-empty) is a placeholder. */
export function isPlaceholderAt(text: string, start: number, end: number): boolean {
  const n = end - start
  if (n > LONGEST_PLACEHOLDER) return false
  if (FIRST[n * 128 + slot(text.charCodeAt(start))] === 0) return false
  if (n > 1 && SECOND[n * 128 + slot(text.charCodeAt(start + 1))] === 0) return false
  const core = start === 0 && end === text.length ? text : text.slice(start, end)
  return PLACEHOLDER_SET.has(core.toLowerCase())
}
