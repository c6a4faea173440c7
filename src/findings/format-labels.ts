/**
 * Reads the format labels of ColumnReport.formats ("dd.mm.yyyy", "yyyy-mm-ddThh:mm", "1.234,56",
 * "1234.56", "ja/nein") without depending on the parser's format table: a label is classified by its
 * own spelling, so new labels added by the parser are understood as long as they follow the notation.
 */

/**
 * The date notation of a label, with any time part removed ("dd.mm.yyyy hh:mm" → "dd.mm.yyyy"), or
 * null when the label is not a calendar format. A label is a calendar format when it spells a year
 * ("yy"/"yyyy"); the time part starts at the first "hh".
 */
export function dateNotation(label: string): string | null {
  const lower = label.toLowerCase()
  if (!lower.includes('yy')) return null
  const timeAt = lower.indexOf('hh')
  const datePart = timeAt < 0 ? lower : lower.slice(0, timeAt)
  // the separator between date and time ("T" or a space) belongs to neither
  return datePart.replace(/[\sT]+$/i, '')
}

export type NumberStyle = 'de' | 'en'

/**
 * Which decimal convention a number label shows: German (decimal comma, "1.234,56") or English
 * (decimal point, "1,234.56"); null for labels that are not numbers or do not tell ("1234").
 * Digits may be written as 0-9 or '#'; currency signs, percent signs and spaces are ignored.
 */
export function numberStyle(label: string): NumberStyle | null {
  const core = label.replace(/[\s€$%'’]/g, '')
  if (!/^[+-]?[0-9#][0-9#.,]*$/.test(core)) return null
  const lastComma = core.lastIndexOf(',')
  const lastDot = core.lastIndexOf('.')
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? 'de' : 'en'
  if (lastComma < 0 && lastDot < 0) return null
  const sep = lastComma >= 0 ? ',' : '.'
  // one separator kind only: groups of exactly three digits after every separator mean thousands
  // grouping ("1.234" is German, "1,234" English); anything else is a decimal separator
  const groupsOfThree = core
    .replace(/^[+-]/, '')
    .split(sep)
    .every((part, i) => (i === 0 ? part.length >= 1 && part.length <= 3 : part.length === 3))
  if (groupsOfThree) return sep === '.' ? 'de' : 'en'
  return sep === ',' ? 'de' : 'en'
}
