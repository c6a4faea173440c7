/**
 * Profiles one database table in steps, each a few short read-only statements:
 *   pushdown (row count and column metrics in one aggregate SELECT) → sample (bounded, for the value
 *   analyzers) → duplicates (GROUP BY) → keys → foreign keys (orphans) → history (months with rows).
 * The pushdown is required: when it fails the table fails. Every later step checks the time budget
 * first; a step that is left out or fails makes the table `partial` and names the step, the rest goes on.
 */
import type {KeyCandidate, TableReport} from '../../report/scan-report.js'
import type {FindingDraft} from '../../findings/finding-draft.js'
import {findingDraft} from '../../findings/finding-params.js'
import {COLUMN_SQL_FORMS} from '../../analyzers/sql/registry.js'
import {createDistinctValuesSql} from '../../analyzers/sql/distinct-values-sql.js'
import {completenessSql} from '../../analyzers/sql/completeness-sql.js'
import {valueRangeSql} from '../../analyzers/sql/value-range-sql.js'
import type {ColumnSqlForm} from '../../analyzers/sql/sql-form.js'
import {sqlNumber} from '../../analyzers/sql/sql-form.js'
import type {CatalogTable} from '../../connectors/sql/catalog.js'
import {qualifiedName} from '../../connectors/sql/catalog.js'
import type {LabeledSql, SqlRow} from '../../connectors/sql/dialect.js'
import {planPushdown, readPushdown, type PushdownResult} from '../../connectors/sql/pushdown-sql.js'
import {duplicateRowsStatement, keyDuplicatesStatement, keyExamplesStatement} from '../../connectors/sql/duplicate-sql.js'
import {orphanCountStatement, orphanExamplesStatement, type ForeignKeyRef} from '../../connectors/sql/integrity-sql.js'
import {historyMonthsStatement} from '../../connectors/sql/history-sql.js'
import type {SqlSession} from '../../connectors/sql/sql-session.js'
import {isConnectionLoss} from '../../connectors/sql/database-errors.js'
import {buildTableReport} from '../table-report-builder.js'
import {foldSample, planSample} from './sample-fold.js'
import {sampleValue} from './sample-values.js'
import {chooseKeys, type ColumnCounts} from './key-choice.js'
import {historyDepth} from './history-depth.js'
import type {HistoryDepth, ForeignKeyReport} from '../../report/scan-report.js'

export type TableStep = 'sample' | 'duplicates' | 'keys' | 'foreign-keys' | 'history'

export interface TableScanInput {
  session: SqlSession
  table: CatalogTable
  /** declared and inferred foreign keys of this table (inferred carry a reason) */
  foreignKeys: Array<ForeignKeyRef & {declared: boolean; reason?: string}>
  /** date columns whose history is measured */
  historyColumns: string[]
  role?: string
  sampleRows: number
  /** use the engine's approximate distinct count */
  approximateDistinct: boolean
  /** epoch ms after which no new step starts, and why */
  deadlines: {table: number; source: number}
  tableBudgetMs: number
  now?: () => number
}

export interface ScannedTable {
  report: TableReport
  drafts: FindingDraft[]
}

/** the SQL forms of a table's pushdown: the engine's approximate distinct count where the plan says so */
export function pushdownForms(approximateDistinct: boolean): ColumnSqlForm[] {
  return approximateDistinct ? [completenessSql, createDistinctValuesSql({approximate: true}), valueRangeSql] : [...COLUMN_SQL_FORMS]
}

export async function scanDatabaseTable(input: TableScanInput): Promise<ScannedTable> {
  const {session, table} = input
  const run = (s: LabeledSql) => session.run(s)
  const dialect = session.dialect
  const now = input.now ?? Date.now
  const name = qualifiedName(table)
  const forms = pushdownForms(input.approximateDistinct)

  const skipped: TableStep[] = []
  let partialReason: 'table-budget' | 'source-budget' | 'error' | null = null
  const mayRun = (step: TableStep): boolean => {
    const t = now()
    const over = t >= input.deadlines.source ? 'source-budget' : t >= input.deadlines.table ? 'table-budget' : null
    if (over === null) return true
    partialReason ??= over
    skipped.push(step)
    return false
  }
  const attempt = async <T>(step: TableStep, work: () => Promise<T>): Promise<T | undefined> => {
    if (!mayRun(step)) return undefined
    try {
      return await work()
    } catch (error) {
      // a lost server ends the source; anything else costs this step only
      if (isConnectionLoss(error)) throw error
      partialReason ??= 'error'
      skipped.push(step)
      return undefined
    }
  }

  // 1. the pushdown (required) on one connection; the steps that do not need its counts (duplicate rows,
  // the months of the history columns) run beside it on the second one — the session allows two
  const plan = planPushdown(table, dialect, forms)
  const duplicatesStarted = attempt('duplicates', () => exactDuplicates(table, input))
  const monthsStarted = attempt('history', () => historyMonths(table, input))
  // awaited below; until then a rejection must not count as unhandled
  duplicatesStarted.catch(() => {})
  monthsStarted.catch(() => {})
  let pushdown: PushdownResult
  try {
    const results: SqlRow[][] = []
    for (const statement of plan.statements) results.push(await run(statement))
    pushdown = readPushdown(table, dialect, forms, plan, results)
  } catch (error) {
    await Promise.allSettled([duplicatesStarted, monthsStarted])
    throw error
  }
  const rows = pushdown.rows

  // 2. sample for the value analyzers
  const sampleRows = (await attempt('sample', async () => {
    if (rows === 0) return []
    // the pushdown's count, not the catalog's estimate (stale statistics would sample nothing)
    const counted = {...table, rowEstimate: rows}
    let raw = await run({label: `sample: ${name}`, sql: dialect.sampleStatement(counted, table.columns, input.sampleRows)})
    if (raw.length < Math.min(input.sampleRows, rows) / 2) {
      // page sampling came back thin (few, large pages): the first rows instead
      raw = await run({label: `sample: ${name} (first rows)`, sql: dialect.sampleStatement({...table, rowEstimate: 0}, table.columns, input.sampleRows)})
    }
    return raw.map((row) => {
      const values = Object.values(row)
      return table.columns.map((column) => sampleValue(column.name in row ? row[column.name] : values[column.position], column, dialect.name))
    })
  })) ?? []

  // 3.–6. whole-table statements
  const counts = columnCounts(table, pushdown)
  const keys = await attempt('keys', () => candidateKeys(table, counts, rows, input))
  const foreignKeys = await attempt('foreign-keys', () =>
    checkForeignKeys(table, input, (error) => {
      if (error === undefined) return
      partialReason ??= 'error'
      skipped.push('foreign-keys')
    }),
  )
  const [duplicates, months] = await Promise.all([duplicatesStarted, monthsStarted])
  const history = months === undefined ? undefined : historyFrom(table, pushdown, months)

  const {plan: samplePlan, context} = planSample(name, table.columns.map((c) => ({name: c.name, declaredType: c.declaredType})), sampleRows)
  const fold = foldSample(samplePlan, context, sampleRows)
  const built = buildTableReport(samplePlan, context, fold, null, {findings: []}, (report) => {
    applyCatalog(report, table, input.role)
    applyPushdown(report, pushdown, sampleRows.length, table)
    if (duplicates) Object.assign(report.duplicates, duplicates, {exactRowShare: rows === 0 ? null : duplicates.exactRows / rows})
    else if (table.primaryKey === null) Object.assign(report.duplicates, {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null})
    report.duplicates.candidateKeys = keys ?? []
    if (foreignKeys) report.foreignKeys = foreignKeys
    if (history && history.length > 0) report.history = history
    if (partialReason) report.partial = {reason: partialReason, skipped: [...skipped]}
  })
  const drafts = [...built.drafts, ...tableDrafts(built.report, table, input.tableBudgetMs)].map((d) =>
    // the wording advises a column type, not Excel's "text to columns"
    d.code === 'NUMBERS_AS_TEXT' ? {...d, table: name, data: {...d.data, database: true}} : {...d, table: name},
  )
  return {report: built.report, drafts}
}

function applyCatalog(report: TableReport, table: CatalogTable, role: string | undefined): void {
  if (table.schema !== null) report.schema = table.schema
  // the name as the database spells it; the schema apart (drafts and messages use the qualified name)
  report.name = table.name
  report.kind = table.kind
  report.headerRow = null
  report.rowEstimate = table.rowEstimate
  report.sizeBytes = table.sizeBytes
  if (table.engine) report.engine = table.engine
  if (table.collation) report.collation = table.collation
  if (table.comment) report.comment = table.comment
  if (role && role !== 'other') report.role = role
  if (table.primaryKey) report.primaryKey = table.primaryKey
  if (table.uniqueConstraints.length > 0) report.uniqueConstraints = table.uniqueConstraints
  if (table.indexes.length > 0) report.indexes = table.indexes.map((i) => ({name: i.name, columns: i.columns, unique: i.unique, primary: i.primary}))
  for (const column of report.columns) {
    const declared = table.columns[column.position]
    column.nullable = declared.nullable
    if (declared.defaultValue !== undefined) column.defaultValue = declared.defaultValue
    if (declared.comment) column.comment = declared.comment
  }
}

/** whole-table metrics replace the sample's; the sample keeps what needs values (types, formats, top values) */
function applyPushdown(report: TableReport, pushdown: PushdownResult, sampleRows: number, table: CatalogTable): void {
  report.rowCount = pushdown.rows
  report.sampled = sampleRows < pushdown.rows
  report.sampleRows = sampleRows
  for (const column of report.columns) {
    const metrics = pushdown.columns[column.position] as Partial<typeof column>
    // placeholder spellings were counted in the sample only
    delete column.placeholders
    const sampleRange = {min: column.min, max: column.max}
    const sampleLengths = {minLength: column.minLength, maxLength: column.maxLength}
    for (const key of ['min', 'max', 'minLength', 'maxLength'] as const) delete column[key]
    Object.assign(column, metrics)
    const declared = table.columns[column.position]
    if (declared.largeObject && declared.typeClass === 'text' && !report.sampled && (sampleLengths.maxLength ?? LOB_PREFIX) < LOB_PREFIX) {
      // a large text has no range in SQL; the sample read every row, and every value whole (shorter than
      // the prefix it reads), so its range is the table's
      if (sampleLengths.minLength !== undefined) Object.assign(column, sampleLengths)
      if (sampleRange.min !== undefined && sampleRange.max !== undefined) Object.assign(column, sampleRange)
    }
    if (table.columns[column.position].typeClass === 'text' && typeof metrics.min === 'string' && TYPED_INFERENCE.has(column.inferredType)) {
      // a text column holding dates or numbers: text order (01.04.2011 < 31.08.2005) would mislead; the
      // sample's typed range is exact when the sample is the whole table, and unknown otherwise
      delete column.min
      delete column.max
      if (!report.sampled && sampleRange.min !== undefined && sampleRange.max !== undefined) Object.assign(column, sampleRange)
    }
    if (metrics.distinctCount === undefined && report.sampled) {
      // large objects: no distinct count in SQL; the sample's count is a lower bound
      column.distinctApprox = true
    }
  }
}

/** how many characters of a large text the sample reads (the dialects' sampleExpr) */
const LOB_PREFIX = 1000

const TYPED_INFERENCE: ReadonlySet<string> = new Set(['integer', 'decimal', 'date', 'datetime', 'boolean'])

function columnCounts(table: CatalogTable, pushdown: PushdownResult): ColumnCounts[] {
  return table.columns.map((column) => {
    const m = pushdown.columns[column.position] as {nullCount?: number; emptyCount?: number; placeholderCount?: number; distinctCount?: number}
    const missing = (m.nullCount ?? 0) + (m.emptyCount ?? 0) + (m.placeholderCount ?? 0)
    return {present: pushdown.rows - missing, distinct: m.distinctCount ?? null}
  })
}

async function exactDuplicates(table: CatalogTable, input: TableScanInput) {
  const statement = duplicateRowsStatement(table, input.session.dialect)
  if (statement === null) return {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: null as number | null}
  const [row] = await input.session.run(statement)
  const exactRows = sqlNumber(row?.dup_surplus) ?? 0
  const groups = sqlNumber(row?.dup_groups) ?? 0
  return {exactRows, duplicatedRowGroups: groups, exactRowShare: null as number | null}
}

async function candidateKeys(table: CatalogTable, counts: readonly ColumnCounts[], rows: number, input: TableScanInput): Promise<KeyCandidate[]> {
  const keys: KeyCandidate[] = []
  for (const choice of chooseKeys(table, counts, rows)) {
    const single = choice.columns.length === 1 ? counts[choice.columns[0].position] : undefined
    const missingCount = single ? rows - single.present : 0
    const distinctCount = single?.distinct ?? rows
    if (choice.declared === 'primary' || (choice.declared === 'unique' && missingCount === 0) || (single && single.distinct === single.present)) {
      keys.push({columns: choice.columns.map((c) => c.name), unique: missingCount === 0, distinctCount, distinctApprox: false, missingCount, duplicatedValues: 0, surplusRows: 0})
      continue
    }
    const [row] = await input.session.run(keyDuplicatesStatement(table, choice.columns, input.session.dialect))
    const duplicatedValues = sqlNumber(row?.dup_values) ?? 0
    const surplusRows = sqlNumber(row?.dup_surplus) ?? 0
    const key: KeyCandidate = {columns: choice.columns.map((c) => c.name), unique: duplicatedValues === 0 && missingCount === 0, distinctCount, distinctApprox: false, missingCount, duplicatedValues, surplusRows}
    if (duplicatedValues > 0) {
      const examples = await input.session.run(keyExamplesStatement(table, choice.columns, input.session.dialect))
      key.examples = examples.map((r) => choice.columns.map((_, i) => text(r[`k${i}`])).join(' | '))
    }
    keys.push(key)
  }
  return keys
}

async function checkForeignKeys(table: CatalogTable, input: TableScanInput, onForeignKeyFailure: (error: unknown) => void): Promise<ForeignKeyReport[]> {
  if (table.kind !== 'table') return []
  const reports: ForeignKeyReport[] = []
  let failure: unknown
  for (const fk of input.foreignKeys) {
    const report: ForeignKeyReport = {columns: fk.columns, references: fk.references, declared: fk.declared, orphanRows: null}
    if (fk.reason) report.reason = fk.reason
    reports.push(report)
    try {
      const [row] = await input.session.run(orphanCountStatement(table, fk, input.session.dialect))
      report.orphanRows = sqlNumber(row?.orphan_rows) ?? 0
      if (report.orphanRows > 0) {
        const examples = await input.session.run(orphanExamplesStatement(table, fk, input.session.dialect))
        // masked with the table's other examples (maskTableValues)
        report.examples = examples.map((r) => fk.columns.map((_, i) => text(r[`k${i}`])).join(' | '))
      }
    } catch (error) {
      // one unreadable parent table costs its own check only (orphanRows stays null)
      if (isConnectionLoss(error)) throw error
      failure ??= error
    }
  }
  onForeignKeyFailure(failure)
  return reports
}

/** the months with rows of every history column (they do not need the pushdown) */
async function historyMonths(table: CatalogTable, input: TableScanInput): Promise<Array<{column: string; months: number[]}>> {
  const found: Array<{column: string; months: number[]}> = []
  for (const name of input.historyColumns) {
    const column = table.columns.find((c) => c.name === name)
    if (!column) continue
    const rows = await input.session.run(historyMonthsStatement(table, column, input.session.dialect))
    found.push({column: name, months: rows.map((r) => sqlNumber(r.ym)).filter((m): m is number => m !== null)})
  }
  return found
}

/** history depth from the months and the pushdown's earliest and latest date */
function historyFrom(table: CatalogTable, pushdown: PushdownResult, months: ReadonlyArray<{column: string; months: number[]}>): HistoryDepth[] {
  const depths: HistoryDepth[] = []
  for (const {column: name, months: found} of months) {
    const column = table.columns.find((c) => c.name === name)
    if (!column) continue
    const range = pushdown.columns[column.position] as {min?: string; max?: string}
    if (typeof range.min !== 'string' || typeof range.max !== 'string') continue
    const depth = historyDepth(name, found, range.min.slice(0, 10), range.max.slice(0, 10))
    if (depth) depths.push(depth)
  }
  return depths
}

function tableDrafts(report: TableReport, table: CatalogTable, budgetMs: number): FindingDraft[] {
  const where = {table: qualifiedName(table)}
  const drafts: FindingDraft[] = []
  if (table.kind === 'table' && (table.primaryKey === null || table.primaryKey.length === 0)) {
    drafts.push(findingDraft('NO_PRIMARY_KEY', 'warning', {rows: report.rowCount}, where))
  }
  for (const fk of report.foreignKeys ?? []) {
    if (!fk.orphanRows) continue
    const references = `${fk.references.table}(${fk.references.columns.join(', ')})`
    drafts.push(
      findingDraft('ORPHAN_ROWS', fk.declared ? 'error' : 'warning', {columns: fk.columns, references, orphanRows: fk.orphanRows, declared: fk.declared, examples: fk.examples ?? []}, where),
    )
  }
  for (const h of report.history ?? []) {
    if (h.gapMonths === 0) continue
    drafts.push(
      findingDraft('HISTORY_GAPS', 'warning', {column: h.column, earliest: h.earliest, latest: h.latest, monthsSpanned: h.monthsSpanned, gapMonths: h.gapMonths, gaps: h.gaps}, {...where, column: h.column}),
    )
  }
  if (report.partial) drafts.push(findingDraft('TABLE_PARTIAL', 'warning', {reason: report.partial.reason, skipped: report.partial.skipped, budgetMs}, where))
  return drafts
}

function text(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  if (value instanceof Date) return value.toISOString().slice(0, 19)
  return String(value)
}
