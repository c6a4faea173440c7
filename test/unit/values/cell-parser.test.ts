import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {emptyCell, Kind, Missing, type Cell} from '../../../src/values/cell.js'
import {daysFromCivil, expandTwoDigitYear, MS_PER_DAY, TWO_DIGIT_YEAR_PIVOT} from '../../../src/values/calendar.js'
import {parseCell, parseNextField} from '../../../src/values/cell-parser.js'
import {FORMATS} from '../../../src/values/formats.js'
import {hashString} from '../../../src/values/hash.js'
import {classifyMissing} from '../../../src/values/missing.js'
import type {ColumnHints} from '../../../src/analyzers/analyzer.js'
import type {RawValue} from '../../../src/connectors/connector.js'

const COMMA: ColumnHints = {decimalSeparator: ','}
const POINT: ColumnHints = {decimalSeparator: '.'}

function parse(raw: RawValue, hints = COMMA): Cell {
  const cell = emptyCell()
  parseCell(raw, hints, cell)
  return cell
}

function summary(raw: RawValue, hints = COMMA): [string, string, number] {
  const cell = parse(raw, hints)
  return [kindName(cell.kind), FORMATS[cell.format].label, cell.num]
}

function kindName(kind: number): string {
  return ['none', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'text'][kind]
}

const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d)
const at = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  day(y, m, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + s) * 1000 + ms

describe('parseCell: missing values', () => {
  it('null and undefined are Null with hash 0', () => {
    for (const raw of [null, undefined as unknown as RawValue]) {
      const cell = parse(raw)
      expect(cell).toMatchObject({raw: '', missing: Missing.Null, kind: Kind.None, format: 0, native: false, hash: 0})
      expect(cell.num).toBeNaN()
    }
  })

  it('empty and whitespace-only text is Empty, hashed as written', () => {
    for (const raw of ['', ' ', '\t', '\u00a0', ' \u00a0 \r\n']) {
      const cell = parse(raw)
      expect(cell.missing).toBe(Missing.Empty)
      expect(cell.kind).toBe(Kind.None)
      expect(cell.raw).toBe(raw)
      expect(cell.hash).toBe(hashString(raw))
    }
  })

  it('placeholders, also padded and in other cases', () => {
    for (const raw of ['n/a', 'k.A.', ' K.A. ', '-', '?', 'NULL', 'unbekannt', '0000-00-00', '00.00.0000', '#NV', '.']) {
      expect(parse(raw).missing, raw).toBe(Missing.Placeholder)
    }
  })

  it('a parsed cell does not keep fields of the previous value', () => {
    const cell = emptyCell()
    parseCell('12,5', COMMA, cell)
    parseCell('k.A.', COMMA, cell)
    expect(cell.kind).toBe(Kind.None)
    expect(cell.format).toBe(0)
    expect(cell.num).toBeNaN()
    parseCell(42, COMMA, cell)
    parseCell(null, COMMA, cell)
    expect(cell).toMatchObject({native: false, hash: 0, raw: ''})
  })
})

describe('parseCell: numbers', () => {
  it.each<[string, string, string, number]>([
    ['42', 'integer', '1234', 42],
    ['-17', 'integer', '1234', -17],
    ['+5', 'integer', '1234', 5],
    ['0', 'integer', '1234', 0],
    ['1.234.567', 'integer', '1.234', 1234567],
    ['1,234,567', 'integer', '1,234', 1234567],
    ['-1.234.567', 'integer', '1.234', -1234567],
    ['1.234,56', 'decimal', '1.234,56', 1234.56],
    ['-10,7', 'decimal', '1234,56', -10.7],
    ['1234,5', 'decimal', '1234,56', 1234.5],
    ['0,123', 'decimal', '1234,56', 0.123],
    [',5', 'decimal', '1234,56', 0.5],
    ['1,234.56', 'decimal', '1,234.56', 1234.56],
    ['1234.56', 'decimal', '1234.56', 1234.56],
    ['12.345.678,9', 'decimal', '1.234,56', 12345678.9],
    ['1.234,56-', 'decimal', '1.234,56', -1234.56],
    ['12,5 %', 'decimal', '12,5 %', 12.5],
    ['12,5%', 'decimal', '12,5 %', 12.5],
    ['7.5 %', 'decimal', '12.5 %', 7.5],
    ['1.234,56 €', 'decimal', '1.234,56 €', 1234.56],
    ['1.234,56\u00a0€', 'decimal', '1.234,56 €', 1234.56],
    ['100 EUR', 'decimal', '1.234,56 €', 100],
    ['EUR 19,99', 'decimal', '1.234,56 €', 19.99],
    ['€1,234.56', 'decimal', '€1,234.56', 1234.56],
    ['-€5', 'decimal', '1.234,56 €', -5],
    ['€ -5,50', 'decimal', '1.234,56 €', -5.5],
    ['1,5E+03', 'decimal', 'scientific', 1500],
    ['2.5e-3', 'decimal', 'scientific', 0.0025],
    ['01067', 'integer', '0123 (leading zero)', 1067],
    ['000123', 'integer', '0123 (leading zero)', 123],
    ['20240131', 'integer', '1234', 20240131],
    ['  42 ', 'integer', '1234', 42],
  ])('%s → %s %s %d', (raw, kind, format, num) => {
    const [k, f, n] = summary(raw)
    expect([k, f]).toEqual([kind, format])
    expect(n).toBe(num)
  })

  it('values equal Number() of the normalised spelling (correct rounding)', () => {
    for (const [raw, plain] of [
      ['0,1', '0.1'],
      ['1.234,57', '1234.57'],
      ['99999999,99', '99999999.99'],
      ['0,000001', '0.000001'],
      ['123456789012,345', '123456789012.345'],
    ]) {
      expect(parse(raw).num, raw).toBe(Number(plain))
    }
  })

  it('resolves 1.234 and 1,234 with the column hint', () => {
    expect(summary('1.234', COMMA)).toEqual(['integer', '1.234', 1234])
    expect(summary('1.234', POINT)).toEqual(['decimal', '1234.56', 1.234])
    expect(summary('1,234', COMMA)).toEqual(['decimal', '1234,56', 1.234])
    expect(summary('1,234', POINT)).toEqual(['integer', '1,234', 1234])
    // not ambiguous: decided by the spelling alone
    expect(summary('1,5', POINT)).toEqual(['decimal', '1234,56', 1.5])
    expect(summary('1.5', COMMA)).toEqual(['decimal', '1234.56', 1.5])
    expect(summary('0.123', COMMA)).toEqual(['decimal', '1234.56', 0.123])
    expect(summary('1234.567', COMMA)).toEqual(['decimal', '1234.56', 1234.567])
  })

  it('an integer percent or amount takes its style from the hint', () => {
    expect(summary('15 %', COMMA)[1]).toBe('12,5 %')
    expect(summary('15 %', POINT)[1]).toBe('12.5 %')
    expect(summary('100 €', POINT)[1]).toBe('€1,234.56')
  })

  it.each(['1.234.56', '1,2,3', '12.', '1.23.456', '1,234.567,8', '12,34.5', '1e', '1e1234', '+49 30 123456', '12:30', '1 234', '1-2', '--5', '0.123.456', '1234567890123456'])(
    '%s is text',
    (raw) => {
      expect(summary(raw)[0]).toBe('text')
    },
  )
})

describe('parseCell: dates and date-times', () => {
  it.each<[string, string, string, number]>([
    ['31.12.2024', 'date', 'dd.mm.yyyy', day(2024, 12, 31)],
    ['1.2.2024', 'date', 'dd.mm.yyyy', day(2024, 2, 1)],
    ['29.02.2024', 'date', 'dd.mm.yyyy', day(2024, 2, 29)],
    ['01.01.1970', 'date', 'dd.mm.yyyy', 0],
    ['31.12.9999', 'date', 'dd.mm.yyyy', day(9999, 12, 31)],
    ['2024-01-31', 'date', 'yyyy-mm-dd', day(2024, 1, 31)],
    ['1899-12-30', 'date', 'yyyy-mm-dd', day(1899, 12, 30)],
    ['15/03/2024', 'date', 'dd/mm/yyyy', day(2024, 3, 15)],
    ['15.03.2024 14:30', 'datetime', 'dd.mm.yyyy hh:mm', at(2024, 3, 15, 14, 30)],
    ['15.03.2024 8:05:09', 'datetime', 'dd.mm.yyyy hh:mm:ss', at(2024, 3, 15, 8, 5, 9)],
    ['15.03.24 14:30', 'datetime', 'dd.mm.yy hh:mm', at(2024, 3, 15, 14, 30)],
    ['2024-03-15 14:30:00', 'datetime', 'yyyy-mm-dd hh:mm:ss', at(2024, 3, 15, 14, 30)],
    ['2024-03-15 14:30', 'datetime', 'yyyy-mm-dd hh:mm', at(2024, 3, 15, 14, 30)],
    ['2024-03-15T14:30', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 15, 14, 30)],
    ['2024-03-15T14:30:15.250', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 15, 14, 30, 15, 250)],
    ['2024-03-15T14:30:15Z', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 15, 14, 30, 15)],
    ['2024-03-15T14:30:15+01:00', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 15, 13, 30, 15)],
    ['2024-03-15T00:30:00+0200', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 14, 22, 30)],
    ['2024-03-15T14:30:15.123456-05', 'datetime', 'yyyy-mm-ddThh:mm:ss', at(2024, 3, 15, 19, 30, 15, 123)],
  ])('%s → %s %s', (raw, kind, format, num) => {
    expect(summary(raw)).toEqual([kind, format, num])
  })

  it('two-digit years pivot at the current year + 10', () => {
    const pivot = TWO_DIGIT_YEAR_PIVOT
    expect(pivot).toBe((new Date().getUTCFullYear() + 10) % 100)
    expect(expandTwoDigitYear(0)).toBe(2000)
    expect(expandTwoDigitYear(pivot)).toBe(2000 + pivot)
    expect(expandTwoDigitYear(pivot + 1)).toBe(1900 + pivot + 1)
    expect(expandTwoDigitYear(99)).toBe(1999)
    expect(summary('12.05.47')).toEqual(['date', 'dd.mm.yy', day(1947, 5, 12)])
    expect(summary('1.2.03')).toEqual(['date', 'dd.mm.yy', day(2003, 2, 1)])
  })

  it.each([
    '31.02.2024',
    '29.02.2023',
    '32.01.2024',
    '01.13.2024',
    '2024-02-30',
    '2024-1-5',
    '12/31/2024',
    '15.03.2024 24:00',
    '15.03.2024 14:60',
    '15.03.2024T14:30',
    '15.03.2024 14:30Z',
    '2024-03-15T14:30+1',
    '01.02.20245',
    '01.02.202',
    '15.03.2024.',
    '15/03/2024 10:00',
  ])('%s is text', (raw) => {
    expect(summary(raw)[0]).toBe('text')
  })
})

describe('parseCell: booleans', () => {
  it.each<[string, string, number]>([
    ['ja', 'ja/nein', 1],
    ['Nein', 'ja/nein', 0],
    ['J', 'j/n', 1],
    ['n', 'j/n', 0],
    ['WAHR', 'wahr/falsch', 1],
    ['falsch', 'wahr/falsch', 0],
    ['true', 'true/false', 1],
    ['FALSE', 'true/false', 0],
    ['yes', 'yes/no', 1],
    ['No', 'yes/no', 0],
    ['x', 'x', 1],
    [' X ', 'x', 1],
  ])('%s → %s', (raw, format, num) => {
    expect(summary(raw)).toEqual(['boolean', format, num])
  })

  it.each(['jaa', 'nee', 'wahrheit', 'xx', 'Ja!', 'o'])('%s is text', (raw) => {
    expect(summary(raw)[0]).toBe('text')
  })
})

describe('parseCell: text', () => {
  it('everything else is text, hashed as written', () => {
    for (const raw of ['Müller GmbH', 'Hauptstraße 5', 'DE89370400440532013000', 'abc', '€', 'E-Mail', '12 Stück']) {
      const cell = parse(raw)
      expect(cell.kind, raw).toBe(Kind.Text)
      expect(cell.missing).toBe(Missing.Value)
      expect(cell.raw).toBe(raw)
      expect(cell.hash).toBe(hashString(raw))
      expect(cell.native).toBe(false)
    }
  })
})

describe('parseCell: values typed by the source', () => {
  it('numbers keep their type and get String(n) as raw', () => {
    expect(parse(42)).toMatchObject({raw: '42', kind: Kind.Integer, num: 42, native: true, missing: Missing.Value, hash: hashString('42')})
    expect(parse(12.5)).toMatchObject({raw: '12.5', kind: Kind.Decimal, num: 12.5, native: true})
    expect(FORMATS[parse(12.5).format].label).toBe('excel-number')
    expect(parse(Number.NaN).kind).toBe(Kind.Text)
  })

  it('booleans', () => {
    expect(parse(true)).toMatchObject({raw: 'true', kind: Kind.Boolean, num: 1, native: true})
    expect(parse(false)).toMatchObject({raw: 'false', kind: Kind.Boolean, num: 0, native: true})
  })

  it('dates without a time are dates, with a time date-times', () => {
    const date = parse(new Date(Date.UTC(2024, 2, 15)))
    expect(date).toMatchObject({raw: '2024-03-15', kind: Kind.Date, num: day(2024, 3, 15), native: true})
    expect(FORMATS[date.format].label).toBe('excel-date')
    const dateTime = parse(new Date(Date.UTC(2024, 2, 15, 14, 30, 5)))
    expect(dateTime).toMatchObject({raw: '2024-03-15T14:30:05', kind: Kind.DateTime, num: at(2024, 3, 15, 14, 30, 5)})
    expect(FORMATS[dateTime.format].label).toBe('excel-datetime')
    // a converted serial a few milliseconds off midnight is still a date
    expect(parse(new Date(Date.UTC(2024, 2, 15) - 3)).raw).toBe('2024-03-15')
    expect(parse(new Date(Number.NaN)).kind).toBe(Kind.Text)
  })

  it('text from a typed source is parsed like CSV text, not native', () => {
    expect(parse('1.234,56')).toMatchObject({kind: Kind.Decimal, native: false})
  })
})

describe('parseNextField: a field parsed where it stands in its record', () => {
  const pieces = fc.constantFrom('0', '1', '.', ',', '-', ' ', ':', '/', 'T', '€', '%', 'ja', 'k.A.', '\u00a0', 'ü', '😀', 'Müller')
  const field = fc.oneof(fc.string().map((t) => t.replaceAll(';', '')), fc.array(pieces, {maxLength: 8}).map((p) => p.join('')))

  it('gives the cell parseCell gives for the field alone, and where the field ends', () => {
    fc.assert(
      fc.property(field, field, field, fc.constantFrom(COMMA, POINT), (before, value, after, hints) => {
        const record = `${before};${value};${after}`
        const at = emptyCell()
        const end = parseNextField(record, before.length + 1, 59, hints, at)
        expect(end).toBe(before.length + 1 + value.length)
        const alone = parse(value, hints)
        const seen = (c: Cell) => [c.raw, c.missing, c.kind, c.format, c.num, c.native, c.hash, c.astral]
        expect(seen(at)).toEqual(seen(alone))
        expect([at.src, at.start, at.end]).toEqual([record, before.length + 1, end])
        // the last field runs to the record's end
        expect(parseNextField(record, end + 1, 59, hints, emptyCell())).toBe(record.length)
      }),
      {numRuns: 2000},
    )
  })
})

describe('parseCell: the astral flag', () => {
  it('is set for text with a surrogate pair or a lone surrogate (conservatively: it may be set without one), not for Latin, umlauts, € or –', () => {
    expect(parse('a😀').astral).toBe(true)
    expect(parse('\ud800x').astral).toBe(true)
    for (const raw of ['Müller', '1.234,56 €', 'Straße', '–', '', null, 42]) expect(parse(raw).astral, String(raw)).toBe(false)
  })
})

describe('parseCell: invariants on arbitrary text', () => {
  const pieces = fc.constantFrom('0', '1', '9', '.', ',', '-', '+', ' ', ':', '/', 'T', 'Z', 'e', 'E', '€', '%', 'EUR', 'ja', 'x', 'k.A.', '\u00a0', 'ü', '😀')
  const text = fc.oneof(fc.string(), fc.array(pieces, {maxLength: 12}).map((p) => p.join('')))

  it('missing-ness is classifyMissing; kind and format agree; numbers are finite', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(COMMA, POINT), (raw, hints) => {
        const cell = parse(raw, hints)
        expect(cell.missing).toBe(classifyMissing(raw))
        expect(cell.raw).toBe(raw)
        expect(cell.hash).toBe(hashString(raw))
        // astral false guarantees no surrogates (value-range then takes the UTF-16 length as the length)
        if (/[\uD800-\uDFFF]/.test(raw)) expect(cell.astral, raw).toBe(true)
        if (cell.missing !== Missing.Value) {
          expect([cell.kind, cell.format]).toEqual([Kind.None, 0])
        } else if (cell.kind === Kind.Text) {
          expect(cell.format).toBe(0)
          expect(cell.num).toBeNaN()
        } else {
          expect(FORMATS[cell.format].kind, `${raw} → ${FORMATS[cell.format].label}`).toBe(cell.kind)
          expect(Number.isFinite(cell.num), raw).toBe(true)
        }
      }),
      {numRuns: 5000},
    )
  })
})
