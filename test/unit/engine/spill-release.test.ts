import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {configureSpill} from '../../../src/analyzers/sketches/spill-store.js'
import {emptyHashRuns} from '../../../src/analyzers/sketches/sorted-hash-runs.js'
import {addPair, emptyPairRuns, summarizePairRuns} from '../../../src/analyzers/sketches/sorted-hash-pair-runs.js'
import {duplicateRows, type DuplicateRowsState} from '../../../src/analyzers/tables/duplicate-rows.js'
import {releaseSpilledRuns} from '../../../src/engine/spill-release.js'
import type {ColumnHints, TableContext} from '../../../src/analyzers/analyzer.js'
import {emptyCell} from '../../../src/values/cell.js'
import {parseCell} from '../../../src/values/cell-parser.js'

const HINTS: ColumnHints = {decimalSeparator: ','}
const CONTEXT: TableContext = {name: 'kunden', columns: [], sample: []}

/** duplicate-rows' state with tiny runs (16 rows, one in memory) so that a few hundred rows spill */
function tinyDuplicateRows(): DuplicateRowsState {
  return {rows: 0, rowHashes: emptyHashRuns(16, 1)}
}

/** Folds rows `from` ≤ i < `to` of a two-column table whose row i equals row i % distinct. */
function foldRows(state: DuplicateRowsState, from: number, to: number, distinct: number): void {
  const cells = [emptyCell(), emptyCell()]
  for (let i = from; i < to; i++) {
    const k = i % distinct
    parseCell(`Kunde ${k}`, HINTS, cells[0])
    parseCell(`${k},50`, HINTS, cells[1])
    duplicateRows.addRow(state, cells)
  }
}

describe('releaseSpilledRuns', () => {
  let spillDir = ''
  let elsewhere = ''

  beforeEach(() => {
    spillDir = mkdtempSync(path.join(os.tmpdir(), 'datenreife-release-test-'))
    elsewhere = mkdtempSync(path.join(os.tmpdir(), 'datenreife-release-other-'))
    configureSpill({dir: spillDir})
  })
  afterEach(() => {
    configureSpill({dir: null})
    rmSync(spillDir, {recursive: true, force: true})
    rmSync(elsewhere, {recursive: true, force: true})
  })

  it('deletes the run files of a finished table (merged across threads) and leaves the folder empty', () => {
    const a = tinyDuplicateRows()
    const b = tinyDuplicateRows()
    foldRows(a, 0, 1000, 700)
    foldRows(b, 1000, 2000, 700)
    // b went through a worker: structured clone, as postMessage does
    const merged = duplicateRows.merge(a, structuredClone(b))
    const metric = duplicateRows.metric(merged, CONTEXT)
    expect(metric.exactRows).toBe(2000 - 700)
    expect(metric.duplicatedRowGroups).toBe(700)

    const spilled = readdirSync(spillDir).length
    expect(spilled).toBeGreaterThan(50)
    expect(merged.rowHashes.files).toHaveLength(spilled)
    // as the engine holds it: inside a fold state, next to other analyzers' states
    const foldState = {counters: {rows: 2000}, columnStates: [[{sample: ['Kunde 1'], bytes: new Float64Array(8)}]], tableStates: [merged]}
    expect(releaseSpilledRuns(foldState, spillDir)).toBe(spilled)
    expect(readdirSync(spillDir)).toEqual([])
    // a second release finds nothing left to delete, and does not throw
    expect(releaseSpilledRuns(foldState, spillDir)).toBe(0)
  })

  it('deletes pair runs, in Maps and Sets too', () => {
    const pairs = emptyPairRuns(8, 1)
    for (let i = 0; i < 300; i++) addPair(pairs, i % 37, i % 3)
    expect(summarizePairRuns(pairs).distinctKeys).toBe(37)
    const spilled = readdirSync(spillDir).length
    expect(spilled).toBeGreaterThan(10)
    const [first, ...rest] = pairs.files
    const state = {byTable: new Map([['t', {pairs: {...pairs, files: rest}}]]), extra: new Set([first])}
    expect(releaseSpilledRuns(state, spillDir)).toBe(spilled)
    expect(readdirSync(spillDir)).toEqual([])
  })

  it('never deletes files outside the spill folder, nor in a folder below it', () => {
    const userFile = path.join(elsewhere, 'kunden.csv')
    writeFileSync(userFile, 'a;b\n')
    const nested = path.join(spillDir, 'sub')
    mkdirSync(nested)
    const nestedFile = path.join(nested, 'run.bin')
    writeFileSync(nestedFile, 'x')
    const sneaky = path.join(spillDir, '..', path.basename(elsewhere), 'kunden.csv')
    const state = {files: [{path: userFile, length: 4}, {path: nestedFile, length: 1}, {path: sneaky, length: 4}]}
    expect(releaseSpilledRuns(state, spillDir)).toBe(0)
    expect(existsSync(userFile)).toBe(true)
    expect(existsSync(nestedFile)).toBe(true)
  })

  it('does nothing with spilling off, and copes with missing files, cycles and non-objects', () => {
    const run = path.join(spillDir, 'run-a.bin')
    writeFileSync(run, 'x')
    const state: Record<string, unknown> = {files: [{path: run, length: 1}, {path: path.join(spillDir, 'gone.bin'), length: 1}]}
    state.self = state
    expect(releaseSpilledRuns(state, null)).toBe(0)
    expect(existsSync(run)).toBe(true)
    // a record with a path but no numeric length is not a run
    expect(releaseSpilledRuns({path: run, length: '1'}, spillDir)).toBe(0)
    expect(releaseSpilledRuns(state, spillDir)).toBe(1)
    expect(existsSync(run)).toBe(false)
    for (const value of [null, undefined, 42, 'text', new Float64Array(4)]) expect(releaseSpilledRuns(value, spillDir)).toBe(0)
  })
})
