/**
 * Demand and sales forecasting (Absatz- und Umsatzprognose): the use case SME studies name first. A
 * forecast learns seasons and trends from order lines, so it needs two full seasonal cycles (24 months)
 * of item, date and quantity, with few empty months (a gap reads as "no demand").
 */
import {formatNumber} from '../../i18n/format.js'
import type {UseCaseDefinition} from './use-case-model.js'

/** two yearly cycles: the least a model needs to tell a season from a trend */
export const FORECAST_MIN_MONTHS = 24
/** months without rows, as a share of the months spanned */
export const FORECAST_MAX_GAP_SHARE = 0.1
/** order lines below this are too few to learn item-level demand from */
export const FORECAST_MIN_ROWS = 1000

export const FORECASTING: UseCaseDefinition = {
  id: 'forecasting',
  title: {de: 'Absatz- und Umsatzprognose', en: 'Demand and sales forecasting'},
  description: {
    de: 'Sagt Mengen und Umsätze je Artikel und Monat aus der Auftragshistorie voraus (Einkauf, Lager, Personal).',
    en: 'Predicts quantities and sales per item and month from the order history (purchasing, stock, staffing).',
  },
  prerequisites: [
    {
      id: 'order-lines',
      core: true,
      text: {de: 'Auftrags- oder Rechnungspositionen mit Datum, Artikel und Menge', en: 'Order or invoice lines with date, item and quantity'},
      need: {kind: 'table', kinds: ['orderLines', 'orders', 'invoices'], columns: ['date', 'item', 'quantity']},
    },
    {
      id: 'rows',
      core: false,
      text: {de: `mindestens ${formatNumber(FORECAST_MIN_ROWS, 'de')} Positionen`, en: `at least ${formatNumber(FORECAST_MIN_ROWS, 'en')} lines`},
      need: {kind: 'rows', of: 'order-lines', min: FORECAST_MIN_ROWS},
    },
    {
      id: 'history',
      core: false,
      text: {de: `Historie von mindestens ${FORECAST_MIN_MONTHS} Monaten`, en: `history of at least ${FORECAST_MIN_MONTHS} months`},
      need: {kind: 'history', of: 'order-lines', minMonths: FORECAST_MIN_MONTHS},
    },
    {
      id: 'continuity',
      core: false,
      text: {de: 'Monate ohne Daten unter 10 %', en: 'months without data below 10%'},
      need: {kind: 'continuity', of: 'order-lines', maxGapShare: FORECAST_MAX_GAP_SHARE},
    },
  ],
}
