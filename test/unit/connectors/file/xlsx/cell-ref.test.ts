import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {columnName, columnOfRef, parseRange, rangeName, rowOfRef} from '../../../../../src/connectors/file/xlsx/cell-ref.js'

describe('cell references', () => {
  it('reads columns and rows of A1 references', () => {
    expect(columnOfRef('A1')).toBe(0)
    expect(columnOfRef('Z9')).toBe(25)
    expect(columnOfRef('AA10')).toBe(26)
    expect(columnOfRef('NC8')).toBe(366) // the 367th column of the Destatis day sheets
    expect(columnOfRef('XFD1048576')).toBe(16383) // Excel's last cell
    expect(columnOfRef('$B$3')).toBe(1)
    expect(columnOfRef('12')).toBe(-1)
    expect(rowOfRef('XFD1048576')).toBe(1048576)
    expect(rowOfRef('$B$3')).toBe(3)
  })

  it('names columns like Excel', () => {
    expect(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'].map((n) => columnOfRef(`${n}1`))).toEqual([0, 25, 26, 51, 52, 701, 702])
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'])
  })

  it('columnName and columnOfRef are inverse for every Excel column', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 16383}), fc.integer({min: 1, max: 1048576}), (col, row) => {
        const ref = `${columnName(col)}${row}`
        expect(columnOfRef(ref)).toBe(col)
        expect(rowOfRef(ref)).toBe(row)
      }),
    )
  })

  it('parses ranges, normalised to top-left / bottom-right, and single cells', () => {
    expect(parseRange('F4:I4')).toEqual({top: 4, left: 5, bottom: 4, right: 8})
    expect(parseRange('I5:F4')).toEqual({top: 4, left: 5, bottom: 5, right: 8})
    expect(parseRange('C7')).toEqual({top: 7, left: 2, bottom: 7, right: 2})
    expect(parseRange('')).toBeNull()
    expect(parseRange('A:B')).toBeNull()
    expect(rangeName({top: 489, left: 0, bottom: 489, right: 8})).toBe('A489:I489')
  })
})
