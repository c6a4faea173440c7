/**
 * Uniqueness: the share of a table's rows that duplicate another — exact copies, repeated key values
 * (a Kundennummer on two rows) and likely duplicate entities (the same customer spelled differently).
 * The three views overlap — an exact copy also repeats its key, and the scanner counts every row of a
 * likely-duplicate group beyond its first, copies included — so per table the largest of the three
 * counts, never their sum.
 *
 * Tables are weighted by the square root of their distinct rows: a duplicated customer master must stay
 * visible next to a clean million-row ledger, yet a ten-row lookup list must not decide the score.
 */
import type {ScanReport, TableReport} from '../../report/scan-report.js'
import type {Criterion, CriterionDefinition, Measurement} from '../model.js'
import {distinctRows, evidenceOf, percent, scannedTables, weightedMean, rankedFirst} from './scanned-tables.js'

export interface DuplicateCount {
  exact: number
  key: number
  entities: number
  /** rows that duplicate another row by any of the three measures */
  surplus: number
}

/** null when the table's duplicates were not measured at all (time budget, no key, step skipped) */
export function duplicateCount(table: TableReport): DuplicateCount | null {
  const dup = table.duplicates
  const measured = dup.exactRowShare !== null || dup.candidateKeys.length > 0 || dup.likelyEntities !== undefined
  if (!measured) return null
  const exact = Math.max(0, dup.exactRows)
  const key = Math.max(0, ...dup.candidateKeys.map((k) => k.surplusRows))
  const entities = Math.max(0, dup.likelyEntities?.surplusRows ?? 0)
  return {exact, key, entities, surplus: Math.min(table.rowCount, Math.max(exact, key, entities))}
}

export const uniquenessDefinition: CriterionDefinition = {
  id: 'datenbasis.uniqueness',
  hurdle: 'datenbasis',
  title: {de: 'Eindeutigkeit (Dubletten)', en: 'Uniqueness (duplicates)'},
  unit: 'share',
  // value: weighted share of duplicate rows (lower is better). Why: under 1 % is what a maintained
  // system shows; around 3 % duplicate customers is typical for grown SME master data and worth a cleanup
  // before any customer analysis; at 10 % segmentation and churn counts are visibly wrong.
  thresholds: [
    {value: 0, points: 100},
    {value: 0.01, points: 90},
    {value: 0.03, points: 70},
    {value: 0.1, points: 30},
    {value: 0.2, points: 0},
  ],
  // weight 1.5 of 11: duplicates distort counts and models, and a cleanup is a bounded project
  weight: 1.5,
  action: {
    de: 'Dubletten bereinigen (gleiche Kunden unter abweichender Schreibweise zusammenführen, doppelte Nummern auflösen) und eindeutige Schlüssel im System erzwingen.',
    en: 'Clean up duplicates (merge customers written differently, resolve repeated numbers) and enforce unique keys in the system.',
  },
  basis: ['ISO/IEC 25012: Consistency, Accuracy (ISO 8000-110 duplicates)', 'DAMA: Uniqueness', 'Lawrence DRL: Band B (entity disambiguation, duplicate detection)'],
}

export function measureUniqueness(report: ScanReport): Measurement {
  const tables = scannedTables(report)
    .filter((item) => item.table.rowCount > 0)
    .map((item) => ({item, count: duplicateCount(item.table)}))
    .filter((entry): entry is typeof entry & {count: DuplicateCount} => entry.count !== null)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'duplicates were not measured in any table with rows'}
  const share = (e: (typeof tables)[number]): number => e.count.surplus / e.item.table.rowCount
  const value = weightedMean(tables, share, (e) => Math.sqrt(distinctRows(e.item.table))) ?? 0
  const evidence = rankedFirst(tables, (e) => e.count.surplus).map((e) => {
    const {exact, key, entities} = e.count
    return evidenceOf(
      e.item,
      `${e.count.surplus} of ${e.item.table.rowCount} rows duplicate (${percent(share(e))}): ${exact} exact copies, ${key} repeated key values, ${entities} likely duplicate entities`,
    )
  })
  return {value, evidence}
}

export const uniqueness: Criterion = {definition: uniquenessDefinition, measure: measureUniqueness}
