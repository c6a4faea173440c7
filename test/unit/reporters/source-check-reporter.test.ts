import {describe, expect, it} from 'vitest'
import type {SourceCheck} from '../../../src/engine/database/source-check.js'
import {renderSourceChecks} from '../../../src/reporters/source-check-reporter.js'

const ok: SourceCheck = {
  location: 'mssql://reader@erp-sql:1433/Wawi',
  dialect: 'mssql',
  ok: true,
  server: {engine: 'Microsoft SQL Server', version: '15.0.4236.7', edition: 'Express Edition (64-bit)', support: {status: 'supported', endOfSupport: '2030-01-08'}, database: 'Wawi', user: 'reader'},
  readOnlySession: false,
  privileges: {canWrite: true, evidence: ['member of db_datawriter', 'INSERT on schema dbo']},
  visible: {schemas: ['dbo', 'Verkauf'], tables: 53, views: 4, rowEstimate: 1_234_567, listed: ['dbo.tKunde', 'dbo.tArtikel', 'Verkauf.tAuftrag']},
  erp: {name: 'JTL-Wawi', confidence: 0.86},
  grants: ['CREATE LOGIN [datenreife_reader] WITH PASSWORD = N\'<password>\';', 'ALTER ROLE db_datareader ADD MEMBER [datenreife_reader];'],
  durationMs: 420,
}

const failed: SourceCheck = {
  location: 'postgres://reader@erp-host:5432/erp',
  dialect: 'postgres',
  ok: false,
  error: {code: 'DB_AUTH_FAILED', message: 'postgres://reader@erp-host:5432/erp: the login was refused — password authentication failed for user "reader"', suggestions: ['Check user name and password.']},
  grants: ["CREATE ROLE \"datenreife_reader\" LOGIN PASSWORD '<password>';"],
  durationMs: 12,
}

const readOnly: SourceCheck = {
  location: 'sqlite:/daten/wawi.db',
  dialect: 'sqlite',
  ok: true,
  server: {engine: 'SQLite', version: '3.45.1', support: {status: 'supported'}, database: 'wawi.db'},
  readOnlySession: true,
  privileges: {canWrite: false, evidence: ['opened read-only (PRAGMA query_only = 1)']},
  visible: {schemas: [], tables: 2, views: 0, rowEstimate: 0, listed: ['kunde', 'auftrag']},
  grants: [],
  durationMs: 3,
}

describe('renderSourceChecks in German', () => {
  const out = renderSourceChecks([ok, failed, readOnly], 'de')

  it('a reachable source: server, support, account, session, write privileges with evidence, what is visible, ERP, GRANTs', () => {
    expect(out).toContain('✔ mssql://reader@erp-sql:1433/Wawi — Verbindung in Ordnung')
    expect(out).toContain('  Server: Microsoft SQL Server 15.0.4236.7 (Express Edition (64-bit)) · Herstellersupport: ja, bis 08.01.2030')
    expect(out).toContain('  Datenbank: Wawi · Konto: reader')
    expect(out).toContain('  Sitzung: NICHT schreibgeschützt (datenreife liest trotzdem nur)')
    expect(out).toContain('  Schreibrechte des Kontos: JA — für den Scan ein Konto mit reinen Leserechten anlegen\n    · member of db_datawriter\n    · INSERT on schema dbo')
    expect(out).toContain('  Sichtbar: 53 Tabellen, 4 Sichten, ~1.234.567 Zeilen (geschätzt) · Schemata: dbo, Verkauf')
    expect(out).toContain('    dbo.tKunde, dbo.tArtikel, Verkauf.tAuftrag … (+50 weitere)')
    expect(out).toContain('  Erkanntes System: JTL-Wawi (86 %)')
    expect(out).toContain("  Befehle für ein Konto mit reinen Leserechten (Passwort ersetzen):\n    CREATE LOGIN [datenreife_reader] WITH PASSWORD = N'<password>';\n    ALTER ROLE db_datareader ADD MEMBER [datenreife_reader];")
  })

  it('a failed source: the error code, message and advice, and still the GRANTs', () => {
    expect(out).toContain('✖ postgres://reader@erp-host:5432/erp — Verbindung fehlgeschlagen\n  DB_AUTH_FAILED: postgres://reader@erp-host:5432/erp: the login was refused')
    expect(out).toContain('  → Check user name and password.')
    expect(out).toContain('CREATE ROLE "datenreife_reader" LOGIN PASSWORD \'<password>\';')
  })

  it('a read-only SQLite file: no write privileges, no schema list, no "more"', () => {
    expect(out).toContain('  Sitzung: schreibgeschützt')
    expect(out).toContain('  Schreibrechte des Kontos: keine (gut)')
    expect(out).toContain('  Sichtbar: 2 Tabellen, 0 Sichten, ~0 Zeilen (geschätzt)\n    kunde, auftrag\n')
    expect(out).toContain('  Datenbank: wawi.db\n')
  })

  it('the support status is German too', () => {
    const old: SourceCheck = {...ok, server: {...ok.server!, version: '12.0.6024.0', support: {status: 'unsupported', endOfSupport: '2024-07-09'}}}
    const text = renderSourceChecks([old], 'de')
    expect(text).not.toMatch(/supported/)
    expect(text).toContain('Herstellersupport: beendet am 09.07.2024')
  })

  it('never prints undefined and has no English labels', () => {
    expect(out).not.toContain('undefined')
    expect(out).not.toMatch(/Connection OK|Write privileges|Visible:/)
  })
})

describe('renderSourceChecks in English', () => {
  const out = renderSourceChecks([ok, failed, readOnly], 'en')

  it('the same facts in English with English number formatting', () => {
    expect(out).toContain('✔ mssql://reader@erp-sql:1433/Wawi — Connection OK')
    expect(out).toContain('  Server: Microsoft SQL Server 15.0.4236.7 (Express Edition (64-bit)) · Vendor support: yes, until 2030-01-08')
    expect(out).toContain('  Database: Wawi · Account: reader')
    expect(out).toContain('  Session: NOT read-only (datenreife still only reads)')
    expect(out).toContain('  Write privileges of the account: YES — create an account with read rights only for the scan')
    expect(out).toContain('  Visible: 53 tables, 4 views, ~1,234,567 rows (estimated) · schemas: dbo, Verkauf')
    expect(out).toContain('… (+50 more)')
    expect(out).toContain('  Recognised system: JTL-Wawi (86 %)')
    expect(out).toContain('✖ postgres://reader@erp-host:5432/erp — Connection failed')
    expect(out).toContain('  Write privileges of the account: none (good)')
    expect(out).toContain('Statements for an account with read rights only (replace the password):')
    expect(out).not.toContain('undefined')
  })

  it('one block per source, separated by a blank line', () => {
    expect(out.split('\n\n')).toHaveLength(3)
    expect(out.endsWith('\n')).toBe(true)
    expect(renderSourceChecks([], 'en')).toBe('')
  })
})
