/**
 * datenschutz.pseudonymisationNeeded: of the tables an AI project would want (those holding a business
 * entity: customers, orders, invoices …), the share that must be pseudonymised (or have columns removed)
 * first. When no table could be assigned an entity, every table with rows counts as wanted.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {ScanReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, tableEvidence, type DataTable} from '../infrastruktur/data-tables.js'
import {entityOfTable} from '../infrastruktur/entity-of-table.js'
import {hasView, needsProtection, NO_VIEW_REASON, PersonalDataLookup} from './personal-data-lookup.js'

export const PSEUDONYMISATION_NEEDED: CriterionDefinition = {
  id: 'datenschutz.pseudonymisationNeeded',
  hurdle: 'datenschutz',
  title: {de: 'Nutzbare Tabellen, die erst pseudonymisiert werden müssen', en: 'Useful tables that need pseudonymisation first'},
  unit: 'share',
  // share needing pseudonymisation: none → 100, a quarter → 70, half → 40, all → 0
  thresholds: [
    {value: 0, points: 100},
    {value: 0.25, points: 70},
    {value: 0.5, points: 40},
    {value: 1, points: 0},
  ],
  weight: 1.5,
  action: {
    de: 'Vor dem KI-Projekt eine Pseudonymisierung für Namen, Kontakt- und Bankdaten einrichten (z. B. Kundennummer statt Name) und nur pseudonymisierte Auszüge weitergeben.',
    en: 'Set up pseudonymisation of names, contact and bank data before the AI project (e.g. customer number instead of name) and hand over pseudonymised extracts only.',
  },
  basis: ['ISO/IEC 25012: Confidentiality, Compliance', 'Lawrence DRL: C (privacy constraints), A (fitness for the use case)'],
}

/** the tables an AI project would use: those with a business entity, or all when none has one */
export function usefulTables(report: ScanReport): {tables: DataTable[]; byEntity: boolean} {
  const all = dataTables(report)
  const withEntity = all.filter(({source, table}) => table.role === 'transactions' || entityOfTable(source, table) !== null)
  return withEntity.length > 0 ? {tables: withEntity, byEntity: true} : {tables: all, byEntity: false}
}

function measure(report: ScanReport): Measurement {
  if (!hasView(report)) return {value: null, evidence: [], reason: NO_VIEW_REASON}
  const {tables, byEntity} = usefulTables(report)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no table with rows was read'}
  const lookup = new PersonalDataLookup(report.personalData.tables)
  const concerned = tables.filter(({source, table}) => needsProtection(lookup.of(source, table)))
  concerned.sort((a, b) => b.table.rowCount - a.table.rowCount)
  const evidence: Evidence[] = [
    {source: 'scan', detail: `${concerned.length} of ${tables.length} ${byEntity ? 'business-entity tables' : 'tables'} need pseudonymisation first`},
    ...concerned.map((t) => {
      const columns = lookup.of(t.source, t.table)?.columns.filter((c) => c.handling === 'pseudonymise' || c.handling === 'remove') ?? []
      return tableEvidence(t, columns.map((c) => c.name).slice(0, 5).join(', '))
    }),
  ]
  return {value: concerned.length / tables.length, evidence: capEvidence(evidence)}
}

export const pseudonymisationNeeded: Criterion = {definition: PSEUDONYMISATION_NEEDED, measure}
