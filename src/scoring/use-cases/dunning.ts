/**
 * Dunning and payment-behaviour prediction (Zahlungsverhalten und Mahnwesen): predicts which invoices will
 * be paid late, so reminders and credit limits go where they matter. The label is the delay between due
 * date and payment date, so both dates must be recorded, over a year of invoices.
 */
import type {UseCaseDefinition} from './use-case-model.js'

/** a year of invoices covers the seasonal swings in paying (year-end, holidays) */
export const DUNNING_MIN_MONTHS = 12
/** invoices below this hold too few late payments to learn from */
export const DUNNING_MIN_INVOICES = 500

export const DUNNING: UseCaseDefinition = {
  id: 'dunning',
  title: {de: 'Zahlungsverhalten und Mahnwesen', en: 'Dunning and payment-behaviour prediction'},
  description: {
    de: 'Sagt voraus, welche Rechnungen verspätet bezahlt werden, und priorisiert Mahnungen.',
    en: 'Predicts which invoices will be paid late and prioritises reminders.',
  },
  prerequisites: [
    {
      id: 'invoices',
      core: true,
      text: {de: 'Rechnungen mit Betrag', en: 'invoices with an amount'},
      need: {kind: 'table', kinds: ['invoices', 'payments'], columns: ['amount']},
    },
    {
      id: 'due-dates',
      core: false,
      text: {de: 'Fälligkeitsdatum je Rechnung', en: 'due date per invoice'},
      need: {kind: 'table', kinds: ['invoices', 'payments'], columns: ['dueDate']},
    },
    {
      id: 'paid-dates',
      core: false,
      text: {de: 'Zahlungsdatum je Rechnung', en: 'payment date per invoice'},
      need: {kind: 'table', kinds: ['invoices', 'payments'], columns: ['paidDate']},
    },
    {
      id: 'invoice-count',
      core: false,
      text: {de: `mindestens ${DUNNING_MIN_INVOICES} Rechnungen`, en: `at least ${DUNNING_MIN_INVOICES} invoices`},
      need: {kind: 'rows', of: 'invoices', min: DUNNING_MIN_INVOICES},
    },
    {
      id: 'history',
      core: false,
      text: {de: `Rechnungen aus mindestens ${DUNNING_MIN_MONTHS} Monaten`, en: `invoices from at least ${DUNNING_MIN_MONTHS} months`},
      need: {kind: 'history', of: 'due-dates', minMonths: DUNNING_MIN_MONTHS},
    },
  ],
}
