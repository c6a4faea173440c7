/**
 * datenschutz.specialCategories: tables holding Art. 9 special categories (health, religion, union
 * membership …) or Art. 10 criminal data. None is the goal; each such table must go past the
 * data-protection officer before an AI project may see it, so the count itself is the measure.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {ScanReport} from '../../report/scan-report.js'
import {capEvidence} from '../infrastruktur/data-tables.js'
import {hasView, NO_VIEW_REASON, viewTableEvidence} from './personal-data-lookup.js'

export const SPECIAL_CATEGORIES: CriterionDefinition = {
  id: 'datenschutz.specialCategories',
  hurdle: 'datenschutz',
  title: {de: 'Besondere Kategorien (Art. 9/10 DSGVO)', en: 'Special categories (Art. 9/10 GDPR)'},
  unit: 'count',
  // tables with special categories: none → 100, one → 50, three → 20, five or more → 0
  thresholds: [
    {value: 0, points: 100},
    {value: 1, points: 50},
    {value: 3, points: 20},
    {value: 5, points: 0},
  ],
  weight: 2,
  action: {
    de: 'Datenschutzbeauftragten von Anfang an einbinden; Spalten mit Gesundheits-, Religions- oder Gewerkschaftsdaten vor jeder KI-Nutzung entfernen oder getrennt halten.',
    en: 'Involve the data-protection officer from the start; remove or separate columns with health, religion or union data before any AI use.',
  },
  basis: ['ISO/IEC 25012: Confidentiality, Compliance', 'Lawrence DRL: C (privacy and legal constraints on access)'],
}

function measure(report: ScanReport): Measurement {
  if (!hasView(report)) return {value: null, evidence: [], reason: NO_VIEW_REASON}
  const view = report.personalData
  if (view.tablesScanned === 0) return {value: null, evidence: [], reason: 'no table was scanned for personal data'}
  const special = view.tables.filter((t) => t.specialCategories.length > 0)
  const evidence: Evidence[] = special.flatMap((t) => {
    const columns = t.columns.filter((c) => c.categories.some((category) => t.specialCategories.includes(category)))
    return columns.map((c): Evidence => ({...viewTableEvidence(t, c.categories.join(', ')), column: c.name}))
  })
  const summary: Evidence = {source: 'scan', detail: `${special.length} of ${view.tablesScanned} tables with Art. 9/10 data`}
  return {value: special.length, evidence: capEvidence([summary, ...evidence])}
}

export const specialCategories: Criterion = {definition: SPECIAL_CATEGORIES, measure}
