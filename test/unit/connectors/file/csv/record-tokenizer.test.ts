import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {RecordTokenizer, csvParseOptions, type TokenizerOptions} from '../../../../../src/connectors/file/csv/record-tokenizer.js'

function tokenizeWhole(text: string, opts: TokenizerOptions): string[][] {
  const out: string[][] = []
  new RecordTokenizer(opts).tokenize(text, 0, true, out)
  return out
}

/** feeds the text in pieces, carrying the incomplete tail like the file readers do */
function tokenizeInPieces(text: string, cuts: number[], opts: TokenizerOptions): string[][] {
  const tokenizer = new RecordTokenizer(opts)
  const out: string[][] = []
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  let carry = ''
  let last = 0
  for (const point of [...points, text.length]) {
    const buffer = carry + text.slice(last, point)
    last = point
    const final = point === text.length
    const stopped = tokenizer.tokenize(buffer, 0, final, out)
    carry = buffer.slice(stopped)
  }
  expect(carry).toBe('')
  return out
}

const base: TokenizerOptions = {delimiter: ';', quote: '"', lineBreak: '\n', skipBlankRecords: false}

describe('RecordTokenizer', () => {
  it('splits unquoted records and drops the CR of CRLF', () => {
    expect(tokenizeWhole('a;b;c\r\n1;2;3\r\n', base)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('reads quoted fields with delimiters, doubled quotes and newlines', () => {
    const text = 'id;text\n1;"Müller; Hans"\n2;"er sagte ""ja""\nund ging"\n3;x\n'
    expect(tokenizeWhole(text, base)).toEqual([
      ['id', 'text'],
      ['1', 'Müller; Hans'],
      ['2', 'er sagte "ja"\nund ging'],
      ['3', 'x'],
    ])
  })

  it('keeps quotes inside unquoted fields as text (like relax_quotes)', () => {
    expect(tokenizeWhole('a;5" Diskette;c\n', base)).toEqual([['a', '5" Diskette', 'c']])
  })

  it('skips empty lines and, when asked, records of empty fields only', () => {
    const text = 'a;b\n\n;\n"";""\n1;2\n'
    expect(tokenizeWhole(text, base)).toEqual([['a', 'b'], ['', ''], ['', ''], ['1', '2']])
    expect(tokenizeWhole(text, {...base, skipBlankRecords: true})).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  it('handles a two-character separator and strips a record terminator', () => {
    const text = '1+|ken0@adventure-works.com+|2020-01-07&|\n2+|terri0@adventure-works.com+|2019-01-23&|\n'
    expect(tokenizeWhole(text, {...base, delimiter: '+|', recordSuffix: '&|'})).toEqual([
      ['1', 'ken0@adventure-works.com', '2020-01-07'],
      ['2', 'terri0@adventure-works.com', '2019-01-23'],
    ])
  })

  it('stops before a record that starts at or after stopAt and reports where', () => {
    const text = 'a;1\nb;2\n"c";3\nd;4\n'
    const out: string[][] = []
    const stopped = new RecordTokenizer(base).tokenize(text, 0, true, out, text.indexOf('"c"'))
    expect(out).toEqual([['a', '1'], ['b', '2']])
    expect(stopped).toBe(text.indexOf('"c"'))
  })

  it('waits for more text when a quoted field is still open at the end', () => {
    const out: string[][] = []
    const text = 'a;1\nb;"open\nstill'
    const stopped = new RecordTokenizer(base).tokenize(text, 0, false, out)
    expect(out).toEqual([['a', '1']])
    expect(stopped).toBe(4)
  })

  it('reads a record csv-parse rejects (unclosed quote at the end) leniently instead of failing', () => {
    const tokenizer = new RecordTokenizer(base)
    const out: string[][] = []
    tokenizer.tokenize('a;b\nx;"unclosed', 0, true, out)
    expect(out).toEqual([['a', 'b'], ['x', '"unclosed']])
    expect(tokenizer.malformedRecords).toBe(1)
  })

  it('reads old Mac files with CR line breaks', () => {
    expect(tokenizeWhole('a;b\r1;"x\ry"\r', {...base, lineBreak: '\r'})).toEqual([
      ['a', 'b'],
      ['1', 'x\ry'],
    ])
  })

  // ---- property: equal to csv-parse on the whole text ----
  const delimiterArb = fc.constantFrom(';', ',', '\t', '|', '+|')
  const plainChars = fc.constantFrom('a', 'b', 'ä', 'ß', ' ', '1', '.', '-', '"', '\r', 'x')
  const anyChars = fc.constantFrom('a', 'ö', ' ', ';', ',', '\t', '|', '+', '"', '\n', '\r', 'z')

  const fieldArb = (delimiter: string) =>
    fc.oneof(
      // unquoted: no delimiter, no line break, no quote at the start
      fc
        .array(plainChars, {maxLength: 8})
        .map((chars) => chars.join(''))
        .filter((s) => !s.includes(delimiter) && !s.startsWith('"') && !s.includes('\n')),
      // quoted: anything, inner quotes doubled
      fc.array(anyChars, {maxLength: 8}).map((chars) => `"${chars.join('').replaceAll('"', '""')}"`),
    )

  const textArb = delimiterArb.chain((delimiter) =>
    fc
      .record({
        records: fc.array(fc.array(fieldArb(delimiter), {minLength: 1, maxLength: 6}), {maxLength: 25}),
        crlf: fc.array(fc.boolean(), {minLength: 30, maxLength: 30}),
        trailing: fc.boolean(),
        cuts: fc.array(fc.nat(400), {maxLength: 6}),
      })
      .map(({records, crlf, trailing, cuts}) => {
        let text = ''
        records.forEach((fields, i) => {
          // a record ending in a bare CR before CRLF would be read differently by design: avoid it
          const line = fields.join(delimiter)
          text += line
          if (i < records.length - 1 || trailing) text += crlf[i % crlf.length] ? '\r\n' : '\n'
        })
        return {delimiter, text, cuts}
      }),
  )

  it('gives exactly the records csv-parse gives on the whole text (whole and in pieces)', () => {
    fc.assert(
      fc.property(textArb, ({delimiter, text, cuts}) => {
        const opts: TokenizerOptions = {...base, delimiter}
        const expected = parse(text, csvParseOptions(opts)) as string[][]
        expect(tokenizeWhole(text, opts)).toEqual(expected)
        expect(tokenizeInPieces(text, cuts, opts)).toEqual(expected)
      }),
      {numRuns: 1500},
    )
  })

  it('unsplit: a record without quotes comes as its text, which splits into the same fields; blank ones still dropped', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), ({delimiter, text}, skipBlankRecords) => {
        const opts: TokenizerOptions = {...base, delimiter, skipBlankRecords}
        const unsplit: (string[] | string)[] = []
        const tokenizer = new RecordTokenizer(opts, true)
        tokenizer.tokenize(text, 0, true, unsplit)
        // two-character delimiters are always split (the engine splits one-character ones itself)
        if (delimiter.length > 1) expect(unsplit.every((r) => Array.isArray(r))).toBe(true)
        expect(unsplit.map((r) => (typeof r === 'string' ? r.split(delimiter) : r))).toEqual(tokenizeWhole(text, opts))
      }),
      {numRuns: 1000},
    )
    const out: (string[] | string)[] = []
    new RecordTokenizer({...base, skipBlankRecords: true}, true).tokenize('a;b\n;;\n"x";y\n\nc\n', 0, true, out)
    expect(out).toEqual(['a;b', ['x', 'y'], 'c'])
  })
})
