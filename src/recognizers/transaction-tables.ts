/**
 * Which tables hold events over time (orders, invoices, postings, rentals, logs) rather than master data,
 * and which of their date columns show how far back the data goes: the input of the history-depth step
 * of a database scan.
 */
import type {CatalogColumn, CatalogTable} from '../connectors/sql/catalog.js'
import {classifyTableName, splitCompanyTable, splitWords, type TableRole} from './erp-recognizer.js'


const EVENT_ROLES: ReadonlySet<TableRole> = new Set(['orders', 'orderLines', 'invoices', 'payments', 'transactions'])
const MASTER_ROLES: ReadonlySet<TableRole> = new Set(['customers', 'items', 'suppliers', 'employees'])
const LOG_WORDS = new Set([
  'log', 'logs', 'history', 'historie', 'historien', 'protokoll', 'protokolle', 'verlauf', 'event', 'events',
  'audit', 'changelog', 'tracking',
])
/** date columns that say when a row was written or what a person/contract is, not when business happened */
const NON_BUSINESS_DATE_WORDS = new Set([
  'last', 'update', 'updated', 'modified', 'modify', 'changed', 'change', 'created', 'create', 'creation',
  'erstellt', 'geaendert', 'angelegt', 'timestamp', 'ts', 'inserted', 'insert', 'deleted', 'geloescht',
  'valid', 'birth', 'birthday', 'hire', 'expiry', 'expires', 'expiration', 'dob',
])
const NON_BUSINESS_DATE_STEMS = ['geburt', 'gueltig', 'eintritt', 'austritt', 'ablauf', 'erstell', 'aenderung']
/** key-like column names that point at another table: kunden_nr, CustomerID, customerId, Customer No_, kKunde */
const REFERENCE_COLUMN = /(?:[_\s-](?:id|nr|no|nummer)_?|Id|ID|Nr|nr|nummer)$|^k[A-Z]/

function isDateColumn(column: CatalogColumn): boolean {
  return column.typeClass === 'date' || column.typeClass === 'datetime'
}

function isBusinessDate(column: CatalogColumn): boolean {
  const words = splitWords(column.name)
  return !words.some(
    (word) => NON_BUSINESS_DATE_WORDS.has(word) || NON_BUSINESS_DATE_STEMS.some((stem) => word.startsWith(stem)),
  )
}

function referencesAnotherTable(table: CatalogTable): boolean {
  if (table.foreignKeys.length > 0) return true
  const ownKey = table.primaryKey?.length === 1 ? table.primaryKey[0] : undefined
  return table.columns.some((column) => column.name !== ownKey && REFERENCE_COLUMN.test(column.name))
}

function isLogLike(table: CatalogTable): boolean {
  const base = splitCompanyTable(table.name)?.table ?? table.name
  return splitWords(base).some((word) => LOG_WORDS.has(word))
}

/**
 * Whether a table's rows are events over time (orders, invoices, payments, postings, rentals, deliveries,
 * logs) rather than master data. Event roles are transaction-like even without a date column (their dates
 * may be stored as text); master roles never are. Other tables are when they are log-like and dated, or
 * carry a business date (not created/modified/birth/validity) and point at another table.
 */
export function isTransactionLike(table: CatalogTable, role: TableRole = classifyTableName(table.name)): boolean {
  if (EVENT_ROLES.has(role)) return true
  if (MASTER_ROLES.has(role)) return false
  if (isLogLike(table)) return table.columns.some(isDateColumn)
  return table.columns.some((column) => isDateColumn(column) && isBusinessDate(column)) && referencesAnotherTable(table)
}

/**
 * The date columns whose range and monthly gaps show a transaction-like table's history: its business
 * dates (order_date, rental_date), or — when it has none, as in many logs — its created/modified stamps.
 * Empty for tables that are not transaction-like.
 */
export function historyDateColumns(table: CatalogTable, role: TableRole = classifyTableName(table.name)): string[] {
  if (!isTransactionLike(table, role)) return []
  const dated = table.columns.filter(isDateColumn)
  const business = dated.filter(isBusinessDate)
  return (business.length > 0 ? business : dated).map((column) => column.name)
}
