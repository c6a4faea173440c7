/**
 * Shared by history depth and freshness: the date histories of transaction data. The scan records a
 * history (months with rows) for the date columns of transaction-like tables; when orders, order lines or
 * invoices have one, those are the transaction data that counts, otherwise every table with a history
 * (postings, rentals, logs).
 */
import type {HistoryDepth, ScanReport} from '../../report/scan-report.js'
import {roleOfTable, type CoreRole} from '../table-roles.js'
import {scannedTables, type ScannedTable} from './scanned-tables.js'

/** roles whose history is the business's transaction history in the narrow sense */
export const TRANSACTION_ROLES: ReadonlySet<CoreRole> = new Set(['orders', 'order_lines', 'invoices'])

export interface DatedTable extends ScannedTable {
  history: HistoryDepth[]
}

export function transactionHistories(report: ScanReport): DatedTable[] {
  const dated: DatedTable[] = []
  for (const item of scannedTables(report)) {
    const history = (item.table.history ?? []).filter((h) => h.monthsSpanned > 0)
    if (history.length > 0) dated.push({...item, history})
  }
  const core = dated.filter((item) => {
    const role = roleOfTable(item.source, item.table)
    return role !== null && TRANSACTION_ROLES.has(role)
  })
  return core.length > 0 ? core : dated
}
