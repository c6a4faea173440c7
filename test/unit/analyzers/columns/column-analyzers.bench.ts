/**
 * Speed of the four column analyzers on 1M realistic German cells (test/unit/values/german-cells.ts),
 * folded the way the engine folds them (one Cell per column, every analyzer per cell).
 *   npx vitest bench --run test/unit/analyzers/columns/column-analyzers.bench.ts
 * One iteration handles 1,000,008 cells, so the reported mean in ms equals the mean ns per cell.
 */
import {bench, describe} from 'vitest'
import type {ColumnAnalyzer, ColumnContext} from '../../../../src/analyzers/analyzer.js'
import {completeness} from '../../../../src/analyzers/columns/completeness.js'
import {distinctValues} from '../../../../src/analyzers/columns/distinct-values.js'
import {typeInference} from '../../../../src/analyzers/columns/type-inference.js'
import {valueRange} from '../../../../src/analyzers/columns/value-range.js'
import {emptyCell, type Cell} from '../../../../src/values/cell.js'
import {parseCell} from '../../../../src/values/cell-parser.js'
import {decideColumnHints} from '../../../../src/values/column-hints.js'
import {germanTable} from '../../values/german-cells.js'

const ANALYZERS: ColumnAnalyzer<unknown, object>[] = [completeness, typeInference, distinctValues, valueRange] as ColumnAnalyzer<unknown, object>[]

const table = await germanTable(1_000_000)
const width = table.columns.length
const contexts: ColumnContext[] = table.columns.map((name, position) => ({
  name,
  position,
  sourceTyped: false,
  hints: decideColumnHints(table.rows.slice(0, 1000).map((r) => r[position]), ','),
}))
// parsed once up front, so the first bench measures the analyzers alone
const parsed: Cell[][] = table.rows.map((row) =>
  row.map((raw, c) => {
    const cell = emptyCell()
    parseCell(raw, contexts[c].hints, cell)
    return cell
  }),
)
const cells = contexts.map(() => emptyCell())

function foldOnce(parse: boolean, analyzers: readonly ColumnAnalyzer<unknown, object>[]): object[][] {
  const states = contexts.map((ctx) => analyzers.map((a) => a.empty(ctx)))
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < width; c++) {
      let cell: Cell
      if (parse) {
        cell = cells[c]
        parseCell(table.rows[r][c], contexts[c].hints, cell)
      } else {
        cell = parsed[r][c]
      }
      const s = states[c]
      for (let a = 0; a < analyzers.length; a++) analyzers[a].add(s[a], cell)
    }
  }
  return contexts.map((ctx, c) => analyzers.map((a, i) => a.metric(states[c][i], ctx)))
}

describe(`${table.cellCount.toLocaleString('en')} German cells (mean ms = ns per cell)`, () => {
  bench('four column analyzers (cells parsed beforehand)', () => {
    foldOnce(false, ANALYZERS)
  })
  for (const analyzer of ANALYZERS) {
    bench(`  ${analyzer.id} alone`, () => {
      foldOnce(false, [analyzer])
    })
  }
  bench('parseCell + four column analyzers', () => {
    foldOnce(true, ANALYZERS)
  })
})
