import type {FindingCode, Severity} from '../report/scan-report.js'

/**
 * Every FindingCode of the contract as a runtime list (the type alone cannot be iterated). The
 * compile-time check below fails when scan-report.ts gains a code that is missing here, so catalogues,
 * the JSON Schema and tests that iterate this list stay complete.
 */
/** the findings only database sources produce (their wording lives in i18n/{de,en}-database.ts) */
export const DATABASE_FINDING_CODES = [
  'NO_PRIMARY_KEY',
  'ORPHAN_ROWS',
  'UNDECLARED_FOREIGN_KEYS',
  'HISTORY_GAPS',
  'MYISAM_TABLES',
  'UNSUPPORTED_VERSION',
  'EXPRESS_SIZE_CAP',
  'TABLE_PARTIAL',
  'TABLE_FAILED',
  'SESSION_NOT_READ_ONLY',
  'ERP_RECOGNIZED',
] as const satisfies readonly FindingCode[]

export const FINDING_CODES = [
  'EMPTY_TABLE',
  'EMPTY_COLUMN',
  'CONSTANT_COLUMN',
  'LOW_COMPLETENESS',
  'MIXED_TYPES',
  'MIXED_DATE_FORMATS',
  'MIXED_NUMBER_FORMATS',
  'NUMBERS_AS_TEXT',
  'PLACEHOLDERS',
  'REPEATED_HEADER',
  'NOTES_ABOVE_HEADER',
  'NOTES_BELOW_DATA',
  'NO_HEADER',
  'DUPLICATE_COLUMN_NAMES',
  'RAGGED_ROWS',
  'DUPLICATE_ROWS',
  'DUPLICATE_KEY_VALUES',
  'LIKELY_DUPLICATE_ENTITIES',
  'DATEV_EXPORT',
  'HIDDEN_SHEET',
  'MERGED_CELLS_IN_DATA',
  'FORMULAS',
  'UNSUPPORTED_FORMAT',
  'DUPLICATE_FILES',
  'VERSIONED_COPIES',
  'SIMILAR_HEADERS',
  'STALE_FILES',
  'MORE_COLUMN_FINDINGS',
  'INVALID_ENCODING_BYTES',
  'SOURCE_FAILED',
  'PERSONAL_DATA',
  'SPECIAL_CATEGORY_DATA',
  ...DATABASE_FINDING_CODES,
] as const satisfies readonly FindingCode[]

/** A type error here names the FindingCode that FINDING_CODES lacks. */
type MustBeNever<T extends never> = T
export type UnlistedFindingCodes = MustBeNever<Exclude<FindingCode, (typeof FINDING_CODES)[number]>>

/** Most severe first: the order in which reporters list findings. */
export const SEVERITY_ORDER: Record<Severity, number> = {error: 0, warning: 1, info: 2}
