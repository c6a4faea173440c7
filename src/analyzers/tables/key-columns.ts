/**
 * Which columns key-candidates tracks, decided from the sample (identical in every worker) and the
 * headers. Tracking costs 8 bytes per row per column, so only a few plausible keys are followed:
 *
 * - single columns (at most MAX_TRACKED) of integers or text (amounts, dates and flags are no keys)
 *   whose sample is nearly complete and nearly unique — within the column's tolerance, so a customer
 *   number with a few repeats early in the file is still followed; ranked by identifier-like name
 *   (header-words.ts), then fewest sample repeats and gaps, then leftmost;
 * - only when no single column qualifies: up to MAX_COMPOSITES pairs of complete columns that are
 *   unique together in the sample (Belegnr + Position), chosen among the best-ranked six columns.
 */
import type {ColumnContext, TableContext} from '../analyzer.js'
import {type Cell, Kind, Missing} from '../../values/cell.js'
import {hashCombine} from '../../values/hash.js'
import {isIdLikeHeader} from './header-words.js'

export const MAX_TRACKED = 3
export const MAX_COMPOSITES = 2
/**
 * share of rows that may repeat an earlier value (or be missing) in a key that is "nearly" unique. Zero
 * for columns without an identifier name: a quantity or a price that happens to be almost unique is no
 * broken key, and calling it one would be a false alarm.
 */
export const NEAR_KEY_SHARE = 0
/** the same for columns named like identifiers: their broken keys are the finding worth showing */
export const NEAR_ID_KEY_SHARE = 0.05
/**
 * A column without an identifier-like name is reported as a key only from this many rows on: that ten
 * transfers have ten different purposes says nothing about a key.
 */
export const MIN_ROWS_FOR_UNNAMED_KEY = 100
const COMPOSITE_POOL = 6
const PAIR_SEED = 0x5bd1_e995

export interface KeyColumnChoice {
  singles: number[]
  composites: number[][]
}

/** a key whose (one of whose) column names says identifier */
export function keyIsIdLike(columns: readonly number[], ctx: TableContext): boolean {
  return columns.some((c) => ctx.columns[c] !== undefined && isIdLikeHeader(ctx.columns[c].name))
}

export function keyTolerance(columns: readonly number[], ctx: TableContext): number {
  return keyIsIdLike(columns, ctx) ? NEAR_ID_KEY_SHARE : NEAR_KEY_SHARE
}

/** the hash of a two-column key value */
export function pairHash(a: Cell, b: Cell): number {
  return hashCombine(hashCombine(PAIR_SEED, a.hash), b.hash)
}

interface SampleStats {
  position: number
  rank: number
  /** every sample value is an integer or text */
  plainKinds: boolean
  /** sample rows that are missing or repeat an earlier value */
  flaws: number
  missing: number
  surplus: number
}

export function chooseKeyColumns(ctx: TableContext): KeyColumnChoice {
  const sample = ctx.sample
  const n = sample.length
  if (n === 0) return {singles: [], composites: []}
  const stats: SampleStats[] = []
  for (let c = 0; c < ctx.columns.length; c++) {
    const s = sampleStats(sample, c, ctx.columns[c])
    if (s !== null) stats.push(s)
  }
  stats.sort((x, y) => y.rank - x.rank || x.flaws - y.flaws || x.position - y.position)
  const singles = stats.filter((s) => {
    const allowed = keyTolerance([s.position], ctx) * n
    return s.plainKinds && s.missing <= allowed && s.surplus <= allowed
  })
  if (singles.length > 0) return {singles: singles.slice(0, MAX_TRACKED).map((s) => s.position), composites: []}
  const pool = stats
    .filter((s) => s.missing === 0)
    .sort((x, y) => y.rank - x.rank || x.position - y.position)
    .slice(0, COMPOSITE_POOL)
    .map((s) => s.position)
  const composites: number[][] = []
  for (let i = 0; i < pool.length && composites.length < MAX_COMPOSITES; i++) {
    for (let j = i + 1; j < pool.length && composites.length < MAX_COMPOSITES; j++) {
      const pair = [pool[i], pool[j]].sort((x, y) => x - y)
      if (pairUnique(sample, pair[0], pair[1])) composites.push(pair)
    }
  }
  return {singles: [], composites}
}

/** null for a column without any value in the sample */
function sampleStats(
  sample: readonly (readonly Cell[])[],
  c: number,
  column: ColumnContext | undefined,
): SampleStats | null {
  const seen = new Set<number>()
  let missing = 0
  let plainKinds = true
  for (const row of sample) {
    const cell = row[c]
    if (cell === undefined || cell.missing !== Missing.Value) {
      missing++
      continue
    }
    seen.add(cell.hash)
    if (cell.kind !== Kind.Integer && cell.kind !== Kind.Text) plainKinds = false
  }
  if (seen.size === 0) return null
  const surplus = sample.length - missing - seen.size
  const rank = (column !== undefined && isIdLikeHeader(column.name) ? 2 : 0) + (plainKinds ? 1 : 0)
  return {position: c, rank, plainKinds, flaws: missing + surplus, missing, surplus}
}

function pairUnique(sample: readonly (readonly Cell[])[], a: number, b: number): boolean {
  const seen = new Set<number>()
  for (const row of sample) seen.add(pairHash(row[a], row[b]))
  return seen.size === sample.length
}
