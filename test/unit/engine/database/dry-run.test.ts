import {describe, expect, it} from 'vitest'
import {renderDryRun, type DryRunPlan} from '../../../../src/engine/database/dry-run.js'

const reached: DryRunPlan = {
  location: 'mssql://reader@erp-sql:1433/Northwind',
  session: [
    {label: 'session: lock timeout', sql: 'SET LOCK_TIMEOUT 30000'},
    {label: 'session: deadlock priority', sql: 'SET DEADLOCK_PRIORITY LOW'},
  ],
  catalog: [{label: 'catalog: server', sql: '\n  SELECT @@VERSION AS version\n'}],
  catalogRead: true,
  tables: [
    {
      name: 'dbo.Order Details',
      statements: [
        {label: 'pushdown: dbo.Order Details', sql: 'SELECT COUNT(*) AS row_count FROM [dbo].[Order Details]'},
        {label: 'key duplicates: dbo.Order Details (OrderID)', sql: 'SELECT 1 AS k', condition: 'not-unique'},
        {label: 'key examples: dbo.Order Details (OrderID)', sql: 'SELECT TOP (3) 2 AS k', condition: 'key-duplicates'},
        {label: 'orphan examples: dbo.Order Details (OrderID)', sql: 'SELECT 3 AS k', condition: 'orphans'},
      ],
    },
  ],
}

const unreachable: DryRunPlan = {
  location: 'postgres://reader@erp-host:5432/erp',
  session: [{label: 'session: read-only', sql: 'SET default_transaction_read_only = on'}],
  catalog: [{label: 'catalog: tables', sql: 'SELECT relname FROM pg_class'}],
  catalogRead: false,
  error: {code: 'DB_HOST_UNREACHABLE', message: 'postgres://reader@erp-host:5432/erp: the database server cannot be reached — connect ECONNREFUSED'},
  tables: [],
}

describe('renderDryRun in English', () => {
  const out = renderDryRun([reached, unreachable], 'en')
  const lines = out.split('\n')

  it('heads each source with its (redacted) location', () => {
    expect(lines.slice(0, 3)).toEqual([`-- ${'='.repeat(72)}`, '-- mssql://reader@erp-sql:1433/Northwind', `-- ${'='.repeat(72)}`])
    expect(out).toContain('\n-- postgres://reader@erp-host:5432/erp\n')
  })

  it('prints session statements, then the catalog statements marked as run, each ending in ;', () => {
    expect(out).toContain('-- Session (on every new connection):\nSET LOCK_TIMEOUT 30000;\nSET DEADLOCK_PRIORITY LOW;\n')
    expect(out).toContain('-- Catalog (RUN to know the tables; reads system views only, no table data):\n-- catalog: server\nSELECT @@VERSION AS version;\n')
  })

  it('prints each table’s statements with their labels and the conditions of the conditional ones', () => {
    expect(out).toContain('-- Not run — what the scan would run per table:\n\n-- dbo.Order Details\n-- pushdown: dbo.Order Details\nSELECT COUNT(*) AS row_count FROM [dbo].[Order Details];\n')
    expect(out).toContain('-- key duplicates: dbo.Order Details (OrderID) (only if the column is not unique by its distinct count)\nSELECT 1 AS k;')
    expect(out).toContain('-- key examples: dbo.Order Details (OrderID) (only if the key has duplicated values)\nSELECT TOP (3) 2 AS k;')
    expect(out).toContain('-- orphan examples: dbo.Order Details (OrderID) (only if orphan rows were found)\nSELECT 3 AS k;')
  })

  it('an unreachable database: catalog not run, the reason, and why no table statements follow', () => {
    expect(out).toContain('-- Catalog (not run):\n-- catalog: tables\nSELECT relname FROM pg_class;\n')
    expect(out).toContain('-- Database not reachable (DB_HOST_UNREACHABLE): postgres://reader@erp-host:5432/erp: the database server cannot be reached — connect ECONNREFUSED')
    expect(out).toContain('-- The per-table statements depend on the catalog and cannot be listed without a connection.')
  })

  it('every line that is not SQL is a comment, so the output can be fed to a SQL client', () => {
    const sqlLines = lines.filter((l) => l !== '' && !l.startsWith('--'))
    for (const l of sqlLines) expect(l.endsWith(';'), l).toBe(true)
    expect(out).not.toContain('undefined')
  })
})

describe('renderDryRun in German', () => {
  const out = renderDryRun([reached, unreachable], 'de')

  it('says the same in German', () => {
    expect(out).toContain('-- Sitzung (bei jeder neuen Verbindung):\nSET LOCK_TIMEOUT 30000;')
    expect(out).toContain('-- Katalog (AUSGEFÜHRT, um die Tabellen zu kennen; liest nur Systemsichten, keine Tabellendaten):')
    expect(out).toContain('-- Nicht ausgeführt — das würde der Scan je Tabelle ausführen:')
    expect(out).toContain('-- key duplicates: dbo.Order Details (OrderID) (nur wenn ')
    expect(out).toContain('-- orphan examples: dbo.Order Details (OrderID) (nur wenn ')
    expect(out).toContain('-- Katalog (nicht ausgeführt):')
    expect(out).toContain('-- Datenbank nicht erreichbar (DB_HOST_UNREACHABLE): ')
    expect(out).toContain('-- Die Abfragen je Tabelle hängen vom Katalog ab und können ohne Verbindung nicht aufgeführt werden.')
    expect(out).not.toContain('undefined')
    expect(out).not.toMatch(/only if|Session \(/)
  })

  // BUG (reported, wording): after "wenn" German puts the verb last; the conditions read "nur wenn die
  // Spalte ist laut Zählung nicht eindeutig". Flip to it() once fixed.
  it('the conditions are German subordinate clauses (verb last)', () => {
    expect(out).toContain('(nur wenn die Spalte laut Zählung nicht eindeutig ist)')
    expect(out).toContain('(nur wenn der Schlüssel doppelte Werte hat)')
    expect(out).toContain('(nur wenn es verwaiste Zeilen gibt)')
  })
})

it('renders nothing for no sources', () => {
  expect(renderDryRun([], 'en')).toBe('')
})
