import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {INFRASTRUKTUR_CRITERIA} from '../../../../src/scoring/infrastruktur/index.js'
import {scoreHurdle, type Criterion} from '../../../../src/scoring/model.js'
import {dataTables, isFile} from '../../../../src/scoring/infrastruktur/data-tables.js'
import {MACHINE_READABILITY, readabilityProblems} from '../../../../src/scoring/infrastruktur/machine-readability.js'
import type {FolderInventory, SourceReport, TableReport} from '../../../../src/report/scan-report.js'
import {CONTEXT, col, dbSource, fileSource, finding, folder, keyedTable, report, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

describe('INFRASTRUKTUR_CRITERIA', () => {
  it('lists the six criteria once each, all of the Infrastruktur hurdle', () => {
    const ids = INFRASTRUKTUR_CRITERIA.map((c) => c.definition.id)
    expect(ids).toEqual([
      'infrastruktur.dataLocation',
      'infrastruktur.parallelSystems',
      'infrastruktur.schemaQuality',
      'infrastruktur.systemCurrency',
      'infrastruktur.machineReadability',
      'infrastruktur.changeTracking',
    ])
    for (const {definition} of INFRASTRUKTUR_CRITERIA) {
      expect(definition.hurdle).toBe('infrastruktur')
      expect(definition.basis.length).toBeGreaterThan(0)
      expect(definition.weight).toBeGreaterThan(0)
      const values = definition.thresholds.map((t) => t.value)
      expect(values).toEqual([...values].sort((a, b) => a - b))
    }
  })

  it('scores a tidy keyed ERP clearly above the same business in scattered spreadsheets', () => {
    const tidy = report([
      dbSource('erp', [
        keyedTable('kunde', 1200, [col('firma', {declaredType: 'nvarchar(80)'})]),
        keyedTable('artikel', 800),
        keyedTable('auftrag', 24000, [col('datum', {declaredType: 'date', inferredType: 'date'})]),
      ]),
    ])
    const messy = {headerRow: 1, sheet: {hidden: false, mergedCellsInData: 4, formulaCells: 0, formulaShare: null}}
    const scattered = report(
      [
        fileSource('k1', '/share/Kunden.xlsx', [sheetTable('Kunden', 1200, undefined, messy)], {folderId: 'fld'}),
        fileSource('k2', '/share/Kunden - Kopie.xlsx', [sheetTable('Kunden', 1180)], {folderId: 'fld'}),
        fileSource('a', '/share/Artikel.csv', [sheetTable('Artikel.csv', 800, undefined, {findings: [finding('NOTES_ABOVE_HEADER', 'Artikel.csv')]})], {folderId: 'fld'}),
        fileSource('o', '/share/Auftraege 2023.xlsx', [sheetTable('Tabelle1', 24000)], {folderId: 'fld'}),
      ],
      [folder('fld', '/share', {versionedCopies: [{base: 'Kunden', paths: ['Kunden.xlsx', 'Kunden - Kopie.xlsx']}]})],
    )
    const good = scoreHurdle(INFRASTRUKTUR_CRITERIA, tidy, CONTEXT)
    const bad = scoreHurdle(INFRASTRUKTUR_CRITERIA, scattered, CONTEXT)
    expect(good.score).toBeGreaterThanOrEqual(80)
    expect(good.band).toBe('bereit')
    expect(bad.score).toBeLessThan(40)
    expect(bad.band).toBe('kritisch')
    // the reasons are in the criteria: all rows in files, customers kept twice, no database to judge
    const byId = new Map(bad.criteria.map((c) => [c.id, c]))
    expect(byId.get('infrastruktur.dataLocation')?.measured).toBe(0)
    expect(byId.get('infrastruktur.parallelSystems')?.measured).toBe(1)
    expect(byId.get('infrastruktur.systemCurrency')?.reason).toBe('no database was scanned')
  })
})

// ---- monotonicity: moving an entity from spreadsheets into a keyed database table never lowers the score

const ENTITIES = ['Kunden', 'Artikel', 'Lieferanten'] as const
const DB_NAME: Record<(typeof ENTITIES)[number], string> = {Kunden: 'kunden', Artikel: 'artikel', Lieferanten: 'lieferanten'}

const dbTableArb = fc.record({
  name: fc.constantFrom('auftrag', 'land', 'config', 'rechnung', 'kunde', 'artikel'),
  rows: fc.integer({min: 1, max: 5000}),
  keyed: fc.boolean(),
  typed: fc.boolean(),
  stamp: fc.constantFrom('modified', 'created', 'none'),
  myisam: fc.boolean(),
  comment: fc.boolean(),
})

type DbTableSpec = typeof dbTableArb extends fc.Arbitrary<infer T> ? T : never

function databaseTable(spec: DbTableSpec, index: number): TableReport {
  const stamp = {modified: [col('geaendert_am', {declaredType: 'datetime'})], created: [col('angelegt_am', {declaredType: 'datetime'})], none: []}[spec.stamp]
  const table = tbl(`${spec.name}${index}`, spec.rows, [
    col('nummer', {declaredType: spec.typed ? 'int' : 'varchar(10)', inferredType: 'integer'}),
    col('bezeichnung', {declaredType: 'nvarchar(50)'}),
    ...stamp,
  ], {schema: 'dbo', kind: 'table'})
  if (spec.keyed) table.primaryKey = ['nummer']
  if (spec.myisam) table.engine = 'MyISAM'
  if (spec.comment) table.comment = 'Stammdaten'
  return table
}

const fileArb = fc.record({
  entity: fc.constantFrom(...ENTITIES, 'Notizen'),
  rows: fc.integer({min: 1, max: 3000}),
  problem: fc.constantFrom('none', 'merged', 'noHeader', 'formulas', 'hidden', 'notes'),
  genericSheet: fc.boolean(),
  csv: fc.boolean(),
})

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never

function fileOf(spec: FileSpec, index: number): SourceReport {
  const fileName = `${spec.entity}${index}.${spec.csv ? 'csv' : 'xlsx'}`
  const sheetName = spec.csv ? fileName : spec.genericSheet ? 'Tabelle1' : spec.entity
  const sheet = {hidden: spec.problem === 'hidden', mergedCellsInData: spec.problem === 'merged' ? 2 : 0, formulaCells: 0, formulaShare: spec.problem === 'formulas' ? 0.5 : null}
  const table = sheetTable(sheetName, spec.rows, [col('Nummer'), col('Name')], {
    headerRow: spec.problem === 'noHeader' ? null : 1,
    findings: spec.problem === 'notes' ? [finding('NOTES_ABOVE_HEADER', sheetName)] : [],
    ...(spec.csv ? {} : {sheet}),
  })
  return fileSource(`file${index}`, `/share/${fileName}`, [table], {folderId: 'fld'})
}

const scenarioArb = fc.record({
  db: fc.array(dbTableArb, {maxLength: 5}),
  kind: fc.constantFrom('mssql' as const, 'mysql' as const, 'postgres' as const),
  support: fc.constantFrom('supported' as const, 'unsupported' as const, 'unknown' as const),
  files: fc.array(fileArb, {minLength: 1, maxLength: 7}),
  similarPairs: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), {maxLength: 3}),
  copyGroup: fc.array(fc.nat(6), {maxLength: 4}),
  moved: fc.constantFrom(...ENTITIES),
  movedTable: fc.record({typed: fc.boolean(), stamp: fc.constantFrom('modified', 'created', 'none'), comment: fc.boolean()}),
})

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never

function inventory(files: SourceReport[], s: Scenario): FolderInventory {
  const present = new Map(s.files.map((_, i) => [`file${i}`, files.find((f) => f.id === `file${i}`)]))
  const pathOf = (f: SourceReport) => f.location.replace('/share/', '')
  const similarHeaders = s.similarPairs
    .map(([a, b]) => [present.get(`file${a}`), present.get(`file${b}`)])
    .filter((pair): pair is [SourceReport, SourceReport] => pair[0] !== undefined && pair[1] !== undefined && pair[0] !== pair[1])
    .map(([a, b]) => ({similarity: 0.9, columns: ['Nummer', 'Name'], tables: [a, b].map((f) => ({source: f.id, path: pathOf(f), table: f.tables[0].name}))}))
  const copies = [...new Set(s.copyGroup)].map((i) => present.get(`file${i}`)).filter((f): f is SourceReport => f !== undefined)
  return folder('fld', '/share', {
    similarHeaders,
    duplicateContent: copies.length >= 2 ? [{sha256: 'c', sizeBytes: 1, paths: copies.map(pathOf)}] : [],
  })
}

function scenarioReports(s: Scenario) {
  const files = s.files.map(fileOf)
  const system = {engine: 'DB', version: '1', support: {status: s.support, product: 'DB 1'}}
  const before = report([dbSource('erp', s.db.map(databaseTable), s.kind, {system}), ...files], [inventory(files, s)], false)

  const isMoved = (i: number) => s.files[i].entity === s.moved
  const movedRows = s.files.reduce((n, f, i) => n + (isMoved(i) ? f.rows : 0), 0)
  const kept = files.filter((_, i) => !isMoved(i))
  const stamp = {modified: [col('geaendert_am', {declaredType: 'datetime'})], created: [col('angelegt_am', {declaredType: 'datetime'})], none: []}[s.movedTable.stamp]
  const moved = tbl(DB_NAME[s.moved], movedRows, [col('id', {declaredType: s.movedTable.typed ? 'int' : 'varchar(9)', inferredType: 'integer'}), col('Name', {declaredType: 'nvarchar(50)'}), ...stamp], {
    schema: 'dbo', kind: 'table', primaryKey: ['id'],
  })
  if (s.movedTable.comment) moved.comment = 'migriert'
  const after = report([dbSource('erp', [...s.db.map(databaseTable), moved], s.kind, {system}), ...kept], [inventory(kept, s)], false)
  return {before, after, movesSomething: movedRows > 0}
}

describe('Infrastruktur monotonicity', () => {
  it('moving an entity from spreadsheets into a keyed database table never lowers the score', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const {before, after, movesSomething} = scenarioReports(s)
        fc.pre(movesSomething)
        const a = scoreHurdle(INFRASTRUKTUR_CRITERIA, before, CONTEXT)
        const b = scoreHurdle(INFRASTRUKTUR_CRITERIA, after, CONTEXT)
        expect(b.score).not.toBeNull()
        expect(b.score!).toBeGreaterThanOrEqual(a.score!)
        // and criterion by criterion: none becomes unmeasurable, none loses points
        b.criteria.forEach((c, i) => {
          expect(c.points === null).toBe(a.criteria[i].points === null)
          if (c.points !== null) expect(c.points).toBeGreaterThanOrEqual(a.criteria[i].points!)
        })
      }),
      {numRuns: 300},
    )
  })

  it('the same harness finds the flaw in a per-file-table readability share (why the criterion counts rows)', () => {
    // a control: "share of file tables without problems" drops when the tidy files move out and messy ones stay
    const perFileTable: Criterion = {
      definition: {...MACHINE_READABILITY, id: 'control.fileTableShare'},
      measure: (r) => {
        const files = dataTables(r).filter((t) => isFile(t.source))
        if (files.length === 0) return {value: null, evidence: []}
        return {value: files.filter((t) => readabilityProblems(t).length === 0).length / files.length, evidence: []}
      },
    }
    const result = fc.check(
      fc.property(scenarioArb, (s) => {
        const {before, after} = scenarioReports(s)
        const a = scoreHurdle([...INFRASTRUKTUR_CRITERIA, perFileTable], before, CONTEXT).score ?? 0
        const b = scoreHurdle([...INFRASTRUKTUR_CRITERIA, perFileTable], after, CONTEXT).score ?? 0
        return b >= a
      }),
      {numRuns: 300, seed: 42},
    )
    expect(result.failed).toBe(true)
  })
})
