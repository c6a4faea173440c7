#!/usr/bin/env node
// Peer: DuckDB (in-process, npm @duckdb/node-api) profiling the CSV the way performance.md
// measured it: SUMMARIZE straight from the CSV, then the exact duplicate-row count
// `count(*) - count(DISTINCT t)`, each query reading the file itself (no table is loaded).
// Types come from DuckDB's sniffer, as a user would get them. Threads: DuckDB's default (all
// cores) unless DUCKDB_THREADS is set. Prints one JSON line with the counts and query times.
//
//   node bench/peers/duckdb-summarize.mjs <file.csv>

import {DuckDBInstance, version} from '@duckdb/node-api'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: node bench/peers/duckdb-summarize.mjs <file.csv>\n')
  process.exit(2)
}

const options = process.env.DUCKDB_THREADS ? {threads: process.env.DUCKDB_THREADS} : {}
const instance = await DuckDBInstance.create(':memory:', options)
const connection = await instance.connect()
const source = `read_csv(${sqlString(file)}, delim = ';', header = true, quote = '"', escape = '"')`

let started = performance.now()
const summary = (await connection.runAndReadAll(`SUMMARIZE SELECT * FROM ${source}`)).getRowObjectsJson()
const summarizeMs = performance.now() - started

started = performance.now()
const duplicates = (await connection.runAndReadAll(
  `SELECT count(*) AS row_count, count(*) - count(DISTINCT t) AS exact_duplicate_rows FROM ${source} AS t`,
)).getRowObjectsJson()[0]
const duplicateMs = performance.now() - started

const threads = (await connection.runAndReadAll(`SELECT current_setting('threads') AS threads`)).getRowObjectsJson()[0]
connection.closeSync()
instance.closeSync()

console.log(JSON.stringify({
  tool: 'duckdb',
  version: version(),
  threads: Number(threads.threads),
  rows: Number(duplicates.row_count),
  exactDuplicateRows: Number(duplicates.exact_duplicate_rows),
  columns: summary.length,
  // approx_unique is HyperLogLog; kept so a reader can compare it with the truth file
  approxUnique: Object.fromEntries(summary.map((row) => [row.column_name, Number(row.approx_unique)])),
  nullPercentage: Object.fromEntries(summary.map((row) => [row.column_name, Number(row.null_percentage)])),
  types: Object.fromEntries(summary.map((row) => [row.column_name, row.column_type])),
  summarizeMs: Math.round(summarizeMs),
  duplicateMs: Math.round(duplicateMs),
}))

function sqlString(text) {
  return `'${text.replaceAll("'", "''")}'`
}
