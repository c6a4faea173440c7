/**
 * entity-duplicates: likely duplicate entities — rows that describe the same customer/supplier written
 * differently ("Müller GmbH, Hauptstr. 5" and "MUELLER GMBH & CO. KG, Hauptstraße 5").
 *
 * The columns come from the headers (entity-columns.ts); a table without a name-like column gets no
 * metric. Each row's entity key is its normalised name(s), street and house number, and PLZ (or Ort),
 * "mueller | hauptstrasse 5 | 12345" (normalize-entity.ts); rows with an empty normalised name are
 * skipped. Beside the key, the row's raw spelling of those columns is hashed (any missing value counts
 * as one spelling: "n/a" and "" are not a difference). A group = a key seen with at least two distinct
 * spellings; identical spellings alone are exact copies, which duplicate-rows counts.
 *
 * State: (53-bit key hash, 32-bit spelling hash) pairs as SortedHashPairRuns — 12 bytes per row with a
 * non-empty name: in memory up to 6.75 MiB, beyond that on disk in the scan's temporary folder (12 MB
 * per million rows; without a spill folder, as in unit tests, all in memory) — see
 * sorted-hash-pair-runs.ts, also for why 32 bits suffice for the spelling — and a HashSample of
 * EXAMPLE_CAPACITY keys with up to MAX_VARIANTS spellings each (the ones with the smallest full spelling
 * hash, so merging keeps the same ones), from which the examples are taken.
 */
import type {EntityDuplicateGroup, LikelyEntityDuplicates} from '../../report/scan-report.js'
import type {TableAnalyzer, TableContext} from '../analyzer.js'
import {type Cell, Missing} from '../../values/cell.js'
import {hashCombine} from '../../values/hash.js'
import {
  type HashSample,
  emptyHashSample,
  mergeHashSamples,
  sampleKeeps,
  sampleSet,
  sampledHashes,
} from '../sketches/hash-sample.js'
import {
  type SortedHashPairRuns,
  addPair,
  emptyPairRuns,
  mergePairRuns,
  summarizePairRuns,
} from '../sketches/sorted-hash-pair-runs.js'
import {type EntityColumns, MAX_NAME_COLUMNS, findEntityColumns} from './entity-columns.js'
import {NormalizedTextBuilder, TextMemo} from './normalize-entity.js'
import {retainString} from '../../values/retain-string.js'

export const EXAMPLE_CAPACITY = 256
const MAX_EXAMPLES = 5
const MAX_VARIANTS = 3
const MAX_TEXT_LENGTH = 200
const SPELLING_SEED = 0x3c6e_f372
/** stands for any missing value (null, empty, placeholder) in the spelling hash */
const MISSING_VALUE = 0x1b87_3593

export interface EntitySample {
  key: string
  /** up to MAX_VARIANTS raw spellings, ascending by their hash */
  variants: string[]
  variantHashes: number[]
}

export interface EntityDuplicatesState {
  /** null: no name-like column, nothing is tracked */
  columns: EntityColumns | null
  pairs: SortedHashPairRuns
  sample: HashSample<EntitySample>
}

export interface EntityDuplicatesMetric {
  likelyEntities?: LikelyEntityDuplicates
}

/** one builder per thread: the key of the current row is written into its reused buffer */
const builder = new NormalizedTextBuilder()
/** one memo per position in the entity key (names, street, house number, place), shared by all tables */
const memos = Array.from({length: MAX_NAME_COLUMNS + 3}, () => new TextMemo())
/** street parts without their house numbers (NormalizedTextBuilder.appendStreetMemo) */
const streetParts = new TextMemo()

export const entityDuplicates: TableAnalyzer<EntityDuplicatesState, EntityDuplicatesMetric> = {
  id: 'entity-duplicates',
  scope: 'table',

  empty(ctx: TableContext): EntityDuplicatesState {
    const columns = findEntityColumns(ctx.columns.map((c) => c.name)) ?? null
    return {columns, pairs: emptyPairRuns(), sample: emptyHashSample(EXAMPLE_CAPACITY)}
  },

  addRow(state: EntityDuplicatesState, cells: readonly Cell[]): void {
    const columns = state.columns
    if (columns === null || !buildKey(columns, cells)) return
    const keyHash = builder.hash()
    const used = columns.used
    let spelling = SPELLING_SEED
    for (let i = 0; i < used.length; i++) {
      const cell = cells[used[i]]
      spelling = hashCombine(spelling, cell.missing === Missing.Value ? cell.hash : MISSING_VALUE)
    }
    addPair(state.pairs, keyHash, spelling)
    if (sampleKeeps(state.sample, keyHash)) keepSpelling(state.sample, keyHash, spelling, used, cells)
  },

  merge(a: EntityDuplicatesState, b: EntityDuplicatesState): EntityDuplicatesState {
    a.pairs = mergePairRuns(a.pairs, b.pairs)
    a.sample = mergeHashSamples(a.sample, b.sample, mergeSpellings)
    return a
  },

  metric(state: EntityDuplicatesState, ctx: TableContext): EntityDuplicatesMetric {
    const columns = state.columns
    if (columns === null) return {}
    const probes = sampledHashes(state.sample)
    const summary = summarizePairRuns(state.pairs, probes)
    const examples: EntityDuplicateGroup[] = []
    for (let i = 0; i < probes.length && examples.length < MAX_EXAMPLES; i++) {
      if (!summary.probes[i].mixed) continue
      const kept = state.sample.entries.get(probes[i]) as EntitySample
      examples.push({key: kept.key, variants: [...kept.variants].sort(), rows: summary.probes[i].entries})
    }
    return {
      likelyEntities: {
        columns: columns.used.map((c) => ctx.columns[c]?.name ?? `#${c + 1}`),
        groups: summary.groups,
        surplusRows: summary.surplus,
        examples,
      },
    }
  },
}

/** Writes the row's entity key into `builder`; false when the normalised name is empty. */
function buildKey(columns: EntityColumns, cells: readonly Cell[]): boolean {
  builder.reset()
  const names = columns.names
  for (let i = 0; i < names.length; i++) appendValue(cells[names[i]], i)
  if (builder.length === 0) return false
  if (columns.street >= 0 || columns.houseNumber >= 0) {
    builder.separate()
    if (columns.street >= 0) {
      const cell = cells[columns.street]
      if (cell.missing === Missing.Value) builder.appendStreetMemo(cell.src, cell.start, cell.end, cell.hash, memos[MAX_NAME_COLUMNS], streetParts)
    }
    if (columns.houseNumber >= 0) appendValue(cells[columns.houseNumber], MAX_NAME_COLUMNS + 1)
  }
  if (columns.place >= 0) {
    builder.separate()
    appendValue(cells[columns.place], MAX_NAME_COLUMNS + 2)
  }
  return true
}

function appendValue(cell: Cell, memo: number): void {
  if (cell.missing === Missing.Value) builder.appendMemo(cell.src, cell.start, cell.end, cell.hash, memos[memo])
}

/** clipped and copied: kept spellings must not pin the chunks their fields were cut from */
function clip(text: string): string {
  return retainString(text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text)
}

/** Keeps the spelling if it is among the MAX_VARIANTS smallest spelling hashes of this key. */
function keepSpelling(
  sample: HashSample<EntitySample>,
  keyHash: number,
  spelling: number,
  used: readonly number[],
  cells: readonly Cell[],
): void {
  let kept = sample.entries.get(keyHash)
  const isNew = kept === undefined
  if (kept === undefined) kept = {key: clip(displayKey(builder.toString())), variants: [], variantHashes: []}
  const hashes = kept.variantHashes
  if (!hashes.includes(spelling) && (hashes.length < MAX_VARIANTS || spelling < hashes[hashes.length - 1])) {
    let at = hashes.length
    while (at > 0 && hashes[at - 1] > spelling) at--
    hashes.splice(at, 0, spelling)
    kept.variants.splice(at, 0, spellingText(used, cells))
    if (hashes.length > MAX_VARIANTS) {
      hashes.pop()
      kept.variants.pop()
    }
  }
  if (isNew) sampleSet(sample, keyHash, kept)
}

/** the key as shown: empty parts left out ("paypal |  | " → "paypal"); the hash keeps the structure */
function displayKey(key: string): string {
  return key
    .split(' | ')
    .filter((part) => part.length > 0)
    .join(' | ')
}

/**
 * The row's raw values of the entity columns, joined with " | ". Missing values are left out (they all
 * count as one spelling in the hash, so showing "n/a" for one of them would be arbitrary).
 */
function spellingText(used: readonly number[], cells: readonly Cell[]): string {
  let text = ''
  for (let i = 0; i < used.length; i++) {
    const cell = cells[used[i]]
    if (cell.missing !== Missing.Value) continue
    if (text.length > 0) text += ' | '
    text += cell.raw
  }
  return clip(text)
}

function mergeSpellings(x: EntitySample, y: EntitySample): EntitySample {
  const merged = x.variantHashes.map((h, i) => ({h, text: x.variants[i]}))
  y.variantHashes.forEach((h, i) => {
    if (!x.variantHashes.includes(h)) merged.push({h, text: y.variants[i]})
  })
  merged.sort((p, q) => p.h - q.h)
  merged.length = Math.min(merged.length, MAX_VARIANTS)
  return {key: x.key, variants: merged.map((m) => m.text), variantHashes: merged.map((m) => m.h)}
}
