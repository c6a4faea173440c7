/**
 * Which core business entity a scanned table holds — customers, items, orders, order lines, invoices —
 * for the scoring criteria (volume per core entity, history of transaction data, use-case prerequisites).
 *
 * Precedence, most reliable first:
 *  1. the recognised ERP's entity map (`source.system.erp.entities`, e.g. SAP B1 `OCRD` → customers);
 *  2. the role the database scan already stored on the table (`table.role`, ERP or name based);
 *  3. the table's own name (German and English, singular and plural, compounds: "Kundenstamm",
 *     "tbl_Auftraege", "SalesOrderDetail", "kunden_2023.csv") via the recognizer's name classifier;
 *  4. for a file source with a single table (a CSV, a one-sheet workbook), the file name: the sheet of
 *     "Kunden 2023.xlsx" is usually called "Tabelle1".
 * Suppliers, payments, employees and postings are not core entities here and give null.
 */
import type {SourceReport, TableReport} from '../report/scan-report.js'
import {classifyTableName, type TableRole} from '../recognizers/erp-recognizer.js'

export type CoreRole = 'customers' | 'items' | 'orders' | 'order_lines' | 'invoices'

export const CORE_ROLES: readonly CoreRole[] = ['customers', 'items', 'orders', 'order_lines', 'invoices']

/** the recognizer's role names (camelCase `orderLines`) and ours (snake_case, the report's vocabulary) */
const FROM_RECOGNIZER: Readonly<Partial<Record<TableRole | 'order_lines', CoreRole>>> = {
  customers: 'customers',
  items: 'items',
  orders: 'orders',
  orderLines: 'order_lines',
  order_lines: 'order_lines',
  invoices: 'invoices',
}

/** file extensions a file source's table name may carry ("kunden.csv") */
const FILE_EXTENSION = /\.(?:csv|tsv|txt|xlsx|xlsm|xls|ods)$/i

function coreRoleOf(role: string | undefined): CoreRole | null {
  if (role === undefined) return null
  return (FROM_RECOGNIZER as Record<string, CoreRole | undefined>)[role] ?? null
}

/**
 * The core role a table name stands for, or null. Accepts plain names ("Kunden"), qualified ones
 * ("dbo.Rechnungen": the part after the last dot) and file names ("artikel_2023.csv", "C:\\export\\Aufträge.xlsx").
 */
export function tableRole(name: string): CoreRole | null {
  const file = name.split(/[\\/]/).pop() ?? name
  const bare = file.replace(FILE_EXTENSION, '')
  const last = bare.includes('.') ? bare.slice(bare.lastIndexOf('.') + 1) : bare
  if (last.length === 0) return null
  return coreRoleOf(classifyTableName(last))
}

/** "schema.table" or "table", as ERP entity maps and `database.tableRoles` name tables */
export function qualifiedTableName(table: Pick<TableReport, 'schema' | 'name'>): string {
  return table.schema === undefined ? table.name : `${table.schema}.${table.name}`
}

const FILE_KINDS: ReadonlySet<SourceReport['kind']> = new Set(['csv', 'xlsx', 'xls'])

/** The core role of one table of a source, by the precedence above; null when none is recognised. */
export function roleOfTable(source: SourceReport, table: TableReport): CoreRole | null {
  const qualified = qualifiedTableName(table)
  for (const [entity, tables] of Object.entries(source.system?.erp?.entities ?? {})) {
    const role = coreRoleOf(entity)
    if (role !== null && tables.some((t) => t === qualified || t === table.name)) return role
  }
  const stored = coreRoleOf(table.role)
  if (stored !== null) return stored
  const byName = tableRole(table.name)
  if (byName !== null) return byName
  if (FILE_KINDS.has(source.kind) && source.tables.length === 1) return tableRole(source.location)
  return null
}
