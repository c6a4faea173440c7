/**
 * The AI use-case catalog's model (issue 5, "AI use-case readiness"; Lawrence's band A: data appropriate
 * for a concrete question). A use case is data: its prerequisites name what kind of table, which columns,
 * how many rows and how much history it needs. One evaluator (evaluate-use-cases.ts) reads them against a
 * ScanReport, so adding a use case means adding a file, not code.
 */
import type {Evidence, Text} from '../model.js'

export type UseCaseStatus = 'bereit' | 'teilweise' | 'noch nicht'

/** what a table holds, from the report's role or its name (use-case-tables.ts) */
export type TableKind = 'customers' | 'items' | 'orders' | 'orderLines' | 'invoices' | 'payments' | 'measurements'

/** what a column holds, from its name and its inferred type (use-case-tables.ts, COLUMN_KINDS) */
export type ColumnKind =
  | 'date'
  | 'timestamp'
  | 'item'
  | 'quantity'
  | 'customer'
  | 'amount'
  | 'dueDate'
  | 'paidDate'
  | 'measure'
  | 'category'

/**
 * One thing a use case needs, as data. `table` finds the table the later needs refer to by `of`;
 * needs about a table that was not found are missing too.
 */
export type Need =
  /**
   * a table of one of `kinds` that has a column of every kind in `columns`; earlier kinds are preferred.
   * With `namedColumnsSuffice` a table of no listed kind qualifies too when every column matches by name
   * ("Produktionsdaten.csv" with "Zeitstempel" and "Temperatur" is a time series).
   */
  | {kind: 'table'; kinds: readonly TableKind[]; columns: readonly ColumnKind[]; namedColumnsSuffice?: boolean}
  /** the table found for `of` has at least `min` rows */
  | {kind: 'rows'; of: string; min: number}
  /** the date column of `of` spans at least `minMonths` months */
  | {kind: 'history'; of: string; minMonths: number}
  /** the months without rows are at most `maxGapShare` of the months spanned (databases report this) */
  | {kind: 'continuity'; of: string; maxGapShare: number}
  /** the table found for `of` refers to the table found for `to`: a foreign key or a shared key column */
  | {kind: 'linked'; of: string; to: string}
  /** free-text columns (long text or a notes name); the fullest of them in one table has `minValues` filled values */
  | {kind: 'freeText'; minLength: number; minValues: number}
  /** a category column (few distinct values) next to the text found for `of`: labels to learn from */
  | {kind: 'labels'; of: string; maxDistinct: number}
  /** the columns found for `of` carry no personal-data verdict (else: pseudonymise first) */
  | {kind: 'noPersonalData'; of: string}

export interface Prerequisite {
  /** stable within the use case, e.g. "order-lines" */
  id: string
  /** missing a core prerequisite makes the use case "noch nicht"; missing any other one "teilweise" */
  core: boolean
  /** what is needed, shown in `met` and `missing` */
  text: Text
  need: Need
}

export interface UseCaseDefinition {
  /** stable id, e.g. "forecasting" */
  id: string
  title: Text
  /** one sentence: what the use case does for an SME */
  description: Text
  prerequisites: readonly Prerequisite[]
}

export interface MetPrerequisite {
  prerequisite: string
  text: string
  /** the tables and columns that meet it, with the measured numbers in `detail` */
  evidence: Evidence[]
}

export interface MissingPrerequisite {
  prerequisite: string
  /** what is needed and what the scan found instead, in the report language */
  text: string
  /** true when the scan could not tell (a file has no month counts): neither met nor disproved */
  unknown?: boolean
}

export interface UseCaseResult {
  id: string
  title: string
  status: UseCaseStatus
  met: MetPrerequisite[]
  missing: MissingPrerequisite[]
}
