import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {DATENBASIS_CRITERIA} from '../../../../src/scoring/datenbasis/index.js'
import {pointsFor, scoreHurdle, type HurdleScore} from '../../../../src/scoring/model.js'
import type {ScanReport, TableReport} from '../../../../src/report/scan-report.js'
import {CONTEXT, clone, col, fk, history, report, source, table, tidyErp, type ColumnSpec} from '../../../helpers/scoring-report.js'

describe('DATENBASIS_CRITERIA', () => {
  it('lists the seven criteria once each, as documented data', () => {
    const ids = DATENBASIS_CRITERIA.map((c) => c.definition.id)
    expect(ids).toEqual([
      'datenbasis.volume',
      'datenbasis.history',
      'datenbasis.completeness',
      'datenbasis.validity',
      'datenbasis.uniqueness',
      'datenbasis.linkability',
      'datenbasis.freshness',
    ])
    for (const {definition} of DATENBASIS_CRITERIA) {
      expect(definition.hurdle).toBe('datenbasis')
      expect(definition.weight).toBeGreaterThan(0)
      expect(definition.title.de && definition.title.en && definition.action.de && definition.action.en).toBeTruthy()
      expect(definition.basis.some((b) => b.startsWith('ISO/IEC 25012'))).toBe(true)
      expect(definition.basis.some((b) => b.startsWith('DAMA'))).toBe(true)
      const values = definition.thresholds.map((t) => t.value)
      expect(values).toEqual([...values].sort((a, b) => a - b))
      expect(new Set(values).size).toBe(values.length)
    }
  })

  it('scores a tidy keyed multi-year ERP clearly above the same business in scattered spreadsheets', () => {
    const tidy = scoreHurdle(DATENBASIS_CRITERIA, tidyErp(), CONTEXT)
    const kunden = (name: string) =>
      table(name, 380, [col('Kundennr', 0.93), col('Name', 0.97), col('PLZ', 0.8, 'text', {placeholderCount: 20, placeholders: {'k.A.': 20}}), col('Umsatz', 0.9, 'decimal', {textualNumbers: 40})], {
        duplicates: {exactRows: 30, duplicatedRowGroups: 25, exactRowShare: 30 / 380, candidateKeys: [], likelyEntities: {columns: ['Name'], groups: 20, surplusRows: 45, examples: []}},
      })
    const scattered = report(
      source('a', 'xlsx', [kunden('Kunden')], {location: '/share/Kunden.xlsx'}),
      source('b', 'xlsx', [kunden('Kunden')], {location: '/share/Kunden - Kopie.xlsx'}),
      source('c', 'csv', [table('artikel.csv', 40, [col('Bezeichnung', 0.9), col('Preis', 0.7, 'decimal', {formats: [{format: '1.234,56', count: 20}, {format: '1,234.56', count: 8}]})])]),
    )
    const messy = scoreHurdle(DATENBASIS_CRITERIA, scattered, CONTEXT)
    expect(tidy.score).not.toBeNull()
    expect(messy.score).not.toBeNull()
    expect(tidy.score! - messy.score!).toBeGreaterThanOrEqual(30)
    const points = (score: HurdleScore, id: string) => score.criteria.find((c) => c.id === `datenbasis.${id}`)?.points
    for (const id of ['volume', 'completeness', 'validity', 'uniqueness']) expect(points(messy, id)).toBeLessThan(points(tidy, id)!)
    // no dates, no keys in the spreadsheets: said so, left out of the weighting
    for (const id of ['history', 'linkability', 'freshness']) {
      const result = messy.criteria.find((c) => c.id === `datenbasis.${id}`)
      expect(result?.points).toBeNull()
      expect(result?.reason).toBeTruthy()
    }
  })

  it('has no score when nothing could be scanned', () => {
    expect(scoreHurdle(DATENBASIS_CRITERIA, report(), CONTEXT)).toMatchObject({score: null, band: null})
  })
})

// ---- monotonicity: duplicates and nulls never raise the Datenbasis score ----

const NAMES = ['Kunden', 'Artikel', 'Auftraege', 'Rechnungen', 'Auftragspositionen', 'Lieferanten', 'Tabelle1']
const COLUMN_NAMES = ['Kundennummer', 'Name', 'PLZ', 'Bemerkung', 'Preis', 'Datum', 'Menge', 'Ort']
const TYPES = ['integer', 'decimal', 'date', 'text'] as const

const columnArb = fc
  .record({
    name: fc.constantFrom(...COLUMN_NAMES),
    completeness: fc.oneof(fc.constantFrom(0, 1), fc.noBias(fc.double({min: 0, max: 1, noNaN: true}))),
    type: fc.constantFrom(...TYPES),
    mixed: fc.boolean(),
    textual: fc.boolean(),
    placeholders: fc.nat(5),
    mixedDates: fc.boolean(),
  })
  .map((c): ColumnSpec & {mixed: boolean; textual: boolean; placeholders: number; mixedDates: boolean} => c)

const tableArb = fc
  .record({
    name: fc.constantFrom(...NAMES),
    // unbiased: fast-check's small-value bias would leave most tables with a handful of rows
    rows: fc.oneof(fc.constant(0), fc.noBias(fc.integer({min: 1, max: 5000}))),
    columns: fc.array(columnArb, {minLength: 1, maxLength: 5}),
    exactShare: fc.double({min: 0, max: 0.5, noNaN: true}),
    keyShare: fc.option(fc.double({min: 0, max: 0.3, noNaN: true}), {nil: undefined}),
    entityShare: fc.option(fc.double({min: 0, max: 0.3, noNaN: true}), {nil: undefined}),
    orphanShare: fc.option(fc.double({min: 0, max: 1, noNaN: true}), {nil: undefined}),
    months: fc.option(fc.record({spanned: fc.integer({min: 1, max: 60}), gapShare: fc.double({min: 0, max: 0.9, noNaN: true}), daysAgo: fc.integer({min: -30, max: 1500})}), {nil: undefined}),
    garbled: fc.boolean(),
  })
  .map((t): TableReport => {
    const specs = t.columns.map((c, i) => ({...c, name: `${c.name}${i}`}))
    const built = table(t.name, t.rows, specs)
    built.columns.forEach((column, i) => {
      const spec = specs[i]
      const main = column.typeCounts[spec.type ?? 'text'] ?? 0
      if (spec.mixed && spec.type !== 'text' && main >= 3) column.typeCounts = {[spec.type ?? 'text']: main - 1, text: 1}
      if (spec.textual && main > 0) column.textualNumbers = Math.ceil(main / 4)
      if (spec.placeholders > 0 && column.nullCount >= spec.placeholders) {
        column.nullCount -= spec.placeholders
        column.placeholderCount = spec.placeholders
        column.placeholders = {'k.A.': spec.placeholders}
      }
      if (spec.mixedDates && main >= 2) column.formats = [{format: 'dd.mm.yyyy', count: main - 1}, {format: 'yyyy-mm-dd', count: 1}]
    })
    if (t.rows > 0) {
      const exact = Math.floor(t.rows * t.exactShare)
      built.duplicates = {exactRows: exact, duplicatedRowGroups: Math.min(exact, t.rows - exact), exactRowShare: exact / t.rows, candidateKeys: []}
      if (t.keyShare !== undefined) {
        const surplus = Math.max(exact, Math.floor(t.rows * t.keyShare))
        built.duplicates.candidateKeys.push({columns: [specs[0].name], unique: surplus === 0, distinctCount: t.rows - surplus, distinctApprox: false, missingCount: 0, duplicatedValues: Math.min(surplus, t.rows - surplus), surplusRows: surplus})
      }
      if (t.entityShare !== undefined) {
        const surplus = Math.floor(t.rows * t.entityShare)
        built.duplicates.likelyEntities = {columns: [specs[0].name], groups: Math.ceil(surplus / 2), surplusRows: surplus, examples: []}
      }
      if (t.orphanShare !== undefined) built.foreignKeys = [fk([specs[0].name], 'Kunden', Math.floor(t.rows * t.orphanShare), t.orphanShare < 0.5)]
    }
    if (t.months !== undefined) {
      const latest = new Date(CONTEXT.now.getTime() - t.months.daysAgo * 86_400_000).toISOString().slice(0, 10)
      built.history = [history('Datum', latest, t.months.spanned, Math.floor((t.months.spanned - 1) * t.months.gapShare))]
    }
    if (t.garbled) built.findings.push({code: 'INVALID_ENCODING_BYTES', severity: 'warning', message: '', table: t.name, data: {count: 3}})
    return built
  })

const reportArb = fc
  .array(fc.array(tableArb, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 3})
  .map((sources) => report(...sources.map((tables, i) => source(`s${i}`, i === 0 ? 'postgres' : 'csv', tables))))

/** every table of the scan with rows, as [source, table] indexes */
function tablesWithRows(scan: ScanReport): Array<[number, number]> {
  return scan.sources.flatMap((s, si) => s.tables.flatMap((t, ti): Array<[number, number]> => (t.rowCount > 0 ? [[si, ti]] : [])))
}

/** the table's rows loaded `factor` times: every count scales, shares stay, the copies are exact duplicates */
function duplicateTable(scan: ScanReport, [si, ti]: [number, number], factor: number): ScanReport {
  const out = clone(scan)
  const t = out.sources[si].tables[ti]
  const rows = t.rowCount
  const distinct = rows - t.duplicates.exactRows
  t.rowCount = rows * factor
  t.duplicates.exactRows = t.rowCount - distinct
  t.duplicates.exactRowShare = t.duplicates.exactRows / t.rowCount
  for (const key of t.duplicates.candidateKeys) {
    const present = rows - key.missingCount
    key.surplusRows += (factor - 1) * present
    key.missingCount *= factor
    key.duplicatedValues = key.distinctCount
    key.unique = false
  }
  const entities = t.duplicates.likelyEntities
  // each row of a likely-duplicate group is copied too; the scanner counts group entries beyond the first
  if (entities) entities.surplusRows = factor * entities.surplusRows + (factor - 1) * entities.groups
  for (const column of t.columns) {
    column.nullCount *= factor
    column.emptyCount *= factor
    column.placeholderCount *= factor
    for (const kind of Object.keys(column.typeCounts) as Array<keyof typeof column.typeCounts>) column.typeCounts[kind] = (column.typeCounts[kind] ?? 0) * factor
    for (const format of column.formats ?? []) format.count *= factor
    if (column.textualNumbers !== undefined) column.textualNumbers *= factor
    for (const value of Object.keys(column.placeholders ?? {})) column.placeholders![value] *= factor
  }
  for (const key of t.foreignKeys ?? []) if (key.orphanRows !== null) key.orphanRows *= factor
  return out
}

/**
 * `share` of a column's values of its main kind blanked to null. At least one value of that kind stays:
 * a column blanked entirely changes its inferred type to "empty", and then a format problem that lived
 * in its values (dates kept as text, mojibake) is gone with them — a deletion, not a repair, but one the
 * validity criterion cannot tell apart. Completeness itself keeps empty columns (completeness.test.ts).
 */
function addNulls(scan: ScanReport, [si, ti]: [number, number], columnIndex: number, share: number): ScanReport | null {
  const out = clone(scan)
  const t = out.sources[si].tables[ti]
  // the first column from `columnIndex` on with at least two values of its main kind
  const mainKind = (c: (typeof t.columns)[number]) => Object.entries(c.typeCounts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0] as [keyof typeof c.typeCounts, number] | undefined
  const column = t.columns.map((_, i) => t.columns[(columnIndex + i) % t.columns.length]).find((c) => (mainKind(c)?.[1] ?? 0) >= 2)
  if (column === undefined) return null
  const [kind, count] = mainKind(column)!
  const blanked = Math.min(count - 1, Math.max(1, Math.floor(count * share)))
  column.typeCounts[kind] = count - blanked
  column.nullCount += blanked
  const missing = column.nullCount + column.emptyCount + column.placeholderCount
  column.completeness = (t.rowCount - missing) / t.rowCount
  for (const key of t.duplicates.candidateKeys) if (key.columns.includes(column.name)) key.missingCount += blanked
  return out
}

/** no criterion earns more points, and the hurdle score does not rise */
function expectNotRaised(before: ScanReport, after: ScanReport): void {
  const a = scoreHurdle(DATENBASIS_CRITERIA, before, CONTEXT)
  const b = scoreHurdle(DATENBASIS_CRITERIA, after, CONTEXT)
  DATENBASIS_CRITERIA.forEach((criterion, i) => {
    const was = a.criteria[i].measured
    const is = b.criteria[i].measured
    expect(is === null).toBe(was === null)
    if (was === null || is === null) return
    const {thresholds} = criterion.definition
    expect(pointsFor(thresholds, is)).toBeLessThanOrEqual(pointsFor(thresholds, was) + 1e-9)
  })
  if (a.score === null) expect(b.score).toBeNull()
  else expect(b.score).toBeLessThanOrEqual(a.score)
}

describe('Datenbasis monotonicity', () => {
  it('loading a table\'s rows again never raises the score', () => {
    fc.assert(
      fc.property(reportArb, fc.nat(), fc.integer({min: 2, max: 5}), (scan, pick, factor) => {
        const tables = tablesWithRows(scan)
        fc.pre(tables.length > 0)
        expectNotRaised(scan, duplicateTable(scan, tables[pick % tables.length], factor))
      }),
      {numRuns: 200},
    )
  })

  it('blanking values to null never raises the score', () => {
    fc.assert(
      fc.property(reportArb, fc.nat(), fc.nat(), fc.double({min: 0, max: 1, noNaN: true}), (scan, pick, columnIndex, share) => {
        const tables = tablesWithRows(scan)
        fc.pre(tables.length > 0)
        const after = addNulls(scan, tables[pick % tables.length], columnIndex, share)
        fc.pre(after !== null)
        expectNotRaised(scan, after!)
      }),
      {numRuns: 200},
    )
  })

  it('a duplicate copy actually lowers uniqueness (the property is not vacuous)', () => {
    const scan = tidyErp()
    const before = scoreHurdle(DATENBASIS_CRITERIA, scan, CONTEXT)
    const after = scoreHurdle(DATENBASIS_CRITERIA, duplicateTable(scan, [0, 0], 2), CONTEXT)
    const uniqueness = (s: HurdleScore) => s.criteria.find((c) => c.id === 'datenbasis.uniqueness')!.points!
    expect(uniqueness(after)).toBeLessThan(uniqueness(before))
    expect(after.score!).toBeLessThan(before.score!)
  })
})
