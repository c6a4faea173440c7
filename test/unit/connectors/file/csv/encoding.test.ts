import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {assertText, completeUtf8Length, createRangeDecoder, sniffEncoding, utf8UnitsIn} from '../../../../../src/connectors/file/csv/encoding.js'

describe('sniffEncoding', () => {
  it('reads byte order marks', () => {
    expect(sniffEncoding(Buffer.from('\uFEFFa;b', 'utf8'), true)).toEqual({encoding: 'utf-8', bom: true, bomLength: 3})
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]), true)).toEqual({encoding: 'utf-16le', bom: true, bomLength: 2})
    expect(sniffEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]), true)).toEqual({encoding: 'utf-16be', bom: true, bomLength: 2})
  })

  it('tells UTF-8, Windows-1252 and ISO-8859-1 apart', () => {
    expect(sniffEncoding(Buffer.from('Straße;Köln\n', 'utf8'), true).encoding).toBe('utf-8')
    // the en dash and the euro sign exist only in Windows-1252 (bytes 0x96, 0x80)
    expect(sniffEncoding(iconv.encode('Beleginfo – Art;5 €\n', 'windows-1252'), true).encoding).toBe('windows-1252')
    expect(sniffEncoding(iconv.encode('Straße;Köln\n', 'latin1'), true).encoding).toBe('iso-8859-1')
  })

  it('does not mistake UTF-8 cut in the middle of a character for another encoding', () => {
    const bytes = Buffer.from('Köln;Düsseldorf;Lübeck', 'utf8')
    const cut = bytes.subarray(0, bytes.indexOf(0xc3, 5) + 1)
    expect(sniffEncoding(cut, false).encoding).toBe('utf-8')
    expect(completeUtf8Length(cut)).toBe(cut.length - 1)
    expect(completeUtf8Length(Buffer.from('ab€', 'utf8'))).toBe(5)
  })

  it('finds UTF-16 without a byte order mark', () => {
    const le = Buffer.from('Name;Ort\nMüller;Köln\n', 'utf16le')
    expect(sniffEncoding(le, true).encoding).toBe('utf-16le')
    const be = Buffer.from(le).swap16()
    expect(sniffEncoding(be, true).encoding).toBe('utf-16be')
  })
})

describe('assertText', () => {
  const codeOf = (fn: () => void): string | undefined => {
    try {
      fn()
    } catch (error) {
      return error instanceof ScannerError ? `${error.code}: ${error.message}` : 'other'
    }
    return undefined
  }

  it('names what a binary file looks like', () => {
    expect(codeOf(() => assertText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'kunden.csv', null))).toMatch(/^FILE_BINARY: kunden\.csv .*Excel workbook \(\.xlsx\)/)
    expect(codeOf(() => assertText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'alt.csv', null))).toMatch(/\.xls/)
    expect(codeOf(() => assertText(Buffer.from('%PDF-1.7\n'), 'rechnung.csv', null))).toMatch(/PDF/)
    expect(codeOf(() => assertText(Buffer.from([0x61, 0, 0x62]), 'x.csv', 'utf-8'))).toMatch(/1 NUL byte/)
    expect(codeOf(() => assertText(Buffer.from([1, 2, 3, 4, 5, 6, 0x61, 0x62]), 'x.csv', 'utf-8'))).toMatch(/control bytes/)
  })

  it('lets text through, including UTF-16 with its NUL bytes', () => {
    expect(codeOf(() => assertText(Buffer.from('a;b\r\n\t1;2\f\n'), 'ok.csv', 'utf-8'))).toBeUndefined()
    expect(codeOf(() => assertText(Buffer.from('a;b\n', 'utf16le'), 'ok.csv', 'utf-16le'))).toBeUndefined()
  })
})

describe('decoding', () => {
  it('decodes Windows-1252 punctuation and falls back to it for a chunk that is not UTF-8', () => {
    const cp1252 = iconv.encode('„Zahlung“ – 5 €', 'windows-1252')
    expect(createRangeDecoder('windows-1252').decode(cp1252)).toEqual({text: '„Zahlung“ – 5 €', singleByte: true})
    expect(createRangeDecoder('utf-8').decode(cp1252)).toEqual({text: '„Zahlung“ – 5 €', singleByte: true})
    expect(createRangeDecoder('utf-8').decode(Buffer.from('Köln', 'utf8'))).toEqual({text: 'Köln', singleByte: false})
    expect(createRangeDecoder('iso-8859-1').decode(Buffer.from([0x4b, 0xf6, 0x6c, 0x6e]))).toEqual({text: 'Köln', singleByte: true})
  })

  it('counts UTF-16 code units of UTF-8 bytes (surrogate pairs count twice)', () => {
    const bytes = Buffer.from('aä€😀b', 'utf8')
    expect(utf8UnitsIn(bytes, bytes.length)).toBe('aä€😀b'.length)
    expect(utf8UnitsIn(bytes, 3)).toBe(2)
  })
})
