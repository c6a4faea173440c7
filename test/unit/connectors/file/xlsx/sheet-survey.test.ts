import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {surveyChunks} from '../../../../../src/connectors/file/xlsx/sheet-survey.js'

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="main"><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" s="3"/></row>',
  '</sheetData><mergeCells count="3"><mergeCell ref="A1:I1"/><mergeCell  ref="F4:I4" />',
  '<mergeCell\nref="A489:A490"/></mergeCells><hyperlinks/></worksheet>',
].join('')

async function* chunksOf(text: string, cuts: number[]): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8')
  let from = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue
    yield bytes.subarray(from, cut)
    from = cut
  }
  yield bytes.subarray(from)
}

describe('surveyChunks', () => {
  it('finds values and merged ranges', async () => {
    const survey = await surveyChunks(chunksOf(SHEET, []))
    expect(survey.hasValues).toBe(true)
    expect(survey.mergeCount).toBe(3)
    expect(survey.merges).toEqual([
      {top: 1, left: 0, bottom: 1, right: 8},
      {top: 4, left: 5, bottom: 4, right: 8},
      {top: 489, left: 0, bottom: 490, right: 0},
    ])
  })

  it('finds the same however the XML is split into chunks', async () => {
    const whole = await surveyChunks(chunksOf(SHEET, []))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({min: 1, max: SHEET.length - 1}), {maxLength: 40}), async (cuts) => {
        expect(await surveyChunks(chunksOf(SHEET, cuts))).toEqual(whole)
      }),
    )
  })

  it('takes a sheet of styled but empty cells for empty, and reads prefixed elements', async () => {
    const empty = '<worksheet><sheetData><row r="1"><c r="A1" s="4"/></row></sheetData></worksheet>'
    expect((await surveyChunks(chunksOf(empty, []))).hasValues).toBe(false)
    const prefixed = '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C3"/></x:mergeCells></x:worksheet>'
    const survey = await surveyChunks(chunksOf(prefixed, []))
    expect(survey.hasValues).toBe(true)
    expect(survey.merges).toEqual([{top: 2, left: 1, bottom: 3, right: 2}])
  })

  it('counts a formula without a cached result as a value', async () => {
    const formulaOnly = '<worksheet><sheetData><row r="1"><c r="A1"><f>1+1</f></c></row></sheetData></worksheet>'
    expect((await surveyChunks(chunksOf(formulaOnly, []))).hasValues).toBe(true)
  })
})
