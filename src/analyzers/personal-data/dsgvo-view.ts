/**
 * The DSGVO view of a scan: from the columns' personal-data verdicts, which tables hold which categories,
 * how many rows that concerns, where the special categories (Art. 9, Art. 10) are, how each column should
 * be treated before an AI project touches it, and which columns could be used as they are. Per source
 * (a summary) and over the whole scan (with the tables and the actions). Computed from the report only,
 * so a stored report can be viewed again; reporters word it, the Art. 30 export lists it.
 */
import {basename} from 'node:path'
import type {
  PersonalDataAction,
  PersonalDataCategoryCount,
  PersonalDataColumn,
  PersonalDataSummary,
  PersonalDataTable,
  PersonalDataView,
  PiiHandling,
  SourceReport,
  TableReport,
} from '../../report/scan-report.js'
import {PERSONAL_DATA_MIN_CONFIDENCE, PII_CATEGORIES, type PiiCategory, isSpecialCategory} from './categories.js'
import {isNoteHeader} from './value-matchers.js'

/**
 * Verdicts from this confidence on count as personal data in the view: values that matched, or a strong
 * column name alone (0.6). A weak name alone (0.3: "Name" in an article table) stays a hint in the column.
 */
export const VIEW_MIN_CONFIDENCE = PERSONAL_DATA_MIN_CONFIDENCE

/** what a column of each category needs before AI use (the strongest need of its categories wins) */
export const HANDLING: Readonly<Record<PiiCategory, PiiHandling>> = {
  email: 'pseudonymise',
  phone: 'pseudonymise',
  iban: 'pseudonymise',
  credit_card: 'pseudonymise',
  person_name: 'pseudonymise',
  street_address: 'pseudonymise',
  postal_code: 'generalise',
  birth_date: 'generalise',
  ip_address: 'pseudonymise',
  tax_id_de: 'pseudonymise',
  tax_number_de: 'pseudonymise',
  // a business identifier: personal only where the customer is a sole trader
  vat_id: 'review',
  social_security_de: 'pseudonymise',
  health_insurance_de: 'pseudonymise',
  id_card_de: 'pseudonymise',
  passport_de: 'pseudonymise',
  drivers_license_de: 'pseudonymise',
  vehicle_plate_de: 'pseudonymise',
  art9_health: 'remove',
  art9_religion: 'remove',
  art9_union: 'remove',
  art9_ethnicity: 'remove',
  art9_political: 'remove',
  art9_sexual_orientation: 'remove',
  art9_biometric: 'remove',
  art9_genetic: 'remove',
  art10_criminal: 'remove',
}

const HANDLING_RANK: Readonly<Record<PiiHandling, number>> = {review: 0, generalise: 1, pseudonymise: 2, remove: 3}
const CATEGORY_ORDER = new Map<string, number>(PII_CATEGORIES.map((c, i) => [c, i]))

function isKnownCategory(category: string): category is PiiCategory {
  return CATEGORY_ORDER.has(category)
}

/** unknown codes (from an older report) sort after the known ones */
function byContractOrder(a: string, b: string): number {
  return (CATEGORY_ORDER.get(a) ?? PII_CATEGORIES.length) - (CATEGORY_ORDER.get(b) ?? PII_CATEGORIES.length)
}

/** the categories of a column that count in the view */
export function countedCategories(column: TableReport['columns'][number]): PiiCategory[] {
  const categories = column.pii.filter((v) => v.confidence >= VIEW_MIN_CONFIDENCE).map((v) => v.category)
  return [...new Set(categories.filter(isKnownCategory))].sort(byContractOrder)
}

function columnHandling(categories: readonly PiiCategory[]): PiiHandling {
  return categories.map((c) => HANDLING[c]).reduce((a, b) => (HANDLING_RANK[b] > HANDLING_RANK[a] ? b : a))
}

function systemOf(source: SourceReport): string {
  const system = source.system
  if (system === undefined) return source.kind
  const engine = system.version ? `${system.engine} ${system.version}` : system.engine
  return system.erp && !system.erp.sample ? `${engine} (${system.erp.name})` : engine
}

/** "kunden.csv", "Personal.xlsx › Blatt1", "erp › public.customer" */
export function tableLabel(table: Pick<PersonalDataTable, 'location' | 'table' | 'schema'>, kind: string): string {
  const name = table.schema ? `${table.schema}.${table.table}` : table.table
  if (kind === 'csv') return name
  const location = basename(table.location.replace(/[?#].*$/u, '')) || table.location
  return `${location} › ${name}`
}

function tableView(source: SourceReport, table: TableReport): PersonalDataTable | undefined {
  const columns: PersonalDataColumn[] = []
  const usableColumns: string[] = []
  for (const column of table.columns) {
    const categories = countedCategories(column)
    // a notes column without findings may still name people ("Rückruf bei Frau …"): not usable as it is
    if (categories.length === 0) {
      if (!isNoteHeader(column.name)) usableColumns.push(column.name)
    } else columns.push({name: column.name, categories, handling: columnHandling(categories)})
  }
  if (columns.length === 0) return undefined
  const categories = [...new Set(columns.flatMap((c) => c.categories))].sort(byContractOrder)
  const view: PersonalDataTable = {
    sourceId: source.id,
    location: source.location,
    system: systemOf(source),
    table: table.name,
    rowCount: table.rowCount,
    categories,
    specialCategories: categories.filter((c) => isKnownCategory(c) && isSpecialCategory(c)),
    columns,
    usableColumns,
  }
  if (table.schema !== undefined) view.schema = table.schema
  return view
}

/**
 * A table whose only finding is a business identifier (USt-IdNr, personal only for sole traders) is listed
 * for review but not counted as a table with personal data.
 */
function isPersonal(column: PersonalDataColumn): boolean {
  return column.handling !== 'review'
}

function summaryOf(tables: readonly PersonalDataTable[], tablesScanned: number): PersonalDataSummary {
  const categories = [...new Set(tables.flatMap((t) => t.categories))].sort(byContractOrder)
  const personal = tables.filter((t) => t.columns.some(isPersonal))
  return {
    tablesScanned,
    tablesWithPersonalData: personal.length,
    tablesWithSpecialCategories: tables.filter((t) => t.specialCategories.length > 0).length,
    columnsWithPersonalData: personal.reduce((n, t) => n + t.columns.filter(isPersonal).length, 0),
    rowsWithPersonalData: personal.reduce((n, t) => n + t.rowCount, 0),
    categories,
    specialCategories: categories.filter((c) => isKnownCategory(c) && isSpecialCategory(c)),
  }
}

function scannedTables(source: SourceReport): TableReport[] {
  return source.tables.filter((t) => t.error === undefined)
}

export function sourcePersonalData(source: SourceReport): PersonalDataSummary {
  const tables = scannedTables(source).flatMap((t) => tableView(source, t) ?? [])
  return summaryOf(tables, scannedTables(source).length)
}

/** the action that follows from columns of each handling */
const ACTION_OF_HANDLING: Readonly<Record<PiiHandling, PersonalDataAction['code']>> = {
  remove: 'INVOLVE_DPO',
  pseudonymise: 'PSEUDONYMISE',
  generalise: 'GENERALISE',
  review: 'REVIEW_BUSINESS_IDS',
}

function actionsFor(tables: readonly PersonalDataTable[], kinds: ReadonlyMap<string, string>): PersonalDataAction[] {
  if (tables.length === 0) return [{code: 'NONE_FOUND', tables: [], columns: 0}]
  const label = (t: PersonalDataTable) => tableLabel(t, kinds.get(t.sourceId) ?? '')
  const actions: PersonalDataAction[] = []
  for (const handling of ['remove', 'pseudonymise', 'generalise', 'review'] as const) {
    const concerned = tables.filter((t) => t.columns.some((c) => c.handling === handling))
    if (concerned.length === 0) continue
    actions.push({
      code: ACTION_OF_HANDLING[handling],
      tables: concerned.map(label),
      columns: concerned.reduce((n, t) => n + t.columns.filter((c) => c.handling === handling).length, 0),
    })
  }
  const usable = tables.filter((t) => t.usableColumns.length > 0)
  if (usable.length > 0) {
    actions.push({code: 'USABLE_COLUMNS', tables: usable.map(label), columns: usable.reduce((n, t) => n + t.usableColumns.length, 0)})
  }
  return actions
}

/** The whole scan's DSGVO view; also sets each source's own summary. */
export function buildPersonalDataView(sources: SourceReport[]): PersonalDataView {
  const tables: PersonalDataTable[] = []
  let tablesScanned = 0
  // a failed source keeps the tables scanned before its error: they count
  for (const source of sources) {
    const own = scannedTables(source).flatMap((t) => tableView(source, t) ?? [])
    source.personalData = summaryOf(own, scannedTables(source).length)
    tablesScanned += scannedTables(source).length
    tables.push(...own)
  }
  const byCategory: PersonalDataCategoryCount[] = []
  for (const category of PII_CATEGORIES) {
    const holding = tables.filter((t) => t.categories.includes(category))
    if (holding.length === 0) continue
    byCategory.push({
      category,
      special: isSpecialCategory(category),
      tables: holding.length,
      columns: holding.reduce((n, t) => n + t.columns.filter((c) => c.categories.includes(category)).length, 0),
      rows: holding.reduce((n, t) => n + t.rowCount, 0),
    })
  }
  const kinds = new Map(sources.map((s) => [s.id, s.kind]))
  return {...summaryOf(tables, tablesScanned), minConfidence: VIEW_MIN_CONFIDENCE, byCategory, tables, actions: actionsFor(tables, kinds)}
}
