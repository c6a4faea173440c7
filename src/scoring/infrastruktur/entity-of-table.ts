/**
 * Which business entity a table holds (customers, items, orders …), for finding the same entity kept in
 * several systems and files. The scan's own verdicts come first (the table's role, the recognised ERP's
 * entity map, the database's inferred roles); then the table name, then, for a file whose sheet is named
 * "Tabelle1", the file name with hand-made copy markers ("Kunden_v2 - Kopie.xlsx") removed.
 */
import {classifyTableName} from '../../recognizers/erp-recognizer.js'
import type {SourceReport, TableReport} from '../../report/scan-report.js'
import {isDatabase, isFile, qualifiedName} from './data-tables.js'

/** the roles that name a business entity; "transactions" and "other" are too vague to match across systems */
export const ENTITY_ROLES = ['customers', 'suppliers', 'items', 'orders', 'orderLines', 'invoices', 'employees', 'payments'] as const

export type Entity = (typeof ENTITY_ROLES)[number]

const ENTITY_SET: ReadonlySet<string> = new Set(ENTITY_ROLES)

/** sheet names that say nothing about the content: the file name speaks for them */
export const GENERIC_SHEET_NAME = /^(tabelle|sheet|blatt|table|daten|data|export|worksheet)[\s_-]*\d*$/i

/**
 * Hand-made copy and version markers in file names, and words naming where a file came from rather than
 * what it holds ("Kunden_Export"), removed before the name is classified.
 */
export const COPY_MARKERS: readonly RegExp[] = [
  /^(export|auszug|extract|dump)[\s_-]+/i,
  /[\s_-]+(export|auszug|extract|dump)$/i,
  /^kopie von\s+/i,
  /^copy of\s+/i,
  /[\s_-]*-?\s*kopie(\s*\(\d+\))?$/i,
  /[\s_-]*-?\s*copy(\s*\(\d+\))?$/i,
  /\s*\(\d+\)$/,
  /[\s_-]+(v|version)\s*\d+$/i,
  /[\s_-]+(final|alt|neu|old|new|backup|bak|aktuell)$/i,
  /[\s_-]+\d{4}([\s_.-]\d{1,2}){0,2}$/,
]

function isEntity(role: string | undefined): role is Entity {
  return role !== undefined && ENTITY_SET.has(role)
}

function withoutExtension(name: string): string {
  return name.replace(/\.(csv|tsv|txt|xlsx|xlsm|xls)$/i, '')
}

/** "Kunden_2023_final - Kopie" → "Kunden"; markers can stack, so they are removed until none is left */
export function stripCopyMarkers(name: string): string {
  let current = name.trim()
  for (let changed = true; changed; ) {
    changed = false
    for (const marker of COPY_MARKERS) {
      const next = current.replace(marker, '').trim()
      if (next !== current && next.length > 0) {
        current = next
        changed = true
      }
    }
  }
  return current
}

function fileStem(location: string): string {
  const base = location.replace(/[?#].*$/u, '').split(/[\\/]/).pop() ?? location
  return withoutExtension(base)
}

function classify(name: string): Entity | null {
  const role = classifyTableName(stripCopyMarkers(withoutExtension(name)))
  return isEntity(role) ? role : null
}

function fromErp(source: SourceReport, table: TableReport): Entity | null {
  const entities = source.system?.erp?.entities
  if (entities === undefined) return null
  const names = new Set([qualifiedName(table).toLowerCase(), table.name.toLowerCase()])
  for (const [entity, tables] of Object.entries(entities)) {
    if (isEntity(entity) && tables.some((t) => names.has(t.toLowerCase()))) return entity
  }
  return null
}

export function entityOfTable(source: SourceReport, table: TableReport): Entity | null {
  if (isEntity(table.role)) return table.role
  if (isDatabase(source)) {
    const erp = fromErp(source, table)
    if (erp !== null) return erp
    const inferred = source.database?.tableRoles[qualifiedName(table)]
    if (isEntity(inferred)) return inferred
  }
  const byName = classify(table.name)
  if (byName !== null) return byName
  if (isFile(source) && (source.kind === 'csv' || GENERIC_SHEET_NAME.test(table.name.trim()))) return classify(fileStem(source.location))
  return null
}
