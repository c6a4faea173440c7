/**
 * `--dry-run`: every statement a scan would run against each database, printed as SQL a DBA can read,
 * and none of the profiling statements run. To know the tables, the catalog must be read: those
 * statements (system views only, no table data) do run and are listed first, marked as such. When the
 * database cannot be reached, the session and catalog statements are still printed, with the reason.
 *
 * Statements that only run when an earlier one found something (key examples when a key has
 * duplicates, orphan examples when there are orphans) are printed with that condition.
 */
import type {LabeledSql} from '../../connectors/sql/dialect.js'
import {dialectFor} from '../../connectors/sql/dialect-registry.js'
import {planPushdown} from '../../connectors/sql/pushdown-sql.js'
import {duplicateRowsStatement, keyDuplicatesStatement, keyExamplesStatement} from '../../connectors/sql/duplicate-sql.js'
import {orphanCountStatement, orphanExamplesStatement} from '../../connectors/sql/integrity-sql.js'
import {historyMonthsStatement} from '../../connectors/sql/history-sql.js'
import type {SqlSourceSpec} from '../../connectors/sql/source-uri.js'
import {openSqlSession} from '../../connectors/sql/sql-session.js'
import {isIdLikeHeader} from '../../analyzers/tables/header-words.js'
import {isComparable} from '../../analyzers/sql/sql-form.js'
import {qualifiedName} from '../../connectors/sql/catalog.js'
import {ScannerError} from '../../errors.js'
import {tablePlans} from './database-plan.js'
import {pushdownForms} from './database-table-scan.js'
import {MAX_CHECKED} from './key-choice.js'

export interface PlannedStatement extends LabeledSql {
  /** runs only when an earlier statement found this */
  condition?: 'not-unique' | 'key-duplicates' | 'orphans'
}

export interface DryRunPlan {
  location: string
  /** set on every new connection */
  session: LabeledSql[]
  /** read to plan (system views only) */
  catalog: LabeledSql[]
  /** whether the catalog statements ran (false: the database was not reachable) */
  catalogRead: boolean
  error?: {code: string; message: string}
  tables: Array<{name: string; statements: PlannedStatement[]}>
}

export async function planDryRun(spec: SqlSourceSpec): Promise<DryRunPlan> {
  const dialect = dialectFor(spec.dialect)
  const plan: DryRunPlan = {
    location: spec.location,
    session: dialect.sessionSetup(spec.statementTimeoutMs),
    catalog: dialect.catalogStatements(spec.schemas),
    catalogRead: false,
    tables: [],
  }
  const session = openSqlSession(spec, dialect)
  try {
    const catalog = await dialect.readCatalog(session.run, spec.schemas)
    plan.catalogRead = true
    for (const input of tablePlans(catalog, spec)) {
      const {table} = input
      const statements: PlannedStatement[] = [...planPushdown(table, dialect, pushdownForms(input.approximateDistinct)).statements]
      statements.push({label: `sample: ${qualifiedName(table)}`, sql: dialect.sampleStatement(table, table.columns, spec.sampleRows)})
      const duplicates = duplicateRowsStatement(table, dialect)
      if (duplicates) statements.push(duplicates)
      if ((!table.primaryKey || table.primaryKey.length === 0) && table.uniqueConstraints.length === 0) {
        // declared keys are not checked (the engine enforces them); which other columns are depends on the
        // pushdown's distinct counts: identifier-named columns are the likely ones
        const likely = table.columns.filter((c) => isComparable(c) && isIdLikeHeader(c.name)).slice(0, MAX_CHECKED)
        for (const column of likely) {
          statements.push({...keyDuplicatesStatement(table, [column], dialect), condition: 'not-unique'})
          statements.push({...keyExamplesStatement(table, [column], dialect), condition: 'key-duplicates'})
        }
      }
      for (const fk of input.foreignKeys) {
        statements.push(orphanCountStatement(table, fk, dialect))
        statements.push({...orphanExamplesStatement(table, fk, dialect), condition: 'orphans'})
      }
      for (const name of input.historyColumns) {
        const column = table.columns.find((c) => c.name === name)
        if (column) statements.push(historyMonthsStatement(table, column, dialect))
      }
      plan.tables.push({name: qualifiedName(table), statements})
    }
  } catch (error) {
    const e = ScannerError.from(error, spec.location)
    plan.error = {code: e.code, message: e.message}
  } finally {
    await session.close()
  }
  return plan
}

const CONDITIONS = {
  de: {'not-unique': 'die Spalte laut Zählung nicht eindeutig ist', 'key-duplicates': 'der Schlüssel doppelte Werte hat', orphans: 'es verwaiste Zeilen gibt'},
  en: {'not-unique': 'the column is not unique by its distinct count', 'key-duplicates': 'the key has duplicated values', orphans: 'orphan rows were found'},
} as const

export function renderDryRun(plans: readonly DryRunPlan[], lang: 'de' | 'en'): string {
  const de = lang === 'de'
  const out: string[] = []
  for (const plan of plans) {
    out.push(`-- ${'='.repeat(72)}`, `-- ${plan.location}`, `-- ${'='.repeat(72)}`)
    out.push(de ? '-- Sitzung (bei jeder neuen Verbindung):' : '-- Session (on every new connection):')
    for (const s of plan.session) out.push(`${s.sql};`)
    out.push(
      plan.catalogRead
        ? de
          ? '-- Katalog (AUSGEFÜHRT, um die Tabellen zu kennen; liest nur Systemsichten, keine Tabellendaten):'
          : '-- Catalog (RUN to know the tables; reads system views only, no table data):'
        : de
          ? '-- Katalog (nicht ausgeführt):'
          : '-- Catalog (not run):',
    )
    for (const s of plan.catalog) out.push(`-- ${s.label}`, `${s.sql.trim()};`)
    if (plan.error) {
      out.push(de ? `-- Datenbank nicht erreichbar (${plan.error.code}): ${plan.error.message}` : `-- Database not reachable (${plan.error.code}): ${plan.error.message}`)
      out.push(de ? '-- Die Abfragen je Tabelle hängen vom Katalog ab und können ohne Verbindung nicht aufgeführt werden.' : '-- The per-table statements depend on the catalog and cannot be listed without a connection.')
    }
    out.push(de ? '-- Nicht ausgeführt — das würde der Scan je Tabelle ausführen:' : '-- Not run — what the scan would run per table:')
    for (const table of plan.tables) {
      out.push('', `-- ${table.name}`)
      for (const s of table.statements) {
        out.push(`-- ${s.label}${s.condition ? (de ? ` (nur wenn ${CONDITIONS.de[s.condition]})` : ` (only if ${CONDITIONS.en[s.condition]})`) : ''}`, `${s.sql};`)
      }
    }
    out.push('')
  }
  return out.join('\n')
}
