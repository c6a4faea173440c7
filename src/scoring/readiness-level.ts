/**
 * The Data Readiness Level band of one source after Lawrence (C / B / A), from the source's own facts.
 * Lawrence gives no formula; our mapping (shared/reference/domain.md, "Our mapping"):
 *  - C, accessibility: the source could not be read, holds no data, needs a person before a program can
 *    load it (C1 "ready to be loaded" not reached), or was profiled too little to know its quality;
 *  - B, faithfulness and representation: readable and profiled, but with completeness, duplicate,
 *    validity or linkage problems above the thresholds below;
 *  - A, appropriateness: none of the above. Whether it fits a given question is for the use-case
 *    catalogue; A here says that nothing in the source itself stands in the way.
 * The rules are data (DRL_RULES, DRL_THRESHOLDS); the first band with a firing rule wins.
 */
import type {FindingCode, SourceReport, TableReport} from '../report/scan-report.js'
import {findingsOf, isFile} from './infrastruktur/data-tables.js'
import {readabilityProblems} from './infrastruktur/machine-readability.js'

export type ReadinessBand = 'C' | 'B' | 'A'

export interface ReadinessLevel {
  level: ReadinessBand
  reasons: string[]
}

export const DRL_THRESHOLDS = {
  /** above this share of tables only partly profiled or failed, the quality is unknown (C) */
  maxUnprofiledTableShare: 0.1,
  /** mean completeness of the columns in use (all-empty columns are unused fields, not gaps) below this: B */
  minCompleteness: 0.8,
  /** exact duplicate rows above this share of a table: B */
  maxDuplicateRowShare: 0.01,
  /** columns with validity findings above this share of all columns: B */
  maxInvalidColumnShare: 0.05,
} as const

/** column findings that mean values are not valid as they stand (numbers as text, mixed formats, "k.A.") */
export const VALIDITY_FINDINGS: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'MIXED_TYPES',
  'NUMBERS_AS_TEXT',
  'MIXED_DATE_FORMATS',
  'MIXED_NUMBER_FORMATS',
  'PLACEHOLDERS',
])

/** table findings that mean one thing is recorded more than once */
export const DUPLICATE_FINDINGS: ReadonlySet<FindingCode> = new Set<FindingCode>(['DUPLICATE_KEY_VALUES', 'LIKELY_DUPLICATE_ENTITIES'])

/** table names shown in one reason */
const NAMES_PER_REASON = 3

export interface DrlRule {
  id: string
  level: Exclude<ReadinessBand, 'A'>
  /** what the rule checks, for docs/scoring.md */
  description: string
  /** the reasons it fires with; empty when the source passes */
  check(source: SourceReport): string[]
}

function names(tables: readonly TableReport[]): string {
  const shown = tables.slice(0, NAMES_PER_REASON).map((t) => (t.schema ? `${t.schema}.${t.name}` : t.name))
  return tables.length > NAMES_PER_REASON ? `${shown.join(', ')} and ${tables.length - NAMES_PER_REASON} more` : shown.join(', ')
}

function readTables(source: SourceReport): TableReport[] {
  return source.tables.filter((t) => t.error === undefined && t.kind !== 'view' && t.rowCount > 0)
}

/** the fired reason, or none, for a rule that names the tables matching a test */
function tablesWhere(source: SourceReport, test: (t: TableReport) => boolean, say: (tables: string, n: number) => string): string[] {
  const hit = readTables(source).filter(test)
  return hit.length === 0 ? [] : [say(names(hit), hit.length)]
}

function usedColumnCompleteness(table: TableReport): number | null {
  const used = table.columns.filter((c) => c.inferredType !== 'empty' && c.completeness !== null)
  if (used.length === 0) return null
  return used.reduce((n, c) => n + (c.completeness ?? 0), 0) / used.length
}

function hasUniqueKey(table: TableReport): boolean {
  if (table.primaryKey !== undefined && table.primaryKey.length > 0) return true
  if ((table.uniqueConstraints ?? []).length > 0) return true
  return table.duplicates.candidateKeys.some((k) => k.unique)
}

export const DRL_RULES: readonly DrlRule[] = [
  {
    id: 'not-accessible',
    level: 'C',
    description: 'the source could not be read',
    check: (s) => (s.status === 'failed' ? [`not accessible: ${s.error?.code ?? 'read failed'}`] : []),
  },
  {
    id: 'no-data',
    level: 'C',
    description: 'no table with rows was read',
    check: (s) => (s.status === 'ok' && readTables(s).length === 0 ? ['no table with rows'] : []),
  },
  {
    id: 'not-machine-readable',
    level: 'C',
    description: 'a file table needs tidying before a program can load it (see infrastruktur.machineReadability)',
    check: (s) => {
      if (!isFile(s)) return []
      const troubled = readTables(s)
        .map((table) => ({table, problems: readabilityProblems({source: s, table})}))
        .filter((t) => t.problems.length > 0)
      if (troubled.length === 0) return []
      const problems = [...new Set(troubled.flatMap((t) => t.problems))]
      return [`not machine-readable as it stands (${problems.join(', ')}): ${names(troubled.map((t) => t.table))}`]
    },
  },
  {
    id: 'unknown-quality',
    level: 'C',
    description: `more than ${DRL_THRESHOLDS.maxUnprofiledTableShare * 100} % of the tables failed or were only partly profiled`,
    check: (s) => {
      const tables = s.tables.filter((t) => t.kind !== 'view')
      const unprofiled = tables.filter((t) => t.error !== undefined || t.partial !== undefined)
      if (tables.length === 0 || unprofiled.length / tables.length <= DRL_THRESHOLDS.maxUnprofiledTableShare) return []
      return [`quality unknown: ${unprofiled.length} of ${tables.length} tables failed or only partly profiled (${names(unprofiled)})`]
    },
  },
  {
    id: 'incomplete',
    level: 'B',
    description: `mean completeness of the columns in use below ${DRL_THRESHOLDS.minCompleteness * 100} % in a table`,
    check: (s) =>
      tablesWhere(s, (t) => (usedColumnCompleteness(t) ?? 1) < DRL_THRESHOLDS.minCompleteness, (list) => `incomplete: columns in use under ${DRL_THRESHOLDS.minCompleteness * 100} % filled in ${list}`),
  },
  {
    id: 'duplicates',
    level: 'B',
    description: `exact duplicate rows above ${DRL_THRESHOLDS.maxDuplicateRowShare * 100} %, duplicate key values or likely duplicate entities`,
    check: (s) =>
      tablesWhere(
        s,
        (t) => (t.duplicates.exactRowShare ?? 0) > DRL_THRESHOLDS.maxDuplicateRowShare || findingsOf(s, t).some((f) => DUPLICATE_FINDINGS.has(f.code)),
        (list) => `duplicates: ${list}`,
      ),
  },
  {
    id: 'invalid-values',
    level: 'B',
    description: `more than ${DRL_THRESHOLDS.maxInvalidColumnShare * 100} % of the columns with numbers or dates as text, mixed formats or placeholders`,
    check: (s) => {
      const tables = readTables(s)
      const columns = tables.reduce((n, t) => n + t.columns.length, 0)
      const invalid = new Set<string>()
      for (const t of tables) {
        for (const f of findingsOf(s, t)) if (VALIDITY_FINDINGS.has(f.code) && f.column !== undefined) invalid.add(`${t.schema ?? ''}.${t.name}.${f.column}`)
      }
      if (columns === 0 || invalid.size / columns <= DRL_THRESHOLDS.maxInvalidColumnShare) return []
      return [`invalid values: ${invalid.size} of ${columns} columns with numbers or dates as text, mixed formats or placeholders`]
    },
  },
  {
    id: 'orphans',
    level: 'B',
    description: 'foreign keys (declared or inferred) with child rows that have no parent row',
    check: (s) => tablesWhere(s, (t) => (t.foreignKeys ?? []).some((fk) => (fk.orphanRows ?? 0) > 0), (list) => `broken links (orphan rows): ${list}`),
  },
  {
    id: 'no-unique-key',
    level: 'B',
    description: 'a table without a primary key, unique constraint or unique candidate key (records cannot be told apart)',
    check: (s) => tablesWhere(s, (t) => !hasUniqueKey(t), (list) => `no unique key: ${list}`),
  },
]

const A_REASON = 'readable and profiled, no completeness, duplicate, validity or linkage problems above the thresholds'

export function readinessLevel(source: SourceReport): ReadinessLevel {
  const fired = DRL_RULES.map((rule) => ({rule, reasons: rule.check(source)})).filter((r) => r.reasons.length > 0)
  if (fired.length === 0) return {level: 'A', reasons: [A_REASON]}
  // C reasons first; B reasons stay listed, as they are the next step once C is settled
  const level = fired.some((r) => r.rule.level === 'C') ? 'C' : 'B'
  const ordered = [...fired.filter((r) => r.rule.level === 'C'), ...fired.filter((r) => r.rule.level === 'B')]
  return {level, reasons: ordered.flatMap((r) => r.reasons)}
}
