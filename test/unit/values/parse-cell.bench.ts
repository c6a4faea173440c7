/**
 * Speed of parseCell on 1M realistic German cells (test/unit/values/german-cells.ts).
 *   npx vitest bench --run test/unit/values/parse-cell.bench.ts
 * One iteration parses 1,000,008 cells, so the reported mean in ms equals the mean ns per cell.
 */
import {bench, describe} from 'vitest'
import type {ColumnHints} from '../../../src/analyzers/analyzer.js'
import {emptyCell} from '../../../src/values/cell.js'
import {parseCell} from '../../../src/values/cell-parser.js'
import {decideColumnHints} from '../../../src/values/column-hints.js'
import {hashString} from '../../../src/values/hash.js'
import {germanTable} from './german-cells.js'

const table = await germanTable(1_000_000)
const width = table.columns.length
const hints: ColumnHints[] = table.columns.map((_, c) => decideColumnHints(table.rows.slice(0, 1000).map((r) => r[c]), ','))
const cells = table.columns.map(() => emptyCell())
let sink = 0

describe(`${table.cellCount.toLocaleString('en')} German cells (mean ms = ns per cell)`, () => {
  bench('parseCell (incl. hashing)', () => {
    for (const row of table.rows) {
      for (let c = 0; c < width; c++) {
        parseCell(row[c], hints[c], cells[c])
        sink += cells[c].kind
      }
    }
  })

  bench('hashString alone (the floor)', () => {
    for (const row of table.rows) {
      for (let c = 0; c < width; c++) sink += hashString(row[c] as string)
    }
  })
})

export {sink}
