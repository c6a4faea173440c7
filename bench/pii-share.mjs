#!/usr/bin/env node
// How much of a scan's time personal-data detection takes (issue 4: "detection runs on the sample, so it
// must add little to a scan's time"). Runs the built CLI with DATENREIFE_DEBUG=1, reads the detection time
// it logs ("personal-data detection on this thread: N ms") and divides it by the scan's wall time.
//
//   node bench/pii-share.mjs [--runs 3]       (npm run bench runs it last)
//
// Cases: the bench's 1M-row customer export (if generated; detection sees its first 1,000 rows), the
// labelled evaluation set (20 small tables, 235 columns: the worst case, where the sample is the file)
// and the demo (files plus the SQLite ERP database).

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

import {parseCount, parseFlags, runCli} from './lib/cli-args.mjs'
import {median} from './lib/measure.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'bin', 'run.js')
const DETECTION = /personal-data detection on this thread: (\d+) ms/

function cases() {
  const list = []
  const big = join(ROOT, 'bench', 'data', 'customers-1m.csv')
  if (existsSync(big)) list.push({name: '1M-row customer CSV (186 MB)', inputs: [big]})
  list.push({name: 'evaluation set (20 tables, 235 columns)', inputs: [join(ROOT, 'test', 'fixtures', 'pii-eval', 'tables')]})
  list.push({name: 'demo (files + SQLite ERP)', inputs: [join(ROOT, 'demo'), `sqlite:${join(ROOT, 'demo', 'wawi.db')}`]})
  return list
}

async function main() {
  const flags = parseFlags(process.argv.slice(2), {strings: ['runs'], booleans: []})
  const runs = flags.runs === undefined ? 3 : parseCount('runs', String(flags.runs))
  if (!existsSync(join(ROOT, 'dist', 'commands', 'scan.js'))) throw new Error('build first: npm run build')
  console.log('\n## Personal-data detection: share of scan time\n')
  console.log('| case | scan wall (median) | detection (median) | share |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const c of cases()) {
    const walls = []
    const detections = []
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint()
      const result = spawnScan(c.inputs)
      walls.push(Number(process.hrtime.bigint() - started) / 1e6)
      const match = DETECTION.exec(result)
      if (!match) throw new Error(`no detection timing in the --debug output of ${c.name}`)
      detections.push(Number(match[1]))
    }
    const wall = median(walls)
    const detection = median(detections)
    console.log(`| ${c.name} | ${(wall / 1000).toFixed(2)} s | ${detection} ms | ${((100 * detection) / wall).toFixed(1)} % |`)
  }
}

/** the scan's stderr (where --debug lines go); exit code 3 (a part of a source unreadable) still scanned the rest */
function spawnScan(inputs) {
  const result = spawnSync(process.execPath, [CLI, 'scan', ...inputs, '--json'], {
    env: {...process.env, DATENREIFE_DEBUG: '1'},
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (result.status !== 0 && result.status !== 3) throw new Error(`scan of ${inputs.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`)
  return result.stderr
}

runCli(main)
