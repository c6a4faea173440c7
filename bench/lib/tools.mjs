// The tools the benchmark times: datenreife and its peers. Each says what it computes, how to
// find out whether it is installed here, the command that profiles one file, and how to read the
// counts it prints (to check them against the generator's truth file).

import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

import {UsageError} from './cli-args.mjs'

/**
 * @typedef {object} Probe
 * @property {boolean} available
 * @property {string} [reason]   why not, e.g. "not installed"
 * @property {string} [version]
 *
 * @typedef {object} Counts    what a tool reported, where it reports it
 * @property {number} [rows]
 * @property {number} [exactDuplicateRows]
 * @property {object} [details]   everything else the tool printed (per-step times, per-column counts)
 *
 * @typedef {object} Tool
 * @property {string} id
 * @property {string} label
 * @property {string} computes
 * @property {(ctx: Context) => Probe} probe
 * @property {(ctx: Context, file: string) => {command: string, args: string[], env?: NodeJS.ProcessEnv}} command
 * @property {(stdout: string) => Counts | null} parseCounts
 *
 * @typedef {{repoRoot: string, python: string}} Context
 */

const PROBE_TIMEOUT_MS = 60_000

function run(command, args, ctx) {
  return spawnSync(command, args, {cwd: ctx.repoRoot, encoding: 'utf8', timeout: PROBE_TIMEOUT_MS})
}

/** First line of a tool's message, without oclif's `›   Error:` decoration. */
function firstLine(text) {
  return ((text ?? '').trim().split('\n')[0] ?? '').replace(/^[\s›]*(Error:\s*)?/, '')
}

/** Our peer scripts print one JSON line last: the counts, and details kept in the results JSON. */
function lastJsonLine(stdout) {
  const line = stdout.trim().split('\n').pop()
  if (!line) return null
  try {
    const json = JSON.parse(line)
    return {rows: json.rows, exactDuplicateRows: json.exactDuplicateRows, details: json}
  } catch {
    return null
  }
}

function packageVersion(repoRoot, name) {
  const file = join(repoRoot, 'node_modules', name, 'package.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null
}

/** @type {Tool} */
const datenreife = {
  id: 'datenreife',
  label: 'datenreife scan --json',
  computes: 'N + placeholders, D (exact; approx past a bound), T (German numbers, dates), mm, formats, top values, '
    + 'dup, near dup, findings',
  probe(ctx) {
    if (!existsSync(join(ctx.repoRoot, 'dist'))) return {available: false, reason: 'not available (not built: npm run build)'}
    const help = run(process.execPath, ['bin/run.js', 'scan', '--help'], ctx)
    if (help.status !== 0) {
      const why = firstLine(help.stderr) || firstLine(help.stdout) || `exit ${help.status}`
      return {available: false, reason: `not available (\`scan\` command: ${why.slice(0, 120)})`}
    }
    return {available: true, version: JSON.parse(readFileSync(join(ctx.repoRoot, 'package.json'), 'utf8')).version}
  },
  command(ctx, file) {
    return {command: process.execPath, args: ['bin/run.js', 'scan', file, '--json'], env: {...process.env, NODE_ENV: 'production'}}
  },
  parseCounts(stdout) {
    try {
      const table = JSON.parse(stdout).sources?.[0]?.tables?.[0]
      if (!table) return null
      return {rows: table.rowCount, exactDuplicateRows: table.duplicates?.exactRows}
    } catch {
      return null
    }
  },
}

/** @type {Tool} */
const duckdb = {
  id: 'duckdb',
  label: 'DuckDB SUMMARIZE + dup count',
  computes: 'N, D approx (HyperLogLog), T (sniffer), mm, avg/std, approx quartiles; dup in a 2nd pass',
  probe(ctx) {
    const version = packageVersion(ctx.repoRoot, '@duckdb/node-api')
    return version ? {available: true, version: `@duckdb/node-api ${version}`} : {available: false, reason: 'not installed (npm @duckdb/node-api)'}
  },
  command(ctx, file) {
    return {command: process.execPath, args: ['bench/peers/duckdb-summarize.mjs', file]}
  },
  parseCounts: lastJsonLine,
}

/** @type {Tool} */
const pandas = {
  id: 'pandas',
  label: 'pandas isna/nunique/describe/duplicated',
  computes: "N (NA = '' and 'n/a'), D exact, T, mm, mean/std/top, dup",
  probe(ctx) {
    const check = run(ctx.python, ['-c', 'import pandas; print(pandas.__version__)'], ctx)
    if (check.error) return {available: false, reason: `not installed (${ctx.python} not found)`}
    if (check.status !== 0) return {available: false, reason: `not installed (${ctx.python}: no pandas)`}
    return {available: true, version: `pandas ${check.stdout.trim()}`}
  },
  command(ctx, file) {
    return {command: ctx.python, args: ['bench/peers/pandas_profile.py', file]}
  },
  parseCounts: lastJsonLine,
}

/** @type {Tool} */
const miller = {
  id: 'miller',
  label: "mlr --icsv --ifs ';' summary",
  computes: 'N (empty only), D exact (empty counts as a value), T (type mix), mean, mm; no dup',
  probe(ctx) {
    const check = run('mlr', ['--version'], ctx)
    if (check.error) return {available: false, reason: 'not installed (mlr)'}
    return {available: check.status === 0, reason: 'mlr --version failed', version: firstLine(check.stdout)}
  },
  command(ctx, file) {
    return {command: 'mlr', args: ['--icsv', '--ifs', ';', 'summary', file]}
  },
  parseCounts(stdout) {
    // summary prints one line per column: field_name=…,field_type=…,count=<rows>,…
    const match = /^field_name=[^,\n]*,field_type=[^,\n]*,count=(\d+)/m.exec(stdout)
    return match ? {rows: Number(match[1])} : null
  },
}

/** @type {Tool} */
const csvParse = {
  id: 'csv-parse',
  label: 'Node + csv-parse, count rows',
  computes: 'parse only, row count (the floor of "just parsing in Node")',
  probe(ctx) {
    const version = packageVersion(ctx.repoRoot, 'csv-parse')
    return version ? {available: true, version: `csv-parse ${version}`} : {available: false, reason: 'not installed (npm csv-parse)'}
  },
  command(ctx, file) {
    return {command: process.execPath, args: ['bench/peers/csvparse-count.mjs', file]}
  },
  parseCounts: lastJsonLine,
}

/** In table order. */
export const TOOLS = [datenreife, duckdb, pandas, miller, csvParse]

const ALIASES = {mlr: 'miller', csvparse: 'csv-parse', 'csv_parse': 'csv-parse', duck: 'duckdb'}

/** Resolves `--only a,b,c` to tool ids; throws on unknown names. */
export function selectTools(only) {
  if (only === undefined) return TOOLS
  const wanted = String(only).split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
    .map((name) => ALIASES[name] ?? name)
  const unknown = wanted.filter((name) => !TOOLS.some((tool) => tool.id === name))
  if (unknown.length > 0) {
    throw new UsageError(`unknown tool(s) in --only: ${unknown.join(', ')} (known: ${TOOLS.map((t) => t.id).join(', ')})`)
  }
  return TOOLS.filter((tool) => wanted.includes(tool.id))
}
