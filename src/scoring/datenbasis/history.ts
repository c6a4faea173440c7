/**
 * History depth and continuity of transaction data: how many months the data covers, discounted by the
 * months without rows in between. The value is "effective months" = months with rows × share of the
 * spanned months that have rows; 36 months with 3 empty ones give 33 × 33/36 ≈ 30, a series with half
 * its months empty counts a quarter of its span. The deepest transaction table counts.
 */
import type {HistoryDepth, ScanReport} from '../../report/scan-report.js'
import type {Criterion, CriterionDefinition, Measurement} from '../model.js'
import {evidenceOf, percent, rankedFirst} from './scanned-tables.js'
import {transactionHistories} from './transaction-history.js'

export const historyDepthDefinition: CriterionDefinition = {
  id: 'datenbasis.history',
  hurdle: 'datenbasis',
  title: {de: 'Historientiefe und Lückenlosigkeit', en: 'History depth and continuity'},
  unit: 'months',
  // Why: forecasting needs at least 24 months (two seasonal cycles) with few gaps — that is "bereit";
  // one year shows no seasonality twice ("ausbaufähig"); under six months is hardly a history at all.
  thresholds: [
    {value: 0, points: 0},
    {value: 6, points: 20},
    {value: 12, points: 45},
    {value: 24, points: 80},
    {value: 36, points: 100},
  ],
  // weight 2 of 11: history is what most AI use cases (forecasts, churn, payment behaviour) learn from
  weight: 2,
  action: {
    de: 'Bewegungsdaten (Aufträge, Rechnungen) aus Altsystemen und Archiven lückenlos übernehmen, mindestens 24 Monate; Monate ohne Daten klären.',
    en: 'Migrate transaction data (orders, invoices) from legacy systems and archives without gaps, at least 24 months; find out why months are empty.',
  },
  basis: [
    'ISO/IEC 25012: Completeness (over time)',
    'DAMA: Completeness',
    'Lawrence DRL: Band A (appropriateness: enough history for the question)',
  ],
}

/** months with rows × share of the spanned months with rows */
export function effectiveMonths(history: HistoryDepth): number {
  if (history.monthsSpanned <= 0) return 0
  return (history.monthsWithRows * history.monthsWithRows) / history.monthsSpanned
}

export function measureHistoryDepth(report: ScanReport): Measurement {
  const dated = transactionHistories(report)
  if (dated.length === 0) return {value: null, evidence: [], reason: 'no transaction table with a date history'}
  const best = dated.map((item) => {
    const deepest = item.history.reduce((a, b) => (effectiveMonths(b) > effectiveMonths(a) ? b : a))
    return {item, history: deepest, months: effectiveMonths(deepest)}
  })
  const evidence = rankedFirst(best, (entry) => entry.months).map(({item, history, months}) => {
    const gaps = history.gaps.length > 0 ? `, empty: ${history.gaps.slice(0, 3).join(', ')}${history.gapMonths > 3 ? ', …' : ''}` : ''
    const gapShare = percent(history.gapMonths / history.monthsSpanned)
    return evidenceOf(
      item,
      `${history.earliest}..${history.latest}: ${history.monthsSpanned} months, ${history.gapMonths} without rows (${gapShare})${gaps} → ${months.toFixed(1)} effective`,
      history.column,
    )
  })
  return {value: Math.max(...best.map((entry) => entry.months)), evidence}
}

export const historyDepth: Criterion = {definition: historyDepthDefinition, measure: measureHistoryDepth}
