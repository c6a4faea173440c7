import {describe, expect, it} from 'vitest'
import type {FolderEntry} from '../../../../../src/connectors/file/folder/folder-walker.js'
import {inventoryFindingDrafts} from '../../../../../src/connectors/file/folder/folder-inventory.js'
import type {FolderInventory} from '../../../../../src/report/scan-report.js'

function inventory(over: Partial<FolderInventory> = {}): FolderInventory {
  return {
    id: 'f',
    location: '/daten',
    fileCount: 0,
    totalBytes: 0,
    byKind: {},
    scannedFiles: 0,
    ageBands: {under30Days: 0, under1Year: 0, under3Years: 0, over3Years: 0},
    duplicateContent: [],
    versionedCopies: [],
    similarHeaders: [],
    findings: [],
    ...over,
  }
}

const ref = (path: string, table: string): {source: string; path: string; table: string} => ({source: `src-${path}`, path, table})

function entry(relativePath: string, kind: FolderEntry['kind'], problem?: FolderEntry['problem']): FolderEntry {
  return {path: `/daten/${relativePath}`, relativePath, kind, sizeBytes: 1, modifiedAt: new Date(0), problem}
}

describe('inventoryFindingDrafts', () => {
  it('gives no drafts for a tidy folder', () => {
    const inv = inventory({ageBands: {under30Days: 3, under1Year: 2, under3Years: 1, over3Years: 0}})
    expect(inventoryFindingDrafts(inv, [entry('a.csv', 'csv')])).toEqual([])
  })

  it('counts duplicate files and the bytes the copies waste', () => {
    const inv = inventory({
      duplicateContent: [
        {sha256: 'a', sizeBytes: 100, paths: ['x.xlsx', 'Kopie von x.xlsx', 'y.xlsx']},
        {sha256: 'b', sizeBytes: 10, paths: ['p.csv', 'q.csv']},
      ],
    })
    expect(inventoryFindingDrafts(inv, [])).toEqual([
      {
        code: 'DUPLICATE_FILES',
        severity: 'warning',
        data: {
          groups: 2,
          files: 5,
          surplusFiles: 3,
          surplusBytes: 210,
          examples: ['x.xlsx = Kopie von x.xlsx = y.xlsx', 'p.csv = q.csv'],
        },
      },
    ])
  })

  it('reports versioned copies and similar headers with capped examples', () => {
    const copies = Array.from({length: 7}, (_, i) => ({base: `B${i}`, paths: [`B${i}.csv`, `B${i}_alt.csv`]}))
    const inv = inventory({
      versionedCopies: copies,
      similarHeaders: [
        {similarity: 0.9, tables: [ref('a.xlsx', 'Kunden'), ref('b.csv', 'b.csv')], columns: ['x']},
        {similarity: 0.85, tables: [ref('c.csv', 'c.csv'), ref('d.csv', 'd.csv')], columns: ['y']},
      ],
    })
    const drafts = inventoryFindingDrafts(inv, [])
    expect(drafts.map((d) => d.code)).toEqual(['VERSIONED_COPIES', 'SIMILAR_HEADERS'])
    expect(drafts[0].data.groups).toBe(7)
    expect(drafts[0].data.files).toBe(14)
    expect(drafts[0].data.bases).toEqual(['B0', 'B1', 'B2', 'B3', 'B4'])
    expect(drafts[1].data).toEqual({
      groups: 2,
      tables: 4,
      minSimilarity: 0.85,
      examples: ['a.xlsx › Kunden ~ b.csv', 'c.csv ~ d.csv'],
    })
  })

  it('calls the data stale when more than half of the data files are a year old or older', () => {
    const stale = inventory({
      ageBands: {under30Days: 1, under1Year: 0, under3Years: 1, over3Years: 1},
      oldestModifiedAt: '2019-01-01T00:00:00.000Z',
      newestModifiedAt: '2025-01-01T00:00:00.000Z',
    })
    expect(inventoryFindingDrafts(stale, [])).toEqual([
      {
        code: 'STALE_FILES',
        severity: 'warning',
        data: {
          dataFiles: 3,
          staleFiles: 2,
          share: 0.667,
          over3Years: 1,
          oldestModifiedAt: '2019-01-01T00:00:00.000Z',
          newestModifiedAt: '2025-01-01T00:00:00.000Z',
        },
      },
    ])
    const half = inventory({ageBands: {under30Days: 1, under1Year: 0, under3Years: 1, over3Years: 0}})
    expect(inventoryFindingDrafts(half, [])).toEqual([])
  })

  it('counts the .xls files in one draft when the entries are not given', () => {
    const inv = inventory({byKind: {xls: {files: 2, bytes: 10}, csv: {files: 1, bytes: 5}}})
    expect(inventoryFindingDrafts(inv)).toEqual([
      {code: 'UNSUPPORTED_FORMAT', severity: 'warning', data: {files: 2, kind: 'xls'}},
    ])
    expect(inventoryFindingDrafts(inventory({byKind: {csv: {files: 1, bytes: 5}}}))).toEqual([])
  })

  it('names every .xls file as unsupported and every unreadable path as failed', () => {
    const drafts = inventoryFindingDrafts(inventory(), [
      entry('Archiv/Preisliste_2019.xls', 'xls'),
      entry('Kunden.xlsx', 'xlsx'),
      entry('Personal', 'other', {reason: 'unreadable-folder', errno: 'EACCES', message: 'Personal: denied'}),
      entry('.', 'other', {reason: 'file-limit', message: 'stopped'}),
    ])
    expect(drafts).toEqual([
      {code: 'UNSUPPORTED_FORMAT', severity: 'warning', data: {file: 'Archiv/Preisliste_2019.xls', kind: 'xls'}},
      {
        code: 'SOURCE_FAILED',
        severity: 'error',
        data: {file: 'Personal', reason: 'unreadable-folder', errno: 'EACCES', message: 'Personal: denied'},
      },
      {
        code: 'SOURCE_FAILED',
        severity: 'warning',
        data: {file: '.', reason: 'file-limit', errno: null, message: 'stopped'},
      },
    ])
  })
})
