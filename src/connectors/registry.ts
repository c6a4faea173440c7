/**
 * Source kind → reader factory. One line per kind; the engine never imports a connector directly.
 */
import type {DatabaseKind, SourceKind} from '../report/scan-report.js'
import type {SourceReader} from './connector.js'
import {createCsvReader} from './file/csv/csv-reader.js'
import {createXlsReader, createXlsxReader} from './file/xlsx/xlsx-reader.js'

type FileKind = Exclude<SourceKind, 'folder' | DatabaseKind>

const FILE_READERS: Record<FileKind, (path: string) => SourceReader> = {
  csv: (path) => createCsvReader(path),
  xlsx: (path) => createXlsxReader(path),
  xls: (path) => createXlsReader(path),
}

export function createFileReader(kind: FileKind, path: string): SourceReader {
  return FILE_READERS[kind](path)
}
