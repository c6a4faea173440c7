#!/usr/bin/env node
// Speed of parseCell and of the four column analyzers on 1M realistic German cells: rows of the
// benchmark's customer export (bench/lib, the generator `npm run bench` uses), folded the way the engine
// folds them (one reused Cell per column, every analyzer per cell). Plain Node on the compiled code:
// under vitest the same loops run 2-3x slower, which would misstate the engine's cost.
//
//   npm run build && node test/unit/analyzers/columns/measure-speed.mjs [compiled-dir=dist] [cells=1000000]
//
// Prints CPU and wall nanoseconds per cell (best of 5 rounds; CPU time is steadier on a shared machine).

import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

import {COLUMNS, CustomerRowFactory} from '../../../../bench/lib/customer-rows.mjs'
import {Prng} from '../../../../bench/lib/prng.mjs'

const compiled = resolve(process.argv[2] ?? 'dist')
const cellCount = Number(process.argv[3] ?? 1_000_000)
const load = (path) => import(pathToFileURL(resolve(compiled, path)).href)
const {parseCell} = await load('values/cell-parser.js')
const {emptyCell} = await load('values/cell.js')
const {hashString} = await load('values/hash.js')
const {decideColumnHints} = await load('values/column-hints.js')
const {completeness} = await load('analyzers/columns/completeness.js')
const {typeInference} = await load('analyzers/columns/type-inference.js')
const {distinctValues} = await load('analyzers/columns/distinct-values.js')
const {valueRange} = await load('analyzers/columns/value-range.js')

// The generator builds values by concatenation (V8 rope strings, slow to read char by char); a CSV reader
// hands out flat strings decoded from bytes, so flatten them the same way.
const factory = new CustomerRowFactory(new Prng(20240601))
const rows = []
for (let n = 0; n < cellCount; n += COLUMNS.length) rows.push(factory.fresh().map((v) => Buffer.from(v, 'utf8').toString('utf8')))
const width = COLUMNS.length
const cells = rows.length * width
const contexts = COLUMNS.map((name, position) => ({
  name,
  position,
  sourceTyped: false,
  hints: decideColumnHints(rows.slice(0, 1000).map((r) => r[position]), ','),
}))
const reused = contexts.map(() => emptyCell())
let sink = 0

function hashOnly() {
  for (const row of rows) for (let c = 0; c < width; c++) sink += hashString(row[c])
}

function fold(analyzers) {
  const states = contexts.map((ctx) => analyzers.map((a) => a.empty(ctx)))
  for (const row of rows) {
    for (let c = 0; c < width; c++) {
      const cell = reused[c]
      parseCell(row[c], contexts[c].hints, cell)
      const s = states[c]
      for (let a = 0; a < analyzers.length; a++) analyzers[a].add(s[a], cell)
    }
  }
  sink += states.length
  return contexts.map((ctx, c) => analyzers.map((a, i) => a.metric(states[c][i], ctx)))
}

const runs = {
  'hashString alone': hashOnly,
  'parseCell (incl. hashing)': () => fold([]),
  '+ completeness': () => fold([completeness]),
  '+ type-inference': () => fold([typeInference]),
  '+ distinct-values': () => fold([distinctValues]),
  '+ value-range': () => fold([valueRange]),
  'parseCell + all four analyzers': () => fold([completeness, typeInference, distinctValues, valueRange]),
}
const best = {}
for (let round = 0; round < 5; round++) {
  for (const [name, run] of Object.entries(runs)) {
    const cpu = process.cpuUsage()
    const wall = process.hrtime.bigint()
    run()
    const wallNs = Number(process.hrtime.bigint() - wall) / cells
    const used = process.cpuUsage(cpu)
    const cpuNs = ((used.user + used.system) * 1000) / cells
    const b = (best[name] ??= {cpu: Infinity, wall: Infinity})
    b.cpu = Math.min(b.cpu, cpuNs)
    b.wall = Math.min(b.wall, wallNs)
  }
}
console.log(`${cells.toLocaleString('en')} cells (${rows.length.toLocaleString('en')} rows × ${width} columns), best of 5, ns per cell`)
const parseCpu = best['parseCell (incl. hashing)'].cpu
for (const [name, {cpu, wall}] of Object.entries(best)) {
  const extra = name.startsWith('+') || name.startsWith('parseCell +') ? `   (analyzers: ${(cpu - parseCpu).toFixed(1)} cpu)` : ''
  console.log(`${name.padEnd(32)} cpu ${cpu.toFixed(1).padStart(6)}   wall ${wall.toFixed(1).padStart(6)}${extra}`)
}
if (sink === 0) console.log('')
