/**
 * Connectors: where data comes from. A connector never knows what an analyzer measures; it yields a
 * catalog (tables, columns, facts) and raw rows. One file per source kind, registered in registry.ts.
 */
import type {CsvDialect, DatevFormat, FileFacts, SourceKind, WorkbookFacts} from '../report/scan-report.js'
import type {FindingDraft} from '../findings/finding-draft.js'

/** A value as a source delivers it: CSV gives strings, xlsx gives typed values, null for absent. */
export type RawValue = string | number | boolean | Date | null

export interface RowBatch {
  rows: RawValue[][]
  /** bytes of the source consumed for these rows (for progress); 0 when unknown */
  bytes: number
}

/**
 * Rows of a CSV byte range where a record without quotes may still be unsplit: such a row is the record's
 * text, its fields separated by `delimiter` (one character), and the engine parses the fields where they
 * stand (TableFolder.addRows). Only readCsvRange with `unsplit` yields these.
 */
export interface RecordBatch {
  rows: (RawValue[] | string)[]
  bytes: number
  delimiter: string
}

export interface ColumnSpec {
  name: string
  declaredType?: string
}

/** Facts that are known only after all rows of a table have been read. */
export interface TableFacts {
  findings: FindingDraft[]
  sheet?: {hidden: boolean; mergedCellsInData: number; formulaCells: number; totalCells: number}
}

export interface TableSource {
  name: string
  columns: ColumnSpec[]
  /** 1-based row (xlsx) or physical line (csv) of the header; null when there is none */
  headerRow: number | null
  /** the first data rows (at most SAMPLE_ROWS); rows() yields them again */
  sample: RawValue[][]
  /** the source types its values (xlsx, databases); CSV does not */
  sourceTyped: boolean
  /** the decimal separator the source most likely uses ("," for German exports) */
  decimalSeparator: ',' | '.'
  /** total bytes of the table's data, for progress estimates; undefined when unknown */
  totalBytes?: number
  /** every data row, starting with the sample rows */
  rows(): AsyncIterable<RowBatch>
  /** rows() with records left unsplit where the engine can split them itself (CSV; see RecordBatch) */
  records?(): AsyncIterable<RecordBatch>
  /** findings and facts gathered while reading (valid after rows() finished) */
  facts(): TableFacts
  /** present when the table can be read in independent byte ranges (worker threads) */
  parallel?: ParallelCapable
  /**
   * byte sequences that are not valid in the file's encoding (read as U+FFFD): those above the data,
   * plus those of rows() once it has been consumed; byte ranges report theirs in CsvRangeResult
   */
  encodingIssues?(): EncodingIssues
}

export interface EncodingIssues {
  count: number
  /** file offset of the first one; -1 when there is none */
  firstByte: number
}

/** Serializable description of one byte range of a CSV table, readable in a worker thread. */
export interface CsvRangeSpec {
  path: string
  dialect: CsvDialect
  columnCount: number
  /** byte offset where the range starts; the reader skips to the first record start at or after it */
  start: number
  /** byte offset where the range ends; the reader finishes the record that straddles it */
  end: number
  /** true for the first range: `start` is a known record start (no skipping) */
  startsAtRecord: boolean
}

export interface ParallelCapable {
  totalBytes: number
  /**
   * split the data part into about `parts` ranges; with `firstShare` (0..1) the first range gets that
   * share of the bytes and the others split the rest evenly
   */
  ranges(parts: number, firstShare?: number): CsvRangeSpec[]
}

export interface SourceFacts {
  kind: SourceKind
  file?: FileFacts
  dialect?: CsvDialect
  datev?: DatevFormat
  workbook?: WorkbookFacts
  findings: FindingDraft[]
}

export interface SourceReader {
  readonly kind: SourceKind
  readonly location: string
  /** reads what is needed to know the source (encoding, dialect, sheets); throws ScannerError */
  open(): Promise<SourceFacts>
  /** the tables, one after another; each table's rows must be consumed before asking for the next */
  tables(): AsyncIterable<TableSource>
  close(): Promise<void>
}

export const SAMPLE_ROWS = 1000
