/**
 * Fills merged cells across their range in the first rows of a sheet, before the header is detected:
 * only the top-left cell of a merged range holds its value, so a group cell "Bevölkerung" merged over
 * F4:I4 must reach G4..I4 to name "Bevölkerung männlich" and "Bevölkerung weiblich" too, and a label
 * merged down over two header rows must show in both.
 *
 * A merged cell that is the only value in its row is a title or note ("Kreisfreie Städte und
 * Landkreise" over A1:S1) and stays unfilled: spread over the row it would look like a header.
 */
import type {RawValue} from '../../connector.js'
import type {CellRange} from './cell-ref.js'

/**
 * A copy of `rows` with merged cells filled; `rowNumbers[i]` is the sheet row of `rows[i]`. Ranges are
 * expected in sheet coordinates (rows 1-based, columns 0-based); rows missing from `rows` stay missing.
 */
export function fillMergedCells(
  rows: readonly (readonly RawValue[])[],
  rowNumbers: readonly number[],
  merges: readonly CellRange[],
): RawValue[][] {
  const filled = rows.map((row) => [...row])
  if (rows.length === 0 || merges.length === 0) return filled
  const first = rowNumbers[0]
  const last = rowNumbers[rowNumbers.length - 1]
  const indexOfRow = new Map<number, number>()
  for (let i = 0; i < rowNumbers.length; i++) if (rows[i].length > 0) indexOfRow.set(rowNumbers[i], i)

  for (const range of merges) {
    if (range.bottom < first || range.top > last) continue
    const topIndex = indexOfRow.get(range.top)
    if (topIndex === undefined) continue
    const value = rows[topIndex][range.left] ?? null
    if (value === null || value === '' || isOnlyValue(rows[topIndex], range.left)) continue
    for (let r = range.top; r <= range.bottom; r++) {
      const i = indexOfRow.get(r)
      if (i === undefined) continue
      const row = filled[i]
      while (row.length <= range.right) row.push(null)
      for (let c = range.left; c <= range.right; c++) if (row[c] === null || row[c] === '') row[c] = value
    }
  }
  return filled
}

function isOnlyValue(row: readonly RawValue[], col: number): boolean {
  for (let c = 0; c < row.length; c++) {
    if (c !== col && row[c] !== null && row[c] !== '') return false
  }
  return true
}
