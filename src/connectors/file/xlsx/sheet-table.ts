/**
 * One worksheet as a TableSource. The first rows are buffered to find the header (title rows and blank
 * rows above it, merged group cells, 2-row headers); then the sample is read ahead and every later row
 * streams in batches, padded to the header's width. Rows beyond the sample are never held.
 */
import {SAMPLE_ROWS, type ColumnSpec, type RawValue, type RowBatch, type TableFacts, type TableSource} from '../../connector.js'
import type {FindingDraft} from '../../../findings/finding-draft.js'
import {findingDraft} from '../../../findings/finding-params.js'
import {detectHeader} from '../header-detection.js'
import {rangeName} from './cell-ref.js'
import {fillMergedCells} from './merged-header.js'
import type {SheetRow, SheetRowReader} from './sheet-rows.js'
import type {SheetSurvey} from './sheet-survey.js'
import type {SheetInfo} from './workbook-catalog.js'

/** non-blank rows buffered for header detection */
export const HEAD_ROWS = 50
const BATCH_ROWS = 1024
const MAX_MERGE_EXAMPLES = 5

export interface SheetTableInput {
  sheet: SheetInfo
  survey: SheetSurvey
  reader: SheetRowReader
  /** uncompressed size of the sheet's XML, the unit of RowBatch.bytes */
  totalBytes: number
  /** releases the sheet's stream (when the table is left before its rows were read to the end) */
  release: () => void
}

/** Reads the head and the sample of a sheet; null when the sheet holds no non-empty row at all. */
export async function openSheetTable(input: SheetTableInput): Promise<SheetTable | null> {
  const cursor = new RowCursor(input.reader)
  const head: RawValue[][] = []
  const headRows: number[] = []
  let previous = 0
  for (let taken = 0; taken < HEAD_ROWS; taken++) {
    const row = await cursor.next()
    if (row === null) break
    // one empty row stands for each gap, so the detection sees where blank rows separate blocks
    if (previous > 0 && row.row > previous + 1) {
      head.push([])
      headRows.push(previous + 1)
    }
    head.push(row.values)
    headRows.push(row.row)
    previous = row.row
  }
  if (head.length === 0) return null

  const detection = detectHeader(fillMergedCells(head, headRows, input.survey.merges), {maxScan: head.length})
  const headerIndex = detection.headerIndex
  const dataFrom = headerIndex !== null ? headerIndex + 1 : Math.max(-1, ...detection.notesAbove) + 1
  const table = new SheetTable(input, cursor, {
    names: detection.names,
    headerRow: headerIndex === null ? null : headRows[headerIndex],
    notesRows: detection.notesAbove.filter((i) => head[i].length > 0).map((i) => headRows[i]),
    duplicateNames: detection.duplicateNames,
  })
  for (let i = dataFrom; i < head.length; i++) {
    if (head[i].length > 0) table.takeSampleRow({row: headRows[i], values: head[i]})
  }
  while (table.sample.length < SAMPLE_ROWS) {
    const row = await cursor.next()
    if (row === null) break
    table.takeSampleRow(row)
  }
  return table
}

interface HeaderLayout {
  names: string[]
  headerRow: number | null
  /** sheet rows of the titles and notes above the header (blank rows not included) */
  notesRows: number[]
  /** header names that occurred more than once (before they were made unique) */
  duplicateNames: string[]
}

export class SheetTable implements TableSource {
  readonly name: string
  readonly columns: ColumnSpec[]
  readonly headerRow: number | null
  readonly sample: RawValue[][] = []
  readonly sourceTyped = true
  /** xlsx stores numbers as numbers: no decimal separator to guess */
  readonly decimalSeparator = '.' as const
  readonly totalBytes: number
  /** fully blank rows between the header and the last data row, skipped */
  blankRowsInData = 0

  private readonly width: number
  private lastDataRow: number
  private rowsStarted = false
  private bytesReported = 0

  constructor(
    private readonly input: SheetTableInput,
    private readonly cursor: RowCursor,
    private readonly layout: HeaderLayout,
  ) {
    this.name = input.sheet.name
    this.columns = layout.names.map((name) => ({name}))
    this.headerRow = layout.headerRow
    this.totalBytes = input.totalBytes
    this.width = layout.names.length
    this.lastDataRow = layout.headerRow ?? 0
  }

  /** @internal adds one row of the read-ahead to the sample */
  takeSampleRow(row: SheetRow): void {
    this.sample.push(this.dataRow(row))
  }

  async *rows(): AsyncGenerator<RowBatch, void, undefined> {
    if (this.rowsStarted) throw new Error(`rows() of sheet ${this.name} was called twice`)
    this.rowsStarted = true
    try {
      for (let i = 0; i < this.sample.length; i += BATCH_ROWS) {
        yield {rows: this.sample.slice(i, i + BATCH_ROWS), bytes: i === 0 ? this.takeBytes() : 0}
      }
      let batch: RawValue[][] = []
      for await (const rows of this.cursor.rest()) {
        for (let i = 0; i < rows.length; i++) batch.push(this.dataRow(rows[i]))
        if (batch.length >= BATCH_ROWS) {
          yield {rows: batch, bytes: this.takeBytes()}
          batch = []
        }
      }
      if (batch.length > 0 || this.bytesReported < this.input.reader.bytesRead) yield {rows: batch, bytes: this.takeBytes()}
    } finally {
      this.input.release()
    }
  }

  facts(): TableFacts {
    const {sheet, survey, reader} = this.input
    const where = {table: this.name}
    const findings: FindingDraft[] = []
    if (sheet.state !== 'visible') findings.push(findingDraft('HIDDEN_SHEET', 'warning', {sheet: sheet.name}, where))
    if (this.layout.notesRows.length > 0) {
      const params = {lines: this.layout.notesRows.length, ...(this.headerRow === null ? {} : {headerLine: this.headerRow})}
      const draft = findingDraft('NOTES_ABOVE_HEADER', 'warning', params, where)
      draft.data.rows = this.layout.notesRows
      findings.push(draft)
    }
    if (this.headerRow === null) findings.push(findingDraft('NO_HEADER', 'warning', {columns: this.width}, where))
    if (this.layout.duplicateNames.length > 0) {
      findings.push(findingDraft('DUPLICATE_COLUMN_NAMES', 'warning', {names: this.layout.duplicateNames}, where))
    }
    // merged ranges reaching below the header (or, without one, below the notes) lie in the data
    const dataAfter = this.headerRow ?? Math.max(0, ...this.layout.notesRows)
    const inData = survey.merges.filter((m) => m.bottom > dataAfter)
    const mergedInData = inData.length + (survey.mergeCount - survey.merges.length)
    if (mergedInData > 0) {
      const draft = findingDraft('MERGED_CELLS_IN_DATA', 'warning', {count: mergedInData}, where)
      draft.data.ranges = mergedInData
      draft.data.examples = inData.slice(0, MAX_MERGE_EXAMPLES).map(rangeName)
      findings.push(draft)
    }
    if (reader.formulaCells > 0) {
      const share = reader.valueCells > 0 ? reader.formulaCells / reader.valueCells : null
      const draft = findingDraft('FORMULAS', 'info', {cells: reader.formulaCells, share}, where)
      draft.data.formulaCells = reader.formulaCells
      draft.data.totalCells = reader.valueCells
      findings.push(draft)
    }
    return {
      findings,
      sheet: {
        hidden: sheet.state !== 'visible',
        mergedCellsInData: mergedInData,
        formulaCells: reader.formulaCells,
        totalCells: reader.valueCells,
      },
    }
  }

  /** Pads a row to the header's width (empty cells at the end are not stored in xlsx). Longer rows stay
   * longer, so that the engine reports cells beside the table instead of dropping them. */
  private dataRow(row: SheetRow): RawValue[] {
    if (row.row > this.lastDataRow + 1 && this.lastDataRow > 0) this.blankRowsInData += row.row - this.lastDataRow - 1
    this.lastDataRow = row.row
    const values = row.values
    while (values.length < this.width) values.push(null)
    return values
  }

  private takeBytes(): number {
    const now = this.input.reader.bytesRead
    const delta = now - this.bytesReported
    this.bytesReported = now
    return delta
  }
}

/** Row-at-a-time access to the reader's batches for the head and sample, then the rest in batches. */
class RowCursor {
  private readonly batches: AsyncGenerator<SheetRow[], void, undefined>
  private pending: SheetRow[] = []
  private index = 0

  constructor(reader: SheetRowReader) {
    this.batches = reader.batches()
  }

  async next(): Promise<SheetRow | null> {
    while (this.index >= this.pending.length) {
      const step = await this.batches.next()
      if (step.done) return null
      this.pending = step.value
      this.index = 0
    }
    return this.pending[this.index++]
  }

  /** the rows not taken with next(): first the rest of the current batch, then the following batches */
  async *rest(): AsyncGenerator<SheetRow[], void, undefined> {
    if (this.index < this.pending.length) yield this.pending.slice(this.index)
    this.pending = []
    this.index = 0
    for (;;) {
      const step = await this.batches.next()
      if (step.done) return
      yield step.value
    }
  }
}
