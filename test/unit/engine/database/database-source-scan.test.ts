import {beforeEach, describe, expect, it, vi} from 'vitest'
import type {Catalog} from '../../../../src/connectors/sql/catalog.js'
import type {LabeledSql} from '../../../../src/connectors/sql/dialect.js'
import {postgresDialect} from '../../../../src/connectors/sql/postgres.js'
import type {SqlSourceSpec} from '../../../../src/connectors/sql/source-uri.js'
import {silentProgress, type ProgressSink} from '../../../../src/engine/progress.js'
import {scanDatabaseSource} from '../../../../src/engine/database/database-source-scan.js'
import {col} from '../../connectors/sql/catalog-fixture.js'
import {sqlSpec} from '../../connectors/sql/spec-fixture.js'
import {catalog, table} from './catalog-builders.js'
import {dbError, fakeSession, pushdownRow, type Answers, type FakeSession} from './fake-session.js'

/** what the mocked openSqlSession hands out: a fake session over `current.catalog` answering `current.answers` */
const current = vi.hoisted(() => ({
  catalog: undefined as unknown,
  answers: undefined as unknown,
  catalogError: undefined as unknown,
  sessions: [] as unknown[],
}))

vi.mock('../../../../src/connectors/sql/sql-session.js', () => ({
  openSqlSession: (spec: SqlSourceSpec) => {
    const dialect = {
      ...postgresDialect,
      readCatalog: async () => {
        if (current.catalogError) throw current.catalogError
        return current.catalog as Catalog
      },
    }
    const session = fakeSession(dialect, spec, current.answers as (s: LabeledSql) => Answers)
    current.sessions.push(session)
    return session
  },
}))

const tables = ['artikel', 'kunde', 'lager', 'lieferant'].map((name) =>
  table(name, [col('nr', 'integer', 'integer', 0, {nullable: false}), col('bezeichnung', 'character varying(80)', 'text', 1)], {primaryKey: ['nr']}),
)

function answerAll(failing: Record<string, () => never> = {}) {
  return (statement: LabeledSql): Answers => {
    const name = /^[a-z ]+: public\.([a-z]+)/.exec(statement.label)?.[1] ?? ''
    if (statement.label.startsWith('pushdown:') && failing[name]) failing[name]()
    return {
      pushdown: pushdownRow(50, (_pos, item) => (item === 'nn' || item === 'dc' ? '50' : item === 'mn' ? '1' : item === 'mx' ? '50' : '0')),
      sample: [{nr: 1, bezeichnung: 'Schraube'}],
    }
  }
}

beforeEach(() => {
  current.catalog = catalog(tables)
  current.answers = answerAll()
  current.catalogError = undefined
  current.sessions = []
})

function lastSession(): FakeSession {
  return current.sessions.at(-1) as FakeSession
}

describe('scanDatabaseSource', () => {
  it('scans every base table, reports system and database facts, and closes the session', async () => {
    const started: string[] = []
    const progress: ProgressSink = {...silentProgress, startTable: (_s, t) => started.push(t)}
    const spec = sqlSpec('postgres')
    const {report, drafts} = await scanDatabaseSource(spec, {progress, now: () => 1_000})
    expect(report).toMatchObject({kind: 'postgres', location: spec.location, status: 'ok', durationMs: 0})
    expect(report.tables.map((t) => t.name)).toEqual(['artikel', 'kunde', 'lager', 'lieferant'])
    expect(report.tables.every((t) => t.rowCount === 50 && t.error === undefined)).toBe(true)
    expect(report.system).toMatchObject({engine: 'PostgreSQL', version: '16.4'})
    expect(report.database).toMatchObject({name: 'erp', readOnlySession: true, tableCount: 4})
    expect(report.database!.statementCount).toBe(lastSession().statements.length)
    expect(started).toEqual(['public.artikel', 'public.kunde', 'public.lager', 'public.lieferant'])
    expect(drafts.filter((d) => d.code === 'TABLE_FAILED')).toEqual([])
    expect(lastSession().closed).toBe(true)
  })

  it('a table the account may not read → TABLE_FAILED for it; the next table is still scanned', async () => {
    current.answers = answerAll({
      kunde: () => {
        throw dbError('DB_PERMISSION_DENIED', 'postgres://reader@erp-host:5432/erp (pushdown: public.kunde): the account may not read this — permission denied for table kunde')
      },
    })
    const {report, drafts} = await scanDatabaseSource(sqlSpec('postgres'), {progress: silentProgress})
    expect(report.status).toBe('ok')
    const kunde = report.tables.find((t) => t.name === 'kunde')!
    expect(kunde).toMatchObject({schema: 'public', rowCount: 0, columns: [], error: {code: 'DB_PERMISSION_DENIED'}})
    expect(kunde.error!.message).toContain('permission denied for table kunde')
    for (const name of ['artikel', 'lager', 'lieferant']) expect(report.tables.find((t) => t.name === name)!.rowCount).toBe(50)
    expect(lastSession().statements.some((s) => s.label === 'pushdown: public.lager')).toBe(true)
    expect(drafts.filter((d) => d.code === 'TABLE_FAILED')).toEqual([
      {code: 'TABLE_FAILED', severity: 'error', table: 'public.kunde', scope: 'table', data: {code: 'DB_PERMISSION_DENIED', message: kunde.error!.message}},
    ])
  })

  it('three tables in a row losing the connection fail the source', async () => {
    const lost = () => {
      throw dbError('DB_CONNECTION_LOST', 'the connection was lost')
    }
    current.answers = answerAll({artikel: lost, kunde: lost, lager: lost})
    const {report} = await scanDatabaseSource(sqlSpec('postgres'), {progress: silentProgress})
    expect(report.status).toBe('failed')
    expect(report.error).toMatchObject({code: 'DB_CONNECTION_LOST'})
    expect(report.tables.map((t) => t.name)).toEqual(['artikel', 'kunde'])
    expect(lastSession().statements.some((s) => s.label.includes('lieferant'))).toBe(false)
    expect(lastSession().closed).toBe(true)
  })

  it('connection failures that are not in a row do not fail the source', async () => {
    const lost = () => {
      throw dbError('DB_HOST_UNREACHABLE', 'unreachable')
    }
    current.answers = answerAll({artikel: lost, kunde: lost, lieferant: lost})
    const {report} = await scanDatabaseSource(sqlSpec('postgres'), {progress: silentProgress})
    expect(report.status).toBe('ok')
    expect(report.tables.map((t) => [t.name, t.error?.code])).toEqual([
      ['artikel', 'DB_HOST_UNREACHABLE'],
      ['kunde', 'DB_HOST_UNREACHABLE'],
      ['lager', undefined],
      ['lieferant', 'DB_HOST_UNREACHABLE'],
    ])
  })

  it('a catalog that cannot be read fails the source with the error and its advice', async () => {
    current.catalogError = dbError('DB_AUTH_FAILED', 'postgres://reader@erp-host:5432/erp: the login was refused — password authentication failed')
    const {report} = await scanDatabaseSource(sqlSpec('postgres'), {progress: silentProgress})
    expect(report.status).toBe('failed')
    expect(report.error).toMatchObject({code: 'DB_AUTH_FAILED'})
    expect(report.tables).toEqual([])
    expect(lastSession().closed).toBe(true)
  })

  it('source findings carry scope source; table deadlines come from the table budget', async () => {
    current.catalog = catalog(tables, {readOnlySession: false})
    let clock = 0
    const now = () => clock
    // each pushdown takes 2 s of a 1.5 s table budget: every table is partial
    current.answers = (statement: LabeledSql): Answers => {
      if (statement.label.startsWith('pushdown:')) clock += 2_000
      return answerAll()(statement)
    }
    const {report, drafts} = await scanDatabaseSource(sqlSpec('postgres', {tableBudgetMs: 1_500}), {progress: silentProgress, now})
    expect(drafts.find((d) => d.code === 'SESSION_NOT_READ_ONLY')).toMatchObject({scope: 'source'})
    expect(report.tables.map((t) => t.partial?.reason)).toEqual(['table-budget', 'table-budget', 'table-budget', 'table-budget'])
    expect(drafts.filter((d) => d.code === 'TABLE_PARTIAL').map((d) => [d.table, d.scope])).toEqual([
      ['public.artikel', 'table'],
      ['public.kunde', 'table'],
      ['public.lager', 'table'],
      ['public.lieferant', 'table'],
    ])
  })

  it('tables after the source budget is spent are not read at all: named, marked partial, an error each', async () => {
    let clock = 0
    const now = () => clock
    // each pushdown takes 2 s of a 3 s source budget: the first two tables are read, the others not
    current.answers = (statement: LabeledSql): Answers => {
      if (statement.label.startsWith('pushdown:')) clock += 2_000
      return answerAll()(statement)
    }
    const {report, drafts} = await scanDatabaseSource(sqlSpec('postgres', {sourceBudgetMs: 3_000, tableBudgetMs: 60_000}), {progress: silentProgress, now})
    expect(report.tables.map((t) => [t.name, t.error?.code ?? null, t.partial?.reason ?? null])).toEqual([
      ['artikel', null, null],
      ['kunde', null, 'source-budget'],
      ['lager', 'DB_TIMEOUT', 'source-budget'],
      ['lieferant', 'DB_TIMEOUT', 'source-budget'],
    ])
    const pushdowns = lastSession().statements.filter((st) => st.label.startsWith('pushdown:')).map((st) => st.label)
    expect(pushdowns).toEqual(['pushdown: public.artikel', 'pushdown: public.kunde'])
    expect(drafts.filter((d) => d.code === 'TABLE_PARTIAL').map((d) => d.table)).toEqual(['public.kunde', 'public.lager', 'public.lieferant'])
  })
})
