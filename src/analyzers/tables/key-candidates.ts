/**
 * key-candidates: columns that identify a row (Kundennummer, Belegnr, ID) — and keys that are broken:
 * a customer number that repeats on a few rows is the finding worth reporting.
 *
 * Configuration (in `empty`, from the sample every worker shares): the columns key-columns.ts picks —
 * up to 3 columns that are (nearly) complete and unique in the sample, or else up to 2 column pairs;
 * pairs are tracked only while the table stays small (COMPOSITE_ROW_LIMIT rows).
 *
 * Per tracked column: the value hashes as SortedHashRuns (exact distinct and duplicate counts) and a
 * HashSample of value texts for examples. Memory per tracked column (at most 3): in memory up to
 * 4.5 MiB of hashes (sorted-hash-runs.ts) and ≤ EXAMPLE_CAPACITY short texts; beyond that on disk in
 * the scan's temporary folder, 8 bytes per row (8 MB per million rows) — without a spill folder (unit
 * tests) those 8 bytes per row stay in memory. Composite keys stop at COMPOSITE_ROW_LIMIT rows and so
 * never reach the disk.
 *
 * A tracked column is reported when it is unique (no repeats, nothing missing) or nearly so: at most
 * its tolerance (key-columns.ts: 1 % of the rows, 5 % for identifier names) repeat an earlier value and
 * at most that many are missing. A "Kundennummer" repeated on 2 % of the rows is the broken key worth
 * reporting. Surplus rows, not duplicated values, are compared: one value on half the rows is no key.
 * Columns without an identifier-like name need MIN_ROWS_FOR_UNNAMED_KEY rows before they count.
 */
import type {KeyCandidate} from '../../report/scan-report.js'
import type {TableAnalyzer, TableContext} from '../analyzer.js'
import {type Cell, Missing} from '../../values/cell.js'
import {
  type HashSample,
  emptyHashSample,
  mergeHashSamples,
  sampleKeeps,
  sampleSet,
  sampledHashes,
} from '../sketches/hash-sample.js'
import {
  type SortedHashRuns,
  addHash,
  emptyHashRuns,
  mergeHashRuns,
  summarizeHashRuns,
} from '../sketches/sorted-hash-runs.js'
import {MIN_ROWS_FOR_UNNAMED_KEY, chooseKeyColumns, keyIsIdLike, keyTolerance, pairHash} from './key-columns.js'
import {retainString} from '../../values/retain-string.js'

export const COMPOSITE_ROW_LIMIT = 100_000
/**
 * Kept value texts per column. Examples are the sampled values that turn out duplicated, so a sample of
 * C values shows about C × (duplicated / distinct) of them: 1024 still finds some when one value in a
 * few hundred repeats. The texts are short (≤ MAX_EXAMPLE_LENGTH), about 100 KB per column at most.
 */
export const EXAMPLE_CAPACITY = 1024
const MAX_EXAMPLES = 5
const MAX_EXAMPLE_LENGTH = 80

export interface KeyTracker {
  /** one column, or two for a composite key */
  columns: number[]
  /** a column's name says it is an identifier */
  idLike: boolean
  /** the share of surplus or missing rows up to which the column still counts as a (broken) key */
  tolerance: number
  /** rows where a key column is null, empty or a placeholder */
  missing: number
  values: SortedHashRuns
  examples: HashSample<string>
}

export interface KeyCandidatesState {
  rows: number
  singles: KeyTracker[]
  composites: KeyTracker[]
  /** the table outgrew COMPOSITE_ROW_LIMIT: composite keys were given up */
  compositesDropped: boolean
}

export interface KeyCandidatesMetric {
  candidateKeys: KeyCandidate[]
}

function tracker(columns: number[], ctx: TableContext): KeyTracker {
  return {
    columns,
    idLike: keyIsIdLike(columns, ctx),
    tolerance: keyTolerance(columns, ctx),
    missing: 0,
    values: emptyHashRuns(),
    examples: emptyHashSample(EXAMPLE_CAPACITY),
  }
}

/** clipped and copied: a kept example must not pin the chunk its field was cut from */
function exampleText(raw: string): string {
  return retainString(raw.length > MAX_EXAMPLE_LENGTH ? `${raw.slice(0, MAX_EXAMPLE_LENGTH - 1)}…` : raw)
}

function addSingle(t: KeyTracker, cell: Cell): void {
  if (cell.missing !== Missing.Value) {
    t.missing++
    return
  }
  const h = cell.hash
  addHash(t.values, h)
  if (sampleKeeps(t.examples, h) && !t.examples.entries.has(h)) sampleSet(t.examples, h, exampleText(cell.raw))
}

function addComposite(t: KeyTracker, cells: readonly Cell[]): void {
  const a = cells[t.columns[0]]
  const b = cells[t.columns[1]]
  if (a.missing !== Missing.Value || b.missing !== Missing.Value) {
    t.missing++
    return
  }
  const h = pairHash(a, b)
  addHash(t.values, h)
  if (sampleKeeps(t.examples, h) && !t.examples.entries.has(h)) {
    sampleSet(t.examples, h, `${exampleText(a.raw)} | ${exampleText(b.raw)}`)
  }
}

function mergeTrackers(a: KeyTracker[], b: KeyTracker[]): KeyTracker[] {
  for (let i = 0; i < a.length; i++) {
    a[i].missing += b[i].missing
    a[i].values = mergeHashRuns(a[i].values, b[i].values)
    a[i].examples = mergeHashSamples(a[i].examples, b[i].examples, keepFirst)
  }
  return a
}

function keepFirst(x: string): string {
  return x
}

export const keyCandidates: TableAnalyzer<KeyCandidatesState, KeyCandidatesMetric> = {
  id: 'key-candidates',
  scope: 'table',

  empty(ctx: TableContext): KeyCandidatesState {
    const choice = chooseKeyColumns(ctx)
    return {
      rows: 0,
      singles: choice.singles.map((c) => tracker([c], ctx)),
      composites: choice.composites.map((pair) => tracker(pair, ctx)),
      compositesDropped: false,
    }
  },

  addRow(state: KeyCandidatesState, cells: readonly Cell[]): void {
    state.rows++
    const singles = state.singles
    for (let i = 0; i < singles.length; i++) addSingle(singles[i], cells[singles[i].columns[0]])
    if (state.composites.length === 0) return
    if (state.rows > COMPOSITE_ROW_LIMIT) dropComposites(state)
    else for (let i = 0; i < state.composites.length; i++) addComposite(state.composites[i], cells)
  },

  merge(a: KeyCandidatesState, b: KeyCandidatesState): KeyCandidatesState {
    a.rows += b.rows
    a.singles = mergeTrackers(a.singles, b.singles)
    if (a.compositesDropped || b.compositesDropped || a.rows > COMPOSITE_ROW_LIMIT) dropComposites(a)
    else a.composites = mergeTrackers(a.composites, b.composites)
    return a
  },

  metric(state: KeyCandidatesState, ctx: TableContext): KeyCandidatesMetric {
    const candidateKeys = qualifying(state.singles, state.rows, ctx)
    if (candidateKeys.length === 0 && !state.compositesDropped) {
      candidateKeys.push(...qualifying(state.composites, state.rows, ctx))
    }
    return {candidateKeys}
  },
}

function dropComposites(state: KeyCandidatesState): void {
  if (state.composites.length > 0) state.compositesDropped = true
  state.composites = []
}

function qualifying(trackers: readonly KeyTracker[], rows: number, ctx: TableContext): KeyCandidate[] {
  const out: KeyCandidate[] = []
  if (rows === 0) return out
  for (const t of trackers) {
    const probes = sampledHashes(t.examples)
    const summary = summarizeHashRuns(t.values, probes)
    if (summary.surplus > t.tolerance * rows || t.missing > t.tolerance * rows) continue
    if (!t.idLike && rows < MIN_ROWS_FOR_UNNAMED_KEY) continue
    const candidate: KeyCandidate = {
      columns: t.columns.map((c) => ctx.columns[c]?.name ?? `#${c + 1}`),
      unique: summary.surplus === 0 && t.missing === 0,
      distinctCount: summary.distinct,
      distinctApprox: false,
      missingCount: t.missing,
      duplicatedValues: summary.duplicatedValues,
      surplusRows: summary.surplus,
    }
    const examples: string[] = []
    for (let i = 0; i < probes.length && examples.length < MAX_EXAMPLES; i++) {
      if (summary.probeCounts[i] > 1) examples.push(t.examples.entries.get(probes[i]) as string)
    }
    if (examples.length > 0) candidate.examples = examples.sort()
    out.push(candidate)
  }
  return out
}
