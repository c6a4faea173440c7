/**
 * A SqlSession without a database: answers each statement by the prefix of its label (pushdown:, sample:,
 * duplicate rows:, key duplicates:, key examples:, orphans:, orphan examples:, history:). An answer is
 * rows, or a function that returns rows or throws (errors as the real session throws them: ScannerErrors).
 * Pushdown answers are built from the aliases in the statement, so they do not depend on the SQL text.
 */
import type {LabeledSql, SqlDialect, SqlRow} from '../../../../src/connectors/sql/dialect.js'
import type {SqlSession} from '../../../../src/connectors/sql/sql-session.js'
import type {SqlSourceSpec} from '../../../../src/connectors/sql/source-uri.js'
import {ScannerError, type ScannerErrorCode} from '../../../../src/errors.js'

export const LABEL_PREFIXES = ['pushdown', 'sample', 'duplicate rows', 'key duplicates', 'key examples', 'orphans', 'orphan examples', 'history'] as const
export type LabelPrefix = (typeof LABEL_PREFIXES)[number]

export type Answer = SqlRow[] | ((statement: LabeledSql) => SqlRow[])
export type Answers = Partial<Record<LabelPrefix, Answer>>

export interface FakeSession extends SqlSession {
  closed: boolean
}

export function prefixOf(label: string): LabelPrefix {
  // longest first: "orphan examples:" before "orphans:", "key examples:" before "key duplicates:"
  const found = [...LABEL_PREFIXES].sort((a, b) => b.length - a.length).find((p) => label.startsWith(`${p}:`))
  if (!found) throw new Error(`fake session: no answer for "${label}"`)
  return found
}

export function fakeSession(dialect: SqlDialect, spec: SqlSourceSpec, answers: Answers | ((statement: LabeledSql) => Answers)): FakeSession {
  const statements: Array<LabeledSql & {ms: number}> = []
  const session: FakeSession = {
    dialect,
    spec,
    statements,
    closed: false,
    async run(statement) {
      statements.push({...statement, ms: 0})
      const table = typeof answers === 'function' ? answers(statement) : answers
      const answer = table[prefixOf(statement.label)]
      if (answer === undefined) throw new Error(`fake session: no answer for "${statement.label}"`)
      return typeof answer === 'function' ? answer(statement) : answer
    },
    async close() {
      session.closed = true
    },
  }
  return session
}

/** a pushdown row from the statement's aliases: `c<pos>_<form><item>` → values(pos, item) */
export function pushdownRow(rows: number, values: (position: number, item: string) => unknown): (statement: LabeledSql) => SqlRow[] {
  return (statement) => {
    const row: SqlRow = {row_count: String(rows)}
    for (const [, alias, position, item] of statement.sql.matchAll(/ AS (c(\d+)_\d([a-z]+))\b/g)) row[alias] = values(Number(position), item)
    return [row]
  }
}

export function dbError(code: ScannerErrorCode, message: string = code): ScannerError {
  return new ScannerError(code, message, {location: 'postgres://reader@erp-host:5432/erp'})
}

export const labelsOf = (session: SqlSession) => session.statements.map((s) => prefixOf(s.label))
