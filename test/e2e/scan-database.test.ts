/**
 * Scanning databases with the built CLI, as a user does: the bundled SQLite demo database (terminal in
 * German and English, --json, --dry-run), a PostgreSQL URI with a password, and a --config file whose
 * password comes from an environment variable. The demo file is never changed by a scan.
 */
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {TRUTH} from '../../demo/kmu-erp-data.mjs'
import type {ScanReport} from '../../src/report/scan-report.js'
import {createReadOnlyAccount, dropDatabase} from '../fixtures/kmu-erp.js'
import {MYSQL_ADMIN_URL, PG_ADMIN_URL, adminKnex, serverAvailable, suiteTitle, type LocalServer} from '../helpers/databases.js'
import {recreateDatabase} from '../helpers/load-datasets.js'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {reportValidator} from '../helpers/schema.js'

const DEMO_DB = resolve(ROOT, 'demo/wawi.db')
const TABLES = Object.keys(TRUTH.rowCounts)
const DATABASE = 'dr_scan_e2e'
const PASSWORD = 'Geheim-Pw-4711!'

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** a small table on the server, so the CLI has something to scan */
async function createSmallDatabase(server: LocalServer): Promise<void> {
  await recreateDatabase(server, DATABASE)
  const db = adminKnex(server, DATABASE)
  try {
    await db.schema.createTable('kunde', (t) => {
      t.integer('nr').primary()
      t.string('name', 60).notNullable()
      t.string('ort', 40)
    })
    await db('kunde').insert([
      {nr: 1, name: 'Müller GmbH', ort: 'Köln'},
      {nr: 2, name: 'Schäfer KG', ort: 'k.A.'},
      {nr: 3, name: 'Weiß & Söhne OHG', ort: null},
    ])
  } finally {
    await db.destroy()
  }
}

describe('datenreife scan sqlite:demo/wawi.db (built CLI)', () => {
  const validate = reportValidator()
  let before: string

  beforeAll(() => {
    before = sha256(DEMO_DB)
  })
  afterAll(() => {
    // read-only, always: no byte of the file changed, no journal left behind
    expect(sha256(DEMO_DB)).toBe(before)
    for (const suffix of ['-journal', '-wal', '-shm']) expect(existsSync(`${DEMO_DB}${suffix}`), suffix).toBe(false)
  })

  it('prints a German report that names every table and its findings, and exits 0', () => {
    const result = runCli(['scan', 'sqlite:demo/wawi.db'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/SQLite-Datenbank/)
    expect(result.stdout).toMatch(/Sitzung schreibgeschützt/)
    for (const table of TABLES) expect(result.stdout, table).toContain(`Tabelle „${table}“`)
    expect(result.stdout).toMatch(/Tabelle „auftrag_position“ hat keinen Primärschlüssel \(5\.995 Zeilen\)/)
    expect(result.stdout).toMatch(/„kunden_nr“ → kunde\(nr\): 7 Zeilen/)
    expect(result.stdout).toMatch(/5 Lücken/)
  })

  it('prints a schema-valid ScanReport with --json', () => {
    const result = runCli(['scan', 'sqlite:demo/wawi.db', '--json'])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as ScanReport
    const valid = validate(report)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const [source] = report.sources
    expect(source).toMatchObject({kind: 'sqlite', status: 'ok', location: 'sqlite:demo/wawi.db', system: {engine: 'SQLite'}, database: {readOnlySession: true}})
    expect(Object.fromEntries(source.tables.map((t) => [t.name, t.rowCount]))).toEqual(TRUTH.rowCounts)
  })

  it('speaks English with --lang en, findings included', () => {
    const result = runCli(['scan', 'sqlite:demo/wawi.db', '--lang', 'en'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/read-only session/)
    for (const table of TABLES) expect(result.stdout, table).toContain(`Table “${table}”`)
    expect(result.stdout).toMatch(/primary key/i)
    // no German sentence slipped through (values such as "Geschäftsführung" may stay German)
    expect(result.stdout).not.toMatch(/Tabelle |Spalte |Zeilen|Primärschlüssel|Hinweise/)
  })

  it('--dry-run prints the statements per table and runs none of them', () => {
    const result = runCli(['scan', 'sqlite:demo/wawi.db', '--dry-run'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^-- Sitzung \(bei jeder neuen Verbindung\):$/m)
    expect(result.stdout).toMatch(/PRAGMA query_only = ON;/)
    for (const table of TABLES) {
      expect(result.stdout, table).toMatch(new RegExp(`^-- pushdown: ${table}$`, 'm'))
      expect(result.stdout, table).toMatch(new RegExp(`^-- sample: ${table}$`, 'm'))
    }
    expect(result.stdout).toMatch(/ LIMIT 10000;$/m)
    // a dry run is SQL text, not a report
    expect(result.stdout).not.toMatch(/Tabelle „|"schemaVersion"/)
  })
})

for (const server of ['postgres', 'mariadb'] as LocalServer[]) {
  const available = await serverAvailable(server)
  const title = server === 'postgres' ? 'a PostgreSQL URI with a password (built CLI)' : 'a --config file with the password as ${ENV} (built CLI)'

  describe.skipIf(!available)(suiteTitle(title, server, available), () => {
    beforeAll(() => createSmallDatabase(server))
    afterAll(() => dropDatabase(server, DATABASE))

    if (server === 'postgres') {
      it('never shows the password, in --json or on the terminal', () => {
        // the local server trusts local logins: the password is not checked, so the scan succeeds with it
        const host = new URL(PG_ADMIN_URL).host
        const user = decodeURIComponent(new URL(PG_ADMIN_URL).username || 'postgres')
        const uri = `postgres://${user}:${PASSWORD}@${host}/${DATABASE}`
        const json = runCli(['scan', uri, '--json'])
        expect(json.status).toBe(0)
        const report = JSON.parse(json.stdout) as ScanReport
        expect(report.sources[0]).toMatchObject({status: 'ok', location: `postgres://${user}:***@${host}/${DATABASE}`})
        expect(report.sources[0].tables.map((t) => t.name)).toEqual(['kunde'])
        const terminal = runCli(['scan', uri, '--debug'])
        expect(terminal.status).toBe(0)
        for (const output of [json.stdout, json.stderr, terminal.stdout, terminal.stderr]) expect(output).not.toContain('Geheim')
        const dry = runCli(['scan', uri, '--dry-run'])
        expect(dry.status).toBe(0)
        expect(dry.stdout + dry.stderr).not.toContain('Geheim')
      })
      return
    }

    describe('--config', () => {
      const dir = mkdtempSync(join(tmpdir(), 'dr-scan-config-'))
      const config = join(dir, 'datenreife.yaml')
      let password: string

      beforeAll(async () => {
        ;({password} = await createReadOnlyAccount(server, DATABASE))
        const admin = new URL(MYSQL_ADMIN_URL)
        // a SQLite file next to the config, named relative to it
        copyFileSync(DEMO_DB, join(dir, 'wawi.db'))
        writeFileSync(
          config,
          [
            'sources:',
            '  - name: Webshop',
            '    type: mysql',
            `    host: ${admin.hostname}`,
            `    port: ${admin.port || 3306}`,
            `    database: ${DATABASE}`,
            '    user: dr_reader',
            '    password: ${DR_SCAN_E2E_PASSWORD}',
            '  - name: Warenwirtschaft',
            '    type: sqlite',
            '    file: wawi.db',
            '',
          ].join('\n'),
        )
      })

      it('scans with the password from the environment, and never shows it', () => {
        const result = runCli(['scan', '--config', config, '--json'], {cwd: tmpdir(), env: {DR_SCAN_E2E_PASSWORD: password}})
        expect(result.stderr).toBe('')
        expect(result.status).toBe(0)
        const report = JSON.parse(result.stdout) as ScanReport
        expect(reportValidator()(report)).toBe(true)
        const [mysql, sqlite] = report.sources
        expect(mysql).toMatchObject({kind: 'mysql', status: 'ok', database: {readOnlySession: true}})
        expect(mysql.tables.map((t) => [t.name, t.rowCount])).toEqual([['kunde', 3]])
        expect(sqlite).toMatchObject({kind: 'sqlite', status: 'ok'})
        expect(sqlite.tables).toHaveLength(TABLES.length)
        expect(result.stdout).not.toContain(password)
      })

      it('uses the variable: a wrong value fails the login (exit 3), an unset one is a config error (exit 2)', () => {
        const wrong = runCli(['scan', '--config', config, '--json'], {cwd: tmpdir(), env: {DR_SCAN_E2E_PASSWORD: PASSWORD}})
        expect(wrong.status).toBe(3)
        const report = JSON.parse(wrong.stdout) as ScanReport
        expect(report.sources[0].error?.code).toBe('DB_AUTH_FAILED')
        expect(report.sources[1].status).toBe('ok')
        expect(wrong.stdout + wrong.stderr).not.toContain('Geheim')

        expect(process.env.DR_SCAN_E2E_PASSWORD).toBeUndefined()
        const unset = runCli(['scan', '--config', config], {cwd: tmpdir()})
        expect(unset.status).toBe(2)
        expect(unset.stderr).toMatch(/DR_SCAN_E2E_PASSWORD/)
      })
    })
  })
}
