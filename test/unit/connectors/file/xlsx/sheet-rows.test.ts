import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {decodeValue, SheetRowReader, type CellDecoding, type SheetRow} from '../../../../../src/connectors/file/xlsx/sheet-rows.js'
import {partReadError} from '../../../../../src/connectors/file/xlsx/xlsx-errors.js'

const decoding: CellDecoding = {
  sharedStrings: ['Kunde', 'Müller GmbH', '', 'Straße'],
  // style 1 shows dates, style 2 a time of day (no date)
  dateStyles: Uint8Array.from([0, 1, 0]),
  date1904: false,
}

const SHEET = [
  '<worksheet><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>3</v></c></row>',
  '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>1234.5</v></c><c r="C2" s="1"><v>45322</v></c>',
  '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" s="2"><v>0.5</v></c></row>',
  // formula results of each type, a shared formula child and a formula without a cached result
  '<row r="3"><c r="A3"><f>B2*2</f><v>2469</v></c><c r="B3" t="b"><f>B2&gt;1</f><v>0</v></c>',
  '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c>',
  '<c r="E3" s="1"><f t="shared" si="0"/><v>45323</v></c><c r="F3"><f>NOW()</f></c></row>',
  // a row of styled empty cells and a row holding only an empty string: both blank
  '<row r="4"><c r="A4" s="2"/><c r="B4" s="1"/></row><row r="5"><c r="A5" t="s"><v>2</v></c></row>',
  '<row r="7"><c r="B7" t="inlineStr"><is><r><t>Grü</t></r><r><t xml:space="preserve">n </t></r><rPh><t>x</t></rPh></is></c>',
  '<c r="C7" t="d"><v>2024-02-29T12:30:00</v></c><c r="D7" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="A7:A8"/></mergeCells></worksheet>',
].join('')

const date = (iso: string): Date => new Date(iso)

const EXPECTED: SheetRow[] = [
  {row: 1, values: ['Kunde', null, 'Straße']},
  {row: 2, values: ['Müller GmbH', 1234.5, date('2024-01-31T00:00:00Z'), true, '#N/A', 0.5]},
  {row: 3, values: [2469, false, '#DIV/0!', 'a&b', date('2024-02-01T00:00:00Z')]},
  {row: 7, values: [null, 'Grün ', date('2024-02-29T12:30:00Z'), 'a\rb']},
]

async function* split(text: string, cuts: number[]): AsyncGenerator<string> {
  let from = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue
    yield text.slice(from, cut)
    from = cut
  }
  yield text.slice(from)
}

async function readRows(text: string, cuts: number[] = []): Promise<{rows: SheetRow[]; reader: SheetRowReader}> {
  const reader = new SheetRowReader(split(text, cuts), decoding, (e, fromParser) => partReadError('test.xlsx', 'sheet1.xml', e, fromParser))
  const rows: SheetRow[] = []
  for await (const batch of reader.batches()) rows.push(...batch)
  return {rows, reader}
}

describe('SheetRowReader', () => {
  it('types every kind of cell, skips blank rows and counts formulas and values', async () => {
    const {rows, reader} = await readRows(SHEET)
    expect(rows).toEqual(EXPECTED)
    expect(reader.formulaCells).toBe(6)
    // 2 + 6 + 5 + 3, plus the empty string of row 5
    expect(reader.valueCells).toBe(17)
    expect(reader.bytesRead).toBe(Buffer.byteLength(SHEET))
  })

  it('reads the same rows however the XML arrives in chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({min: 1, max: SHEET.length - 1}), {maxLength: 60}), async (cuts) => {
        expect((await readRows(SHEET, cuts)).rows).toEqual(EXPECTED)
      }),
      {numRuns: 60},
    )
  })

  it('numbers cells and rows without r attributes by position, and reads prefixed names', async () => {
    const sheet = '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row><x:row><x:c><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    expect((await readRows(sheet)).rows).toEqual([
      {row: 1, values: [1, 2]},
      {row: 4, values: [null, null, 3, 4]},
      {row: 5, values: [5]},
    ])
  })

  it('turns broken XML into XLSX_PARSE_FAILED naming the file and the part', async () => {
    const error = await readRows('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></worksheet>').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('XLSX_PARSE_FAILED')
    expect((error as ScannerError).message).toMatch(/^test\.xlsx is damaged: its part sheet1\.xml/)
  })
})

describe('decodeValue', () => {
  it('keeps numbers that do not parse and out-of-range shared strings from breaking the row', () => {
    expect(decodeValue('n', 'abc', 0, decoding)).toBe('abc')
    expect(decodeValue('', '', 0, decoding)).toBeNull()
    expect(decodeValue('s', '99', 0, decoding)).toBeNull()
    expect(decodeValue('n', '1e3', 0, decoding)).toBe(1000)
    // a serial outside Excel's date range stays a number
    expect(decodeValue('n', '-5', 1, decoding)).toBe(-5)
    expect(decodeValue('d', 'kein Datum', 0, decoding)).toBe('kein Datum')
    expect(decodeValue('d', '2023-12-31', 0, decoding)).toEqual(date('2023-12-31T00:00:00Z'))
    expect(decodeValue('d', '2023-12-31T10:00:00+02:00', 0, decoding)).toEqual(date('2023-12-31T08:00:00Z'))
  })

  it('uses the 1904 date system when the workbook does', () => {
    expect(decodeValue('n', '0', 1, {...decoding, date1904: true})).toEqual(date('1904-01-01T00:00:00Z'))
  })
})
