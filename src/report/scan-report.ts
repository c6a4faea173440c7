/**
 * The ScanReport: the stable JSON contract (DESIGN.md). `schemas/scan-report.schema.json` describes the
 * same shape; a test keeps both in step. Field names here are part of the contract: rename nothing.
 */

import type {PiiCategory} from '../analyzers/personal-data/categories.js'
import type {PersonalDataSummary, PersonalDataView} from './personal-data-report.js'
import type {HurdleId, HurdleScore} from '../scoring/model.js'
import type {Recommendation} from '../scoring/recommendations.js'
import type {ReadinessLevel} from '../scoring/readiness-level.js'
import type {UseCaseResult} from '../scoring/use-cases/use-case-model.js'

export type * from './personal-data-report.js'

export const SCHEMA_VERSION = '1.3.0'

export type Lang = 'de' | 'en'
export type SourceKind = 'csv' | 'xlsx' | 'xls' | 'folder' | DatabaseKind
export type DatabaseKind = 'postgres' | 'mysql' | 'mssql' | 'sqlite'
export type SourceStatus = 'ok' | 'failed'
export type InferredType = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'text' | 'empty' | 'mixed'
export type Severity = 'info' | 'warning' | 'error'

export interface ScanReport {
  schemaVersion: string
  tool: {name: string; version: string}
  scan: {id: string; startedAt: string; finishedAt: string; durationMs: number; lang: Lang}
  sources: SourceReport[]
  /** one per folder given on the command line: the raw material of the "Datenpfützen" score */
  folders: FolderInventory[]
  /** the three hurdles (docs/scoring.md); filled when the scan is scored */
  scores: Partial<Record<HurdleId, HurdleScore>>
  useCases: UseCaseResult[]
  findings: Finding[]
  recommendations: Recommendation[]
  /** the DSGVO view over all sources: which tables hold which personal-data categories, and what follows */
  personalData?: PersonalDataView
}


export interface ReportError {
  code: string
  message: string
  suggestions?: string[]
}

export interface FileFacts {
  sizeBytes: number
  modifiedAt: string
  sha256?: string
}

export interface CsvDialect {
  encoding: 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'utf-16le' | 'utf-16be'
  bom: boolean
  delimiter: string
  quote: string | null
  lineEnding: 'crlf' | 'lf' | 'cr' | 'mixed'
  /** 1-based physical line of the header row; null when the file has no header row */
  headerLine: number | null
  /** lines above the header row that are notes/titles (e.g. "Export vom 01.02.2024") */
  linesAboveHeader: number
  decimalSeparator: ',' | '.'
}

export interface DatevFormat {
  /** EXTF (made by external software) or DTVF (made by DATEV) */
  marker: 'EXTF' | 'DTVF'
  versionNumber: number | null
  category: number | null
  formatName: string
  formatVersion: number | null
  createdAt?: string
  consultantNumber?: string
  clientNumber?: string
  /** WJ-Beginn as ISO date yyyy-mm-dd */
  fiscalYearStart?: string
  accountLength?: number
  periodFrom?: string
  periodTo?: string
  currency?: string
}

export interface WorkbookFacts {
  sheetCount: number
  hiddenSheets: string[]
  /** sheets without any data (chart-only, empty) */
  emptySheets: string[]
}

export interface SourceReport {
  id: string
  kind: SourceKind
  /** path or redacted URI; never carries credentials */
  location: string
  status: SourceStatus
  error?: ReportError
  /** the folder (FolderInventory.id) this file was found in */
  folderId?: string
  file?: FileFacts
  system?: SystemFacts
  /** databases only: what the catalog says */
  database?: DatabaseFacts
  dialect?: CsvDialect
  datev?: DatevFormat
  workbook?: WorkbookFacts
  tables: TableReport[]
  findings: Finding[]
  durationMs?: number
  /** the DSGVO view of this source alone */
  personalData?: PersonalDataSummary
  /** Data Readiness Level band (C / B / A after Lawrence) with the reasons (src/scoring/readiness-level.ts) */
  readiness?: ReadinessLevel
}

export interface SystemFacts {
  /** "PostgreSQL", "MariaDB", "MySQL", "Microsoft SQL Server", "SQLite" */
  engine: string
  version?: string
  edition?: string
  /** whether the vendor still supports this version */
  support?: {status: 'supported' | 'unsupported' | 'unknown'; product: string; endOfSupport?: string; note?: string}
  /** SQL Server Express: the size cap per database */
  sizeCapBytes?: number
  /** the ERP system recognised from table-name signatures */
  erp?: ErpFacts
}

export interface ErpFacts {
  name: string
  /** 0..1 */
  confidence: number
  evidence: string[]
  /** a well-known sample database (Northwind, Sakila), not a production ERP */
  sample?: boolean
  /** core entity → tables ("customers": ["dbo.OCRD"]) */
  entities: Record<string, string[]>
}

export interface DatabaseFacts {
  name: string
  encoding?: string
  collation?: string
  sizeBytes?: number
  /** the account the scan ran as (never a password) */
  user?: string
  /** the session was read-only as far as the engine tells */
  readOnlySession: boolean
  schemas: string[]
  tableCount: number
  viewCount: number
  /** views (qualified names; listed, not profiled) */
  views: string[]
  /** rows per table read for the value analyzers (type inference, formats, top values) */
  sampleRowsPerTable: number
  /** statements the scan ran against the database */
  statementCount: number
  /** table (qualified) → role inferred from its name (customers, orders, …) */
  tableRoles: Record<string, string>
}

export interface ForeignKeyReport {
  columns: string[]
  references: {schema: string | null; table: string; columns: string[]}
  /** declared in the catalog; false: inferred from names and types */
  declared: boolean
  /** why an undeclared key was inferred */
  reason?: string
  /** child rows whose key has no parent row; null when not checked (time budget, error) */
  orphanRows: number | null
  /** masked examples of orphan key values */
  examples?: string[]
}

export interface HistoryDepth {
  column: string
  /** earliest and latest value (yyyy-mm-dd) */
  earliest: string
  latest: string
  /** months from the first to the last month with rows, both included */
  monthsSpanned: number
  monthsWithRows: number
  /** months in between without any row */
  gapMonths: number
  /** the first gap months (yyyy-mm), at most 24 */
  gaps: string[]
}

export interface TopValue {
  value: string
  count: number
}

export interface FormatCount {
  /** e.g. "dd.mm.yyyy", "yyyy-mm-dd", "1.234,56", "1,234.56", "ja/nein" */
  format: string
  count: number
}

export interface ColumnReport {
  name: string
  /** 0-based position in the table */
  position: number
  declaredType?: string
  /** databases: the column allows NULL */
  nullable?: boolean
  defaultValue?: string
  comment?: string
  inferredType: InferredType
  /** how many non-missing values parsed as each kind */
  typeCounts: Partial<Record<'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'text', number>>
  nullCount: number
  /** empty strings and whitespace-only values */
  emptyCount: number
  placeholderCount: number
  /** which placeholders were seen and how often ("k.A.": 12) */
  placeholders?: Record<string, number>
  /** share of rows with a real value, 0..1; null when the table has no rows */
  completeness: number | null
  distinctCount: number
  distinctApprox: boolean
  min?: string | number
  max?: string | number
  minLength?: number
  maxLength?: number
  formats?: FormatCount[]
  topValues?: TopValue[]
  /** values typed by the source (xlsx numbers) vs. text that only looks typed */
  textualNumbers?: number
  pii: PiiFinding[]
}

export interface PiiFinding {
  category: PiiCategory
  confidence: number
  matchShare: number
  evidence: string[]
  examples?: string[]
}

export interface KeyCandidate {
  columns: string[]
  /** true when no value repeats and none is missing */
  unique: boolean
  distinctCount: number
  distinctApprox: boolean
  missingCount: number
  /** values that occur more than once */
  duplicatedValues: number
  /** rows beyond the first occurrence of each duplicated value */
  surplusRows: number
  examples?: string[]
}

export interface EntityDuplicateGroup {
  /** the normalised key all variants share */
  key: string
  variants: string[]
  rows: number
}

export interface LikelyEntityDuplicates {
  /** the name/address-like columns the entity key was built from */
  columns: string[]
  /** groups of rows that normalise to the same entity but are written differently */
  groups: number
  /** rows in those groups beyond the first of each group */
  surplusRows: number
  examples: EntityDuplicateGroup[]
}

export interface TableDuplicates {
  /** surplus copies: rows identical to an earlier row */
  exactRows: number
  /** distinct rows that occur more than once */
  duplicatedRowGroups: number
  exactRowShare: number | null
  candidateKeys: KeyCandidate[]
  likelyEntities?: LikelyEntityDuplicates
}

export interface TableReport {
  name: string
  schema?: string
  rowCount: number
  columnCount: number
  sampled: boolean
  sampleRows?: number
  /** 1-based row/line in the file where the header was found (null: no header row) */
  headerRow?: number | null
  /** databases: base table or view */
  kind?: 'table' | 'view'
  /** databases: the catalog's row estimate, data size, storage engine, collation, comment */
  rowEstimate?: number | null
  sizeBytes?: number | null
  engine?: string
  collation?: string
  comment?: string
  /** the table's role inferred from ERP recognition or its name (customers, orders, …) */
  role?: string
  primaryKey?: string[]
  uniqueConstraints?: string[][]
  indexes?: Array<{name: string; columns: string[]; unique: boolean; primary: boolean}>
  foreignKeys?: ForeignKeyReport[]
  /** date columns of transaction-like tables: how far back the data goes and where months are missing */
  history?: HistoryDepth[]
  /** profiling stopped early (time budget, or a step failed); `skipped` names the steps left out */
  partial?: {reason: 'table-budget' | 'source-budget' | 'error'; skipped: string[]}
  /** the table could not be read at all */
  error?: ReportError
  duplicates: TableDuplicates
  columns: ColumnReport[]
  /** workbook sheets only */
  sheet?: {hidden: boolean; mergedCellsInData: number; formulaCells: number; formulaShare: number | null}
  findings: Finding[]
}

export type FindingCode =
  | 'EMPTY_TABLE'
  | 'EMPTY_COLUMN'
  | 'CONSTANT_COLUMN'
  | 'LOW_COMPLETENESS'
  | 'MIXED_TYPES'
  | 'MIXED_DATE_FORMATS'
  | 'MIXED_NUMBER_FORMATS'
  | 'NUMBERS_AS_TEXT'
  | 'PLACEHOLDERS'
  | 'REPEATED_HEADER'
  | 'NOTES_ABOVE_HEADER'
  | 'NOTES_BELOW_DATA'
  | 'NO_HEADER'
  | 'DUPLICATE_COLUMN_NAMES'
  | 'RAGGED_ROWS'
  | 'DUPLICATE_ROWS'
  | 'DUPLICATE_KEY_VALUES'
  | 'LIKELY_DUPLICATE_ENTITIES'
  | 'DATEV_EXPORT'
  | 'HIDDEN_SHEET'
  | 'MERGED_CELLS_IN_DATA'
  | 'FORMULAS'
  | 'UNSUPPORTED_FORMAT'
  | 'DUPLICATE_FILES'
  | 'VERSIONED_COPIES'
  | 'SIMILAR_HEADERS'
  | 'STALE_FILES'
  | 'MORE_COLUMN_FINDINGS'
  | 'PERSONAL_DATA'
  | 'SPECIAL_CATEGORY_DATA'
  | 'INVALID_ENCODING_BYTES'
  | 'SOURCE_FAILED'
  | 'NO_PRIMARY_KEY'
  | 'ORPHAN_ROWS'
  | 'UNDECLARED_FOREIGN_KEYS'
  | 'HISTORY_GAPS'
  | 'MYISAM_TABLES'
  | 'UNSUPPORTED_VERSION'
  | 'EXPRESS_SIZE_CAP'
  | 'TABLE_PARTIAL'
  | 'TABLE_FAILED'
  | 'SESSION_NOT_READ_ONLY'
  | 'ERP_RECOGNIZED'

export interface Finding {
  code: FindingCode
  severity: Severity
  /** human sentence in the report language */
  message: string
  source?: string
  table?: string
  column?: string
  /** the measured numbers behind the message */
  data?: Record<string, unknown>
}

export interface FolderFile {
  path: string
  kind: SourceKind | 'other'
  sizeBytes: number
  modifiedAt: string
}

export interface FolderInventory {
  id: string
  location: string
  fileCount: number
  totalBytes: number
  byKind: Record<string, {files: number; bytes: number}>
  /** data files that were scanned as sources */
  scannedFiles: number
  oldestModifiedAt?: string
  newestModifiedAt?: string
  /** how many files were last changed in each age band */
  ageBands: {under30Days: number; under1Year: number; under3Years: number; over3Years: number}
  /** the same bytes stored more than once */
  duplicateContent: Array<{sha256: string; sizeBytes: number; paths: string[]}>
  /** file names that look like hand-made copies (Kopie, _v2, _final, (1), _alt) */
  versionedCopies: Array<{base: string; paths: string[]}>
  /** tables in different files whose headers (nearly) match: the same entity kept in several spreadsheets */
  similarHeaders: Array<{similarity: number; tables: Array<{source: string; path: string; table: string}>; columns: string[]}>
  findings: Finding[]
}
