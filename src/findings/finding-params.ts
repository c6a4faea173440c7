import type {FindingCode, Severity} from '../report/scan-report.js'
import type {FindingDraft} from './finding-draft.js'

/**
 * The measured numbers each finding carries in `data`: the keys the wording in src/i18n reads. Whoever
 * emits a draft (rules here, connectors, the engine, the folder inventory) should fill these keys;
 * the wording still produces a sensible sentence when an optional key is missing.
 */
export interface FindingParams {
  EMPTY_TABLE: {columns: number}
  EMPTY_COLUMN: {rows: number}
  /** `value` is the single value when known (from topValues or min = max) */
  CONSTANT_COLUMN: {value: string | null; count: number}
  /** completeness is a share 0..1; missing = null + empty + placeholder cells */
  LOW_COMPLETENESS: {completeness: number; missing: number; rows: number}
  /** values[i] was seen counts[i] times, most frequent first */
  PLACEHOLDERS: {count: number; values: string[]; counts: number[]}
  /** value kinds (integer, decimal, boolean, date, datetime, text) with their counts, most frequent first */
  MIXED_TYPES: {kinds: string[]; counts: number[]}
  MIXED_DATE_FORMATS: {formats: string[]; counts: number[]}
  MIXED_NUMBER_FORMATS: {formats: string[]; counts: number[]}
  /** database: a database column (the advice is a column type, not Excel); rows are then the sample's */
  NUMBERS_AS_TEXT: {count: number; rows: number; database?: boolean}
  /** count = data rows that repeat the header; lines = some of their 1-based lines */
  REPEATED_HEADER: {count: number; lines?: number[]}
  /**
   * lines = how many note/title lines stand above the header; headerLine is 1-based. The wording also
   * reads `count` (or `linesAboveHeader`) first, for producers that send `lines` as the line numbers.
   */
  NOTES_BELOW_DATA: {count: number}
  NOTES_ABOVE_HEADER: {lines: number; headerLine?: number}
  NO_HEADER: {columns?: number}
  DUPLICATE_COLUMN_NAMES: {names: string[]}
  /** rows with fewer / more fields than the header's `columns`; lines = some of their 1-based lines */
  RAGGED_ROWS: {shortRows: number; longRows: number; columns: number; lines?: number[]}
  /** rows = surplus copies; groups = distinct rows occurring more than once; share of all rows */
  DUPLICATE_ROWS: {rows: number; groups: number; share: number | null}
  DUPLICATE_KEY_VALUES: {
    columns: string[]
    duplicatedValues: number
    surplusRows: number
    missing: number
    examples: string[]
  }
  /** example = the differently written variants of one group */
  LIKELY_DUPLICATE_ENTITIES: {columns: string[]; groups: number; surplusRows: number; example: string[]}
  DATEV_EXPORT: {
    marker: string
    formatName: string
    category: number | null
    formatVersion: number | null
    fiscalYearStart?: string
  }
  /** the sheet is the draft's table; `sheet` may name it when the draft has no table */
  HIDDEN_SHEET: {sheet?: string}
  /** examples = cell ranges such as "C4:C28" */
  MERGED_CELLS_IN_DATA: {count: number; examples?: string[]}
  /** cells holding a formula and their share of all non-empty cells of the sheet */
  FORMULAS: {cells: number; share: number | null}
  /** the file that was not read (relative to its folder) and its kind/extension ("xls") */
  UNSUPPORTED_FORMAT: {file: string; kind: string}
  /**
   * files = all files in the groups, surplusFiles/surplusBytes = the copies beyond the first of each
   * group; examples = one group each, paths joined with " = "
   */
  DUPLICATE_FILES: {groups: number; files: number; surplusFiles: number; surplusBytes: number; examples: string[]}
  /** bases = the name the copies share; examples = one group each, paths joined with ", " */
  VERSIONED_COPIES: {groups: number; files: number; bases: string[]; examples: string[]}
  /** tables = tables involved; examples = one group each, "file › sheet" names joined with " ~ " */
  SIMILAR_HEADERS: {groups: number; tables: number; minSimilarity: number; examples: string[]}
  /** staleFiles = data files last changed more than a year ago, out of dataFiles; share = their share */
  STALE_FILES: {
    dataFiles: number
    staleFiles: number
    share: number
    over3Years: number
    oldestModifiedAt: string | null
    newestModifiedAt: string | null
  }
  /**
   * a source that could not be read: `source` (engine) or `file` (folder walk) names it; `code` is the
   * ScannerError code, or `errno`/`reason` from the folder walk
   */
  MORE_COLUMN_FINDINGS: {code: string; count: number; columns: string[]}
  /** the table's personal-data categories (contract codes) and the columns holding them */
  PERSONAL_DATA: {categories: string[]; columns: string[]}
  SPECIAL_CATEGORY_DATA: {categories: string[]; columns: string[]}
  INVALID_ENCODING_BYTES: {count: number; firstByte: number}
  SOURCE_FAILED: {
    source?: string
    file?: string
    code?: string
    errno?: string | null
    reason?: string
    message: string
  }
  /** databases (src/engine/database/: database-plan, database-table-scan, database-source-scan) */
  NO_PRIMARY_KEY: {rows: number}
  /** references = "table(col, …)"; examples are masked key values */
  ORPHAN_ROWS: {columns: string[]; references: string; orphanRows: number; declared: boolean; examples: string[]}
  /** examples = "auftrag.kunden_nr → kunde.nr" */
  UNDECLARED_FOREIGN_KEYS: {count: number; examples: string[]}
  /** earliest/latest as yyyy-mm-dd; gaps = the first missing months (yyyy-mm) */
  HISTORY_GAPS: {column: string; earliest: string; latest: string; monthsSpanned: number; gapMonths: number; gaps: string[]}
  MYISAM_TABLES: {count: number; tables: string[]}
  UNSUPPORTED_VERSION: {product: string; version: string; endOfSupport: string | null}
  EXPRESS_SIZE_CAP: {sizeBytes: number; capBytes: number; share: number}
  /** reason: table-budget | source-budget | error; skipped = steps left out */
  TABLE_PARTIAL: {reason: string; skipped: string[]; budgetMs: number}
  TABLE_FAILED: {code: string; message: string}
  SESSION_NOT_READ_ONLY: {engine: string}
  ERP_RECOGNIZED: {name: string; confidence: number; evidence: string[]; sample: boolean}
}

/** Builds a draft whose `data` is checked against FindingParams at compile time. */
export function findingDraft<C extends FindingCode>(
  code: C,
  severity: Severity,
  data: FindingParams[C],
  where: {table?: string; column?: string} = {},
): FindingDraft {
  const draft: FindingDraft = {code, severity, data: data as FindingDraft['data']}
  if (where.table !== undefined) draft.table = where.table
  if (where.column !== undefined) draft.column = where.column
  return draft
}
