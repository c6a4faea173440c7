/**
 * Booleans written as text, case-insensitive: ja/nein, j/n (also y), wahr/falsch (German Excel's
 * WAHR/FALSCH), true/false, yes/no, and a lone x (a tick in x/empty columns; the empty cells are missing,
 * so such a column profiles as boolean with low completeness).
 */
import type {Cell} from './cell.js'
import {Kind} from './cell.js'
import {Format} from './formats.js'

/** ASCII letters only: `| 0x20` lower-cases them and maps no other char onto a lower-case letter. */
function is(s: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false
  }
  return true
}

function set(out: Cell, value: boolean, format: number): true {
  out.kind = Kind.Boolean
  out.format = format
  out.num = value ? 1 : 0
  return true
}

/** Parses the trimmed text[start, end); on success fills kind, format and num of `out`. */
export function parseBooleanText(s: string, start: number, end: number, out: Cell): boolean {
  const first = s.charCodeAt(start) | 0x20
  switch (end - start) {
    case 1:
      if (first === 120 /* x */) return set(out, true, Format.BooleanX)
      if (first === 106 /* j */ || first === 121 /* y */) return set(out, true, Format.BooleanLetter)
      if (first === 110 /* n */) return set(out, false, Format.BooleanLetter)
      return false
    case 2:
      if (is(s, start, 'ja')) return set(out, true, Format.BooleanJaNein)
      if (is(s, start, 'no')) return set(out, false, Format.BooleanYesNo)
      return false
    case 3:
      return is(s, start, 'yes') && set(out, true, Format.BooleanYesNo)
    case 4:
      if (is(s, start, 'nein')) return set(out, false, Format.BooleanJaNein)
      if (is(s, start, 'wahr')) return set(out, true, Format.BooleanWahrFalsch)
      if (is(s, start, 'true')) return set(out, true, Format.BooleanTrueFalse)
      return false
    case 5:
      return is(s, start, 'false') && set(out, false, Format.BooleanTrueFalse)
    case 6:
      return is(s, start, 'falsch') && set(out, false, Format.BooleanWahrFalsch)
    default:
      return false
  }
}
