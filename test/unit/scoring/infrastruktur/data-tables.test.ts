import {describe, expect, it} from 'vitest'
import {capEvidence, dataTables, findingsOf, qualifiedName} from '../../../../src/scoring/infrastruktur/data-tables.js'
import type {SourceReport} from '../../../../src/report/scan-report.js'
import {dbSource, fileSource, finding, keyedTable, report, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

describe('dataTables', () => {
  it('keeps read base tables and sheets with rows from databases and files only', () => {
    const folderSource: SourceReport = {id: 'fld', kind: 'folder', location: '/share', status: 'ok', tables: [tbl('x', 5, [])], findings: []}
    const r = report([
      dbSource('db', [keyedTable('kunde', 3), tbl('v', 9, [], {kind: 'view'}), keyedTable('leer', 0), tbl('kaputt', 4, [], {error: {code: 'E', message: 'e'}})]),
      fileSource('f', '/d/a.xlsx', [sheetTable('A', 2)]),
      folderSource,
    ], [], false)
    expect(dataTables(r).map((t) => qualifiedName(t.table))).toEqual(['dbo.kunde', 'A'])
  })
})

describe('findingsOf', () => {
  it('joins the table’s own findings and those filed with its source under its name', () => {
    const table = sheetTable('a.csv', 2, undefined, {findings: [finding('RAGGED_ROWS', 'a.csv')]})
    const source = fileSource('f', '/d/a.csv', [table], {findings: [finding('NO_HEADER', 'a.csv'), finding('NO_HEADER', 'b.csv')]})
    expect(findingsOf(source, table).map((f) => f.code)).toEqual(['RAGGED_ROWS', 'NO_HEADER'])
  })
})

describe('capEvidence', () => {
  it('keeps ten items and says how many more there were', () => {
    const items = Array.from({length: 12}, (_, i) => ({source: `s${i}`}))
    expect(capEvidence(items)).toHaveLength(11)
    expect(capEvidence(items)[10]).toEqual({source: 'scan', detail: 'and 2 more'})
    expect(capEvidence(items.slice(0, 10))).toHaveLength(10)
  })
})
