/**
 * The CSV/TSV/TXT-export connector: one file, one table named after the file. open() sniffs the layout
 * (csv-head.ts) and reads the sample; rows() streams every data row again from the data start.
 */
import {stat} from 'node:fs/promises'
import {basename} from 'node:path'
import {SAMPLE_ROWS, type CsvRangeSpec, type RecordBatch, type RowBatch, type SourceFacts, type SourceReader, type TableSource} from '../../connector.js'
import type {FindingDraft} from '../../../findings/finding-draft.js'
import type {CsvDialect} from '../../../report/scan-report.js'
import {ScannerError} from '../../../errors.js'
import {analyzeHead, type CsvLayout} from './csv-head.js'
import {guessDecimalSeparator} from './decimal-separator.js'
import type {CsvEncoding} from './encoding.js'
import {streamRecords, type RecordStream} from './record-stream.js'
import {addEncodingIssues} from '../../encoding-issues.js'

export interface CsvReaderOptions {
  delimiter?: string
  encoding?: CsvDialect['encoding']
}

interface OpenedCsv {
  layout: CsvLayout
  dialect: CsvDialect
  sample: string[][]
  sizeBytes: number
}

export function createCsvReader(path: string, opts: CsvReaderOptions = {}): SourceReader {
  const fileName = basename(path)
  let opened: OpenedCsv | null = null

  const reader: SourceReader = {
    kind: 'csv',
    location: path,

    async open(): Promise<SourceFacts> {
      const info = await stat(path).catch((error: unknown) => {
        throw ScannerError.from(error, fileName)
      })
      if (info.isDirectory()) throw ScannerError.from(Object.assign(new Error('EISDIR'), {code: 'EISDIR'}), fileName)
      if (info.size === 0) {
        throw new ScannerError('FILE_EMPTY', `${fileName} is empty (0 bytes): there is nothing to scan.`, {
          location: fileName,
          suggestions: ['Export the data again; an export that was interrupted or found no records leaves an empty file.'],
        })
      }
      const layout = await analyzeHead(path, fileName, info.size, opts)
      const sample = await readSample(path, fileName, layout)
      const dialect: CsvDialect = {
        encoding: layout.encoding.encoding,
        bom: layout.encoding.bom,
        delimiter: layout.dialect.delimiter,
        quote: layout.dialect.quote,
        lineEnding: layout.dialect.lineEnding,
        headerLine: layout.headerLine,
        linesAboveHeader: layout.linesAboveHeader,
        decimalSeparator: guessDecimalSeparator(sample, layout.dialect.delimiter),
      }
      opened = {layout, dialect, sample, sizeBytes: info.size}
      const facts: SourceFacts = {
        kind: 'csv',
        file: {sizeBytes: info.size, modifiedAt: info.mtime.toISOString()},
        dialect,
        findings: layoutFindings(fileName, layout),
      }
      if (layout.datev) facts.datev = layout.datev
      return facts
    },

    async *tables(): AsyncIterable<TableSource> {
      if (!opened) throw new Error(`createCsvReader(${fileName}): open() must be called before tables()`)
      const {layout, dialect, sample, sizeBytes} = opened
      const dataBytes = Math.max(0, sizeBytes - layout.dataStartByte)
      let stream: RecordStream | undefined
      const table: TableSource = {
        name: fileName,
        columns: layout.names.map((name) => ({name})),
        headerRow: layout.headerLine,
        sample,
        sourceTyped: false,
        decimalSeparator: dialect.decimalSeparator,
        totalBytes: dataBytes,
        rows(): AsyncIterable<RowBatch> {
          stream = streamRecords({path, fileName, encoding: dialect.encoding, tokenizer: layout.tokenizer, start: layout.dataStartByte})
          return stream.batches
        },
        records(): AsyncIterable<RecordBatch> {
          const records = streamRecords({path, fileName, encoding: dialect.encoding, tokenizer: layout.tokenizer, start: layout.dataStartByte, unsplit: true})
          stream = records
          const delimiter = layout.tokenizer.delimiter
          return (async function* () {
            for await (const batch of records.batches) yield {rows: batch.rows, bytes: batch.bytes, delimiter}
          })()
        },
        encodingIssues: () => {
          const issues = {...layout.invalidAboveData}
          if (stream) addEncodingIssues(issues, stream.invalidSequences())
          return issues
        },
        // ragged rows and repeated headers are counted by the engine; the layout findings come with open()
        facts: () => ({findings: []}),
      }
      if (canReadInRanges(layout)) {
        table.parallel = {
          totalBytes: dataBytes,
          ranges: (parts, firstShare) => splitRanges(path, dialect, layout, sizeBytes, parts, firstShare),
        }
      }
      yield table
    },

    async close(): Promise<void> {
      opened = null
    },
  }
  return reader
}

async function readSample(path: string, fileName: string, layout: CsvLayout): Promise<string[][]> {
  const stream = streamRecords({
    path,
    fileName,
    encoding: layout.encoding.encoding,
    tokenizer: layout.tokenizer,
    start: layout.dataStartByte,
    limit: SAMPLE_ROWS,
    batchRows: SAMPLE_ROWS,
  })
  const sample: string[][] = []
  for await (const batch of stream.batches) for (const row of batch.rows) sample.push(row as string[])
  return sample
}

/** UTF-16 has no byte-exact line starts and a record terminator is not part of CsvDialect */
function canReadInRanges(layout: CsvLayout): boolean {
  const encoding: CsvEncoding = layout.encoding.encoding
  return encoding !== 'utf-16le' && encoding !== 'utf-16be' && !layout.dialect.recordSuffix
}

function splitRanges(
  path: string,
  dialect: CsvDialect,
  layout: CsvLayout,
  sizeBytes: number,
  parts: number,
  firstShare?: number,
): CsvRangeSpec[] {
  const start = layout.dataStartByte
  const total = sizeBytes - start
  const count = Math.max(1, Math.min(Math.floor(parts), Math.ceil(total / 65536)))
  // the first range's end, then the others in equal steps
  const firstEnd = count > 1 && firstShare !== undefined ? start + Math.round(total * Math.min(1, Math.max(0, firstShare))) : start + Math.ceil(total / count)
  const step = count > 1 ? Math.ceil((sizeBytes - firstEnd) / (count - 1)) : 0
  const ranges: CsvRangeSpec[] = []
  for (let k = 0; k < count; k++) {
    const from = k === 0 ? start : firstEnd + (k - 1) * step
    if (from >= sizeBytes && k > 0) break
    ranges.push({
      path,
      dialect,
      columnCount: layout.names.length,
      start: from,
      end: Math.min(sizeBytes, k === 0 ? firstEnd : from + step),
      startsAtRecord: k === 0,
    })
  }
  return ranges
}

function layoutFindings(table: string, layout: CsvLayout): FindingDraft[] {
  const findings: FindingDraft[] = []
  if (layout.datev) {
    const d = layout.datev
    findings.push({
      code: 'DATEV_EXPORT',
      severity: 'info',
      table,
      data: {
        marker: d.marker,
        category: d.category,
        formatName: d.formatName,
        formatVersion: d.formatVersion,
        versionNumber: d.versionNumber,
        fiscalYearStart: d.fiscalYearStart ?? null,
        periodFrom: d.periodFrom ?? null,
        periodTo: d.periodTo ?? null,
      },
    })
  }
  if (layout.noteLines.length > 0) {
    findings.push({
      code: 'NOTES_ABOVE_HEADER',
      severity: 'warning',
      table,
      data: {lines: layout.noteLines, count: layout.noteLines.length, headerLine: layout.headerLine, linesAboveHeader: layout.linesAboveHeader},
    })
  }
  if (layout.headerLine === null) {
    findings.push({code: 'NO_HEADER', severity: 'warning', table, data: {columns: layout.names.length}})
  }
  if (layout.duplicateNames.length > 0) {
    findings.push({code: 'DUPLICATE_COLUMN_NAMES', severity: 'warning', table, data: {names: layout.duplicateNames}})
  }
  return findings
}
