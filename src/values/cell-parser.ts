/**
 * parseCell: every raw value becomes a Cell exactly once, here. The engine reuses one Cell per column and
 * calls this for every cell of a scan (18 million for a 1M-row export), so the common path allocates
 * nothing: it hashes the text, checks missing-ness by length and char codes, and dispatches on the first
 * char: a digit tries a date (when the separator after the first digits fits) and then a number, a sign,
 * separator or euro sign a number, a short word a boolean; everything else is text.
 */
import type {ColumnHints} from '../analyzers/analyzer.js'
import type {RawValue} from '../connectors/connector.js'
import type {Cell, SpanCell} from './cell.js'
import {Kind, Missing} from './cell.js'
import {parseBooleanText} from './boolean-text.js'
import {parseDateText} from './date-text.js'
import {Format} from './formats.js'
import {classifyMissingIn, trimSpan, type TextBounds} from './missing.js'

/** reused trimmed bounds of the cell being parsed (the parser runs per cell; no allocation) */
const bounds: TextBounds = {start: 0, end: 0}
import {parseNumberText} from './number-text.js'
import {parseTypedValue} from './typed-value.js'

const DOT = 46
const COMMA = 44
const MINUS = 45
const PLUS = 43
const SLASH = 47
const EURO = 0x20ac
const UPPER_E = 69
/** the longest boolean word ("falsch") */
const LONGEST_BOOLEAN = 6

export function parseCell(raw: RawValue, hints: ColumnHints, out: SpanCell): void {
  if (typeof raw === 'string') {
    out.raw = raw
    parseText(raw, 0, raw.length, hints.decimalSeparator === ',' ? COMMA : DOT, out)
  } else if (raw === null || raw === undefined) setNull(out)
  else parseTypedValue(raw, out)
}

/**
 * parseCell for the field that starts at `from` in `record` (a CSV record's text) and runs up to the next
 * `delimiter` (a char code) or the record's end, without cutting it out (`out.raw` cuts it only when
 * read). Returns where the field ends: the hash loop finds the delimiter on its way over the chars.
 */
export function parseNextField(record: string, from: number, delimiter: number, hints: ColumnHints, out: SpanCell): number {
  let a = 0x9e3779b9
  let b = 0x85ebca6b
  let bits = 0
  const length = record.length
  let i = from
  for (; i < length; i++) {
    const c = record.charCodeAt(i)
    if (c === delimiter) break
    bits |= c
    a = Math.imul(a ^ c, 0x9e3779b1)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  out.setSpan(record, from, i)
  setHash(a, b, bits, out)
  parseHashed(record, from, i, hints.decimalSeparator === ',' ? COMMA : DOT, out)
  return i
}

function setNull(out: Cell): void {
  out.raw = ''
  out.missing = Missing.Null
  out.kind = Kind.None
  out.format = Format.None
  out.num = Number.NaN
  out.native = false
  out.hash = 0
  out.astral = false
}

function setMissing(out: Cell, missing: typeof Missing.Empty | typeof Missing.Placeholder): void {
  out.missing = missing
  out.kind = Kind.None
  out.format = Format.None
  out.num = Number.NaN
}

function parseText(s: string, from: number, to: number, decimalSeparator: number, out: Cell): void {
  hashText(s, from, to, out)
  parseHashed(s, from, to, decimalSeparator, out)
}

/** everything of parseText after the hash */
function parseHashed(s: string, from: number, to: number, decimalSeparator: number, out: Cell): void {
  out.native = false
  // missing-ness has one definition (missing.ts); the bounds are reused for parsing below
  const missing = classifyMissingIn(s, trimSpan(s, from, to, bounds))
  if (missing === Missing.Empty || missing === Missing.Placeholder) return setMissing(out, missing)
  const {start, end} = bounds
  out.missing = Missing.Value
  const c = s.charCodeAt(start)
  if (c >= 48 && c <= 57) {
    if (startsLikeDate(s, start, end) && parseDateText(s, start, end, out)) return
    if (parseNumberText(s, start, end, decimalSeparator, out)) return
  } else if (c === MINUS || c === PLUS || c === DOT || c === COMMA || c === EURO || c === UPPER_E) {
    if (parseNumberText(s, start, end, decimalSeparator, out)) return
  } else if (end - start <= LONGEST_BOOLEAN && parseBooleanText(s, start, end, out)) {
    return
  }
  out.kind = Kind.Text
  out.format = Format.None
  out.num = Number.NaN
}

/**
 * hashString(s.slice(from, to)) (src/values/hash.ts; a test holds them equal) into out.hash, and on the same pass over the
 * chars whether any may be a surrogate: the OR of all codes stays below U+D800 only when every code does.
 * This spares value-range a second pass over every value to count its code points.
 */
function hashText(s: string, from: number, to: number, out: Cell): void {
  let a = 0x9e3779b9
  let b = 0x85ebca6b
  let bits = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    bits |= c
    a = Math.imul(a ^ c, 0x9e3779b1)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  setHash(a, b, bits, out)
}

/** hashString's final mixing of the two lanes into out.hash; `bits` is the OR of all char codes */
function setHash(a: number, b: number, bits: number, out: Cell): void {
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35)
  out.hash = (b & 0x1fffff) * 4294967296 + (a >>> 0)
  out.astral = bits >= 0xd800
}

/** 1–2 digits then '.' or '/', or 4 digits then '-': the only ways a date can start. */
function startsLikeDate(s: string, start: number, end: number): boolean {
  if (end - start < 6) return false
  const c1 = s.charCodeAt(start + 1)
  if (c1 === DOT || c1 === SLASH) return true
  const c2 = s.charCodeAt(start + 2)
  if (c2 === DOT || c2 === SLASH) return c1 >= 48 && c1 <= 57
  return s.charCodeAt(start + 4) === MINUS && isDigits4(s, start)
}

function isDigits4(s: string, start: number): boolean {
  for (let k = start + 1; k < start + 4; k++) {
    const c = s.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  return true
}
