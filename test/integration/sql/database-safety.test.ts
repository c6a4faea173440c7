/**
 * Safety is a feature (issue 3): the scan session cannot write, a SELECT-only account is enough, a table
 * the account may not read (or that is locked or slow) fails alone with a clear error, connection
 * problems get stable codes and never show the password, --dry-run reads no table, and a scan never
 * holds more than two connections. Real PostgreSQL and MariaDB servers, the KMU ERP fixture loaded into
 * a database of this file's own.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {KMU_ERP_TABLES, TRUTH, type KmuErpTableName} from '../../../demo/kmu-erp-data.mjs'
import {dialectFor} from '../../../src/connectors/sql/dialect-registry.js'
import {parseSourceUri} from '../../../src/connectors/sql/source-uri.js'
import {openSqlSession} from '../../../src/connectors/sql/sql-session.js'
import {runScan} from '../../../src/engine/scan-service.js'
import {ScannerError} from '../../../src/errors.js'
import type {ScanReport, SourceReport} from '../../../src/report/scan-report.js'
import {createKmuErp, createReadOnlyAccount, dropDatabase} from '../../fixtures/kmu-erp.js'
import {MYSQL_ADMIN_URL, PG_ADMIN_URL, adminKnex, databaseUrl, serverAvailable, suiteTitle, type LocalServer} from '../../helpers/databases.js'
import {
  createLimitedAccount,
  dropLimitedAccount,
  holdReadLock,
  pollScanConnections,
  postgresScanCounters,
  queryRows,
} from '../../helpers/db-scan-safety.js'
import {runCli} from '../../helpers/run-cli.js'

const DATABASE = 'dr_scan_safety'
/** a password that must never show: raw, with a character URLs may percent-encode */
const PASSWORD = 'Geheim-Pw-4711!'
const TABLES = KMU_ERP_TABLES.map((t) => t.name)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** the PostgreSQL scan counters once the sessions of earlier tests have reported theirs (two equal reads) */
async function settledScanCounters(): Promise<number> {
  let last = await postgresScanCounters(DATABASE)
  for (let i = 0; i < 20; i++) {
    await sleep(250)
    const now = await postgresScanCounters(DATABASE)
    if (now === last) return now
    last = now
  }
  return last
}

/** A URI with the password written raw, as a user pastes it (no percent-encoding by URL). */
function rawUri(server: LocalServer, user: string, password: string, database: string, query = ''): string {
  const admin = new URL(server === 'postgres' ? PG_ADMIN_URL : MYSQL_ADMIN_URL)
  return `${server === 'postgres' ? 'postgres' : 'mysql'}://${user}:${password}@${admin.host}/${database}${query}`
}

async function scanSource(uri: string): Promise<SourceReport> {
  const report: ScanReport = await runScan({inputs: [uri], lang: 'de', workers: 0})
  expect(report.sources).toHaveLength(1)
  return report.sources[0]
}

/** every table but `except` read completely, with the row count TRUTH gives */
function expectCompleteExcept(source: SourceReport, except: readonly string[]): void {
  for (const table of source.tables.filter((t) => !except.includes(t.name))) {
    expect(table.error, table.name).toBeUndefined()
    expect(table.rowCount, table.name).toBe(TRUTH.rowCounts[table.name as KmuErpTableName])
  }
}

describe('database hosts that do not exist', () => {
  for (const scheme of ['postgres', 'mysql']) {
    it(`${scheme}: fail the source quickly with DB_HOST_UNREACHABLE, the password redacted`, async () => {
      const started = Date.now()
      const source = await scanSource(`${scheme}://scanner:${PASSWORD}@nonexistent.invalid/erp`)
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(source.status).toBe('failed')
      expect(source.error?.code).toBe('DB_HOST_UNREACHABLE')
      expect(source.error?.message).toContain('nonexistent.invalid')
      expect(JSON.stringify(source)).not.toContain('Geheim')
    })
  }
})

for (const server of ['postgres', 'mariadb'] as LocalServer[]) {
  const available = await serverAvailable(server)

  describe.skipIf(!available)(suiteTitle(`scan safety on ${server}`, server, available), () => {
    const adminUri = databaseUrl(server, DATABASE)
    let reader: {user: string; password: string}

    beforeAll(async () => {
      await createKmuErp(server, DATABASE)
      reader = await createReadOnlyAccount(server, DATABASE)
    })
    afterAll(async () => {
      await dropDatabase(server, DATABASE)
      await dropLimitedAccount(server)
    })

    /** one number, read through the administrator's own connection (never the scan session) */
    const adminNumber = async (sql: string): Promise<number> => {
      const db = adminKnex(server, DATABASE)
      try {
        const [row] = await queryRows(db, server, sql)
        return Number(row.n)
      } finally {
        await db.destroy()
      }
    }
    const countRows = (table: string) => adminNumber(`SELECT COUNT(*) AS n FROM ${table}`)
    const stockTotal = () => adminNumber('SELECT SUM(bestand) AS n FROM artikel')

    it('(a) the scan session refuses writes, even for the administrator account', async () => {
      const stockBefore = await stockTotal()
      expect(stockBefore).toBeGreaterThan(0)
      const spec = parseSourceUri(adminUri)
      const session = openSqlSession(spec, dialectFor(spec.dialect))
      const readOnly = server === 'postgres' ? /read-only transaction/ : /READ ONLY transaction/
      try {
        // the session works: a read goes through
        expect(await session.run({label: 'probe: read', sql: 'SELECT COUNT(*) AS n FROM kunde'})).toEqual([{n: expect.anything()}])
        const writes = [
          "INSERT INTO kunde (nr, name, gesperrt, mandant, erstellt_am) VALUES (99999, 'Probe GmbH', false, 1, '2024-01-01 00:00:00')",
          // MariaDB: protokoll is MyISAM, which has no transactions at all
          "INSERT INTO protokoll (zeitpunkt, notiz) VALUES ('2024-07-01 08:00:00', 'probe')",
          'UPDATE artikel SET bestand = 0',
          'DELETE FROM auftrag_position',
          'CREATE TABLE dr_scan_probe (i int)',
        ]
        for (const sql of writes) {
          const error = await session.run({label: 'probe: write', sql}).then(
            () => null,
            (e: unknown) => e,
          )
          expect(error, sql).toBeInstanceOf(ScannerError)
          expect((error as ScannerError).message, sql).toMatch(readOnly)
        }
      } finally {
        await session.close()
      }
      expect(await countRows('kunde')).toBe(TRUTH.rowCounts.kunde)
      expect(await countRows('protokoll')).toBe(TRUTH.rowCounts.protokoll)
      expect(await countRows('auftrag_position')).toBe(TRUTH.rowCounts.auftrag_position)
      expect(await stockTotal()).toBe(stockBefore)
      const db = adminKnex(server, DATABASE)
      try {
        const probe = await queryRows(db, server, "SELECT table_name FROM information_schema.tables WHERE table_name = 'dr_scan_probe'")
        expect(probe).toEqual([])
      } finally {
        await db.destroy()
      }
    })

    it('(b) an account with SELECT only scans the whole fixture', async () => {
      const source = await scanSource(databaseUrl(server, DATABASE, reader.user, reader.password))
      expect(source.error).toBeUndefined()
      expect(source.status).toBe('ok')
      expect(source.database?.readOnlySession).toBe(true)
      expect(source.database?.user).toMatch(new RegExp(`^${reader.user}\\b`))
      expect(source.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort())
      expectCompleteExcept(source, [])
      for (const table of source.tables) expect(table.partial, table.name).toBeUndefined()
      expect(source.findings.map((f) => f.code)).not.toContain('SESSION_NOT_READ_ONLY')
    })

    describe('(c) a table the account may not read', () => {
      const denied = 'mitarbeiter'
      let cli: ReturnType<typeof runCli>
      let source: SourceReport

      beforeAll(async () => {
        const limited = await createLimitedAccount(server, DATABASE, denied)
        cli = runCli(['scan', rawUri(server, limited.user, limited.password, DATABASE), '--json'])
        source = (JSON.parse(cli.stdout) as ScanReport).sources[0]
      })

      it('is reported with DB_PERMISSION_DENIED and a TABLE_FAILED finding; the CLI exits 3', () => {
        expect(cli.status).toBe(3)
        expect(source.status).toBe('ok')
        const table = source.tables.find((t) => t.name === denied)
        expect(table?.error?.code).toBe('DB_PERMISSION_DENIED')
        const finding = table?.findings.find((f) => f.code === 'TABLE_FAILED')
        expect(finding?.severity).toBe('error')
        expect(finding?.data?.code).toBe('DB_PERMISSION_DENIED')
      })

      it('leaves every other table complete (auftrag may only miss its foreign-key step: one key points at the table)', () => {
        expect(source.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort())
        expectCompleteExcept(source, [denied])
        for (const table of source.tables.filter((t) => t.name !== denied && t.partial)) {
          expect({table: table.name, partial: table.partial}).toEqual({table: 'auftrag', partial: {reason: 'error', skipped: ['foreign-keys']}})
        }
      })

      // knex's error text starts with the whole failed statement (`${sql} - ${driver message}`): a pushdown
      // is 20–90 KB of SQL, which must not reach the report, the finding or the terminal
      it('says in a readable message which source and table failed (no statement dump)', () => {
        const table = source.tables.find((t) => t.name === denied)!
        expect(table.error?.message).toContain(denied)
        expect(table.error?.message).toMatch(/dr_scan_limited(:\*\*\*)?@/)
        expect(table.error!.message.length).toBeLessThan(1_000)
        const finding = table.findings.find((f) => f.code === 'TABLE_FAILED')!
        expect(finding.message.length).toBeLessThan(1_000)
      })
    })

    it('(d) a wrong password fails the source with DB_AUTH_FAILED, exit 3, and the password shows nowhere', () => {
      // PostgreSQL here trusts every local login (pg_hba: trust), so a password is never checked: an
      // account that does not exist is refused the same way (SQLSTATE 28000) whatever the password
      const uri = server === 'postgres' ? rawUri(server, 'dr_scan_nobody', PASSWORD, DATABASE) : rawUri(server, reader.user, PASSWORD, DATABASE)
      const json = runCli(['scan', uri, '--json'])
      expect(json.status).toBe(3)
      const source = (JSON.parse(json.stdout) as ScanReport).sources[0]
      expect(source.status).toBe('failed')
      expect(source.error?.code).toBe('DB_AUTH_FAILED')
      const terminal = runCli(['scan', uri, '--lang', 'en'])
      expect(terminal.status).toBe(3)
      expect(terminal.stdout).toMatch(/DB_AUTH_FAILED/)
      for (const output of [json.stdout, json.stderr, terminal.stdout, terminal.stderr]) expect(output).not.toContain('Geheim')
    })

    it('(f) a database that does not exist fails the source with DB_NOT_FOUND', async () => {
      const source = await scanSource(databaseUrl(server, 'dr_scan_no_such_db'))
      expect(source.status).toBe('failed')
      expect(source.error?.code).toBe('DB_NOT_FOUND')
      expect(source.error?.message).toContain('dr_scan_no_such_db')
    })

    it(`(g) a statement over the statement timeout fails with DB_TIMEOUT (${server === 'postgres' ? 'pg_sleep' : 'SLEEP'})`, async () => {
      const spec = parseSourceUri(`${adminUri}?statementTimeout=1000`)
      expect(spec.statementTimeoutMs).toBe(1000)
      const session = openSqlSession(spec, dialectFor(spec.dialect))
      try {
        const started = Date.now()
        // MariaDB interrupts SLEEP under max_statement_time with error 1969; it does not return 1
        const sql = server === 'postgres' ? 'SELECT pg_sleep(2) AS slept' : 'SELECT SLEEP(2) AS slept'
        const error = await session.run({label: 'probe: sleep', sql}).then(
          (rows) => rows,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(ScannerError)
        expect((error as ScannerError).code).toBe('DB_TIMEOUT')
        expect(Date.now() - started).toBeLessThan(1_900)
      } finally {
        await session.close()
      }
    })

    if (server === 'postgres') {
      it('(g) a slow table (row-level security with a costly policy) times out alone; the scan goes on', async () => {
        const db = adminKnex(server, DATABASE)
        try {
          await db.raw('CREATE FUNCTION dr_scan_slow_check() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN true; END $$')
          await db.raw('CREATE TABLE langsam (id integer PRIMARY KEY, notiz text)')
          await db.raw("INSERT INTO langsam SELECT g, 'Notiz ' || g FROM generate_series(1, 20) g")
          await db.raw('ALTER TABLE langsam ENABLE ROW LEVEL SECURITY')
          await db.raw('CREATE POLICY langsam_lesen ON langsam FOR SELECT USING (dr_scan_slow_check())')
          await db.raw(`GRANT SELECT ON langsam TO ${reader.user}`)
          const started = Date.now()
          const source = await scanSource(`${databaseUrl(server, DATABASE, reader.user, reader.password)}?statementTimeout=1000`)
          expect(Date.now() - started).toBeLessThan(15_000)
          expect(source.status).toBe('ok')
          const slow = source.tables.find((t) => t.name === 'langsam')
          expect(slow?.error?.code).toBe('DB_TIMEOUT')
          expect(slow?.findings.map((f) => f.code)).toContain('TABLE_FAILED')
          expectCompleteExcept(source, ['langsam'])
        } finally {
          await db.raw('DROP TABLE IF EXISTS langsam')
          await db.raw('DROP FUNCTION IF EXISTS dr_scan_slow_check()')
          await db.destroy()
        }
      })
    }

    // Once a bug, PostgreSQL: the catalog statement "catalog: tables" called pg_total_relation_size(), which
    // needs a lock on every table; a table locked ACCESS EXCLUSIVE by another session (ALTER TABLE,
    // VACUUM FULL, TRUNCATE, LOCK TABLE) makes the catalog time out and the whole source fails with
    // DB_TIMEOUT, instead of only that table. Sizes from pg_class.relpages need no lock.
    it('(g) a table another session holds locked times out alone; the catalog and the other tables are read', async () => {
      const release = await holdReadLock(server, DATABASE, ['protokoll'])
      let source: SourceReport
      try {
        source = await scanSource(`${adminUri}?statementTimeout=1000`)
      } finally {
        await release()
      }
      expect(source.error).toBeUndefined()
      expect(source.status).toBe('ok')
      const locked = source.tables.find((t) => t.name === 'protokoll')
      expect(locked?.error?.code).toBe('DB_TIMEOUT')
      expect(locked?.findings.map((f) => f.code)).toContain('TABLE_FAILED')
      expectCompleteExcept(source, ['protokoll'])
    })

    it('(h) --dry-run prints the statements of every table and reads none of them', async () => {
      const before = server === 'postgres' ? await settledScanCounters() : 0
      // MariaDB keeps no per-table read counters here (no userstat, no performance_schema): every table
      // is locked against reading instead, so a statement that read one would time out and show
      const release = server === 'mariadb' ? await holdReadLock(server, DATABASE, TABLES) : async () => {}
      let dry: ReturnType<typeof runCli>
      const started = Date.now()
      try {
        dry = runCli(['scan', `${adminUri}?statementTimeout=1000`, '--dry-run', '--sample-rows', '100'])
      } finally {
        await release()
      }
      expect(dry.stderr).toBe('')
      expect(dry.status).toBe(0)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(dry.stdout).not.toMatch(/DB_TIMEOUT|nicht erreichbar/)
      for (const table of TABLES) expect(dry.stdout, table).toMatch(new RegExp(`^-- pushdown: (public\\.)?${table}$`, 'm'))
      // PostgreSQL samples tables over ten times the sample with TABLESAMPLE (the fixture is ANALYZEd), MariaDB by key ranges with LIMIT
      expect(dry.stdout).toMatch(server === 'postgres' ? /TABLESAMPLE SYSTEM/ : /ORDER BY `auftrag_nr` LIMIT 10\)/)
      expect(dry.stdout).toMatch(/-- orphans: (public\.)?auftrag \(kunden_nr\) → kunde/)
      if (server === 'postgres') {
        // a backend reports its counters when it ends; give a finished CLI's sessions time to do so
        await sleep(500)
        expect(await postgresScanCounters(DATABASE)).toBe(before)
        // the counters do move when a scan really reads the tables
        expect(runCli(['scan', adminUri, '--json']).status).toBe(0)
        let after = before
        for (let waited = 0; after === before && waited < 5_000; waited += 100) {
          await sleep(100)
          after = await postgresScanCounters(DATABASE)
        }
        expect(after).toBeGreaterThan(before)
      }
    })

    it('(i) a scan holds at most two connections', async () => {
      const poll = pollScanConnections(server, DATABASE, reader.user)
      let seen = {max: 0, pollsWithConnection: 0}
      let source: SourceReport
      try {
        source = await scanSource(databaseUrl(server, DATABASE, reader.user, reader.password))
      } finally {
        seen = await poll.stop()
      }
      expect(source.status).toBe('ok')
      // the poller saw the scan at all, so a count of 0 cannot pass for "at most two"
      expect(seen.pollsWithConnection).toBeGreaterThan(0)
      expect(seen.max).toBeGreaterThanOrEqual(1)
      expect(seen.max).toBeLessThanOrEqual(2)
    })
  })
}
