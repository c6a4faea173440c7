/**
 * A1-style cell references: "C7" → column 2 (0-based), row 7 (1-based), and ranges "F4:I4". Char-code
 * arithmetic, no regular expressions: this runs for every cell of a sheet.
 */

/** A rectangle of cells: rows 1-based as in Excel, columns 0-based as in row arrays. */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** 0-based column of a reference ("AB12" → 27); -1 when it starts with no letter. */
export function columnOfRef(ref: string): number {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    let c = ref.charCodeAt(i)
    if (c === 36) continue // "$" of an absolute reference
    if (c >= 97 && c <= 122) c -= 32
    if (c < 65 || c > 90) break
    col = col * 26 + (c - 64)
  }
  return col - 1
}

/** 1-based row of a reference ("AB12" → 12); 0 when it has none. */
export function rowOfRef(ref: string): number {
  let row = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48)
  }
  return row
}

export function parseRange(ref: string): CellRange | null {
  const colon = ref.indexOf(':')
  const first = colon < 0 ? ref : ref.slice(0, colon)
  const last = colon < 0 ? ref : ref.slice(colon + 1)
  const top = rowOfRef(first)
  const left = columnOfRef(first)
  const bottom = rowOfRef(last)
  const right = columnOfRef(last)
  if (top < 1 || bottom < 1 || left < 0 || right < 0) return null
  return {top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right)}
}

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

export function rangeName(range: CellRange): string {
  return `${columnName(range.left)}${range.top}:${columnName(range.right)}${range.bottom}`
}
