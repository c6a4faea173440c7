/**
 * Customer segmentation and churn (Kundensegmentierung und Abwanderung): groups customers by what and how
 * often they buy and flags those who stop. It needs a customer master big enough to form groups and a
 * purchase history that can be linked to each customer, over at least a year (churn is a year-on-year
 * question).
 */
import type {UseCaseDefinition} from './use-case-model.js'

/** fewer customers than this form no segments worth a model (a spreadsheet sort does the job) */
export const SEGMENTATION_MIN_CUSTOMERS = 200
/** one full year of purchases: churn compares a customer's year with the one before */
export const SEGMENTATION_MIN_MONTHS = 12

export const SEGMENTATION: UseCaseDefinition = {
  id: 'segmentation',
  title: {de: 'Kundensegmentierung und Abwanderung', en: 'Customer segmentation and churn'},
  description: {
    de: 'Bildet Kundengruppen nach Kaufverhalten und erkennt Kunden, die abzuwandern drohen.',
    en: 'Groups customers by buying behaviour and spots customers who are about to leave.',
  },
  prerequisites: [
    {
      id: 'customers',
      core: true,
      text: {de: 'Kundenstamm', en: 'customer master data'},
      need: {kind: 'table', kinds: ['customers'], columns: []},
    },
    {
      id: 'customer-count',
      core: false,
      text: {de: `mindestens ${SEGMENTATION_MIN_CUSTOMERS} Kunden`, en: `at least ${SEGMENTATION_MIN_CUSTOMERS} customers`},
      need: {kind: 'rows', of: 'customers', min: SEGMENTATION_MIN_CUSTOMERS},
    },
    {
      id: 'purchases',
      core: true,
      text: {de: 'Aufträge oder Rechnungen mit Kunde und Datum', en: 'orders or invoices with customer and date'},
      need: {kind: 'table', kinds: ['orders', 'invoices', 'orderLines'], columns: ['customer', 'date']},
    },
    {
      id: 'linked',
      core: false,
      text: {de: 'Käufe über die Kundennummer dem Kundenstamm zuordenbar', en: 'purchases linkable to the customer master by customer number'},
      need: {kind: 'linked', of: 'purchases', to: 'customers'},
    },
    {
      id: 'history',
      core: false,
      text: {de: `Kaufhistorie von mindestens ${SEGMENTATION_MIN_MONTHS} Monaten`, en: `purchase history of at least ${SEGMENTATION_MIN_MONTHS} months`},
      need: {kind: 'history', of: 'purchases', minMonths: SEGMENTATION_MIN_MONTHS},
    },
  ],
}
