/**
 * Numbers written as text, German and English: integers with sign and thousands grouping (1.234.567 /
 * 1,234,567), decimals (1.234,56 · -10,7 · 1234,5 · 1,234.56 · 1234.56), SAP's trailing minus (1.234,56-),
 * percent and euro amounts (12,5 % · 1.234,56 € · EUR 100 · €1,234.56), scientific notation (1,5E+03),
 * and digit codes with a leading zero (01067), which get their own format so a PLZ column reads as a code.
 *
 * One separator followed by exactly three digits (1.234 / 1,234) is ambiguous; the column's decimal
 * separator (from its sample) decides: with ',' 1.234 is one thousand two hundred thirty-four, with '.' it
 * is one point two three four. Every other spelling decides by itself.
 *
 * More than 15 digits without separators is text: account numbers, card numbers and EANs beyond double
 * precision are codes, not quantities.
 *
 * The value is computed from the digits as an integer and one division by a power of ten, which is the
 * correctly rounded result (the same as Number()) for up to 15 significant digits.
 */
import type {Cell} from './cell.js'
import {Kind} from './cell.js'
import {Format} from './formats.js'
import {isSpaceCode} from './missing.js'

const ZERO = 48
const DOT = 46
const COMMA = 44
const MINUS = 45
const PLUS = 43
const PERCENT = 37
const EURO = 0x20ac
const UPPER_E = 69
const LOWER_E = 101
const UPPER_U = 85
const UPPER_R = 82

const MAX_EXACT_DIGITS = 15
const POW10: readonly number[] = Array.from({length: 23}, (_, i) => 10 ** i)

/**
 * Parses the trimmed text[start, end) as a number. `decimalSeparator` is the char code of the column's
 * decimal separator (44 ',' or 46 '.'). On success fills kind, format and num of `out`.
 */
export function parseNumberText(s: string, start: number, end: number, decimalSeparator: number, out: Cell): boolean {
  let i = start
  let j = end
  let negative = false
  let signed = false
  let currency = false
  let percent = false

  // prefix: € or EUR, then a sign
  let c = s.charCodeAt(i)
  if (c === EURO) {
    currency = true
    i++
  } else if (c === UPPER_E && j - i > 3 && s.charCodeAt(i + 1) === UPPER_U && s.charCodeAt(i + 2) === UPPER_R) {
    currency = true
    i += 3
  }
  if (currency) while (i < j && isSpaceCode(s.charCodeAt(i))) i++
  c = s.charCodeAt(i)
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS
    signed = true
    i++
    // -€5
    if (!currency && s.charCodeAt(i) === EURO) {
      currency = true
      i++
    }
  }

  // suffix: a trailing minus (SAP), then %, € or EUR
  if (j - i > 1 && s.charCodeAt(j - 1) === MINUS && !signed) {
    negative = true
    signed = true
    j--
  }
  c = s.charCodeAt(j - 1)
  if (c === PERCENT) {
    percent = true
    j--
  } else if (!currency && c === EURO) {
    currency = true
    j--
  } else if (!currency && c === UPPER_R && j - i > 3 && s.charCodeAt(j - 2) === UPPER_U && s.charCodeAt(j - 3) === UPPER_E) {
    currency = true
    j -= 3
  }
  if (percent || currency) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--
  if (i >= j) return false
  const leadingZero = s.charCodeAt(i) === ZERO

  // body: digits, '.' and ',' (tracking the grouping), then an optional exponent
  let mantissa = 0
  let digitCount = 0
  let digitsSinceSep = 0
  let digitsBeforeFirstSep = 0
  let dots = 0
  let commas = 0
  let lastSep = 0
  let groupsBroken = false
  let exponent = 0
  let hasExponent = false
  for (let k = i; k < j; k++) {
    c = s.charCodeAt(k)
    const d = c - ZERO
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d
      digitCount++
      digitsSinceSep++
    } else if (c === DOT || c === COMMA) {
      if (dots + commas === 0) digitsBeforeFirstSep = digitsSinceSep
      else if (digitsSinceSep !== 3) groupsBroken = true
      if (c === DOT) dots++
      else commas++
      lastSep = c
      digitsSinceSep = 0
    } else if ((c === UPPER_E || c === LOWER_E) && digitCount > 0 && digitsSinceSep > 0) {
      exponent = readExponent(s, k + 1, j)
      if (Number.isNaN(exponent)) return false
      hasExponent = true
      break
    } else {
      return false
    }
  }
  if (digitCount === 0) return false

  // decide what the separators mean
  const seps = dots + commas
  let fractionDigits = 0
  /** the decimal convention the spelling shows: ',' German, '.' English, 0 = does not tell */
  let style = 0
  let format: number
  if (seps === 0) {
    if (leadingZero && digitCount > 1 && !signed && !percent && !currency && !hasExponent) {
      format = Format.LeadingZero
    } else {
      if (digitCount > MAX_EXACT_DIGITS && !percent && !currency && !hasExponent) return false
      format = Format.Integer
    }
  } else if (seps === 1) {
    if (digitsSinceSep === 0) return false
    const ambiguous = digitsSinceSep === 3 && digitsBeforeFirstSep >= 1 && digitsBeforeFirstSep <= 3 && !leadingZero
    if (ambiguous && lastSep !== decimalSeparator && !hasExponent) {
      format = lastSep === DOT ? Format.IntegerGroupedDot : Format.IntegerGroupedComma
      style = lastSep === DOT ? COMMA : DOT
    } else {
      fractionDigits = digitsSinceSep
      format = lastSep === COMMA ? Format.DecimalComma : Format.DecimalPoint
      style = lastSep
    }
  } else {
    if (hasExponent || groupsBroken || digitsBeforeFirstSep < 1 || digitsBeforeFirstSep > 3) return false
    // a group never starts with 0 (0.123.456 is no grouping)
    if (leadingZero) return false
    if (dots === 0 || commas === 0) {
      // one kind repeated: thousands grouping of an integer
      if (digitsSinceSep !== 3) return false
      format = lastSep === DOT ? Format.IntegerGroupedDot : Format.IntegerGroupedComma
      style = lastSep === DOT ? COMMA : DOT
    } else {
      // both kinds: the last one, written once, is the decimal separator
      if ((lastSep === COMMA ? commas : dots) !== 1 || digitsSinceSep === 0) return false
      fractionDigits = digitsSinceSep
      format = lastSep === COMMA ? Format.DecimalCommaGrouped : Format.DecimalPointGrouped
      style = lastSep
    }
  }

  let value = fractionDigits === 0 ? mantissa : fractionDigits < POW10.length ? mantissa / POW10[fractionDigits] : mantissa / 10 ** fractionDigits
  if (hasExponent) value *= 10 ** exponent
  if (negative) value = -value
  if (!Number.isFinite(value)) return false

  // "-0,00" is zero: -0 would make min/max depend on the order values arrive in
  out.num = value === 0 ? 0 : value
  if (percent || currency || hasExponent) {
    if (style === 0) style = decimalSeparator
    out.kind = Kind.Decimal
    out.format = hasExponent
      ? Format.Scientific
      : percent
        ? style === COMMA
          ? Format.PercentComma
          : Format.PercentPoint
        : style === COMMA
          ? Format.CurrencyGerman
          : Format.CurrencyEnglish
  } else {
    out.kind = fractionDigits === 0 ? Kind.Integer : Kind.Decimal
    out.format = format
  }
  return true
}

/** [+-]digits (1–3) exactly up to `end`; NaN otherwise. */
function readExponent(s: string, k: number, end: number): number {
  let negative = false
  const c = s.charCodeAt(k)
  if (c === PLUS || c === MINUS) {
    negative = c === MINUS
    k++
  }
  const n = end - k
  if (n < 1 || n > 3) return Number.NaN
  let value = 0
  for (; k < end; k++) {
    const d = s.charCodeAt(k) - ZERO
    if (d < 0 || d > 9) return Number.NaN
    value = value * 10 + d
  }
  return negative ? -value : value
}
