/**
 * Reads a use case's prerequisites (data, see use-case-model.ts) against a ScanReport: which tables and
 * columns meet each one, and what is missing. Pure: the same report gives the same result. Status: a
 * missing core prerequisite → "noch nicht"; all met → "bereit"; otherwise "teilweise". A prerequisite the
 * scan cannot decide (gap months of a CSV file) is listed as missing with `unknown`, never guessed as met.
 */
import type {ColumnReport, ScanReport} from '../../report/scan-report.js'
import type {Evidence} from '../model.js'
import type {ColumnKind, MissingPrerequisite, MetPrerequisite, Need, Prerequisite, UseCaseDefinition, UseCaseResult} from './use-case-model.js'
import {useCaseTexts, type UseCaseTexts} from './use-case-texts.js'
import {
  COLUMN_KINDS,
  filledValues,
  findColumn,
  foldName,
  hasPersonalData,
  isFreeText,
  monthsCovered,
  nameHasTerm,
  reportTables,
  tableKind,
  tableLabel,
  type LocatedTable,
} from './use-case-tables.js'

interface ColumnMatch {
  at: LocatedTable
  column: ColumnReport
}

/** what a `table` or `freeText` need found, for the needs that refer to it by `of` */
interface Match {
  at: LocatedTable
  columns: Partial<Record<ColumnKind, ColumnMatch>>
  texts: ColumnReport[]
}

type Outcome =
  | {state: 'met'; evidence: Evidence[]; match?: Match}
  | {state: 'missing' | 'unknown'; reason: string}

interface Context {
  tables: LocatedTable[]
  matches: Map<string, Match>
  texts: UseCaseTexts
  /** the prerequisite texts by id, for "cannot be checked while … is missing" */
  names: Map<string, string>
}

/** the kinds a date for history comes from, in order */
const DATE_KINDS: readonly ColumnKind[] = ['date', 'timestamp', 'dueDate', 'paidDate']

function evidenceOf(m: ColumnMatch, detail?: string): Evidence {
  const e: Evidence = {source: m.at.source.location, table: tableLabel(m.at.table), column: m.column.name}
  if (detail !== undefined) e.detail = detail
  return e
}

function tableEvidence(at: LocatedTable, detail?: string): Evidence {
  const e: Evidence = {source: at.source.location, table: tableLabel(at.table)}
  if (detail !== undefined) e.detail = detail
  return e
}

/** order lines often carry no date: the order or invoice header in the same source does */
function headerDate(at: LocatedTable, tables: readonly LocatedTable[]): ColumnMatch | null {
  for (const other of tables) {
    if (other.source !== at.source) continue
    const kind = tableKind(other.table)
    if (kind !== 'orders' && kind !== 'invoices') continue
    const column = findColumn(other.table, 'date')
    if (column !== null) return {at: other, column}
  }
  return null
}

function matchColumns(at: LocatedTable, need: Extract<Need, {kind: 'table'}>, tables: readonly LocatedTable[], byName: boolean): Match {
  const columns: Partial<Record<ColumnKind, ColumnMatch>> = {}
  const used = new Set<string>()
  for (const kind of need.columns) {
    const column = findColumn(at.table, kind, used)
    if (column !== null && (!byName || nameHasTerm(column.name, COLUMN_KINDS[kind].terms))) {
      columns[kind] = {at, column}
      used.add(column.name)
    } else if (kind === 'date' && tableKind(at.table) === 'orderLines') {
      const header = headerDate(at, tables)
      if (header !== null) columns[kind] = header
    }
  }
  return {at, columns, texts: []}
}

function checkTable(need: Extract<Need, {kind: 'table'}>, ctx: Context): Outcome {
  const candidates: Array<{match: Match; preference: number}> = []
  for (const at of ctx.tables) {
    const kind = tableKind(at.table)
    const preference = kind === null ? -1 : need.kinds.indexOf(kind)
    if (preference < 0 && !need.namedColumnsSuffice) continue
    const byName = preference < 0
    // a table named for something else (customers, invoices) is no time series because it has a date
    if (byName && kind !== null) continue
    candidates.push({match: matchColumns(at, need, ctx.tables, byName), preference: preference < 0 ? need.kinds.length : preference})
  }
  const found = (m: Match): number => need.columns.filter((k) => m.columns[k] !== undefined).length
  const complete = candidates.filter((c) => found(c.match) === need.columns.length)
  if (complete.length === 0) {
    const named = candidates.filter((c) => c.preference < need.kinds.length)
    if (named.length === 0) return {state: 'missing', reason: ctx.texts.noTable()}
    const best = named.sort((a, b) => found(b.match) - found(a.match) || b.match.at.table.rowCount - a.match.at.table.rowCount)[0].match
    const lacking = need.columns.filter((k) => best.columns[k] === undefined)
    return {state: 'missing', reason: ctx.texts.lacksColumns(tableLabel(best.at.table), lacking)}
  }
  const best = complete.sort((a, b) => a.preference - b.preference || b.match.at.table.rowCount - a.match.at.table.rowCount)[0].match
  const columnEvidence = need.columns.map((k) => evidenceOf(best.columns[k]!))
  const evidence = columnEvidence.length > 0 ? columnEvidence : [tableEvidence(best.at, ctx.texts.rows(best.at.table.rowCount))]
  return {state: 'met', evidence, match: best}
}

function dateOf(match: Match): ColumnMatch | null {
  for (const kind of DATE_KINDS) if (match.columns[kind] !== undefined) return match.columns[kind]
  const column = findColumn(match.at.table, 'date')
  return column === null ? null : {at: match.at, column}
}

function checkHistory(of: Match, need: Extract<Need, {kind: 'history' | 'continuity'}>, ctx: Context): Outcome {
  const date = dateOf(of)
  const covered = date === null ? null : monthsCovered(date.at.table, date.column.name)
  if (date === null || covered === null) return {state: 'unknown', reason: ctx.texts.noDates(tableLabel(of.at.table))}
  if (need.kind === 'history') {
    if (covered.months >= need.minMonths) return {state: 'met', evidence: [evidenceOf(date, ctx.texts.months(covered.months))]}
    return {state: 'missing', reason: ctx.texts.tooShort(tableLabel(date.at.table), date.column.name, covered.months)}
  }
  if (covered.gapMonths === null) return {state: 'unknown', reason: ctx.texts.gapsUnknown()}
  if (covered.gapMonths / covered.months <= need.maxGapShare) {
    return {state: 'met', evidence: [evidenceOf(date, ctx.texts.gaps(covered.gapMonths, covered.months))]}
  }
  return {state: 'missing', reason: ctx.texts.tooManyGaps(covered.gapMonths, covered.months)}
}

const fold = (name: string): string => foldName(name).toLowerCase().replace(/[^a-z0-9]/g, '')

function checkLinked(of: Match, to: Match, ctx: Context): Outcome {
  const target = to.at.table
  // a reference without a schema (SQLite, MySQL) matches the table of that name in any schema
  const fk = (of.at.table.foreignKeys ?? []).find((k) => k.references.table === target.name && (k.references.schema === null || k.references.schema === target.schema))
  if (fk !== undefined) {
    return {state: 'met', evidence: [tableEvidence(of.at, `${fk.columns.join(', ')} → ${tableLabel(target)}: ${ctx.texts.foreignKey(fk.orphanRows)}`)]}
  }
  const own = of.columns.customer?.column ?? findColumn(of.at.table, 'customer')
  if (own !== null) {
    // the same column name, or else the target's customer-number column (Kundennummer ↔ KdNr), is taken as
    // a shared key: by name only, the scan does not compare the values across tables
    const shared = target.columns.find((c) => fold(c.name) === fold(own.name)) ?? findColumn(target, 'customer')
    if (shared !== null) {
      return {state: 'met', evidence: [{...evidenceOf({at: of.at, column: own}), detail: ctx.texts.sharedKey(own.name, `${tableLabel(target)}.${shared.name}`)}]}
    }
  }
  return {state: 'missing', reason: ctx.texts.notLinked(tableLabel(of.at.table), tableLabel(target))}
}

function checkFreeText(need: Extract<Need, {kind: 'freeText'}>, ctx: Context): Outcome {
  const found = ctx.tables
    .map((at) => {
      const texts = at.table.columns.filter((c) => isFreeText(c, need.minLength))
      // the fullest text column counts: a classifier learns from one text, not from several added up
      return {at, texts, filled: texts.reduce((most, c) => Math.max(most, filledValues(at.table, c)), 0)}
    })
    .filter((f) => f.texts.length > 0)
    .sort((a, b) => b.filled - a.filled)
  if (found.length === 0) return {state: 'missing', reason: ctx.texts.noFreeText()}
  const best = found[0]
  if (best.filled < need.minValues) return {state: 'missing', reason: ctx.texts.tooFewTexts(tableLabel(best.at.table), best.filled)}
  return {
    state: 'met',
    evidence: best.texts.map((column) => evidenceOf({at: best.at, column}, ctx.texts.texts(filledValues(best.at.table, column)))),
    match: {at: best.at, columns: {}, texts: best.texts},
  }
}

function checkLabels(of: Match, maxDistinct: number, ctx: Context): Outcome {
  const texts = new Set(of.texts.map((c) => c.name))
  const label = of.at.table.columns.find(
    (c) => !texts.has(c.name) && COLUMN_KINDS.category.types.includes(c.inferredType) && nameHasTerm(c.name, COLUMN_KINDS.category.terms) && c.distinctCount >= 2 && c.distinctCount <= maxDistinct,
  )
  if (label === undefined) return {state: 'missing', reason: ctx.texts.noLabels(tableLabel(of.at.table))}
  return {state: 'met', evidence: [evidenceOf({at: of.at, column: label}, ctx.texts.labels(label.name, label.distinctCount))]}
}

function checkNoPersonalData(of: Match, ctx: Context): Outcome {
  const columns = of.texts.length > 0 ? of.texts : Object.values(of.columns).map((m) => m.column)
  const personal = columns.filter(hasPersonalData)
  if (personal.length === 0) return {state: 'met', evidence: columns.map((column) => evidenceOf({at: of.at, column}))}
  const categories = [...new Set(personal.flatMap((c) => c.pii.map((v) => v.category)))].sort()
  return {state: 'missing', reason: ctx.texts.personalData(personal.map((c) => c.name), categories)}
}

function check(need: Need, ctx: Context): Outcome {
  if (need.kind === 'table') return checkTable(need, ctx)
  if (need.kind === 'freeText') return checkFreeText(need, ctx)
  const of = ctx.matches.get(need.of)
  if (of === undefined) return {state: 'missing', reason: ctx.texts.needsFirst(ctx.names.get(need.of) ?? need.of)}
  switch (need.kind) {
    case 'rows':
      return of.at.table.rowCount >= need.min
        ? {state: 'met', evidence: [tableEvidence(of.at, ctx.texts.rows(of.at.table.rowCount))]}
        : {state: 'missing', reason: ctx.texts.tooFewRows(tableLabel(of.at.table), of.at.table.rowCount)}
    case 'history':
    case 'continuity':
      return checkHistory(of, need, ctx)
    case 'linked': {
      const to = ctx.matches.get(need.to)
      if (to === undefined) return {state: 'missing', reason: ctx.texts.needsFirst(ctx.names.get(need.to) ?? need.to)}
      return checkLinked(of, to, ctx)
    }
    case 'labels':
      return checkLabels(of, need.maxDistinct, ctx)
    case 'noPersonalData':
      return checkNoPersonalData(of, ctx)
  }
}

export function evaluateUseCase(useCase: UseCaseDefinition, report: ScanReport): UseCaseResult {
  const lang = report.scan.lang
  const ctx: Context = {
    tables: reportTables(report),
    matches: new Map(),
    texts: useCaseTexts(lang),
    names: new Map(useCase.prerequisites.map((p: Prerequisite) => [p.id, p.text[lang]])),
  }
  const met: MetPrerequisite[] = []
  const missing: MissingPrerequisite[] = []
  let coreMissing = false
  for (const prerequisite of useCase.prerequisites) {
    const outcome = check(prerequisite.need, ctx)
    const text = prerequisite.text[lang]
    if (outcome.state === 'met') {
      if (outcome.match !== undefined) ctx.matches.set(prerequisite.id, outcome.match)
      met.push({prerequisite: prerequisite.id, text, evidence: outcome.evidence})
      continue
    }
    coreMissing ||= prerequisite.core
    const entry: MissingPrerequisite = {prerequisite: prerequisite.id, text: `${text}: ${outcome.reason}`}
    if (outcome.state === 'unknown') entry.unknown = true
    missing.push(entry)
  }
  const status = coreMissing ? 'noch nicht' : missing.length === 0 ? 'bereit' : 'teilweise'
  return {id: useCase.id, title: useCase.title[lang], status, met, missing}
}
