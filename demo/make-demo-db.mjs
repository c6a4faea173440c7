#!/usr/bin/env node
// Writes demo/wawi.db: the "KMU ERP" database of kmu-erp-data.mjs as a SQLite file, so that the demo can
// show a database scan without a server. The rows follow from a fixed seed, so a re-run gives the same
// tables and rows (SQLite's page layout may still differ by a few bytes).
//
//   node demo/make-demo-db.mjs            # (re)writes demo/wawi.db
//   node demo/make-demo-db.mjs <file>     # writes the database to another file
import {rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Database from 'better-sqlite3'
import {KMU_ERP_TABLES, TRUTH, kmuErpCreateStatements, kmuErpRows} from './kmu-erp-data.mjs'

/** SQLite binds no booleans: they become 0/1, as an ERP on SQLite would store them. */
const sqliteValue = (value) => (typeof value === 'boolean' ? Number(value) : value)

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'wawi.db'))
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, {force: true})

  const db = new Database(file)
  try {
    db.pragma('journal_mode = DELETE') // one file, nothing beside it
    db.pragma('foreign_keys = ON') // the one declared foreign key has no orphans, so this must hold
    db.transaction(() => {
      for (const statement of kmuErpCreateStatements('sqlite')) db.exec(statement)
      for (const table of KMU_ERP_TABLES) {
        const names = table.columns.map((c) => c.name)
        const insert = db.prepare(`INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        for (const row of kmuErpRows(table.name)) insert.run(names.map((n) => sqliteValue(row[n])))
      }
    })()
    for (const table of KMU_ERP_TABLES) {
      const {n} = db.prepare(`SELECT COUNT(*) AS n FROM ${table.name}`).get()
      if (n !== TRUTH.rowCounts[table.name]) throw new Error(`${table.name}: ${n} rows written, TRUTH says ${TRUTH.rowCounts[table.name]}`)
    }
    db.exec('ANALYZE') // sqlite_stat1 gives the scanner row estimates, as a maintained database would have
    db.exec('VACUUM')
  } finally {
    db.close()
  }
  process.stdout.write(`${path.relative(process.cwd(), file)} written\n`)
}

main()
