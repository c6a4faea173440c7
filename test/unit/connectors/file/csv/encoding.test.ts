import fc from 'fast-check'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {
  assertText,
  byteOffsetAt,
  countInvalid,
  createRangeDecoder,
  sniffEncoding,
  textPositionAt,
  wholeCharLength,
  type InvalidByteCount,
} from '../../../../../src/connectors/file/csv/encoding.js'

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
    expect(wholeCharLength(cut, 'utf-8')).toBe(cut.length - 1)
    expect(wholeCharLength(Buffer.from('ab€', 'utf8'), 'utf-8')).toBe(5)
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

describe('sniffEncoding with stray bytes', () => {
  const muellerRows = (n: number): Buffer => Buffer.from('Müller;Köln;Straße\n'.repeat(n), 'utf8')

  it('keeps a UTF-8 head with one stray Latin-1 byte UTF-8', () => {
    const head = Buffer.concat([muellerRows(50), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]), muellerRows(50)])
    expect(sniffEncoding(head, true)).toEqual({encoding: 'utf-8', bom: false, bomLength: 0})
  })

  it('reads Latin-1 text as Latin-1 even where two of its bytes happen to form a UTF-8 character', () => {
    // "Ã©" is C3 A9: valid UTF-8 by chance, next to ten umlauts that are not
    const head = iconv.encode('Grüße aus Köln;Ã©;Müller\n'.repeat(5), 'latin1')
    expect(sniffEncoding(head, true).encoding).toBe('iso-8859-1')
  })

  it('decides on blocks from further into the file when the head is plain ASCII', () => {
    const head = Buffer.from('Name;Ort\nMeier;Bonn\n'.repeat(100))
    const latin1 = iconv.encode('Müller;Köln\n'.repeat(20), 'latin1')
    const cp1252 = iconv.encode('Müller – Köln;5 €\n'.repeat(20), 'windows-1252')
    const utf8 = Buffer.from('Müller;Köln\n'.repeat(20), 'utf8')
    expect(sniffEncoding(head, false, [latin1]).encoding).toBe('iso-8859-1')
    expect(sniffEncoding(head, false, [Buffer.from('x'), cp1252]).encoding).toBe('windows-1252')
    // a block that starts and ends inside a character: the cut characters are not counted as invalid
    expect(sniffEncoding(head, false, [utf8.subarray(2, utf8.length - 1)]).encoding).toBe('utf-8')
    expect(sniffEncoding(head, false, [Buffer.from('Meier;Bonn\n')]).encoding).toBe('utf-8')
  })
})

/** byte strings that mix UTF-8 characters (1–4 bytes) with stray and truncated bytes */
const mixedBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', ';', '\n', 'ü', 'ß', '€', '😀', '\uFFFD').map((c) => Buffer.from(c, 'utf8')),
      fc
        .constantFrom([0xfc], [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0x80], [0xf0, 0x8f], [0xf4, 0x90], [0xf5], [0xff])
        .map((b) => Buffer.from(b)),
      fc.uint8Array({minLength: 1, maxLength: 4}).map((b) => Buffer.from(b)),
      // long stretches: the search for invalid sequences halves stretches above 64 bytes
      fc.constantFrom(Buffer.alloc(90, 0x80), Buffer.from('Müller;Köln;Straße\n'.repeat(5), 'utf8'), Buffer.alloc(70, 0x61)),
    ),
    {maxLength: 60},
  )
  .map((parts) => Buffer.concat(parts))

function literalReplacementChars(bytes: Buffer): number {
  let n = 0
  for (let at = bytes.indexOf('\uFFFD', 0, 'utf8'); at !== -1; at = bytes.indexOf('\uFFFD', at + 3, 'utf8')) n++
  return n
}

/** text positions that do not split a surrogate pair */
function charBoundaries(text: string): number[] {
  const positions = [0]
  for (let i = 1; i <= text.length; i++) {
    const prev = text.charCodeAt(i - 1)
    if (i === text.length || !(prev >= 0xd800 && prev <= 0xdbff)) positions.push(i)
  }
  return positions
}

describe('decoding', () => {
  it('decodes Windows-1252 punctuation, and never reads part of a UTF-8 file in another encoding', () => {
    const cp1252 = iconv.encode('„Zahlung“ – 5 €', 'windows-1252')
    expect(createRangeDecoder('windows-1252').decode(cp1252)).toMatchObject({text: '„Zahlung“ – 5 €', form: 'single-byte', invalid: null})
    const asUtf8 = createRangeDecoder('utf-8').decode(cp1252)
    // „ “ – € are one byte each in Windows-1252 and not UTF-8: four replacement characters, nothing else touched
    expect(asUtf8.text).toBe('\uFFFDZahlung\uFFFD \uFFFD 5 \uFFFD')
    expect(asUtf8.invalid?.byteStart).toEqual([0, 8, 10, 14])
    expect(createRangeDecoder('utf-8').decode(Buffer.from('Köln', 'utf8'))).toMatchObject({text: 'Köln', form: 'utf-8', invalid: null})
    expect(createRangeDecoder('iso-8859-1').decode(Buffer.from([0x4b, 0xf6, 0x6c, 0x6e]))).toMatchObject({text: 'Köln', form: 'single-byte'})
    expect(createRangeDecoder('utf-16le').decode(Buffer.from('Kö😀', 'utf16le'))).toMatchObject({text: 'Kö😀', form: 'utf-16'})
  })

  it('gives the text Node gives and one U+FFFD per invalid sequence', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const decoded = createRangeDecoder('utf-8').decode(bytes)
        expect(decoded.text).toBe(bytes.toString('utf8'))
        const replacements = decoded.text.split('\uFFFD').length - 1
        expect(decoded.invalid?.byteStart.length ?? 0).toBe(replacements - literalReplacementChars(bytes))
      }),
      {numRuns: 500},
    )
  })

  it('decodes valid UTF-8 to the text Node gives, a byte order mark and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.boolean(), (text, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
        const decoded = createRangeDecoder('utf-8').decode(bytes)
        expect(decoded.invalid).toBeNull()
        expect(decoded.text).toBe(bytes.toString('utf8'))
      }),
      {numRuns: 500},
    )
    expect(createRangeDecoder('utf-8').decode(Buffer.alloc(0)).text).toBe('')
  })

  it('maps text positions to bytes and back exactly, with or without invalid sequences', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const decoder = createRangeDecoder('utf-8')
        const decoded = decoder.decode(bytes)
        const boundaries = charBoundaries(decoded.text)
        const offsets = boundaries.map((pos) => byteOffsetAt(decoded, pos))
        expect(offsets[0]).toBe(0)
        expect(offsets[offsets.length - 1]).toBe(bytes.length)
        boundaries.forEach((pos, i) => {
          // the bytes up to the offset decode to exactly the text up to the position
          expect(decoder.decode(bytes.subarray(0, offsets[i])).text).toBe(decoded.text.slice(0, pos))
          expect(textPositionAt(decoded, offsets[i])).toBe(pos)
        })
        // any byte offset, also inside a character: the first character starting at or after it
        for (let o = 0; o <= bytes.length; o++) {
          const first = boundaries.find((_, i) => offsets[i] >= o)
          expect(textPositionAt(decoded, o)).toBe(first)
        }
      }),
      {numRuns: 300},
    )
  })

  it('counts the invalid sequences that start before a limit', () => {
    const bytes = Buffer.from([0x61, 0xfc, 0x0a, 0x62, 0xe2, 0x82, 0x0a, 0x80])
    const decoded = createRangeDecoder('utf-8').decode(bytes)
    const all: InvalidByteCount = {count: 0, firstByte: -1}
    countInvalid(all, decoded, 1000)
    expect(all).toEqual({count: 3, firstByte: 1001})
    const some: InvalidByteCount = {count: 0, firstByte: -1}
    countInvalid(some, decoded, 1000, 1004)
    expect(some).toEqual({count: 1, firstByte: 1001})
    countInvalid(some, createRangeDecoder('utf-8').decode(Buffer.from('ok')), 0)
    expect(some).toEqual({count: 1, firstByte: 1001})
  })

  it('maps bytes of valid UTF-8 to UTF-16 positions (a surrogate pair is two positions)', () => {
    const decoded = createRangeDecoder('utf-8').decode(Buffer.from('aä€😀b', 'utf8'))
    // bytes: a 0, ä 1–2, € 3–5, 😀 6–9, b 10; a byte offset inside a character maps to the next character
    expect([0, 1, 2, 3, 4, 6, 7, 9, 10, 11, 12].map((o) => textPositionAt(decoded, o))).toEqual([0, 1, 2, 2, 3, 3, 5, 5, 5, 6, 6])
    expect([0, 1, 2, 3, 5, 6].map((p) => byteOffsetAt(decoded, p))).toEqual([0, 1, 3, 6, 10, 11])
  })

  it('keeps only whole characters of a cut range', () => {
    const le = Buffer.from('a😀', 'utf16le')
    expect(wholeCharLength(le.subarray(0, 5), 'utf-16le')).toBe(2)
    expect(wholeCharLength(le.subarray(0, 4), 'utf-16le')).toBe(2)
    expect(wholeCharLength(le, 'utf-16le')).toBe(6)
    const be = Buffer.from(le).swap16()
    expect(wholeCharLength(be.subarray(0, 4), 'utf-16be')).toBe(2)
    expect(wholeCharLength(Buffer.from('Kö', 'utf8').subarray(0, 2), 'utf-8')).toBe(1)
    expect(wholeCharLength(Buffer.from([0x4b, 0xf6]), 'iso-8859-1')).toBe(2)
  })
})
