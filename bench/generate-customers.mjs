#!/usr/bin/env node
// Generates the benchmark's German customer export: 18 columns, `;`, UTF-8 with umlauts, about
// 186 bytes a row, with exact and near duplicates, blanks, placeholders and mixed formats, plus a
// truth file (<out>.truth.json) with what was injected. Deterministic for a given --seed and
// --rows; streams to disk, so memory stays flat at any row count.
//
//   node bench/generate-customers.mjs --rows 1000000 --out bench/data/customers-1m.csv [--seed 20240601]

import {once} from 'node:events'
import {createWriteStream, mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {pathToFileURL} from 'node:url'

import {parseCount, parseFlags, runCli, UsageError} from './lib/cli-args.mjs'
import {csvLine} from './lib/csv-line.mjs'
import {COLUMNS, CustomerRowFactory, EMPTY_SHARE, PLACEHOLDER_VALUES} from './lib/customer-rows.mjs'
import {Prng} from './lib/prng.mjs'
import {TruthTally} from './lib/truth.mjs'

export const DEFAULT_SEED = 20240601
/** Share of rows that are an exact copy of an earlier row / a near duplicate of an earlier customer. */
const EXACT_DUPLICATE_SHARE = 0.02
const NEAR_DUPLICATE_SHARE = 0.03
/** Duplicates copy one of the last RECENT_ROWS rows: bounded memory, and a realistic spread. */
const RECENT_ROWS = 8192
const CHUNK_CHARS = 1 << 20

const USAGE = 'usage: node bench/generate-customers.mjs --rows <n> --out <file.csv> [--seed <int>] [--quiet]'

/**
 * Writes the CSV and its truth file. Exported for bench/run.mjs.
 * @param {{rows: number, out: string, seed?: number, log?: (line: string) => void}} options
 * @returns {Promise<object>} the truth object
 */
export async function generateCustomers({rows, out, seed = DEFAULT_SEED, log = () => {}}) {
  mkdirSync(dirname(out), {recursive: true})
  // write under a temporary name: an interrupted run never leaves a file that looks complete
  const partial = `${out}.partial`
  const stream = createWriteStream(partial)
  const rng = new Prng(seed)
  const factory = new CustomerRowFactory(rng)
  const truth = new TruthTally(COLUMNS)
  /** @type {string[][]} */
  const recentRows = []
  /** @type {string[]} */
  const recentLines = []
  let recentNext = 0
  let bytes = 0
  let chunk = csvLine(COLUMNS) + '\n'
  const started = Date.now()

  const flush = async () => {
    bytes += Buffer.byteLength(chunk)
    const ok = stream.write(chunk)
    chunk = ''
    if (!ok) await once(stream, 'drain')
  }

  for (let i = 0; i < rows; i++) {
    const roll = rng.float()
    let line
    if (roll < EXACT_DUPLICATE_SHARE && recentLines.length > 0) {
      const k = rng.int(recentLines.length)
      line = recentLines[k]
      truth.addRow(recentRows[k])
      truth.exactDuplicateRows++
    } else {
      let row = null
      if (roll < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE && recentRows.length > 0) {
        row = factory.nearDuplicate(recentRows[rng.int(recentRows.length)], truth.nearDuplicateKinds)
        if (row !== null) truth.nearDuplicateRows++
      }
      row ??= factory.fresh()
      line = csvLine(row)
      truth.addRow(row)
      truth.distinctKundennummer++
      recentRows[recentNext] = row
      recentLines[recentNext] = line
      recentNext = (recentNext + 1) % RECENT_ROWS
    }
    chunk += line + '\n'
    if (chunk.length >= CHUNK_CHARS) await flush()
    if ((i + 1) % 1_000_000 === 0) log(`  ${(i + 1).toLocaleString('en')} rows, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  await flush()
  stream.end()
  await once(stream, 'finish')

  const result = truth.toJSON({
    generator: 'bench/generate-customers.mjs',
    seed,
    file: out.split('/').pop(),
    bytes,
    lines: truth.rows + 1 + truth.lineBreaksInFields,
    delimiter: ';',
    encoding: 'utf-8',
    lineTerminator: '\\n',
    header: COLUMNS,
    notes: {
      exactDuplicateRows: 'surplus copies: rows minus distinct rows',
      nearDuplicateRows: 'rows re-entering an earlier customer with a new Kundennummer and 1-2 typing variations '
        + 'in Vorname/Nachname/Firma/Strasse (counted per variation kind in nearDuplicateVariations)',
      empty: `cells that are exactly "" (about ${EMPTY_SHARE * 100} % of every column but Kundennummer is blanked, `
        + 'plus Firma for private persons, Geburtsdatum for companies, Bemerkung mostly)',
      placeholder: `cells that are exactly one of ${PLACEHOLDER_VALUES.map((v) => JSON.stringify(v)).join(', ')}`,
      formats: 'real values only (no blanks, no placeholders)',
    },
  })
  writeFileSync(`${out}.truth.json`, JSON.stringify(result, null, 2) + '\n')
  renameSync(partial, out)
  return result
}

async function main() {
  const flags = parseFlags(process.argv.slice(2), {strings: ['rows', 'out', 'seed'], booleans: ['quiet']})
  if (flags.rows === undefined || flags.out === undefined) throw new UsageError('--rows and --out are required')
  const rows = parseCount('rows', String(flags.rows))
  const seed = flags.seed === undefined ? DEFAULT_SEED : Number(flags.seed)
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be an integer (got "${flags.seed}")`)
  const out = String(flags.out)
  const log = flags.quiet ? () => {} : (line) => process.stderr.write(line + '\n')
  log(`generating ${rows.toLocaleString('en')} rows into ${out} (seed ${seed})`)
  const started = Date.now()
  const truth = await generateCustomers({rows, out, seed, log})
  log(`done: ${(truth.bytes / 1e6).toFixed(1)} MB, ${(truth.bytes / rows).toFixed(1)} bytes/row, `
    + `${truth.exactDuplicateRows} exact duplicate rows, ${truth.nearDuplicateRows} near duplicates, `
    + `${((Date.now() - started) / 1000).toFixed(1)} s; truth: ${out}.truth.json`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCli(main, USAGE)
