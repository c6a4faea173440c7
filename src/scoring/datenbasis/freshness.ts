/**
 * Freshness: days from the latest business date of the transaction data to the scan. A live ERP shows
 * yesterday's orders; an export from last year or a system nobody books into any more shows its age here.
 * Dates after the scan (planned delivery dates) count as the scan day itself.
 */
import type {ScanReport} from '../../report/scan-report.js'
import type {Criterion, CriterionDefinition, Measurement, ScoringContext} from '../model.js'
import {evidenceOf, rankedFirst} from './scanned-tables.js'
import {transactionHistories} from './transaction-history.js'

const MS_PER_DAY = 24 * 60 * 60 * 1000

export const freshnessDefinition: CriterionDefinition = {
  id: 'datenbasis.freshness',
  hurdle: 'datenbasis',
  title: {de: 'Aktualität der Bewegungsdaten', en: 'Freshness of transaction data'},
  unit: 'days',
  // Why: data booked within the last week is live; a month is a typical monthly export; beyond a
  // quarter a model learns from a past that may no longer hold; after two years the data is an archive.
  thresholds: [
    {value: 7, points: 100},
    {value: 31, points: 90},
    {value: 92, points: 70},
    {value: 365, points: 30},
    {value: 730, points: 0},
  ],
  // weight 1 of 11: stale data can usually be refreshed by a new export; it matters, but less than depth
  weight: 1,
  action: {
    de: 'Aktuellen Datenstand bereitstellen (direkter Zugriff auf das führende System oder regelmäßiger automatischer Export statt Altbeständen).',
    en: 'Provide current data (direct access to the leading system or a regular automated export instead of old extracts).',
  },
  basis: ['ISO/IEC 25012: Currentness (ISO/IEC 25024 Cur-I-2)', 'DAMA: Timeliness', 'Lawrence DRL: Band A (appropriateness for the present question)'],
}

/** midnight UTC of an ISO date or date-time; NaN when it does not parse */
function dayOf(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
}

export function measureFreshness(report: ScanReport, context: ScoringContext): Measurement {
  const today = Date.UTC(context.now.getUTCFullYear(), context.now.getUTCMonth(), context.now.getUTCDate())
  const latest = transactionHistories(report).flatMap((item) =>
    item.history
      .map((history) => ({item, history, day: dayOf(history.latest)}))
      .filter((entry) => Number.isFinite(entry.day)),
  )
  if (latest.length === 0) return {value: null, evidence: [], reason: 'no business dates in transaction tables'}
  const age = (day: number): number => Math.max(0, Math.round((today - day) / MS_PER_DAY))
  const value = Math.min(...latest.map((entry) => age(entry.day)))
  // freshest first: the table that makes the value, then the others
  const evidence = rankedFirst(latest, (entry) => entry.day).map(({item, history, day}) =>
    evidenceOf(item, `latest ${history.latest}: ${age(day)} days before the scan`, history.column),
  )
  return {value, evidence}
}

export const freshness: Criterion = {definition: freshnessDefinition, measure: measureFreshness}
