/**
 * The errors a workbook can fail with, worded once: each names the file, says what is wrong and what to
 * do. Readers throw these instead of letting zip, zlib or XML errors (with their stack traces) escape.
 */
import {ScannerError} from '../../../errors.js'

const SAVE_AS_XLSX = 'Open it in Excel and save it as .xlsx (Datei > Speichern unter > Excel-Arbeitsmappe).'

export function emptyWorkbookError(location: string): ScannerError {
  return new ScannerError('FILE_EMPTY', `${location} is empty (0 bytes): there is no workbook in it.`, {
    location,
    suggestions: ['Export or copy the workbook again; the last copy was probably interrupted.'],
  })
}

export function notZipError(location: string, looksLikeText: boolean): ScannerError {
  const hint = looksLikeText
    ? ' It holds plain text; if it is a CSV export, rename it to .csv.'
    : ' It is some other binary format.'
  return new ScannerError(
    'FILE_NOT_ZIP',
    `${location} is not an Excel workbook: an .xlsx file is a zip archive, and this file is not one.${hint}`,
    {location, suggestions: [SAVE_AS_XLSX]},
  )
}

export function truncatedError(location: string): ScannerError {
  return new ScannerError(
    'FILE_TRUNCATED',
    `${location} is cut off: the zip archive of the workbook ends early (an interrupted download or copy).`,
    {location, suggestions: ['Copy or download the file again and compare its size with the original.']},
  )
}

export function encryptedError(location: string): ScannerError {
  return new ScannerError(
    'FILE_ENCRYPTED',
    `${location} is password-protected. Remove the password in Excel (Datei > Informationen > Arbeitsmappe schützen) or export the sheet as CSV.`,
    {location},
  )
}

/** An Excel 97–2003 (BIFF) workbook; `renamed` when it carries an .xlsx name. */
export function legacyXlsError(location: string, renamed: boolean): ScannerError {
  const what = renamed
    ? 'is an Excel 97–2003 workbook (.xls) with an .xlsx name'
    : 'is an Excel 97–2003 workbook (.xls)'
  return new ScannerError('UNSUPPORTED_FORMAT', `${location} ${what}, which datenreife cannot read. ${SAVE_AS_XLSX}`, {
    location,
  })
}

/** A file of another kind under a workbook's name; `what` says what it is instead. */
export function notAWorkbookError(location: string, what: string): ScannerError {
  return new ScannerError('UNSUPPORTED_FORMAT', `${location} is ${what}, not an Excel workbook.`, {
    location,
    suggestions: ['Check that this is the file you meant; export the data from its program as .xlsx or .csv.'],
  })
}

export function textNamedXlsError(location: string): ScannerError {
  return new ScannerError(
    'UNSUPPORTED_FORMAT',
    `${location} is named .xls but holds text, not an Excel workbook (some programs write HTML or CSV exports under that name). If it is delimited text, rename it to .csv; otherwise ${SAVE_AS_XLSX[0].toLowerCase()}${SAVE_AS_XLSX.slice(1)}`,
    {location},
  )
}

export function damagedError(location: string, part: string, detail: string, cause?: unknown): ScannerError {
  return new ScannerError('XLSX_PARSE_FAILED', `${location} is damaged: its part ${part} cannot be read (${detail}).`, {
    location,
    cause,
    suggestions: ['Open it in Excel, which may offer to repair it, and save it again.'],
  })
}

export function vanishedError(location: string, cause?: unknown): ScannerError {
  return new ScannerError('SOURCE_VANISHED', `${location} was removed or changed while it was being scanned.`, {
    location,
    cause,
    suggestions: ['Scan it again when no one is writing to the file.'],
  })
}

/**
 * Maps an error met while reading one part (file system, zlib, the XML parser) to a ScannerError.
 * `fromXmlParser`: the error came out of the SAX parser's iteration, so an error without a system code
 * is an XML syntax error; anywhere else such an error is a programming error and stays INTERNAL.
 */
export function partReadError(location: string, part: string, error: unknown, fromXmlParser = false): ScannerError {
  if (error instanceof ScannerError) return error
  const e = error as NodeJS.ErrnoException | undefined
  const code = typeof e?.code === 'string' ? e.code : ''
  if (code === 'ENOENT') return vanishedError(location, error)
  if (code.startsWith('Z_')) return damagedError(location, part, 'its compressed data is corrupt', error)
  if (code !== '') return ScannerError.from(error, location)
  if (fromXmlParser && error instanceof Error) return damagedError(location, part, `invalid XML: ${error.message}`, error)
  return ScannerError.from(error, location)
}
