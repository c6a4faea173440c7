import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {RawValue, TableSource} from '../../../src/connectors/connector.js'
import {mergeFoldStates, TableFolder, type TableFoldState} from '../../../src/engine/table-fold.js'
import {planTable, tableContextFromPlan, type TablePlan} from '../../../src/engine/table-plan.js'
import {buildTableReport} from '../../../src/engine/table-report-builder.js'

function source(header: string[], rows: RawValue[][]): TableSource {
  return {
    name: 'kunden.csv',
    columns: header.map((name) => ({name})),
    headerRow: 1,
    sample: rows.slice(0, 1000),
    sourceTyped: false,
    decimalSeparator: ',',
    rows: async function* () {
      yield {rows, bytes: 0}
    },
    facts: () => ({findings: []}),
  }
}

function fold(plan: TablePlan, rows: RawValue[][], isLastPart = true): TableFoldState {
  const folder = new TableFolder(plan, tableContextFromPlan(plan))
  folder.addRows(rows)
  folder.finish(isLastPart)
  return folder.state
}

const HEADER = ['Kundennummer', 'Name', 'Ort', 'Umsatz']

describe('TableFolder', () => {
  it('counts rows and skips blank rows, a repeated header and footnotes below the data', () => {
    const rows: RawValue[][] = [
      ['1', 'Müller GmbH', 'Köln', '1.234,56'],
      ['', '', '', ''],
      ['Kundennummer', 'Name', 'Ort', 'Umsatz'],
      ['2', 'Schmidt KG', 'Berlin', '99,5'],
      ['3', 'Weiß AG'],
      ['4', 'Özdemir e.K.', 'Bonn', '1,5', 'überzählig'],
      ['Quelle: Warenwirtschaft'],
      ['1) vorläufige Zahlen'],
    ]
    const plan = planTable(source(HEADER, rows))
    const state = fold(plan, rows)
    expect(state.counters).toEqual({rows: 4, shortRows: 1, longRows: 1, repeatedHeaderRows: 1, blankRows: 1, notesBelowRows: 2, invalidEncodingBytes: 0, firstInvalidByte: -1})
  })

  it('folds one-cell rows as data when a data row follows them', () => {
    const rows: RawValue[][] = [
      ['1', 'Müller GmbH', 'Köln', '10'],
      ['Zwischenüberschrift'],
      ['2', 'Schmidt KG', 'Berlin', '20'],
    ]
    const state = fold(planTable(source(HEADER, rows)), rows)
    expect(state.counters.rows).toBe(3)
    expect(state.counters.notesBelowRows).toBe(0)
  })

  it('keeps trailing one-cell rows of a middle byte range as data (the next range continues the table)', () => {
    const rows: RawValue[][] = [['1', 'Müller GmbH', 'Köln', '10'], ['Zwischenüberschrift']]
    const state = fold(planTable(source(HEADER, rows)), rows, false)
    expect(state.counters).toMatchObject({rows: 2, notesBelowRows: 0})
  })

  it('merging the folds of any split gives the report of one fold (all analyzers, end to end)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'k.A.', '-', 'n/a', 'Müller GmbH', 'Mueller GmbH', 'Köln', '01067', 'ja', 'nein'),
      fc.integer({min: -5000, max: 5000}).map(String),
      fc.integer({min: 1, max: 28}).map((d) => `${String(d).padStart(2, '0')}.03.2024`),
      fc.integer({min: 1, max: 28}).map((d) => `2024-03-${String(d).padStart(2, '0')}`),
      fc.double({min: -1e5, max: 1e5, noNaN: true}).map((v) => v.toFixed(2).replace('.', ',')),
    )
    const row = fc.array(cell, {minLength: 4, maxLength: 4})
    fc.assert(
      fc.property(fc.array(row, {minLength: 0, maxLength: 60}), fc.nat(), (rows, at) => {
        const plan = planTable(source(HEADER, rows))
        const context = tableContextFromPlan(plan)
        const cut = rows.length === 0 ? 0 : at % (rows.length + 1)
        const whole = buildTableReport(plan, context, fold(plan, rows), 1, {findings: []})
        const merged = mergeFoldStates(plan, fold(plan, rows.slice(0, cut), false), fold(plan, rows.slice(cut)))
        const parts = buildTableReport(plan, context, merged, 1, {findings: []})
        expect(parts).toEqual(whole)
      }),
      {numRuns: 60},
    )
  })

  it('unsplit records (RecordBatch) fold to the same state and report as their split rows', () => {
    // fields without the delimiter; whitespace, placeholders, the header's names, one-cell note rows,
    // short and long rows, blank records and a header repeated inside the data
    const field = fc.oneof(
      fc.constantFrom('', ' ', '\u00a0', 'k.A.', '-', 'Müller GmbH', 'Kundennummer', 'Name', 'Ort', 'Umsatz', 'Quelle: ERP', '01067', 'ja', '😀x'),
      fc.integer({min: -5000, max: 5000}).map(String),
      fc.integer({min: 1, max: 28}).map((d) => `${String(d).padStart(2, '0')}.03.2024`),
      fc.double({min: -1e5, max: 1e5, noNaN: true}).map((v) => v.toFixed(2).replace('.', ',')),
    )
    const record: fc.Arbitrary<string[]> = fc.oneof(
      {weight: 6, arbitrary: fc.array(field, {minLength: 1, maxLength: 7})},
      {weight: 1, arbitrary: fc.constant(null).map(() => [...HEADER])},
      {weight: 1, arbitrary: fc.constantFrom(['Kundennummer'], ['Kundennummer', 'Name', 'Ort', 'Umsatz', '']).map((r) => [...r])},
    )
    fc.assert(
      fc.property(fc.array(record, {maxLength: 40}), fc.boolean(), (records, isLastPart) => {
        const plan = planTable(source(HEADER, records))
        const context = tableContextFromPlan(plan)
        const split = fold(plan, records, isLastPart)
        const folder = new TableFolder(plan, context)
        folder.addRows(records.map((r) => r.join(';')), ';')
        folder.finish(isLastPart)
        expect(folder.state.counters).toEqual(split.counters)
        const a = buildTableReport(plan, context, folder.state, 1, {findings: []})
        const b = buildTableReport(plan, context, split, 1, {findings: []})
        expect(a).toEqual(b)
      }),
      {numRuns: 300},
    )
  })
})
