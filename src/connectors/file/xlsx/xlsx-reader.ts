/**
 * Excel workbooks (.xlsx, .xlsm) as sources: every worksheet with cells is a table named after it.
 *
 * open() checks what the file really is (zip, password-protected, Excel 97–2003, not a workbook at
 * all), reads the zip directory and the workbook catalog, and surveys each worksheet (values? merged
 * ranges?). tables() then streams one worksheet at a time straight from its zip entry; the whole
 * workbook is never loaded, and only the shared strings and a flag per cell style stay in memory.
 */
import type {Readable} from 'node:stream'
import type {SourceFacts, SourceReader, TableSource} from '../../connector.js'
import {ScannerError} from '../../../errors.js'
import type {FindingDraft} from '../../../findings/finding-draft.js'
import {findingDraft} from '../../../findings/finding-params.js'
import type {SourceKind, WorkbookFacts} from '../../../report/scan-report.js'
import {readDateStyles} from './date-styles.js'
import {inspectWorkbookFile, type WorkbookFileInfo} from './file-signature.js'
import {readSharedStrings} from './shared-strings.js'
import {SheetRowReader, type CellDecoding} from './sheet-rows.js'
import {surveySheet, type SheetSurvey} from './sheet-survey.js'
import {openSheetTable} from './sheet-table.js'
import {readWorkbookCatalog, type SheetInfo, type WorkbookCatalog} from './workbook-catalog.js'
import {
  emptyWorkbookError,
  encryptedError,
  legacyXlsError,
  notAWorkbookError,
  notZipError,
  partReadError,
  textNamedXlsError,
} from './xlsx-errors.js'
import {ZipArchive} from './zip-archive.js'

export function createXlsxReader(path: string): SourceReader {
  return new XlsxReader(path)
}

/**
 * Excel 97–2003 workbooks (BIFF): no well-kept reader exists for Node (the `xlsx` package on npm is
 * stale and has known vulnerabilities), so open() explains how to convert the file. A file named .xls
 * that is really an .xlsx (it happens) is read as one.
 */
export function createXlsReader(path: string): SourceReader {
  return new LegacyXlsReader(path)
}

interface OpenWorkbook {
  zip: ZipArchive
  catalog: WorkbookCatalog
  surveys: Map<SheetInfo, SheetSurvey>
  workbook: WorkbookFacts
}

class XlsxReader implements SourceReader {
  readonly kind: SourceKind = 'xlsx'
  private opened: OpenWorkbook | null = null
  private decoding: CellDecoding | null = null
  private readonly streams = new Set<Readable>()

  constructor(readonly location: string) {}

  async open(): Promise<SourceFacts> {
    const file = await inspectWorkbookFile(this.location, this.location)
    if (file.container !== 'zip') throw unreadableContainer(file, this.location, 'xlsx')
    return this.openZip(file)
  }

  /** @internal the zip part of open(), after the file was found to be a zip archive */
  async openZip(file: WorkbookFileInfo): Promise<SourceFacts> {
    const zip = await ZipArchive.open(this.location, this.location).catch((e: unknown) => {
      throw ScannerError.from(e, this.location)
    })
    const catalog = await readWorkbookCatalog(zip)
    const surveys = new Map<SheetInfo, SheetSurvey>()
    for (const sheet of catalog.sheets) {
      if (sheet.kind === 'worksheet' && sheet.part !== null) surveys.set(sheet, await surveySheet(zip, sheet.part))
    }
    const isEmpty = (sheet: SheetInfo): boolean => !surveys.get(sheet)?.hasValues
    const workbook: WorkbookFacts = {
      sheetCount: catalog.sheets.length,
      hiddenSheets: catalog.sheets.filter((s) => s.state !== 'visible').map((s) => s.name),
      emptySheets: catalog.sheets.filter(isEmpty).map((s) => s.name),
    }
    this.opened = {zip, catalog, surveys, workbook}
    // a hidden sheet with a table gets HIDDEN_SHEET (a warning) on that table; one without cells only
    // here, on the source, as information: it hides nothing
    const findings: FindingDraft[] = catalog.sheets
      .filter((s) => s.state !== 'visible' && isEmpty(s))
      .map((s) => findingDraft('HIDDEN_SHEET', 'info', {sheet: s.name}))
    return {kind: 'xlsx', file: {sizeBytes: file.sizeBytes, modifiedAt: file.modifiedAt}, workbook, findings}
  }

  async *tables(): AsyncGenerator<TableSource, void, undefined> {
    const opened = this.opened
    if (!opened) throw new Error(`tables() of ${this.location} before open()`)
    for (const sheet of opened.catalog.sheets) {
      const survey = opened.surveys.get(sheet)
      if (!survey?.hasValues || sheet.part === null) continue
      const part = sheet.part
      const decoding = this.decoding ?? (this.decoding = await this.loadDecoding(opened))
      const stream = await opened.zip.openPart(part)
      this.streams.add(stream)
      const release = (): void => {
        stream.destroy()
        this.streams.delete(stream)
      }
      const reader = new SheetRowReader(stream, decoding, (e, fromParser) => partReadError(this.location, part, e, fromParser))
      let table
      try {
        table = await openSheetTable({sheet, survey, reader, totalBytes: opened.zip.get(part)?.uncompressedSize ?? 0, release})
      } catch (error) {
        release()
        throw error
      }
      if (table === null) {
        // cells exist but none holds more than an empty string: as good as empty (the facts handed out
        // by open() are this same object, so the report sees the addition)
        release()
        opened.workbook.emptySheets.push(sheet.name)
        continue
      }
      try {
        yield table
      } finally {
        release()
      }
    }
  }

  async close(): Promise<void> {
    for (const stream of this.streams) stream.destroy()
    this.streams.clear()
  }

  private async loadDecoding(opened: OpenWorkbook): Promise<CellDecoding> {
    const {zip, catalog} = opened
    return {
      sharedStrings: catalog.sharedStringsPart ? await readSharedStrings(zip, catalog.sharedStringsPart) : [],
      dateStyles: catalog.stylesPart ? await readDateStyles(zip, catalog.stylesPart) : new Uint8Array(0),
      date1904: catalog.date1904,
    }
  }
}

class LegacyXlsReader implements SourceReader {
  readonly kind: SourceKind = 'xls'
  private delegate: XlsxReader | null = null

  constructor(readonly location: string) {}

  async open(): Promise<SourceFacts> {
    const file = await inspectWorkbookFile(this.location, this.location)
    if (file.container !== 'zip') throw unreadableContainer(file, this.location, 'xls')
    this.delegate = new XlsxReader(this.location)
    return this.delegate.openZip(file)
  }

  async *tables(): AsyncGenerator<TableSource, void, undefined> {
    if (this.delegate) yield* this.delegate.tables()
  }

  async close(): Promise<void> {
    await this.delegate?.close()
  }
}

/** The error for a file that is no zip archive, worded for the extension it carries. */
function unreadableContainer(file: WorkbookFileInfo, location: string, named: 'xlsx' | 'xls'): ScannerError {
  switch (file.container) {
    case 'empty':
      return emptyWorkbookError(location)
    case 'encrypted':
      return encryptedError(location)
    case 'xls':
      return legacyXlsError(location, named === 'xlsx')
    case 'compound':
      return named === 'xls'
        ? legacyXlsError(location, false)
        : notAWorkbookError(location, 'an OLE2 compound document (a Word 97–2003 file, for example)')
    case 'text':
      return named === 'xls' ? textNamedXlsError(location) : notZipError(location, true)
    default:
      return named === 'xls' ? notAWorkbookError(location, 'a binary file of an unknown kind') : notZipError(location, false)
  }
}
