/**
 * The table analyzers on real public exports (../shared/datasets, read in place), parsed here with
 * csv-parse and the local cell helper so the test does not depend on the scanner's own CSV reader.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import type {TableAnalyzer} from '../../../../src/analyzers/analyzer.js'
import {duplicateRows} from '../../../../src/analyzers/tables/duplicate-rows.js'
import {entityDuplicates} from '../../../../src/analyzers/tables/entity-duplicates.js'
import {keyCandidates} from '../../../../src/analyzers/tables/key-candidates.js'
import {cells, context, fold} from './table-fixture.js'
import {DATASETS as SHARED_DATASETS} from '../../../helpers/run-cli.js'

const DATASETS = path.resolve(SHARED_DATASETS, 'bank-exports-rechnungspilot')

function scan<S, M extends object>(analyzer: TableAnalyzer<S, M>, file: string, delimiter: string): M {
  const records: string[][] = parse(readFileSync(path.join(DATASETS, file)), {bom: true, delimiter, relax_column_count: true})
  const [header, ...rows] = records
  const cs = cells(rows)
  const ctx = context(header, cs)
  return analyzer.metric(fold(analyzer, ctx, cs), ctx)
}

describe('table analyzers on real bank exports', () => {
  it('PayPal: "PayPal" and "PayPal Inc." are one counterparty written two ways', () => {
    expect(scan(entityDuplicates, 'paypal.csv', ',').likelyEntities).toEqual({
      columns: ['Name', 'Lieferadresse', 'PLZ'],
      groups: 1,
      surplusRows: 4,
      examples: [{key: 'paypal', variants: ['PayPal', 'PayPal Inc.'], rows: 5}],
    })
  })

  it('PayPal: the transaction code is a unique key; there are no duplicate rows', () => {
    const keys = scan(keyCandidates, 'paypal.csv', ',').candidateKeys
    expect(keys[0]).toMatchObject({columns: ['Transaktionscode'], unique: true, distinctCount: 11})
    expect(scan(duplicateRows, 'paypal.csv', ',')).toEqual({exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0})
  })

  it.each([
    ['commerzbank.csv', ';'],
    ['gls-bank.csv', ';'],
    ['sparda-bank-west.csv', ';'],
    ['sparkasse-lzo-camt-v2.csv', ';'],
    ['sparkasse-lzo-camt-v8.csv', ';'],
    ['sparkasse-lzo-mt940.csv', ';'],
  ])('%s: every analyzer yields a consistent metric', (file, delimiter) => {
    const rows = scan(duplicateRows, file, delimiter)
    expect(rows.exactRows).toBeGreaterThanOrEqual(0)
    expect(rows.exactRowShare).not.toBeNull()
    for (const key of scan(keyCandidates, file, delimiter).candidateKeys) {
      expect(key.surplusRows).toBeGreaterThanOrEqual(key.duplicatedValues)
      expect(key.unique).toBe(key.surplusRows === 0 && key.missingCount === 0)
    }
    const entities = scan(entityDuplicates, file, delimiter).likelyEntities
    if (entities !== undefined) expect(entities.surplusRows).toBeGreaterThanOrEqual(entities.groups)
  })
})
