/**
 * Volume per core entity: are customers, items, orders and invoices there, each with enough rows to learn
 * from? Each entity earns min(1, distinct rows / plausible minimum); the value is the mean over the four.
 * Order lines stand in for orders when no order header table was found (the lines imply the orders).
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {ScanReport} from '../../report/scan-report.js'
import {roleOfTable, type CoreRole} from '../table-roles.js'
import {distinctRows, evidenceOf, scannedTables, type ScannedTable} from './scanned-tables.js'

export type VolumeEntity = 'customers' | 'items' | 'orders' | 'invoices'

export const VOLUME_ENTITIES: readonly VolumeEntity[] = ['customers', 'items', 'orders', 'invoices']

/**
 * Distinct rows from which an entity counts as fully present. Why these numbers: segmentation and churn
 * models need some hundred customers, below 100 a customer table is a test or a partial extract; 50
 * articles is a small but real assortment; 500 orders or invoices is about two years of 20 documents a
 * month, the least a forecast over 24 months can use. Fewer rows earn partial credit, linearly.
 */
export const PLAUSIBLE_ROWS: Readonly<Record<VolumeEntity, number>> = {
  customers: 100,
  items: 50,
  orders: 500,
  invoices: 500,
}

export const volumeDefinition: CriterionDefinition = {
  id: 'datenbasis.volume',
  hurdle: 'datenbasis',
  title: {de: 'Datenmenge je Kernobjekt', en: 'Volume per core entity'},
  unit: 'share',
  // value: share of the four core entities present with a plausible row count (partial credit below it).
  // Why: all four present and filled is "bereit"; three of four (e.g. no invoices in the scan) is still
  // "solide"; only customers and items (master data without transactions) is not enough for most use cases.
  thresholds: [
    {value: 0, points: 0},
    {value: 0.5, points: 40},
    {value: 0.75, points: 70},
    {value: 1, points: 100},
  ],
  // weight 2 of 11: "is there data at all" is the first question of the hurdle
  weight: 2,
  action: {
    de: 'Fehlende Kernobjekte (Kunden, Artikel, Aufträge, Rechnungen) aus dem ERP oder der Buchhaltung bereitstellen und in den Scan aufnehmen.',
    en: 'Provide the missing core entities (customers, items, orders, invoices) from the ERP or accounting system and include them in the scan.',
  },
  basis: [
    'ISO/IEC 25012: Completeness (of the data set)',
    'DAMA: Completeness',
    'Lawrence DRL: Band A (appropriateness: enough data for the question)',
  ],
}

export function measureVolume(report: ScanReport): Measurement {
  const tables = scannedTables(report)
  if (tables.length === 0) return {value: null, evidence: [], reason: 'no tables were scanned'}
  const byEntity = new Map<CoreRole, ScannedTable[]>()
  for (const item of tables) {
    const entity = roleOfTable(item.source, item.table)
    if (entity === null) continue
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), item])
  }
  const evidence: Evidence[] = []
  let credit = 0
  for (const entity of VOLUME_ENTITIES) {
    let members = byEntity.get(entity) ?? []
    if (entity === 'orders' && members.length === 0) members = byEntity.get('order_lines') ?? []
    if (members.length === 0) continue
    // the largest table counts: the same customers kept in three spreadsheets are not three times as many
    const largest = members.reduce((best, item) => (distinctRows(item.table) > distinctRows(best.table) ? item : best))
    const rows = distinctRows(largest.table)
    const share = Math.min(1, rows / PLAUSIBLE_ROWS[entity])
    credit += share
    const also = members.length > 1 ? `, ${members.length - 1} more table(s)` : ''
    evidence.push(evidenceOf(largest, `${entity}: ${rows} distinct rows (full credit from ${PLAUSIBLE_ROWS[entity]})${also}`))
  }
  return {value: credit / VOLUME_ENTITIES.length, evidence}
}

export const volume: Criterion = {definition: volumeDefinition, measure: measureVolume}
