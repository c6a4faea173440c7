/**
 * A database scan against what the KMU ERP fixture is known to hold (TRUTH in demo/kmu-erp-data.mjs):
 * one suite body, run on every engine the fixture lives in. The scan service is called directly, as the
 * CLI calls it; every expected number comes from TRUTH, none from an earlier scan.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {TRUTH, type KmuErpTableName} from '../../../demo/kmu-erp-data.mjs'
import {runScan} from '../../../src/engine/scan-service.js'
import type {ColumnReport, ScanReport, SourceReport, TableReport} from '../../../src/report/scan-report.js'
import {adminKnex, databaseUrl, serverAvailable, suiteTitle} from '../../helpers/databases.js'
import {kmuScanEngines, type KmuScanEngine} from '../../helpers/db-scan-engines.js'
import {dropDatabase, recreateDatabase} from '../../helpers/load-datasets.js'

const DATABASE = 'dr_scan_kmu'
const TABLES = Object.keys(TRUTH.rowCounts) as KmuErpTableName[]
/** the tables whose sample is cut by sampleRows: 100 (all but the two smallest) */
const SAMPLED_AT_100 = TABLES.filter((t) => TRUTH.rowCounts[t] > 100)

function tableOf(source: SourceReport, name: string): TableReport {
  const table = source.tables.find((t) => t.name === name)
  if (!table) throw new Error(`table ${name} is not in the report (tables: ${source.tables.map((t) => t.name).join(', ')})`)
  return table
}

function columnOf(source: SourceReport, qualified: string): ColumnReport {
  const [table, column] = qualified.split('.')
  const found = tableOf(source, table).columns.find((c) => c.name === column)
  if (!found) throw new Error(`column ${qualified} is not in the report`)
  return found
}

async function scanOnce(uri: string, sampleRows?: number): Promise<SourceReport> {
  const report: ScanReport = await runScan({inputs: [uri], lang: 'de', workers: 0, ...(sampleRows ? {sampleRows} : {})})
  expect(report.sources).toHaveLength(1)
  return report.sources[0]
}

function scanSuite(engine: KmuScanEngine): void {
  let source: SourceReport
  let sampled: SourceReport

  beforeAll(async () => {
    const uri = await engine.prepare()
    source = await scanOnce(uri)
    sampled = await scanOnce(uri, 100)
  })
  afterAll(() => engine.cleanup())

  it('scans every table completely, in a read-only session, and names the engine', () => {
    expect(source.error).toBeUndefined()
    expect(source.status).toBe('ok')
    expect(source.kind).toBe(engine.name === 'mariadb' ? 'mysql' : engine.name)
    expect(source.database?.readOnlySession).toBe(true)
    expect(source.system?.engine).toBe({sqlite: 'SQLite', postgres: 'PostgreSQL', mariadb: 'MariaDB', mssql: 'Microsoft SQL Server'}[engine.name])
    expect(source.system?.version).toMatch(/^\d+\.\d+/)
    expect(source.database?.tableCount).toBe(TABLES.length)
    for (const table of source.tables) {
      expect(table.error, table.name).toBeUndefined()
      expect(table.partial, table.name).toBeUndefined()
    }
    expect(source.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort())
  })

  it('counts the rows of every table, and reads small tables whole (sampled false)', () => {
    for (const name of TABLES) {
      const table = tableOf(source, name)
      expect(table.rowCount, name).toBe(TRUTH.rowCounts[name])
      expect(table.sampled, name).toBe(false)
      expect(table.sampleRows, name).toBe(TRUTH.rowCounts[name])
    }
  })

  it('finds the exact duplicate rows (auftrag_position: 11 surplus rows in 10 groups)', () => {
    for (const name of TABLES) {
      const {duplicates} = tableOf(source, name)
      const truth = TRUTH.duplicateRows[name]
      expect({table: name, exactRows: duplicates.exactRows, groups: duplicates.duplicatedRowGroups}).toEqual({
        table: name,
        exactRows: truth.surplusRows,
        groups: truth.groups,
      })
    }
    const position = tableOf(source, 'auftrag_position')
    expect(position.duplicates.exactRowShare).toBeCloseTo(11 / 5995, 10)
    expect(position.findings.map((f) => f.code)).toContain('DUPLICATE_ROWS')
  })

  it('counts the orphan rows of the inferred foreign keys (7, 23, 3, 0, 0), marked as not declared', () => {
    for (const truth of TRUTH.undeclaredForeignKeys) {
      const fks = tableOf(source, truth.table).foreignKeys ?? []
      const fk = fks.find((f) => f.columns.join() === truth.column && f.references.table === truth.references.table)
      expect(fk, `${truth.table}.${truth.column} → ${truth.references.table}`).toBeDefined()
      expect(fk).toMatchObject({declared: false, orphanRows: truth.orphanRows, references: {table: truth.references.table, columns: [truth.references.column]}})
      expect(fk!.reason).toBeTruthy()
      // examples are masked: at most the distinct orphan values, never more
      expect((fk!.examples ?? []).length).toBeLessThanOrEqual(truth.orphanValues)
      const orphanFindings = tableOf(source, truth.table).findings.filter((f) => f.code === 'ORPHAN_ROWS' && (f.data?.columns as string[]).join() === truth.column)
      expect(orphanFindings, `ORPHAN_ROWS for ${truth.table}.${truth.column}`).toHaveLength(truth.orphanRows > 0 ? 1 : 0)
    }
  })

  it('checks the declared foreign key rechnung → auftrag: declared, no orphans, no finding', () => {
    const [truth] = TRUTH.declaredForeignKeys
    const fks = tableOf(source, truth.table).foreignKeys ?? []
    expect(fks).toHaveLength(1)
    expect(fks[0]).toMatchObject({columns: [truth.column], declared: true, orphanRows: 0, references: {table: truth.references.table, columns: [truth.references.column]}})
    expect(tableOf(source, truth.table).findings.map((f) => f.code)).not.toContain('ORPHAN_ROWS')
  })

  it('measures the order history: 66 months spanned, the 5 months without orders listed', () => {
    const truth = TRUTH.history['auftrag.auftragsdatum']
    const history = tableOf(source, 'auftrag').history?.find((h) => h.column === 'auftragsdatum')
    expect(history).toEqual({
      column: 'auftragsdatum',
      earliest: TRUTH.minMax['auftrag.auftragsdatum'][0],
      latest: TRUTH.minMax['auftrag.auftragsdatum'][1],
      monthsSpanned: truth.monthsSpanned,
      monthsWithRows: truth.monthsWithRows,
      gapMonths: truth.gapMonths.length,
      gaps: truth.gapMonths,
    })
    const finding = tableOf(source, 'auftrag').findings.find((f) => f.code === 'HISTORY_GAPS' && f.column === 'auftragsdatum')
    expect(finding?.data).toMatchObject({monthsSpanned: 66, gapMonths: 5, gaps: truth.gapMonths})
  })

  it('counts nulls, empty strings and placeholders of the TRUTH columns, and their completeness', () => {
    for (const [qualified, truth] of Object.entries(TRUTH.missing)) {
      const column = columnOf(source, qualified)
      const rows = TRUTH.rowCounts[qualified.split('.')[0] as KmuErpTableName]
      expect({column: qualified, null: column.nullCount, empty: column.emptyCount, placeholder: column.placeholderCount}).toEqual({
        column: qualified,
        null: truth.null,
        empty: truth.empty,
        placeholder: truth.placeholder,
      })
      expect(column.completeness, qualified).toBeCloseTo((rows - truth.null - truth.empty - truth.placeholder) / rows, 12)
    }
    for (const qualified of TRUTH.emptyColumns) {
      expect(columnOf(source, qualified).completeness).toBe(0)
      const [table, column] = qualified.split('.')
      expect(tableOf(source, table).findings.some((f) => f.code === 'EMPTY_COLUMN' && f.column === column), qualified).toBe(true)
    }
  })

  it('counts distinct values exactly (case- and accent-sensitive) and finds the constant columns', () => {
    for (const [qualified, count] of Object.entries(TRUTH.distinct)) {
      const column = columnOf(source, qualified)
      expect({column: qualified, distinct: column.distinctCount, approx: column.distinctApprox}).toEqual({column: qualified, distinct: count, approx: false})
    }
    for (const qualified of Object.keys(TRUTH.constantColumns)) {
      const [table, column] = qualified.split('.')
      expect(columnOf(source, qualified).distinctCount, qualified).toBe(1)
      expect(tableOf(source, table).findings.some((f) => f.code === 'CONSTANT_COLUMN' && f.column === column), qualified).toBe(true)
    }
  })

  it('reports min and max of the TRUTH columns (numbers as numbers, dates as yyyy-mm-dd, birth dates as their year)', () => {
    // a birth date is personal data: the report shows its year only
    const shown = (value: string | number, qualified: string) =>
      qualified === 'mitarbeiter.geburtsdatum' ? `**.**.${String(value).slice(0, 4)}` : value
    for (const [qualified, [min, max]] of Object.entries(TRUTH.minMax)) {
      const column = columnOf(source, qualified)
      expect({column: qualified, min: column.min, max: column.max}).toEqual({column: qualified, min: shown(min, qualified), max: shown(max, qualified)})
    }
  })

  it('finds the personal data of the TRUTH columns on the sample, with masked examples only', () => {
    for (const [table, columns] of Object.entries(TRUTH.personalData)) {
      for (const name of columns) {
        const column = columnOf(source, `${table}.${name}`)
        expect(column.pii.some((v) => v.confidence >= 0.5), `${table}.${name}: ${JSON.stringify(column.pii)}`).toBe(true)
      }
    }
    expect(columnOf(source, 'mitarbeiter.iban').pii[0]).toMatchObject({category: 'iban', matchShare: 1})
    expect(columnOf(source, 'mitarbeiter.iban').pii[0].examples?.every((e) => /^DE\d\d( \*{4}){3} \*\*\d\d \d\d$/.test(e))).toBe(true)
    for (const [qualified, category] of Object.entries(TRUTH.specialCategories)) {
      expect(columnOf(source, qualified).pii.find((v) => v.category === category)?.confidence ?? 0, qualified).toBeGreaterThanOrEqual(0.5)
    }
    expect(tableOf(source, 'mitarbeiter').findings.map((f) => f.code)).toContain('SPECIAL_CATEGORY_DATA')
    expect(columnOf(source, 'protokoll.notiz').pii.map((v) => v.category)).toContain('phone')
    // articles, orders and invoices hold no personal data
    for (const table of ['artikel', 'auftrag_position', 'rechnung']) {
      expect(tableOf(source, table).columns.flatMap((c) => c.pii.filter((v) => v.confidence >= 0.5)), table).toEqual([])
    }
  })

  it('flags exactly the two tables without a primary key', () => {
    const flagged = source.tables.filter((t) => t.findings.some((f) => f.code === 'NO_PRIMARY_KEY')).map((t) => t.name)
    expect(flagged.sort()).toEqual([...TRUTH.tablesWithoutPrimaryKey].sort())
    for (const name of TRUTH.tablesWithoutPrimaryKey) expect(tableOf(source, name).primaryKey).toBeUndefined()
    expect(tableOf(source, 'kunde').primaryKey).toEqual(['nr'])
  })

  it(engine.name === 'mariadb' ? 'reports the MyISAM table protokoll' : 'reports no MyISAM tables (MariaDB only)', () => {
    const myisam = source.findings.filter((f) => f.code === 'MYISAM_TABLES')
    if (engine.name !== 'mariadb') {
      expect(myisam).toEqual([])
      return
    }
    expect(myisam).toHaveLength(1)
    expect(myisam[0].data?.count).toBe(TRUTH.mysql.myisamTables.length)
    expect((myisam[0].data?.tables as string[]).map((t) => t.split('.').pop())).toEqual(TRUTH.mysql.myisamTables)
    expect(tableOf(source, 'protokoll').engine).toMatch(/^myisam$/i)
  })

  it('with sampleRows 100: bigger tables are sampled (≤ 100 rows), the whole-table metrics stay the same', () => {
    expect(sampled.status).toBe('ok')
    expect(sampled.database?.sampleRowsPerTable).toBe(100)
    for (const name of TABLES) {
      const full = tableOf(source, name)
      const part = tableOf(sampled, name)
      expect(part.rowCount, name).toBe(full.rowCount)
      expect(part.sampleRows, name).toBeLessThanOrEqual(100)
      expect(part.sampled, name).toBe(SAMPLED_AT_100.includes(name))
      expect(part.duplicates.exactRows, name).toBe(full.duplicates.exactRows)
      for (const column of full.columns) {
        const other = part.columns.find((c) => c.name === column.name)!
        const where = `${name}.${column.name}`
        expect({where, nullCount: other.nullCount, emptyCount: other.emptyCount, placeholderCount: other.placeholderCount, completeness: other.completeness}).toEqual({
          where,
          nullCount: column.nullCount,
          emptyCount: column.emptyCount,
          placeholderCount: column.placeholderCount,
          completeness: column.completeness,
        })
        // every column of the fixture is counted in SQL (MySQL TEXT included): none falls back to the sample
        expect({where, distinctCount: other.distinctCount, approx: other.distinctApprox}).toEqual({where, distinctCount: column.distinctCount, approx: false})
      }
    }
    const auftrag = tableOf(sampled, 'auftrag')
    expect(auftrag.rowCount).toBe(2000)
    expect(auftrag.sampled).toBe(true)
    // PostgreSQL's TABLESAMPLE SYSTEM reads random pages (fewer rows, maybe none); the others take exactly n rows
    if (engine.name !== 'postgres') expect(auftrag.sampleRows).toBe(100)
  })
}

for (const engine of await kmuScanEngines('database scan of the KMU ERP fixture', DATABASE)) {
  describe.skipIf(engine.skip)(engine.title, () => scanSuite(engine))
}

// The PostgreSQL sample's TABLESAMPLE percentage once came from the catalog's row estimate
// (pg_class.reltuples), although the pushdown has counted the rows just before. With stale statistics
// (a table purged from millions of rows to a few thousand, not analyzed since) the percentage is tiny,
// TABLESAMPLE returns no row, and every column is reported as inferredType "empty" next to 100 %
// completeness. Deciding the sample from the counted rows (or topping an empty TABLESAMPLE up with
// LIMIT n) keeps the sample whole for a small table.
const postgresForStale = await serverAvailable('postgres')
describe.skipIf(!postgresForStale)(suiteTitle('PostgreSQL sample of a small table whose statistics say it is huge', 'postgres', postgresForStale), () => {
  const database = 'dr_scan_stale'
  beforeAll(async () => {
    await recreateDatabase('postgres', database)
    const db = adminKnex('postgres', database)
    try {
      await db.raw(`CREATE TABLE kunde (nr integer PRIMARY KEY, name text NOT NULL, seit date NOT NULL)`)
      await db.raw(`INSERT INTO kunde SELECT g, 'Firma ' || g, date '2020-01-01' + g FROM generate_series(1, 3000) g`)
      await db.raw('ANALYZE kunde')
      // what the catalog says after a purge of a once huge table, before the next ANALYZE
      await db.raw(`UPDATE pg_class SET reltuples = 5e8 WHERE oid = 'kunde'::regclass`)
    } finally {
      await db.destroy()
    }
  })
  afterAll(() => dropDatabase('postgres', database))

  it('still reads the 3000 rows whole and infers the column types', async () => {
    const source = await scanOnce(databaseUrl('postgres', database))
    const kunde = tableOf(source, 'kunde')
    expect(kunde.rowEstimate).toBe(5e8)
    expect(kunde.rowCount).toBe(3000)
    expect({sampled: kunde.sampled, sampleRows: kunde.sampleRows}).toEqual({sampled: false, sampleRows: 3000})
    expect(kunde.columns.map((c) => [c.name, c.inferredType])).toEqual([['nr', 'integer'], ['name', 'text'], ['seit', 'date']])
  })
})
