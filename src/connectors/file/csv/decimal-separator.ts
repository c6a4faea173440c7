/**
 * Which decimal separator the numbers of a CSV sample use. Only unambiguous values vote: "24,95" and
 * "1.234,56" for the comma, "24.95" and "1,234.56" for the point; "1.234" could be either and does not.
 */

const COMMA_DECIMAL = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+-?$/
const POINT_DECIMAL = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/
const AMBIGUOUS = /^[-+]?\d{1,3}[.,]\d{3}$/

export function guessDecimalSeparator(rows: readonly (readonly string[])[], delimiter: string): ',' | '.' {
  let comma = 0
  let point = 0
  for (const row of rows) {
    for (const value of row) {
      if (value.length < 3 || value.length > 24) continue
      const c = value.charCodeAt(0)
      // numbers only: a digit or a sign first
      if (!((c >= 48 && c <= 57) || c === 45 || c === 43)) continue
      const hasComma = value.includes(',')
      const hasPoint = value.includes('.')
      if (!hasComma && !hasPoint) continue
      if (AMBIGUOUS.test(value)) continue
      if (hasComma && COMMA_DECIMAL.test(value)) comma++
      else if (hasPoint && POINT_DECIMAL.test(value)) point++
    }
  }
  if (comma !== point) return comma > point ? ',' : '.'
  // no evidence either way: semicolon files are German exports
  return delimiter === ';' ? ',' : '.'
}
