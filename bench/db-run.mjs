#!/usr/bin/env node
// The database benchmark of issue 3: `datenreife scan` of a database holding one order table of 1M rows
// (and 100k, to show that memory does not grow with the table), on the local PostgreSQL and MariaDB,
// next to the floor — one hand-written aggregate query computing the same counts, in its own process.
// Reports wall time, the ratio to the floor, peak RSS and the bytes the database sent to the scanner.
//
//   npm run bench:db                    (= npm run build && node bench/db-run.mjs)
//   node bench/db-run.mjs [--rows 1000000] [--runs 3] [--only postgres,mariadb]
//
// Needs the servers of DEVELOPERS/.ci (PostgreSQL 127.0.0.1:5432 trust, MariaDB 127.0.0.1:3306 root);
// override with DATENREIFE_BENCH_PG_URL / DATENREIFE_BENCH_MYSQL_URL. Creates the database
// `datenreife_bench` on each server (the only writes; the scan itself is read-only).

import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import knex from 'knex'

import {parseCount, parseFlags, runCli} from './lib/cli-args.mjs'
import {GNU_TIME, measure, median} from './lib/measure.mjs'
import {createStatements, TABLE} from './db/orders-table.mjs'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results')
const DATABASE = 'datenreife_bench'
const SERVERS = {
  postgres: {admin: process.env.DATENREIFE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', client: 'pg'},
  mariadb: {admin: process.env.DATENREIFE_BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test', client: 'mysql2'},
}

function log(line) {
  process.stderr.write(`${line}\n`)
}

function urlFor(server, database) {
  const url = new URL(SERVERS[server].admin)
  url.pathname = `/${database}`
  return url.toString()
}

/** (re)creates datenreife_bench with N rows unless it already holds exactly that */
async function ensureTable(server, rows) {
  const admin = knex({client: SERVERS[server].client, connection: SERVERS[server].admin})
  try {
    const exists = server === 'postgres'
      ? (await admin.raw('SELECT 1 FROM pg_database WHERE datname = ?', [DATABASE])).rows.length > 0
      : (await admin.raw('SHOW DATABASES LIKE ?', [DATABASE]))[0].length > 0
    if (!exists) await admin.raw(server === 'postgres' ? `CREATE DATABASE ${DATABASE}` : `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4`)
  } finally {
    await admin.destroy()
  }
  const db = knex({client: SERVERS[server].client, connection: urlFor(server, DATABASE)})
  try {
    let count = -1
    try {
      const r = await db.raw(`SELECT COUNT(*) AS n FROM ${TABLE}`)
      count = Number(server === 'postgres' ? r.rows[0].n : r[0][0].n)
    } catch {
      // no table yet
    }
    if (count !== rows) {
      log(`${server}: generating ${TABLE} with ${rows.toLocaleString('en')} rows …`)
      const started = Date.now()
      for (const sql of createStatements(server, rows)) await db.raw(sql)
      log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } finally {
    await db.destroy()
  }
}

async function available(server) {
  const db = knex({client: SERVERS[server].client, connection: SERVERS[server].admin})
  try {
    await db.raw('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await db.destroy()
  }
}

async function runMeasured(spec, runs) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await spec())
  const counted = runs >= 3 ? results.slice(1) : results
  return {runs: results, counted}
}

async function main() {
  const flags = parseFlags(process.argv.slice(2), {strings: ['rows', 'runs', 'only'], booleans: []})
  const rows = flags.rows === undefined ? 1_000_000 : parseCount('rows', String(flags.rows))
  const small = Math.max(1000, Math.round(rows / 10))
  const runs = flags.runs === undefined ? 3 : parseCount('runs', String(flags.runs))
  const only = flags.only ? String(flags.only).split(',') : Object.keys(SERVERS)
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed`)
  const workDir = mkdtempSync(join(tmpdir(), 'datenreife-dbbench-'))
  const lines = []
  try {
    for (const server of only) {
      if (!(await available(server))) {
        lines.push(`| ${server} | — | not reachable at ${SERVERS[server].admin} | | | | | |`)
        continue
      }
      const url = urlFor(server, DATABASE)
      const memory = []
      for (const size of [small, rows]) {
        await ensureTable(server, size)
        const floor = await runMeasured(async () => {
          const out = join(workDir, 'floor.json')
          const m = await measure({command: process.execPath, args: ['bench/peers/sql-floor.mjs', server, url], cwd: REPO_ROOT, stdoutPath: out, timeoutS: 600, workDir})
          return {...m, queryS: JSON.parse(readFileSync(out, 'utf8')).queryMs / 1000}
        }, runs)
        const scan = await runMeasured(async () => {
          const bytesFile = join(workDir, 'bytes.json')
          const out = join(workDir, 'report.json')
          const m = await measure({
            command: process.execPath,
            args: ['--import', './bench/lib/count-socket-bytes.mjs', 'bin/run.js', 'scan', url, '--json'],
            cwd: REPO_ROOT,
            stdoutPath: out,
            timeoutS: 1200,
            workDir,
            env: {...process.env, DR_BYTES_FILE: bytesFile, NODE_ENV: 'production'},
          })
          const report = JSON.parse(readFileSync(out, 'utf8'))
          const table = report.sources?.[0]?.tables?.find((t) => t.name === TABLE)
          if (m.exitCode !== 0 || !table || table.rowCount !== size) throw new Error(`${server}: scan failed or miscounted (exit ${m.exitCode}): ${m.stderrTail}`)
          return {...m, bytes: JSON.parse(readFileSync(bytesFile, 'utf8')), statements: report.sources[0].database.statementCount}
        }, runs)
        const floorWall = median(floor.counted.map((r) => r.wallS))
        const floorQuery = median(floor.counted.map((r) => r.queryS))
        const scanWall = median(scan.counted.map((r) => r.wallS))
        const rss = Math.max(...scan.counted.map((r) => r.maxRssKiB)) / 1024
        const bytes = median(scan.counted.map((r) => r.bytes.read))
        memory.push({size, rss})
        lines.push(
          `| ${server} | ${size.toLocaleString('en')} | ${floorQuery.toFixed(2)} | ${floorWall.toFixed(2)} | ${scanWall.toFixed(2)} | ${(scanWall / floorWall).toFixed(2)}× | ${rss.toFixed(0)} | ${(bytes / 1e6).toFixed(2)} MB in ${scan.counted[0].statements} statements |`,
        )
        log(`${server} ${size}: floor ${floorWall.toFixed(2)} s, scan ${scanWall.toFixed(2)} s, ${rss.toFixed(0)} MiB, ${(bytes / 1e6).toFixed(2)} MB`)
      }
      lines.push(`| ${server} | memory | peak RSS ${memory[0].rss.toFixed(0)} MiB at ${memory[0].size.toLocaleString('en')} rows vs ${memory[1].rss.toFixed(0)} MiB at ${memory[1].size.toLocaleString('en')} rows (${((memory[1].rss / memory[0].rss - 1) * 100).toFixed(0)} %) | | | | | | |`)
    }
  } finally {
    rmSync(workDir, {recursive: true, force: true})
  }
  const date = new Date().toISOString()
  const markdown = [
    `# datenreife database benchmark, ${date.slice(0, 10)}`,
    '',
    `Command: \`node bench/db-run.mjs ${process.argv.slice(2).join(' ')}\`; median of ${runs >= 3 ? `${runs - 1} runs after a warm-up` : `${runs} run(s)`}.`,
    'Floor = one hand-written aggregate (rows; per column non-null, empty, placeholder, distinct, min/max, lengths) in its own',
    'Node process (connect included); scan = `datenreife scan <url> --json` of the database (pushdown, sample, keys, history).',
    'Ratio = scan wall / floor wall (target ≤ 2×). Bytes = what the database sent to the scanner (TCP bytes read).',
    '',
    '| server | rows | floor query s | floor process s | datenreife s | ratio | peak RSS MiB | bytes transferred |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lines,
    '',
  ].join('\n')
  process.stdout.write(`\n${markdown}`)
  mkdirSync(RESULTS_DIR, {recursive: true})
  writeFileSync(join(RESULTS_DIR, `${date.slice(0, 10)}-db.md`), markdown)
}

runCli(main)
