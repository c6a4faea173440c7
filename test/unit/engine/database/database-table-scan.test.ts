import {describe, expect, it} from 'vitest'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import {scanDatabaseTable, type TableScanInput} from '../../../../src/engine/database/database-table-scan.js'
import type {ForeignKeyRef} from '../../../../src/connectors/sql/integrity-sql.js'
import {col} from '../../connectors/sql/catalog-fixture.js'
import {sqlSpec} from '../../connectors/sql/spec-fixture.js'
import {table} from './catalog-builders.js'
import {dbError, fakeSession, labelsOf, pushdownRow, type Answers} from './fake-session.js'

/** orders without a primary key: auftrag_nr repeats, kunden_nr points at kunde.nr (inferred), dates with gaps */
const auftrag = table('auftrag', [
  col('auftrag_nr', 'integer', 'integer', 0),
  col('kunden_nr', 'integer', 'integer', 1),
  col('auftragsdatum', 'date', 'date', 2),
  col('bemerkung', 'character varying(200)', 'text', 3),
])
const toKunde: ForeignKeyRef & {declared: boolean; reason: string} = {
  columns: ['kunden_nr'],
  references: {schema: 'public', table: 'kunde', columns: ['nr']},
  declared: false,
  reason: 'column kunden_nr in auftrag matches key nr of kunde',
}

const ROWS = 100
const DISTINCT = [95, 30, 60, 40]
const RANGES: Record<number, [unknown, unknown]> = {0: ['1', '120'], 1: ['1', '999'], 2: ['2023-01-05', '2023-06-20'], 3: ['Abholung', 'zügig']}

const pushdown = pushdownRow(ROWS, (pos, item) => {
  if (item === 'nn') return String(pos === 3 ? 80 : ROWS)
  if (item === 'em' || item === 'ph') return '5'
  if (item === 'dc') return String(DISTINCT[pos])
  if (item === 'mn') return RANGES[pos][0]
  if (item === 'mx') return RANGES[pos][1]
  if (item === 'ln') return '3'
  if (item === 'lx') return '18'
  return null
})

function answers(overrides: Answers = {}): Answers {
  return {
    pushdown,
    sample: Array.from({length: 10}, (_, i) => ({auftrag_nr: i + 1, kunden_nr: (i % 3) + 1, auftragsdatum: new Date(2023, 0, 5 + i), bemerkung: i % 2 ? 'Abholung' : null})),
    'duplicate rows': [{dup_groups: '2', dup_surplus: '3'}],
    'key duplicates': [{dup_values: '5', dup_surplus: '5'}],
    'key examples': [{k0: 7, n: '2'}, {k0: 12, n: '2'}],
    orphans: [{orphan_rows: '4'}],
    'orphan examples': [{k0: 999}, {k0: 998}],
    // January, March, June 2023: April and May and February are gaps
    history: [{ym: 202301, n: '30'}, {ym: '202303', n: '50'}, {ym: 202306, n: '20'}],
    ...overrides,
  }
}

function input(session: ReturnType<typeof fakeSession>, overrides: Partial<TableScanInput> = {}): TableScanInput {
  return {
    session,
    table: auftrag,
    foreignKeys: [toKunde],
    historyColumns: ['auftragsdatum'],
    role: 'orders',
    sampleRows: 10,
    approximateDistinct: false,
    deadlines: {table: Number.MAX_SAFE_INTEGER, source: Number.MAX_SAFE_INTEGER},
    tableBudgetMs: 120_000,
    ...overrides,
  }
}

const codes = (drafts: Array<{code: string}>) => drafts.map((d) => d.code)

describe('scanDatabaseTable: every step', () => {
  it('starts duplicate rows and history beside the pushdown (second connection), then sample, keys, orphans', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers())
    await scanDatabaseTable(input(session))
    expect(labelsOf(session)).toEqual(['duplicate rows', 'history', 'pushdown', 'sample', 'key duplicates', 'key examples', 'orphans', 'orphan examples'])
    expect(session.statements.map((s) => s.label)).toEqual([
      'duplicate rows: public.auftrag',
      'history: public.auftrag.auftragsdatum',
      'pushdown: public.auftrag',
      'sample: public.auftrag',
      'key duplicates: public.auftrag (auftrag_nr)',
      'key examples: public.auftrag (auftrag_nr)',
      'orphans: public.auftrag (kunden_nr) → kunde',
      'orphan examples: public.auftrag (kunden_nr)',
    ])
  })

  it('the report: whole-table counts from the pushdown, the sample marked, catalog facts, duplicates, keys, orphans, history', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers())
    const {report} = await scanDatabaseTable(input(session))
    expect(report).toMatchObject({name: 'auftrag', schema: 'public', kind: 'table', rowCount: 100, sampled: true, sampleRows: 10, rowEstimate: 1000, role: 'orders', headerRow: null})
    expect(report.partial).toBeUndefined()
    expect(report.columns.map((c) => c.name)).toEqual(['auftrag_nr', 'kunden_nr', 'auftragsdatum', 'bemerkung'])
    expect(report.columns[0]).toMatchObject({nullCount: 0, distinctCount: 95, distinctApprox: false, min: 1, max: 120, nullable: true})
    expect(report.columns[2]).toMatchObject({inferredType: 'date', distinctCount: 60})
    expect(report.columns[3]).toMatchObject({nullCount: 20, emptyCount: 5, placeholderCount: 5, minLength: 3, maxLength: 18})
    expect(report.duplicates).toMatchObject({exactRows: 3, duplicatedRowGroups: 2, exactRowShare: 0.03})
    expect(report.duplicates.candidateKeys).toHaveLength(1)
    expect(report.duplicates.candidateKeys[0]).toMatchObject({columns: ['auftrag_nr'], unique: false, distinctCount: 95, missingCount: 0, duplicatedValues: 5, surplusRows: 5})
    expect(report.duplicates.candidateKeys[0].examples).toHaveLength(2)
    expect(report.foreignKeys).toHaveLength(1)
    expect(report.foreignKeys![0]).toMatchObject({columns: ['kunden_nr'], declared: false, orphanRows: 4, reason: toKunde.reason})
    expect(report.foreignKeys![0].examples).toHaveLength(2)
    expect(report.history).toEqual([
      {column: 'auftragsdatum', earliest: '2023-01-05', latest: '2023-06-20', monthsSpanned: 6, monthsWithRows: 3, gapMonths: 3, gaps: ['2023-02', '2023-04', '2023-05']},
    ])
  })

  // BUG (reported): applyPushdown drops min/max whenever the pushdown's min is a string and the sample
  // infers a typed kind — meant for text columns holding dates, it also hits real DATE/DATETIME columns,
  // whose ISO text range is exact. A sampled table then reports no date range at all. Flip to it() once fixed.
  it('a DATE column keeps the whole-table range from the pushdown', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers())
    const {report} = await scanDatabaseTable(input(session))
    expect(report.sampled).toBe(true)
    expect(report.columns[2]).toMatchObject({min: '2023-01-05', max: '2023-06-20'})
  })

  it('drafts: no primary key, inferred orphans as a warning, history gaps — each naming the table', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers())
    const {drafts} = await scanDatabaseTable(input(session))
    expect(codes(drafts)).toEqual(expect.arrayContaining(['NO_PRIMARY_KEY', 'ORPHAN_ROWS', 'HISTORY_GAPS']))
    expect(codes(drafts)).not.toContain('TABLE_PARTIAL')
    for (const d of drafts) expect(d.table).toBe('public.auftrag')
    expect(drafts.find((d) => d.code === 'ORPHAN_ROWS')).toMatchObject({severity: 'warning', data: {columns: ['kunden_nr'], references: 'kunde(nr)', orphanRows: 4, declared: false}})
    expect(drafts.find((d) => d.code === 'HISTORY_GAPS')).toMatchObject({column: 'auftragsdatum', data: {gapMonths: 3}})
  })

  it('an empty table reads no sample', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers({pushdown: pushdownRow(0, (_p, item) => (item === 'nn' || item === 'dc' ? '0' : null)), 'duplicate rows': [{dup_groups: '0', dup_surplus: null}]}))
    const {report} = await scanDatabaseTable(input(session, {foreignKeys: [], historyColumns: []}))
    expect(labelsOf(session)).not.toContain('sample')
    expect(report).toMatchObject({rowCount: 0, sampleRows: 0})
    expect(report.duplicates).toMatchObject({exactRows: 0, exactRowShare: null})
  })
})

describe('scanDatabaseTable: time budgets', () => {
  it('the table deadline passing during the pushdown skips every step that had not started: partial table-budget and TABLE_PARTIAL', async () => {
    let clock = 0
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      pushdown: (statement) => {
        clock = 5_000
        return pushdown(statement)
      },
    })
    const {report, drafts} = await scanDatabaseTable(input(session, {deadlines: {table: 1_000, source: 1_000_000}, tableBudgetMs: 1_000, now: () => clock}))
    // duplicate rows and history had started beside the pushdown: they finish
    expect(labelsOf(session)).toEqual(['duplicate rows', 'history', 'pushdown'])
    expect(report.partial).toEqual({reason: 'table-budget', skipped: ['sample', 'keys', 'foreign-keys']})
    expect(report.rowCount).toBe(100)
    expect(report.sampleRows).toBe(0)
    expect(report.duplicates).toMatchObject({exactRows: 3, candidateKeys: []})
    expect(report.history).toHaveLength(1)
    expect(drafts.find((d) => d.code === 'TABLE_PARTIAL')).toEqual({
      code: 'TABLE_PARTIAL',
      severity: 'warning',
      table: 'public.auftrag',
      data: {reason: 'table-budget', skipped: ['sample', 'keys', 'foreign-keys'], budgetMs: 1_000},
    })
  })

  it('the deadline passing in the middle: earlier steps ran, the rest is named as skipped', async () => {
    let clock = 0
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      sample: () => {
        clock = 2_000
        return answers().sample as never
      },
    })
    const {report} = await scanDatabaseTable(input(session, {deadlines: {table: 1_000, source: 1_000_000}, now: () => clock}))
    expect(labelsOf(session)).toEqual(['duplicate rows', 'history', 'pushdown', 'sample'])
    expect(report.partial).toEqual({reason: 'table-budget', skipped: ['keys', 'foreign-keys']})
    expect(report.sampleRows).toBe(10)
  })

  it('the source deadline wins over the table deadline', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), answers())
    const {report} = await scanDatabaseTable(input(session, {deadlines: {table: 10, source: 10}, now: () => 50}))
    expect(report.partial?.reason).toBe('source-budget')
  })
})

describe('scanDatabaseTable: errors', () => {
  it('a step that times out makes the table partial (error); the later steps still run', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      'duplicate rows': () => {
        throw dbError('DB_TIMEOUT', 'the statement timed out')
      },
    })
    const {report, drafts} = await scanDatabaseTable(input(session))
    expect(labelsOf(session)).toEqual(['duplicate rows', 'history', 'pushdown', 'sample', 'key duplicates', 'key examples', 'orphans', 'orphan examples'])
    expect(report.partial).toEqual({reason: 'error', skipped: ['duplicates']})
    expect(report.foreignKeys![0].orphanRows).toBe(4)
    expect(report.history).toHaveLength(1)
    expect(drafts.find((d) => d.code === 'TABLE_PARTIAL')?.data).toMatchObject({reason: 'error', skipped: ['duplicates']})
  })

  it('a permission error in the sample: partial, the whole-table numbers stay', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      sample: () => {
        throw dbError('DB_PERMISSION_DENIED')
      },
    })
    const {report} = await scanDatabaseTable(input(session))
    expect(report.partial).toEqual({reason: 'error', skipped: ['sample']})
    expect(report.rowCount).toBe(100)
    expect(report.columns[0].distinctCount).toBe(95)
  })

  it('a failing pushdown fails the table', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      pushdown: () => {
        throw dbError('DB_PERMISSION_DENIED', 'permission denied for table auftrag')
      },
    })
    await expect(scanDatabaseTable(input(session))).rejects.toMatchObject({code: 'DB_PERMISSION_DENIED'})
    // the steps started beside it were awaited before the table failed; nothing ran after it
    expect(labelsOf(session)).toEqual(['duplicate rows', 'history', 'pushdown'])
  })

  it('a lost connection in a later step is not swallowed: it ends the table (the source decides what follows)', async () => {
    const session = fakeSession(postgresDialect, sqlSpec('postgres'), {
      ...answers(),
      orphans: () => {
        throw dbError('DB_CONNECTION_LOST')
      },
    })
    await expect(scanDatabaseTable(input(session))).rejects.toMatchObject({code: 'DB_CONNECTION_LOST'})
  })
})
