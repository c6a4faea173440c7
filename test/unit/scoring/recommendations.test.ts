import {describe, expect, it} from 'vitest'
import {compareRecommendations, EFFORT_RULES, impactOf, recommend, RECOMMEND_BELOW, ruleFor} from '../../../src/scoring/recommendations.js'
import type {PersonalDataView} from '../../../src/report/scan-report.js'
import {col, criterion, EMPTY_HURDLE, history, hurdle, src, tbl, usecaseReport} from '../../helpers/scoring-usecase-report.js'

function kundenstamm() {
  const kunden = tbl('kunden', 40_000, [col('Kundennummer', 'integer'), col('Name', 'text')], {
    role: 'customers',
    duplicates: {
      exactRows: 0,
      duplicatedRowGroups: 0,
      exactRowShare: 0,
      candidateKeys: [],
      likelyEntities: {columns: ['Name', 'PLZ'], groups: 1_100, surplusRows: 1_240, examples: []},
    },
  })
  const artikel = tbl('artikel', 900, [col('Artikelnummer', 'text')], {role: 'items', primaryKey: ['Artikelnummer']})
  return src('erp', 'postgres', [kunden, artikel])
}

const copiesFolder = {
  id: 'fld',
  location: '//server/freigabe',
  fileCount: 40,
  totalBytes: 1,
  byKind: {},
  scannedFiles: 20,
  ageBands: {under30Days: 0, under1Year: 0, under3Years: 0, over3Years: 0},
  duplicateContent: [{sha256: 'a', sizeBytes: 1, paths: ['Kunden.xlsx', 'Kunden (1).xlsx']}],
  versionedCopies: [{base: 'Kundenliste', paths: Array.from({length: 10}, (_, i) => `Kundenliste_v${i + 1}.xlsx`)}],
  similarHeaders: [],
  findings: [],
}

describe('impactOf', () => {
  it('is the weight share of the measured criteria times the points missing', () => {
    const score = hurdle([criterion('a', 40, 3), criterion('b', 90, 1), criterion('c', null, 5)])
    expect(impactOf(score.criteria[0], score)).toBe(45)
    expect(impactOf(score.criteria[1], score)).toBe(2.5)
    expect(impactOf(score.criteria[2], score)).toBe(0)
  })
})

describe('recommend', () => {
  it('turns low criteria into concrete, counted items in German, and skips criteria already good', () => {
    const report = usecaseReport([kundenstamm()], 'de', {folders: [copiesFolder]})
    const scores = {
      datenbasis: hurdle([criterion('datenbasis.uniqueness', 50, 2), criterion('datenbasis.completeness', RECOMMEND_BELOW, 1)]),
      infrastruktur: hurdle([criterion('infrastruktur.parallel-systems', 20, 1), criterion('infrastruktur.schema-keys', 70, 1)]),
      datenschutz: EMPTY_HURDLE,
    }
    const recs = recommend(report, scores)
    const titles = recs.map((r) => r.title)
    expect(titles).toContain('Kundenstamm: 1.240 mögliche Dubletten (3,1 %) — Dublettenbereinigung vor KI-Projekt')
    expect(titles).toContain('12 Kopien von Kundenlisten auf der Freigabe — eine führende Quelle festlegen')
    expect(titles).toContain('1 von 2 Tabellen ohne Primärschlüssel — Primärschlüssel ergänzen')
    expect(recs.some((r) => r.criterion === 'datenbasis.completeness')).toBe(false)
    const dedupe = recs.find((r) => r.criterion === 'datenbasis.uniqueness')!
    expect(dedupe).toMatchObject({effort: 'medium', hurdle: 'datenbasis', impact: 33.3, evidence: [{table: 'kunden', detail: '1240 / 40000'}]})
  })

  it('ranks by impact per effort: a low-effort fix before a heavier one of the same impact, more impact first otherwise', () => {
    const report = usecaseReport([kundenstamm()], 'en', {folders: [copiesFolder]})
    const scores = {
      // half the datenbasis weight each: uniqueness (medium) gains 20, history (high) 30; parallel systems (low) 30
      datenbasis: hurdle([criterion('datenbasis.uniqueness', 60, 1), criterion('datenbasis.history', 40, 1)]),
      infrastruktur: hurdle([criterion('infrastruktur.parallel-systems', 70, 1)]),
      datenschutz: EMPTY_HURDLE,
    }
    const recs = recommend(report, scores)
    expect(recs.map((r) => [r.criterion, r.impact, r.effort])).toEqual([
      ['infrastruktur.parallel-systems', 30, 'low'],
      ['datenbasis.uniqueness', 20, 'medium'],
      ['datenbasis.history', 30, 'high'],
    ])
    expect(recs.map((r) => r.rank)).toEqual([1, 2, 3])
    expect(recs[0].title).toBe('12 copies of customer lists on the file share — set one leading source')
  })

  it('falls back to the measured value in report-language numbers when the report holds no fact', () => {
    const report = usecaseReport([], 'de')
    const scores = {datenbasis: hurdle([criterion('datenbasis.freshness', 30, 1, {title: 'Aktualität', unit: 'days', measured: 1234.5})]), infrastruktur: EMPTY_HURDLE, datenschutz: EMPTY_HURDLE}
    const [rec] = recommend(report, scores)
    expect(rec.title).toBe('Aktualität: 1.234,5 — Exporte regelmäßig aktualisieren')
    expect(rec.evidence).toEqual([{source: 'crit-evidence'}])
  })

  it('writes a measured share as an English percentage', () => {
    const scores = {datenbasis: hurdle([criterion('datenbasis.completeness', 30, 1, {title: 'Completeness', measured: 0.4567})]), infrastruktur: EMPTY_HURDLE, datenschutz: EMPTY_HURDLE}
    expect(recommend(usecaseReport([], 'en'), scores)[0].title).toBe('Completeness: 45.7% — define mandatory fields and fill them')
  })

  it('adds the data-protection officer as soon as special categories are found, even with no datenschutz criterion low', () => {
    const personalData = {
      tablesScanned: 3,
      tablesWithPersonalData: 2,
      tablesWithSpecialCategories: 1,
      columnsWithPersonalData: 4,
      rowsWithPersonalData: 120,
      categories: ['person_name', 'art9_health'],
      specialCategories: ['art9_health'],
      minConfidence: 0.5,
      byCategory: [],
      tables: [{sourceId: 'lohn', location: '/daten/lohn.xlsx', system: 'xlsx', table: 'Mitarbeiter', rowCount: 120, categories: ['art9_health'], specialCategories: ['art9_health'], columns: [], usableColumns: []}],
      actions: [],
    } satisfies PersonalDataView
    const recs = recommend(usecaseReport([], 'de', {personalData}), {datenbasis: EMPTY_HURDLE, infrastruktur: EMPTY_HURDLE, datenschutz: EMPTY_HURDLE})
    expect(recs).toEqual([
      expect.objectContaining({id: 'rec.dpo', effort: 'low', hurdle: 'datenschutz', title: 'Besondere Kategorien (Art. 9/10 DSGVO) in 1 Tabelle — Datenschutzbeauftragten von Anfang an einbeziehen'}),
    ])
  })

  it('counts database tables without change timestamps', () => {
    const db = src('erp', 'postgres', [tbl('kunde', 10, [col('id', 'integer'), col('geaendert_am', 'datetime')]), tbl('artikel', 10, [col('id', 'integer')])])
    const scores = {datenbasis: EMPTY_HURDLE, infrastruktur: hurdle([criterion('infrastruktur.changeTracking', 50, 1)]), datenschutz: EMPTY_HURDLE}
    expect(recommend(usecaseReport([db], 'de'), scores)[0]).toMatchObject({
      title: '1 von 2 Tabellen ohne Änderungszeitstempel — Anlage- und Änderungszeitpunkte mitführen',
      effort: 'medium',
      impact: 50,
      evidence: [{table: 'artikel'}],
    })
  })

  it('closes with a pilot on the use case closest to ready (start small with one area)', () => {
    const lines = tbl('auftrag_position', 48_000, [col('Artikelnummer', 'text'), col('Menge', 'decimal'), col('Datum', 'date')], {role: 'orderLines', history: [history('Datum', 36, 0)]})
    const recs = recommend(usecaseReport([src('erp', 'postgres', [lines], {})], 'de'), {
      datenbasis: hurdle([criterion('datenbasis.completeness', 10, 1)]),
      infrastruktur: EMPTY_HURDLE,
      datenschutz: EMPTY_HURDLE,
    })
    expect(recs.at(-1)).toMatchObject({id: 'rec.pilot', rank: 2, impact: 0, title: 'Klein anfangen mit einem Bereich: Absatz- und Umsatzprognose (4 von 4 Voraussetzungen erfüllt)'})
  })
})

describe('the effort table', () => {
  it('maps typical criterion ids to their kind of work', () => {
    const kind = (id: string) => ruleFor(id)?.kind
    expect(EFFORT_RULES.length).toBeGreaterThan(10)
    expect(
      ['datenbasis.volume', 'datenbasis.history', 'datenbasis.completeness', 'datenbasis.validity', 'datenbasis.uniqueness', 'datenbasis.linkability', 'datenbasis.freshness'].map(kind),
    ).toEqual(['volume', 'history', 'completeness', 'formats', 'dedupe', 'links', 'freshness'])
    expect(
      ['infrastruktur.dataLocation', 'infrastruktur.parallelSystems', 'infrastruktur.schemaQuality', 'infrastruktur.systemCurrency', 'infrastruktur.machineReadability', 'infrastruktur.changeTracking'].map(kind),
    ).toEqual(['consolidate', 'leadingSource', 'primaryKeys', 'systemUpdate', 'machineReadable', 'changeTracking'])
    expect(['datenschutz.personalDataTables', 'datenschutz.specialCategories', 'datenschutz.pseudonymisationNeeded'].map(kind)).toEqual(['involveDpo', 'involveDpo', 'pseudonymise'])
    expect(kind('datenbasis.duplicate-keys')).toBe('dedupe')
    expect(kind('infrastruktur.primary-keys')).toBe('primaryKeys')
    expect(kind('infrastruktur.currency')).toBe('systemUpdate')
    expect(kind('datenbasis.freshness')).toBe('freshness')
    expect(kind('datenschutz.special-categories')).toBe('involveDpo')
    expect(kind('datenschutz.pseudonymisation-share')).toBe('pseudonymise')
  })

  it('breaks equal priority by more impact, then by id, so the list is stable', () => {
    const a = {id: 'a', impact: 10, effort: 'low' as const}
    const b = {id: 'b', impact: 20, effort: 'medium' as const}
    const c = {id: 'c', impact: 10, effort: 'low' as const}
    expect([c, a, b].sort(compareRecommendations).map((r) => r.id)).toEqual(['b', 'a', 'c'])
  })
})
