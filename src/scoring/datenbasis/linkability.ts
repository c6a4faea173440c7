/**
 * Linkability: can orders be joined to their customers and lines to their items? For each foreign key —
 * declared in the catalog or inferred from names and types — the share of the child table's rows whose
 * key finds a parent row; the mean over keys, each weighted by its table's distinct rows. Keys whose
 * orphans were not checked (time budget) are left out; without any checked key it is not measurable.
 *
 * Not covered (the report does not carry it yet): whether the same keys appear across sources, e.g.
 * customer numbers of a shop export matching the ERP.
 */
import type {ForeignKeyReport, ScanReport} from '../../report/scan-report.js'
import type {Criterion, CriterionDefinition, Measurement} from '../model.js'
import {distinctRows, evidenceOf, percent, scannedTables, weightedMean, rankedFirst, type ScannedTable} from './scanned-tables.js'

export const linkabilityDefinition: CriterionDefinition = {
  id: 'datenbasis.linkability',
  hurdle: 'datenbasis',
  title: {de: 'Verknüpfbarkeit (Schlüsselbeziehungen)', en: 'Linkability (key relationships)'},
  unit: 'share',
  // value: share of rows whose foreign key finds its parent. Why: with declared keys the database
  // enforces 100 %, so anything visibly below is a symptom; 2 % orphans already drop a noticeable part of
  // the orders from any customer analysis; at 70 % the tables hardly belong together.
  thresholds: [
    {value: 0.7, points: 0},
    {value: 0.9, points: 50},
    {value: 0.98, points: 85},
    {value: 1, points: 100},
  ],
  // weight 1 of 11: only measurable where tables reference each other, and a prerequisite rather than
  // the substance of the data
  weight: 1,
  action: {
    de: 'Verwaiste Datensätze (z. B. Aufträge ohne Kunde) klären und Fremdschlüssel im Datenbankschema deklarieren, damit das System sie erzwingt.',
    en: 'Resolve orphan records (e.g. orders without a customer) and declare foreign keys in the database schema so the system enforces them.',
  },
  basis: [
    'ISO/IEC 25012: Consistency (referential integrity, ISO/IEC 25024 Con-I-1)',
    'DAMA: Consistency',
    'Lawrence DRL: Band B (record linkage)',
  ],
}

interface CheckedKey {
  item: ScannedTable
  fk: ForeignKeyReport & {orphanRows: number}
  linked: number
}

export function measureLinkability(report: ScanReport): Measurement {
  const tables = scannedTables(report)
  const keys: CheckedKey[] = []
  let unchecked = 0
  for (const item of tables) {
    for (const fk of item.table.foreignKeys ?? []) {
      if (fk.orphanRows === null) {
        unchecked++
        continue
      }
      // an empty child table has nothing to link (and nothing orphaned)
      if (item.table.rowCount === 0) continue
      const orphans = Math.min(item.table.rowCount, Math.max(0, fk.orphanRows))
      keys.push({item, fk: {...fk, orphanRows: orphans}, linked: 1 - orphans / item.table.rowCount})
    }
  }
  if (keys.length === 0) {
    const reason = unchecked > 0 ? 'foreign keys were found but their orphans not checked' : 'no foreign keys between the scanned tables'
    return {value: null, evidence: [], reason}
  }
  const value = weightedMean(keys, (k) => k.linked, (k) => distinctRows(k.item.table)) ?? 0
  const evidence = rankedFirst(keys, (k) => k.fk.orphanRows).map(({item, fk, linked}) => {
    const target = `${fk.references.schema === null ? '' : `${fk.references.schema}.`}${fk.references.table}`
    return evidenceOf(
      item,
      `→ ${target} (${fk.declared ? 'declared' : 'inferred'}): ${fk.orphanRows} orphan rows, ${percent(linked)} linked`,
      fk.columns.join(', '),
    )
  })
  return {value, evidence}
}

export const linkability: Criterion = {definition: linkabilityDefinition, measure: measureLinkability}
