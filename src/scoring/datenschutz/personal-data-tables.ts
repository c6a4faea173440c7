/**
 * datenschutz.personalDataTables: which tables hold which personal-data categories, summed up as the
 * share of scanned tables that an AI project could use without touching personal data: no personal data
 * at all, or only quasi-identifiers (postal codes, birth dates: coarsened, not removed) and business
 * identifiers (USt-IdNr: personal only for sole traders). Read from the scan's DSGVO view.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {ScanReport} from '../../report/scan-report.js'
import {capEvidence} from '../infrastruktur/data-tables.js'
import {hasView, needsProtection, NO_VIEW_REASON, viewTableEvidence} from './personal-data-lookup.js'

export const PERSONAL_DATA_TABLES: CriterionDefinition = {
  id: 'datenschutz.personalDataTables',
  hurdle: 'datenschutz',
  title: {de: 'Tabellen ohne direkt personenbezogene Daten', en: 'Tables free of direct personal data'},
  unit: 'share',
  thresholds: [
    {value: 0, points: 0},
    {value: 0.5, points: 50},
    {value: 0.9, points: 100},
  ],
  weight: 1,
  action: {
    de: 'Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) um die gefundenen Tabellen ergänzen und für das KI-Projekt nur die nötigen Spalten freigeben.',
    en: 'Add the tables found to the record of processing activities (Art. 30 GDPR) and release only the columns the AI project needs.',
  },
  basis: ['ISO/IEC 25012: Confidentiality, Compliance', 'Lawrence DRL: C (privacy and legal constraints on access)'],
}

function measure(report: ScanReport): Measurement {
  if (!hasView(report)) return {value: null, evidence: [], reason: NO_VIEW_REASON}
  const view = report.personalData
  if (view.tablesScanned === 0) return {value: null, evidence: [], reason: 'no table was scanned for personal data'}
  const protect = view.tables.filter(needsProtection).sort((a, b) => b.rowCount - a.rowCount)
  const quasiOnly = view.tables.length - protect.length
  const evidence: Evidence[] = [
    {
      source: 'scan',
      detail: `${view.tablesScanned - view.tables.length} of ${view.tablesScanned} tables without personal data, ${quasiOnly} with quasi-identifiers or business identifiers only, ${protect.length} with direct identifiers or special categories`,
    },
    ...protect.map((t) => viewTableEvidence(t, `${t.categories.join(', ')} (${t.rowCount} rows)`)),
  ]
  return {value: (view.tablesScanned - protect.length) / view.tablesScanned, evidence: capEvidence(evidence)}
}

export const personalDataTables: Criterion = {definition: PERSONAL_DATA_TABLES, measure}
