import {describe, expect, it} from 'vitest'
import {dateNotation, numberStyle} from '../../../src/findings/format-labels.js'
import {Kind} from '../../../src/values/cell.js'
import {Format, FORMATS, formatIdOf} from '../../../src/values/formats.js'

describe('FORMATS', () => {
  it('index 0 is none, ids and labels are unique and match the Format ids', () => {
    expect(FORMATS[0]).toEqual({label: 'none', kind: Kind.None})
    expect(new Set(FORMATS.map((f) => f.label)).size).toBe(FORMATS.length)
    expect(Object.values(Format).sort((a, b) => a - b)).toEqual(FORMATS.map((_, i) => i))
    expect(formatIdOf('dd.mm.yyyy')).toBe(Format.DateGerman)
    expect(formatIdOf('nope')).toBe(-1)
  })

  it('date labels read as date notations, the time part dropped', () => {
    const dates = FORMATS.filter((f) => f.kind === Kind.Date || f.kind === Kind.DateTime).filter((f) => !f.label.startsWith('excel-'))
    for (const f of dates) expect(dateNotation(f.label), f.label).not.toBeNull()
    expect(dateNotation(FORMATS[Format.DateTimeGermanSeconds].label)).toBe('dd.mm.yyyy')
    expect(dateNotation(FORMATS[Format.DateTimeIsoT].label)).toBe('yyyy-mm-dd')
    expect(dateNotation(FORMATS[Format.ExcelSerial].label)).toBeNull()
  })

  it('number labels show their convention; neutral ones show none', () => {
    const de = [Format.IntegerGroupedDot, Format.DecimalComma, Format.DecimalCommaGrouped, Format.PercentComma, Format.CurrencyGerman]
    const en = [Format.IntegerGroupedComma, Format.DecimalPoint, Format.DecimalPointGrouped, Format.PercentPoint, Format.CurrencyEnglish]
    for (const id of de) expect(numberStyle(FORMATS[id].label), FORMATS[id].label).toBe('de')
    for (const id of en) expect(numberStyle(FORMATS[id].label), FORMATS[id].label).toBe('en')
    for (const id of [Format.Integer, Format.LeadingZero, Format.Scientific, Format.ExcelNumber]) {
      expect(numberStyle(FORMATS[id].label), FORMATS[id].label).toBeNull()
    }
  })
})
