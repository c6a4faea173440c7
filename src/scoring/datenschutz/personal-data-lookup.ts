/**
 * Shared by the Datenschutz criteria: the DSGVO view's table entries keyed by source, schema and table,
 * which handlings mean "settle this before AI use", and how evidence names a view table.
 */
import type {Evidence} from '../model.js'
import type {PersonalDataTable, PiiHandling, ScanReport, SourceReport, TableReport} from '../../report/scan-report.js'

/** handlings that need work before an AI project: direct identifiers pseudonymised, special categories removed */
export const PROTECTIVE_HANDLINGS: ReadonlySet<PiiHandling> = new Set<PiiHandling>(['pseudonymise', 'remove'])

export const NO_VIEW_REASON = 'the scan has no personal-data view (report.personalData is missing)'

function key(sourceId: string, schema: string | undefined, table: string): string {
  return `${sourceId}\u0000${schema ?? ''}\u0000${table}`
}

export class PersonalDataLookup {
  private readonly byKey = new Map<string, PersonalDataTable>()

  constructor(tables: readonly PersonalDataTable[]) {
    for (const t of tables) this.byKey.set(key(t.sourceId, t.schema, t.table), t)
  }

  of(source: SourceReport, table: TableReport): PersonalDataTable | undefined {
    return this.byKey.get(key(source.id, table.schema, table.name))
  }
}

/** a table needs protection when a column holds direct identifiers or special categories */
export function needsProtection(table: PersonalDataTable | undefined): boolean {
  return table !== undefined && table.columns.some((c) => PROTECTIVE_HANDLINGS.has(c.handling))
}

export function viewTableEvidence(table: PersonalDataTable, detail: string): Evidence {
  return {source: table.location, table: table.schema ? `${table.schema}.${table.table}` : table.table, detail}
}

export function hasView(report: ScanReport): report is ScanReport & {personalData: NonNullable<ScanReport['personalData']>} {
  return report.personalData !== undefined
}
