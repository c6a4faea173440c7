/**
 * The DSGVO view of the ScanReport (schema 1.2.0): per source a summary, over the scan the tables with
 * their categories, how each column should be treated, and the actions that follow. Part of the stable
 * contract like scan-report.ts, which re-exports these types.
 */

/**
 * How a column with personal data should be treated before AI use: special categories removed (or kept
 * only on the data-protection officer's decision), direct identifiers pseudonymised, quasi-identifiers
 * (postal codes, birth dates) coarsened, business identifiers (USt-IdNr) checked for sole traders.
 */
export type PiiHandling = 'remove' | 'pseudonymise' | 'generalise' | 'review'

export interface PersonalDataColumn {
  name: string
  categories: string[]
  handling: PiiHandling
}

export interface PersonalDataTable {
  sourceId: string
  /** the source's location (redacted) and what kind of system it is */
  location: string
  system: string
  table: string
  schema?: string
  rowCount: number
  categories: string[]
  specialCategories: string[]
  columns: PersonalDataColumn[]
  /** columns without personal-data verdicts: what an AI project could use without pseudonymisation */
  usableColumns: string[]
}

export interface PersonalDataCategoryCount {
  category: string
  /** Art. 9 special category or Art. 10 criminal data */
  special: boolean
  tables: number
  columns: number
  /** rows of the tables holding the category */
  rows: number
}

export type PersonalDataActionCode = 'INVOLVE_DPO' | 'PSEUDONYMISE' | 'GENERALISE' | 'REVIEW_BUSINESS_IDS' | 'USABLE_COLUMNS' | 'NONE_FOUND'

export interface PersonalDataAction {
  code: PersonalDataActionCode
  /** "source / table" names the action is about */
  tables: string[]
  /** columns the action is about (USABLE_COLUMNS: counted, not listed) */
  columns: number
}

export interface PersonalDataSummary {
  tablesScanned: number
  tablesWithPersonalData: number
  tablesWithSpecialCategories: number
  columnsWithPersonalData: number
  /** rows of the tables that hold personal data */
  rowsWithPersonalData: number
  categories: string[]
  specialCategories: string[]
}

export interface PersonalDataView extends PersonalDataSummary {
  /** verdicts at or above this confidence count; weaker ones (a column name alone) are hints only */
  minConfidence: number
  byCategory: PersonalDataCategoryCount[]
  tables: PersonalDataTable[]
  actions: PersonalDataAction[]
}
