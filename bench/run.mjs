#!/usr/bin/env node
// The reproducible benchmark: times `datenreife scan` side by side with peer profilers (DuckDB,
// pandas, Miller, a bare csv-parse pass) on the generated German customer export, each tool in
// its own child process under GNU time, and checks the targets of issue 2.
//
//   npm run bench                       (= npm run build && node bench/run.mjs)
//   node bench/run.mjs [--rows 1000000] [--also-5m] [--runs 3] [--only datenreife,duckdb,...]
//                      [--timeout-s 1200] [--strict]

import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream} from 'node:fs'
import {availableParallelism, cpus, loadavg, release, tmpdir, totalmem} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

import {parseCount, parseFlags, runCli, UsageError} from './lib/cli-args.mjs'
import {GNU_TIME, measure, median} from './lib/measure.mjs'
import {LEGEND, machineLines, resultsTable, targetLines} from './lib/report.mjs'
import {selectTools} from './lib/tools.mjs'
import {DEFAULT_SEED, generateCustomers} from './generate-customers.mjs'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA_DIR = join(REPO_ROOT, 'bench', 'data')
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results')
const FIVE_MILLION = 5_000_000

const USAGE = 'usage: node bench/run.mjs [--rows 1000000] [--also-5m] [--runs 3] [--only datenreife,duckdb,pandas,miller,csv-parse] '
  + '[--timeout-s 1200] [--strict]'

async function main() {
  const flags = parseFlags(process.argv.slice(2), {
    strings: ['rows', 'runs', 'only', 'timeout-s', 'seed'],
    booleans: ['also-5m', 'strict'],
  })
  const rows = flags.rows === undefined ? 1_000_000 : parseCount('rows', String(flags.rows))
  const runs = flags.runs === undefined ? 3 : parseCount('runs', String(flags.runs))
  const timeoutS = flags['timeout-s'] === undefined ? 1200 : parseCount('timeout-s', String(flags['timeout-s']))
  const seed = flags.seed === undefined ? DEFAULT_SEED : Number(flags.seed)
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be an integer (got "${flags.seed}")`)
  const tools = selectTools(flags.only)
  if (!existsSync(GNU_TIME)) {
    throw new UsageError(`${GNU_TIME} (GNU time) is needed to measure peak memory: install it (Debian: apt-get install time)`)
  }

  const sizes = [rows]
  if (flags['also-5m'] && rows !== FIVE_MILLION) sizes.push(FIVE_MILLION)
  const ctx = {repoRoot: REPO_ROOT, python: existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'}
  const startedAt = new Date()
  const loadBefore = loadavg()

  const probes = new Map(tools.map((tool) => [tool.id, tool.probe(ctx)]))
  for (const tool of tools) {
    const probe = probes.get(tool.id)
    log(`${tool.id}: ${probe.available ? `available${probe.version ? ` (${probe.version})` : ''}` : probe.reason}`)
  }

  const workDir = mkdtempSync(join(tmpdir(), 'datenreife-bench-'))
  const files = []
  try {
    for (const size of sizes) {
      const file = await ensureDataFile(size, seed)
      await warmPageCache(file.path)
      const results = []
      for (const tool of tools) results.push(await benchTool(tool, probes.get(tool.id), file, {ctx, runs, timeoutS, workDir}))
      files.push({...file, tools: results})
    }
  } finally {
    rmSync(workDir, {recursive: true, force: true})
  }

  const machine = machineFacts(startedAt, loadBefore)
  const targets = targetLines(files, {oneMillion: sizes.includes(1_000_000), fiveMillion: sizes.includes(FIVE_MILLION)})
  const markdown = [
    `# datenreife benchmark, ${startedAt.toISOString().slice(0, 10)}`,
    '',
    `Command: \`node bench/run.mjs ${process.argv.slice(2).join(' ')}\``.replace(/ `$/, '`'),
    `Median of ${runs >= 3 ? `${runs - 1} runs after 1 warm-up run` : `${runs} run(s)`} per tool; `
      + 'wall time of the whole process (start-up included); peak RSS = GNU time "Maximum resident set size"; '
      + 'MB/s = file bytes / 10^6 / median wall s. A ratio below 1× means datenreife is faster / smaller.',
    '',
    resultsTable(files),
    '',
    LEGEND,
    '',
    '## Machine',
    '',
    ...machineLines(machine),
    '',
    '## Targets (issue 2, "Speed, measured")',
    '',
    '```',
    ...targets.lines,
    '```',
    '',
  ].join('\n')

  process.stdout.write(`\n${markdown}`)
  mkdirSync(RESULTS_DIR, {recursive: true})
  const base = uniqueResultBase(startedAt)
  writeFileSync(`${base}.md`, markdown)
  writeFileSync(`${base}.json`, JSON.stringify({machine, runs, files: files.map(serialisable)}, null, 2) + '\n')
  log(`written: ${relative(REPO_ROOT, base)}.md and .json`)
  if (flags.strict && targets.failed > 0) process.exitCode = 1
}

function log(line) {
  process.stderr.write(`${line}\n`)
}

function sizeLabel(rows) {
  if (rows % 1_000_000 === 0) return `${rows / 1_000_000}m`
  if (rows % 1000 === 0) return `${rows / 1000}k`
  return String(rows)
}

/** The data file for `rows` rows, generated when missing or generated with other settings. */
async function ensureDataFile(rows, seed) {
  const label = sizeLabel(rows)
  const path = join(DATA_DIR, `customers-${label}.csv`)
  const truthPath = `${path}.truth.json`
  let truth = existsSync(path) && existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, 'utf8')) : null
  if (!truth || truth.rows !== rows || truth.seed !== seed) {
    log(`generating ${relative(REPO_ROOT, path)} (${rows.toLocaleString('en')} rows, seed ${seed}) …`)
    const started = Date.now()
    truth = await generateCustomers({rows, out: path, seed, log})
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(truth.bytes / 1e6).toFixed(1)} MB`)
  }
  return {path, label: rows.toLocaleString('en'), rows, bytes: truth.bytes, truth}
}

/** Reads the file once, so every tool finds it in the page cache (as in performance.md). */
async function warmPageCache(path) {
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 22})) void chunk
}

/** Runs one tool `runs` times on one file and summarises the runs. */
async function benchTool(tool, probe, file, {ctx, runs, timeoutS, workDir}) {
  const base = {tool, probe, runs: [], counted: [], medianWallS: null, peakRssKiB: null, cpuPerWall: null, countCheck: ''}
  if (!probe.available) return {...base, status: probe.reason ?? 'not available'}
  const relativeFile = relative(REPO_ROOT, file.path)
  const {command, args, env} = tool.command(ctx, relativeFile)
  const stdoutPath = join(workDir, `${tool.id}.out`)
  const measured = []
  let counts = null
  for (let i = 0; i < runs; i++) {
    const warmUp = runs >= 3 && i === 0
    log(`${tool.id} on ${relativeFile}: run ${i + 1}/${runs}${warmUp ? ' (warm-up)' : ''} …`)
    const m = await measure({command, args, cwd: REPO_ROOT, stdoutPath, timeoutS, env, workDir})
    measured.push(m)
    const failure = m.timedOut ? `timed out after ${timeoutS} s` : m.exitCode !== 0 ? `failed (exit ${m.exitCode ?? 'signal'})` : null
    if (failure) {
      log(`  ${failure}${m.stderrTail ? `:\n${indent(m.stderrTail.split('\n').slice(-15).join('\n'))}` : ''}`)
      return {...base, runs: measured, status: failure}
    }
    log(`  ${m.wallS.toFixed(2)} s, ${(m.maxRssKiB / 1024).toFixed(0)} MiB, CPU ${((m.userS + m.sysS) / m.wallS).toFixed(2)}× wall`)
    counts = tool.parseCounts(readFileSync(stdoutPath, 'utf8'))
  }
  const counted = runs >= 3 ? measured.slice(1) : measured
  const medianWallS = median(counted.map((m) => m.wallS))
  const medianRun = counted.reduce((best, m) => (Math.abs(m.wallS - medianWallS) < Math.abs(best.wallS - medianWallS) ? m : best))
  return {
    ...base,
    runs: measured,
    counted,
    medianWallS,
    peakRssKiB: Math.max(...counted.map((m) => m.maxRssKiB)),
    cpuPerWall: (medianRun.userS + medianRun.sysS) / medianRun.wallS,
    status: 'ok',
    countCheck: checkCounts(counts, file.truth),
    details: counts?.details ?? null,
  }
}

function indent(text) {
  return text.split('\n').map((line) => `    ${line}`).join('\n')
}

/** What the tool reported against the truth file, e.g. "rows ✓, dup rows ✓". */
function checkCounts(counts, truth) {
  if (!counts) return 'not reported'
  const parts = []
  const check = (label, actual, expected) => {
    if (actual === undefined || actual === null) return
    parts.push(actual === expected ? `${label} ✓` : `${label} ${actual} ≠ ${expected}`)
  }
  check('rows', counts.rows, truth.rows)
  check('dup rows', counts.exactDuplicateRows, truth.exactDuplicateRows)
  return parts.length > 0 ? parts.join(', ') : 'not reported'
}

function machineFacts(startedAt, loadBefore) {
  const debian = existsSync('/etc/debian_version') ? ` (Debian ${readFileSync('/etc/debian_version', 'utf8').trim()})` : ''
  const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' / ')
  return {
    date: startedAt.toISOString(),
    nproc: String(availableParallelism()),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `Linux ${release()}${debian}`,
    'load average (1/5/15 min) before → after': `${fmtLoad(loadBefore)} → ${fmtLoad(loadavg())}`,
  }
}

/** bench/results/<date>, or <date>-2, -3 … when that day already has results. */
function uniqueResultBase(startedAt) {
  const date = startedAt.toISOString().slice(0, 10)
  let base = join(RESULTS_DIR, date)
  for (let n = 2; existsSync(`${base}.md`); n++) base = join(RESULTS_DIR, `${date}-${n}`)
  return base
}

/** The JSON form of a file result: tool objects reduced to their id. */
function serialisable(file) {
  return {
    path: relative(REPO_ROOT, file.path), rows: file.rows, bytes: file.bytes,
    truth: {exactDuplicateRows: file.truth.exactDuplicateRows, nearDuplicateRows: file.truth.nearDuplicateRows},
    tools: file.tools.map(({tool, probe, counted, ...rest}) => ({
      id: tool.id, version: probe.version ?? null, warmUpRuns: rest.runs.length - counted.length, ...rest,
    })),
  }
}

await runCli(main, USAGE)
