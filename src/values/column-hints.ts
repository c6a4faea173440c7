/**
 * Per-column hints decided once from the table's sample, identically in every worker: the decimal
 * separator that resolves ambiguous spellings like 1.234 and 1,234.
 *
 * A sample value is evidence only when it reads the same under both separators (1.234,56, -10,7 and
 * 1.234.567 say ','; 1,234.56, 1234.5 and 1,234,567 say '.'); 1.234 or a bare 1234 say nothing. The
 * majority of evidence wins; without evidence (or a tie) the source's separator is used.
 */
import type {ColumnHints} from '../analyzers/analyzer.js'
import type {RawValue} from '../connectors/connector.js'
import {emptyCell} from './cell.js'
import {Format} from './formats.js'
import {isSpaceCode} from './missing.js'
import {parseNumberText} from './number-text.js'

const COMMA = 44
const DOT = 46

const SAYS_COMMA: ReadonlySet<number> = new Set([
  Format.IntegerGroupedDot,
  Format.DecimalComma,
  Format.DecimalCommaGrouped,
  Format.PercentComma,
  Format.CurrencyGerman,
])
const SAYS_DOT: ReadonlySet<number> = new Set([
  Format.IntegerGroupedComma,
  Format.DecimalPoint,
  Format.DecimalPointGrouped,
  Format.PercentPoint,
  Format.CurrencyEnglish,
])

export function decideColumnHints(sampleColumn: readonly RawValue[], fallback: ',' | '.'): ColumnHints {
  let comma = 0
  let dot = 0
  const asComma = emptyCell()
  const asDot = emptyCell()
  for (const value of sampleColumn) {
    if (typeof value !== 'string') continue
    let start = 0
    let end = value.length
    while (start < end && isSpaceCode(value.charCodeAt(start))) start++
    while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--
    if (start === end) continue
    if (!parseNumberText(value, start, end, COMMA, asComma) || !parseNumberText(value, start, end, DOT, asDot)) continue
    if (asComma.format !== asDot.format) continue
    if (SAYS_COMMA.has(asComma.format)) comma++
    else if (SAYS_DOT.has(asComma.format)) dot++
  }
  if (comma > dot) return {decimalSeparator: ','}
  if (dot > comma) return {decimalSeparator: '.'}
  return {decimalSeparator: fallback}
}
