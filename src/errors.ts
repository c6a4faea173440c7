/**
 * Typed errors with stable codes. Every error a user can see carries a code from this closed list,
 * a message that names the file/table and the problem, and optional suggestions (what to do).
 */

export const ExitCode = {
  /** scan finished (and thresholds met) */
  Ok: 0,
  /** scan finished but a --fail-under threshold was missed */
  ThresholdMissed: 1,
  /** usage or configuration error */
  Usage: 2,
  /** at least one source could not be read; the report was still produced for the others */
  SourceFailed: 3,
  /** internal error (a bug in datenreife) */
  Internal: 10,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

export type ScannerErrorCode =
  | 'USAGE'
  | 'SOURCE_NOT_FOUND'
  | 'SOURCE_UNREADABLE'
  | 'SOURCE_VANISHED'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_TRUNCATED'
  | 'FILE_ENCRYPTED'
  | 'FILE_NOT_ZIP'
  | 'RECORD_TOO_LARGE'
  | 'CSV_PARSE_FAILED'
  | 'XLSX_PARSE_FAILED'
  | 'UNSUPPORTED_FORMAT'
  | 'OUTPUT_WRITE_FAILED'
  | 'CONFIG_INVALID'
  | 'DB_HOST_UNREACHABLE'
  | 'DB_AUTH_FAILED'
  | 'DB_NOT_FOUND'
  | 'DB_PERMISSION_DENIED'
  | 'DB_TIMEOUT'
  | 'DB_CONNECTION_LOST'
  | 'DB_QUERY_FAILED'
  | 'DB_DRIVER_MISSING'
  | 'REPORT_INVALID'
  | 'INTERNAL'

export interface ScannerErrorDetails {
  cause?: unknown
  suggestions?: string[]
  /** the file, table or source the error is about (already redacted) */
  location?: string
}

export class ScannerError extends Error {
  readonly code: ScannerErrorCode
  readonly suggestions: string[]
  readonly location?: string

  constructor(code: ScannerErrorCode, message: string, details: ScannerErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : {cause: details.cause})
    this.name = 'ScannerError'
    this.code = code
    this.suggestions = details.suggestions ?? []
    this.location = details.location
  }

  /** The exit code this error maps to when it ends the whole command. */
  get exitCode(): ExitCode {
    switch (this.code) {
      case 'USAGE':
      case 'CONFIG_INVALID':
      // the report could not be written where --out points: a usage problem, not an unreadable source
      case 'OUTPUT_WRITE_FAILED':
        return ExitCode.Usage
      case 'INTERNAL':
      case 'REPORT_INVALID':
        return ExitCode.Internal
      default:
        return ExitCode.SourceFailed
    }
  }

  /** Wraps anything thrown into a ScannerError; foreign errors become INTERNAL unless a known I/O code maps. */
  static from(err: unknown, location?: string): ScannerError {
    if (err instanceof ScannerError) return err
    const e = err as NodeJS.ErrnoException | undefined
    const where = location ? `${location}: ` : ''
    switch (e?.code) {
      case 'ENOENT':
        return new ScannerError('SOURCE_NOT_FOUND', `${where}the file or folder does not exist.`, {
          cause: err,
          location,
          suggestions: ['Check the path and spelling; quote paths that contain spaces.'],
        })
      case 'EACCES':
      case 'EPERM':
        return new ScannerError('SOURCE_UNREADABLE', `${where}permission denied while reading.`, {
          cause: err,
          location,
          suggestions: ['Run the scan with an account that may read this file, or copy it somewhere readable.'],
        })
      case 'EISDIR':
        return new ScannerError('SOURCE_UNREADABLE', `${where}is a folder, not a file.`, {cause: err, location})
      case 'EIO':
      case 'EBUSY':
        return new ScannerError('SOURCE_UNREADABLE', `${where}the file could not be read (${e.code}).`, {
          cause: err,
          location,
          suggestions: ['Close programs that lock the file (Excel) and check the network share.'],
        })
      default:
        return new ScannerError('INTERNAL', `${where}${e?.message ?? String(err)}`, {cause: err, location})
    }
  }
}
