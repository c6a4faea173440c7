import {describe, expect, it} from 'vitest'
import {parallelSystems} from '../../../../src/scoring/infrastruktur/parallel-systems.js'
import {evaluateCriterion} from '../../../../src/scoring/model.js'
import {CONTEXT, col, dbSource, fileSource, folder, keyedTable, report, sheetTable} from '../../../helpers/scoring-infra-report.js'

describe('infrastruktur.parallelSystems', () => {
  it('counts the surplus places of an entity kept in a database and in files', () => {
    const r = report([
      dbSource('erp', [keyedTable('tKunde', 100), keyedTable('tArtikel', 50)]),
      fileSource('a', '/share/Kundenliste.xlsx', [sheetTable('Kunden', 80)]),
      fileSource('b', '/share/kunden.csv', [sheetTable('kunden.csv', 80)]),
    ])
    const m = parallelSystems.measure(r, CONTEXT)
    expect(m.value).toBe(2)
    expect(m.evidence[0].detail).toBe('1 of 2 entities kept in more than one place, 1 in one')
    expect(m.evidence.map((e) => e.source)).toContain('/share/kunden.csv')
    expect(evaluateCriterion(parallelSystems, r, CONTEXT).points).toBe(55)
  })

  it('counts a database once however many of its tables hold the entity', () => {
    const r = report([dbSource('erp', [keyedTable('tKunde', 100), keyedTable('Kunden', 10, [], 'Verkauf')])])
    expect(parallelSystems.measure(r, CONTEXT).value).toBe(0)
    expect(evaluateCriterion(parallelSystems, r, CONTEXT).points).toBe(100)
  })

  it('counts unnamed tables repeating a header, and joins them to a named entity without counting twice', () => {
    const files = [
      fileSource('x', '/share/Export1.xlsx', [sheetTable('Tabelle1', 10)]),
      fileSource('y', '/share/Export2.xlsx', [sheetTable('Tabelle1', 10)]),
      fileSource('k', '/share/kunden.xlsx', [sheetTable('Kunden', 10)]),
      fileSource('z', '/share/Export3.xlsx', [sheetTable('Tabelle1', 10)]),
    ]
    const inv = folder('fld', '/share', {
      similarHeaders: [
        {similarity: 0.9, tables: [{source: 'x', path: 'Export1.xlsx', table: 'Tabelle1'}, {source: 'y', path: 'Export2.xlsx', table: 'Tabelle1'}], columns: ['Nr', 'Menge']},
        {similarity: 1, tables: [{source: 'k', path: 'kunden.xlsx', table: 'Kunden'}, {source: 'z', path: 'Export3.xlsx', table: 'Tabelle1'}], columns: ['Name']},
      ],
    })
    const m = parallelSystems.measure(report(files, [inv]), CONTEXT)
    // the unnamed pair: 1 surplus; customers: kunden.xlsx + Export3.xlsx: 1 surplus
    expect(m.value).toBe(2)
  })

  it('counts copies of data files, scanned or not, and ignores copies of other files', () => {
    const scanned = fileSource('a', '/share/sub/artikel.xlsx', [sheetTable('Artikel', 10)], {folderId: 'fld'})
    const inv = folder('fld', '/share', {
      versionedCopies: [{base: 'artikel', paths: ['sub/artikel.xlsx', 'sub/artikel_v2.xlsx', 'sub/artikel_alt.xlsx']}],
      duplicateContent: [{sha256: 'b', sizeBytes: 9, paths: ['handbuch.pdf', 'handbuch (1).pdf']}],
    })
    const m = parallelSystems.measure(report([scanned], [inv]), CONTEXT)
    expect(m.value).toBe(2)
    expect(m.evidence.some((e) => e.detail === 'items: 3 places')).toBe(true)
  })

  it('is unmeasurable when no table names an entity and nothing repeats', () => {
    const r = report([dbSource('db', [keyedTable('config', 5, [col('schluessel')])]), fileSource('f', '/d/notizen.xlsx', [sheetTable('Notizen', 3)])])
    const m = parallelSystems.measure(r, CONTEXT)
    expect(m.value).toBeNull()
    expect(m.reason).toMatch(/business entity/)
  })
})
