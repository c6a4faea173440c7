/**
 * The row pass: folds raw rows through every analyzer. This is the hot loop of a file scan, so it works
 * on preallocated Cell objects and plain index loops. A TableFold is mergeable like the states inside it,
 * which lets worker threads fold byte ranges independently.
 */
import type {ColumnAnalyzer, TableAnalyzer, TableContext} from '../analyzers/analyzer.js'
import {COLUMN_ANALYZERS, TABLE_ANALYZERS} from '../analyzers/registry.js'
import type {EncodingIssues, RawValue} from '../connectors/connector.js'
import {addEncodingIssues} from '../connectors/encoding-issues.js'
import {emptyCell, Kind, Missing, type SpanCell} from '../values/cell.js'
import {parseCell, parseNextField} from '../values/cell-parser.js'
import {isSpaceCode} from '../values/missing.js'
import type {TablePlan} from './table-plan.js'

export interface FoldCounters {
  rows: number
  /** rows with fewer cells than the header (padded with nulls) */
  shortRows: number
  /** rows with more cells than the header (extra cells are not profiled) */
  longRows: number
  /** the header line again inside the data (glued exports); not counted as rows */
  repeatedHeaderRows: number
  /** rows whose cells are all empty (separator lines); not counted as rows */
  blankRows: number
  /** one-cell text rows after the last data row (footnotes, "Quelle: …"); not counted as rows */
  notesBelowRows: number
  /** byte sequences invalid in the file's encoding (read as U+FFFD) and the offset of the first, or -1 */
  invalidEncodingBytes: number
  firstInvalidByte: number
}

/** a run of longer than this many one-cell rows is data (a sparse table), not footnotes */
const MAX_HELD_NOTE_ROWS = 50

export interface TableFoldState {
  counters: FoldCounters
  /** [analyzer][column]: each analyzer gets a row's cells in one call (see ColumnAnalyzer.addColumns) */
  columnStates: unknown[][]
  /** [analyzer] */
  tableStates: unknown[]
}

export class TableFolder {
  readonly state: TableFoldState
  private readonly cells: SpanCell[]
  private readonly columnAnalyzers: readonly ColumnAnalyzer<unknown, object>[]
  private readonly tableAnalyzers: readonly TableAnalyzer<unknown, object>[]
  private readonly headerFirst: string | undefined
  private readonly headerNames: readonly string[]
  private readonly hints
  /** one-cell text rows that are footnotes if no data row follows them */
  private held: (readonly RawValue[])[] = []
  /** set by holds(): held rows were folded, the current row must be parsed again */
  private reparse = false

  constructor(
    readonly plan: TablePlan,
    readonly context: TableContext,
  ) {
    this.columnAnalyzers = COLUMN_ANALYZERS
    this.tableAnalyzers = TABLE_ANALYZERS
    this.cells = plan.columns.map(() => emptyCell())
    this.hints = plan.columns.map((c) => c.hints)
    this.headerNames = plan.headerNames
    this.headerFirst = plan.headerNames.length > 1 ? plan.headerNames[0] : undefined
    this.state = {
      counters: {rows: 0, shortRows: 0, longRows: 0, repeatedHeaderRows: 0, blankRows: 0, notesBelowRows: 0, invalidEncodingBytes: 0, firstInvalidByte: -1},
      columnStates: this.columnAnalyzers.map((a) => plan.columns.map((col) => a.empty(col))),
      tableStates: this.tableAnalyzers.map((a) => a.empty(context)),
    }
  }

  /**
   * `rows` may hold unsplit records (strings: a CSV record without quotes, fields separated by the
   * one-character `delimiter`, see RecordBatch); their fields are parsed where they stand.
   */
  addRows(rows: readonly (readonly RawValue[] | string)[], delimiter = ''): void {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]
      if (typeof row === 'string') this.addRecord(row, delimiter)
      else this.addRow(row, true)
    }
  }

  /**
   * Ends the pass. Only the last part of a table may drop one-cell rows at its end as footnotes; a byte
   * range in the middle of a file folds them as data, because the next range continues the table.
   */
  finish(isLastPart: boolean): void {
    const held = this.held
    this.held = []
    if (isLastPart) this.state.counters.notesBelowRows += held.length
    else for (const row of held) this.addRow(row, false)
  }

  private addRow(row: readonly RawValue[], mayHold: boolean): void {
    const {cells, hints} = this
    const counters = this.state.counters
    const width = cells.length
    if (this.headerFirst !== undefined && row[0] === this.headerFirst && this.isHeaderAgain(row)) {
      counters.repeatedHeaderRows++
      return
    }
    let present = 0
    let lastPresent = -1
    for (let c = 0; c < width; c++) {
      const cell = cells[c]
      parseCell(c < row.length ? row[c] : null, hints[c], cell)
      if (cell.missing !== Missing.Empty && cell.missing !== Missing.Null) {
        present++
        lastPresent = c
      }
    }
    if (present === 0 && !hasContentBeyond(row, width)) {
      counters.blankRows++
      return
    }
    if (mayHold && this.holds(row, present, lastPresent)) {
      // the shared cells were overwritten by held rows folded just now: parse this row again
      if (this.held.length === 0 && this.reparse) for (let c = 0; c < width; c++) parseCell(c < row.length ? row[c] : null, hints[c], cells[c])
      else return
    }
    if (row.length !== width) {
      if (row.length < width) counters.shortRows++
      else if (hasContentBeyond(row, width)) counters.longRows++
    }
    this.foldCells()
  }

  /**
   * addRow for an unsplit record: each field is parsed where it stands in `record` (no string per
   * field), with the same outcome as addRow(record.split(delimiter)), which the rare paths (a repeated
   * header, a held note row) still take.
   */
  private addRecord(record: string, delimiter: string): void {
    const {cells, hints} = this
    const counters = this.state.counters
    const width = cells.length
    const first = this.headerFirst
    // the first field equals the header's first name: let addRow decide on the split record
    if (first !== undefined && record.startsWith(first) && (record.length === first.length || record.startsWith(delimiter, first.length))) {
      this.addRow(record.split(delimiter), true)
      return
    }
    const fields = this.parseRecord(record, delimiter)
    let present = 0
    let lastPresent = -1
    for (let c = 0; c < width; c++) {
      const missing = cells[c].missing
      if (missing !== Missing.Empty && missing !== Missing.Null) {
        present++
        lastPresent = c
      }
    }
    const beyond = fields > width && contentBeyondField(record, delimiter, width)
    if (present === 0 && !beyond) {
      counters.blankRows++
      return
    }
    if (present === 1 || this.held.length > 0) {
      if (this.holds(null, present, lastPresent, fields, record, delimiter)) {
        if (this.held.length === 0 && this.reparse) this.parseRecord(record, delimiter)
        else return
      }
    }
    if (fields !== width) {
      if (fields < width) counters.shortRows++
      else if (beyond) counters.longRows++
    }
    this.foldCells()
  }

  /** parses the fields of `record` into the cells (missing ones as null) and returns the field count */
  private parseRecord(record: string, delimiter: string): number {
    const {cells, hints} = this
    const width = cells.length
    const code = delimiter.charCodeAt(0)
    const end = record.length
    let pos = 0
    for (let c = 0; c < width; c++) {
      const next = parseNextField(record, pos, code, hints[c], cells[c])
      if (next === end) {
        for (let k = c + 1; k < width; k++) parseCell(null, hints[k], cells[k])
        return c + 1
      }
      pos = next + 1
    }
    // a delimiter follows the last column: past the header's width only the count of fields matters
    return width + 1 + countChar(record, pos, end, code)
  }

  /**
   * The footnote logic: holds a one-cell text row (true: the caller returns), or, at the first data row
   * after held rows, folds those and returns true with `reparse` set (the caller parses its row again,
   * as the held rows overwrote the shared cells). `row` null: the row is `record`, split only if held.
   */
  private holds(
    row: readonly RawValue[] | null,
    present: number,
    lastPresent: number,
    fields = row?.length ?? 0,
    record = '',
    delimiter = '',
  ): boolean {
    this.reparse = false
    const width = this.cells.length
    if (present === 1 && width >= 3 && lastPresent <= 1 && this.cells[lastPresent].kind === Kind.Text && fields <= width) {
      if (this.held.length < MAX_HELD_NOTE_ROWS) {
        this.held.push(row ?? record.split(delimiter))
        return true
      }
    }
    // a data row: the one-cell rows before it were part of the table after all
    if (this.held.length > 0) {
      const held = this.held
      this.held = []
      for (const h of held) this.addRow(h, false)
      this.reparse = true
      return true
    }
    return false
  }

  private foldCells(): void {
    const {cells, columnAnalyzers, tableAnalyzers} = this
    const {counters, columnStates, tableStates} = this.state
    for (let a = 0; a < columnAnalyzers.length; a++) columnAnalyzers[a].addColumns(columnStates[a], cells)
    for (let t = 0; t < tableAnalyzers.length; t++) tableAnalyzers[t].addRow(tableStates[t], cells)
    counters.rows++
  }

  private isHeaderAgain(row: readonly RawValue[]): boolean {
    const names = this.headerNames
    for (let c = 0; c < names.length; c++) {
      const v = c < row.length ? row[c] : null
      if (typeof v !== 'string' || v.trim() !== names[c]) return false
    }
    return true
  }
}

/** hasContentBeyond for an unsplit record: a field after the first `width` holds more than whitespace */
function contentBeyondField(record: string, delimiter: string, width: number): boolean {
  const code = delimiter.charCodeAt(0)
  let pos = 0
  for (let c = 0; c < width; c++) pos = record.indexOf(delimiter, pos) + 1
  for (let i = pos; i < record.length; i++) {
    const ch = record.charCodeAt(i)
    if (ch !== code && !isSpaceCode(ch)) return true
  }
  return false
}

function countChar(text: string, start: number, end: number, code: number): number {
  let n = 0
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) n++
  return n
}

/** CSV exports often end rows with extra empty delimiters; only non-empty extra cells make a row long. */
function hasContentBeyond(row: readonly RawValue[], width: number): boolean {
  for (let c = width; c < row.length; c++) {
    const v = row[c]
    if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) return true
  }
  return false
}

/** Merges fold states of the same plan (from workers); consumes both arguments. */
export function mergeFoldStates(plan: TablePlan, a: TableFoldState, b: TableFoldState): TableFoldState {
  const counters: FoldCounters = {
    rows: a.counters.rows + b.counters.rows,
    shortRows: a.counters.shortRows + b.counters.shortRows,
    longRows: a.counters.longRows + b.counters.longRows,
    repeatedHeaderRows: a.counters.repeatedHeaderRows + b.counters.repeatedHeaderRows,
    blankRows: a.counters.blankRows + b.counters.blankRows,
    notesBelowRows: a.counters.notesBelowRows + b.counters.notesBelowRows,
    invalidEncodingBytes: 0,
    firstInvalidByte: -1,
  }
  addEncodingIssuesTo(counters, {count: a.counters.invalidEncodingBytes, firstByte: a.counters.firstInvalidByte})
  addEncodingIssuesTo(counters, {count: b.counters.invalidEncodingBytes, firstByte: b.counters.firstInvalidByte})
  const columnStates = COLUMN_ANALYZERS.map((an, i) => plan.columns.map((_, c) => an.merge(a.columnStates[i][c], b.columnStates[i][c])))
  const tableStates = TABLE_ANALYZERS.map((an, i) => an.merge(a.tableStates[i], b.tableStates[i]))
  return {counters, columnStates, tableStates}
}

/** counts the encoding problems a reader reported into the fold's counters */
export function addEncodingIssuesTo(counters: FoldCounters, issues: EncodingIssues | undefined): void {
  const total = {count: counters.invalidEncodingBytes, firstByte: counters.firstInvalidByte}
  addEncodingIssues(total, issues)
  counters.invalidEncodingBytes = total.count
  counters.firstInvalidByte = total.firstByte
}
