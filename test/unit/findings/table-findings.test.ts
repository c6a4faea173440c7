import {describe, expect, it} from 'vitest'
import {tableFindings} from '../../../src/findings/table-findings.js'
import type {KeyCandidate, TableDuplicates, TableReport} from '../../../src/report/scan-report.js'

function table(rowCount: number, duplicates: Partial<TableDuplicates> = {}): TableReport {
  return {
    name: 'kunden.csv',
    rowCount,
    columnCount: 3,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: rowCount > 0 ? 0 : null, candidateKeys: [], ...duplicates},
    columns: [],
    findings: [],
  }
}

function key(over: Partial<KeyCandidate> = {}): KeyCandidate {
  return {
    columns: ['Kundennummer'],
    unique: true,
    distinctCount: 100,
    distinctApprox: false,
    missingCount: 0,
    duplicatedValues: 0,
    surplusRows: 0,
    ...over,
  }
}

describe('tableFindings', () => {
  it('finds nothing in a clean table', () => {
    expect(tableFindings(table(100, {candidateKeys: [key()]}))).toEqual([])
  })

  it('EMPTY_TABLE is an error and the only finding of an empty table', () => {
    expect(tableFindings(table(0))).toEqual([{code: 'EMPTY_TABLE', severity: 'error', table: 'kunden.csv', data: {columns: 3}}])
  })

  it('DUPLICATE_ROWS when rows repeat', () => {
    expect(tableFindings(table(100, {exactRows: 3, duplicatedRowGroups: 2, exactRowShare: 0.03}))).toEqual([
      {code: 'DUPLICATE_ROWS', severity: 'warning', table: 'kunden.csv', data: {rows: 3, groups: 2, share: 0.03}},
    ])
  })

  it('DUPLICATE_KEY_VALUES is an error per key with duplicated values', () => {
    const drafts = tableFindings(
      table(100, {
        candidateKeys: [
          key(),
          key({columns: ['Firma', 'PLZ'], unique: false, duplicatedValues: 2, surplusRows: 3, missingCount: 1, examples: ['a', 'b', 'c', 'd', 'e']}),
        ],
      }),
    )
    expect(drafts).toEqual([
      {
        code: 'DUPLICATE_KEY_VALUES',
        severity: 'error',
        table: 'kunden.csv',
        data: {columns: ['Firma', 'PLZ'], duplicatedValues: 2, surplusRows: 3, missing: 1, examples: ['a', 'b', 'c', 'd']},
      },
    ])
  })

  it('no DUPLICATE_KEY_VALUES for a key that only has missing values', () => {
    expect(tableFindings(table(100, {candidateKeys: [key({unique: false, missingCount: 4})]}))).toEqual([])
  })

  it('LIKELY_DUPLICATE_ENTITIES with the variants of the first group', () => {
    const drafts = tableFindings(
      table(100, {
        likelyEntities: {
          columns: ['Firma'],
          groups: 2,
          surplusRows: 3,
          examples: [{key: 'mueller', variants: ['Müller GmbH', 'Mueller GmbH'], rows: 2}],
        },
      }),
    )
    expect(drafts).toEqual([
      {
        code: 'LIKELY_DUPLICATE_ENTITIES',
        severity: 'warning',
        table: 'kunden.csv',
        data: {columns: ['Firma'], groups: 2, surplusRows: 3, example: ['Müller GmbH', 'Mueller GmbH']},
      },
    ])
  })

  it('no LIKELY_DUPLICATE_ENTITIES when no group was found', () => {
    expect(tableFindings(table(100, {likelyEntities: {columns: ['Firma'], groups: 0, surplusRows: 0, examples: []}}))).toEqual([])
  })
})
