import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {excelSerialToDate, isDateFormatCode} from '../../../../../src/connectors/file/xlsx/date-styles.js'

describe('isDateFormatCode', () => {
  it.each([
    'dd.mm.yyyy',
    'd/m/yy',
    'yyyy-mm-dd hh:mm:ss',
    'mmm-yy',
    'mmmm',
    '[$-407]dddd, d. mmmm yyyy',
    'dd.mm.yyyy;@',
    '[Red]dd.mm.yy',
    'TT.MM.JJJJ'.replace('TT', 'dd').replace('MM', 'mm').replace('JJJJ', 'yyyy'),
    'DD/MM/YYYY',
    'e"年"m"月"d"日"',
  ])('%s shows a date', (code) => {
    expect(isDateFormatCode(code)).toBe(true)
  })

  it.each([
    'General',
    '0.00',
    '#,##0.00 €',
    '#,##0.00 [$EUR]',
    '0.00E+00',
    '0.0 "h"', // exceljs's check takes this for a date
    '#,##0 "Tage"',
    '0\\d',
    'hh:mm',
    'h:mm:ss AM/PM',
    '[h]:mm:ss',
    'mm:ss',
    '@',
    '_-* #,##0.00 €_-;-* #,##0.00 €_-;_-* "-"?? €_-;_-@_-',
  ])('%s does not show a calendar date', (code) => {
    expect(isDateFormatCode(code)).toBe(false)
  })
})

describe('excelSerialToDate', () => {
  it('converts 1900-system serials to wall-clock dates in the UTC fields', () => {
    expect(excelSerialToDate(1, false)?.toISOString()).toBe('1900-01-01T00:00:00.000Z')
    expect(excelSerialToDate(59, false)?.toISOString()).toBe('1900-02-28T00:00:00.000Z')
    expect(excelSerialToDate(61, false)?.toISOString()).toBe('1900-03-01T00:00:00.000Z')
    expect(excelSerialToDate(25569, false)?.toISOString()).toBe('1970-01-01T00:00:00.000Z')
    expect(excelSerialToDate(45322, false)?.toISOString()).toBe('2024-01-31T00:00:00.000Z')
    expect(excelSerialToDate(45322.75, false)?.toISOString()).toBe('2024-01-31T18:00:00.000Z')
  })

  it('converts 1904-system serials', () => {
    expect(excelSerialToDate(0, true)?.toISOString()).toBe('1904-01-01T00:00:00.000Z')
    expect(excelSerialToDate(366, true)?.toISOString()).toBe('1905-01-01T00:00:00.000Z')
  })

  it('refuses what is no Excel date', () => {
    expect(excelSerialToDate(-1, false)).toBeNull()
    expect(excelSerialToDate(3_000_000, false)).toBeNull()
    expect(excelSerialToDate(Number.NaN, false)).toBeNull()
  })

  it('maps consecutive serials to consecutive days from 1900-03-01 on', () => {
    fc.assert(
      fc.property(fc.integer({min: 61, max: 2_958_464}), (serial) => {
        const day = excelSerialToDate(serial, false)!.getTime()
        const next = excelSerialToDate(serial + 1, false)!.getTime()
        expect(next - day).toBe(86_400_000)
        expect(Math.abs(day % 86_400_000)).toBe(0)
      }),
    )
  })
})
