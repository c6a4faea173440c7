import {describe, expect, it} from 'vitest'
import {dateNotation, numberStyle} from '../../../src/findings/format-labels.js'
import {FORMATS} from '../../../src/values/formats.js'
import {Kind} from '../../../src/values/cell.js'

describe('dateNotation', () => {
  it.each([
    ['dd.mm.yyyy', 'dd.mm.yyyy'],
    ['dd.mm.yy', 'dd.mm.yy'],
    ['yyyy-mm-dd', 'yyyy-mm-dd'],
    ['dd.mm.yyyy hh:mm:ss', 'dd.mm.yyyy'],
    ['yyyy-mm-ddThh:mm:ss', 'yyyy-mm-dd'],
  ])('%s → %s', (label, notation) => {
    expect(dateNotation(label)).toBe(notation)
  })

  it.each(['1.234,56', 'ja/nein', 'excel-date', 'excel-serial', 'x'])('%s is no date notation', (label) => {
    expect(dateNotation(label)).toBeNull()
  })
})

describe('numberStyle', () => {
  it.each([
    ['1.234,56', 'de'],
    ['1234,56', 'de'],
    ['1.234', 'de'],
    ['12,5 %', 'de'],
    ['1.234,56 €', 'de'],
    ['1,234.56', 'en'],
    ['1234.56', 'en'],
    ['1,234', 'en'],
    ['€1,234.56', 'en'],
    ['#.##0,00', 'de'],
  ] as const)('%s → %s', (label, style) => {
    expect(numberStyle(label)).toBe(style)
  })

  it.each(['1234', '0123 (leading zero)', 'scientific', 'excel-number', 'dd.mm.yyyy', 'ja/nein'])('%s tells no style', (label) => {
    expect(numberStyle(label)).toBeNull()
  })
})

describe('the parser’s format table', () => {
  it('every date and date-time label reads as a date notation, no other label does', () => {
    for (const f of FORMATS) {
      const calendar = (f.kind === Kind.Date || f.kind === Kind.DateTime) && !f.label.startsWith('excel-')
      expect(dateNotation(f.label) !== null, f.label).toBe(calendar)
    }
  })

  it('no date or boolean label reads as a number style', () => {
    for (const f of FORMATS) {
      if (f.kind === Kind.Date || f.kind === Kind.DateTime || f.kind === Kind.Boolean) {
        expect(numberStyle(f.label), f.label).toBeNull()
      }
    }
  })
})
