/**
 * infrastruktur.parallelSystems: the same entity (customers, items …) kept in more than one place. A
 * place is a database (however many of its tables hold the entity) or a file. Entities come from the
 * tables' roles and names (entity-of-table.ts); tables in different files with (nearly) the same header,
 * and files stored twice or as hand-made versions, are the same content too, named or not. The measure is
 * the number of surplus places: an entity in three places counts two.
 */
import {posix} from 'node:path'
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {FolderInventory, ScanReport, SourceReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, isFile} from './data-tables.js'
import {entityOfTable} from './entity-of-table.js'

export const PARALLEL_SYSTEMS: CriterionDefinition = {
  id: 'infrastruktur.parallelSystems',
  hurdle: 'infrastruktur',
  title: {de: 'Parallele Datenhaltung', en: 'Parallel systems'},
  unit: 'count',
  // surplus places over all entities: none → 100, one → 70, three → 40, six or more → 0
  thresholds: [
    {value: 0, points: 100},
    {value: 1, points: 70},
    {value: 3, points: 40},
    {value: 6, points: 0},
  ],
  weight: 2,
  action: {
    de: 'Je Geschäftsobjekt (Kunden, Artikel …) eine führende Quelle festlegen; Parallelbestände abgleichen und stilllegen.',
    en: 'Name one leading source per business entity (customers, items …); reconcile and retire the parallel copies.',
  },
  basis: [
    'ISO/IEC 25012: Consistency, Traceability',
    'DAMA: Consistency, Uniqueness',
    'Lawrence DRL: C (topology — data spread over devices and files)',
  ],
}

/** path separators differ by platform; inventories list paths relative to the folder root */
function normalisePath(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/'))
}

/** the source scanned from a file of an inventory group, when there is one */
function sourceOfPath(report: ScanReport, folder: FolderInventory, relativePath: string): SourceReport | undefined {
  const full = normalisePath(posix.join(folder.location.replace(/\\/g, '/'), relativePath.replace(/\\/g, '/')))
  return report.sources.find((s) => s.folderId === folder.id && normalisePath(s.location) === full)
}

const DATA_FILE = /\.(csv|tsv|txt|xlsx|xlsm|xls)$/i

interface Holding {
  /** what is held: an entity, or a label for unnamed content repeated across files */
  label: string
  places: Set<string>
  /** place → where it is, for the evidence */
  where: Map<string, string>
}

class Holdings {
  readonly byKey = new Map<string, Holding>()
  /** the entity each source's tables were assigned, so repeated content joins a named entity */
  readonly entityOfSource = new Map<string, string>()

  add(key: string, label: string, place: string, where: string): void {
    const holding = this.byKey.get(key) ?? {label, places: new Set<string>(), where: new Map<string, string>()}
    holding.places.add(place)
    if (!holding.where.has(place)) holding.where.set(place, where)
    this.byKey.set(key, holding)
  }

  /** a group of places holding the same content: under the entity one of them is known for, or its own label */
  addGroup(fallbackKey: string, label: string, members: ReadonlyArray<{place: string; where: string; sourceId?: string}>): void {
    const named = members.map((m) => (m.sourceId === undefined ? undefined : this.entityOfSource.get(m.sourceId))).find((e) => e !== undefined)
    const key = named ?? fallbackKey
    for (const m of members) this.add(key, named ?? label, m.place, m.where)
  }
}

function collect(report: ScanReport): Holdings {
  const holdings = new Holdings()
  for (const {source, table} of dataTables(report)) {
    const entity = entityOfTable(source, table)
    if (entity === null) continue
    holdings.add(entity, entity, source.id, source.location)
    // a file's first named table names the file's content for the groups below
    if (isFile(source) && !holdings.entityOfSource.has(source.id)) holdings.entityOfSource.set(source.id, entity)
  }
  for (const folder of report.folders) {
    folder.similarHeaders.forEach((group, i) => {
      const members = group.tables.map((t) => ({place: t.source, where: report.sources.find((s) => s.id === t.source)?.location ?? t.path, sourceId: t.source}))
      holdings.addGroup(`similar:${folder.id}:${i}`, `same header (${group.columns.slice(0, 3).join(', ')})`, members)
    })
    const copyGroups = [
      ...folder.duplicateContent.map((g, i) => ({key: `same-bytes:${folder.id}:${i}`, label: 'same file content', paths: g.paths})),
      ...folder.versionedCopies.map((g, i) => ({key: `versions:${folder.id}:${i}`, label: `versions of ${g.base}`, paths: g.paths})),
    ]
    for (const group of copyGroups) {
      const dataPaths = group.paths.filter((p) => DATA_FILE.test(p))
      if (dataPaths.length < 2) continue
      const members = dataPaths.map((path) => {
        const source = sourceOfPath(report, folder, path)
        return source === undefined ? {place: `${folder.id}:${path}`, where: path} : {place: source.id, where: path, sourceId: source.id}
      })
      holdings.addGroup(group.key, group.label, members)
    }
  }
  return holdings
}

function measure(report: ScanReport): Measurement {
  const holdings = collect(report)
  if (holdings.byKey.size === 0) {
    return {value: null, evidence: [], reason: 'no table could be assigned to a business entity, and no file repeats another'}
  }
  let surplus = 0
  const evidence: Evidence[] = []
  const spread = [...holdings.byKey.values()].filter((h) => h.places.size > 1).sort((a, b) => b.places.size - a.places.size)
  for (const holding of spread) {
    surplus += holding.places.size - 1
    for (const where of holding.where.values()) evidence.push({source: where, detail: `${holding.label}: ${holding.places.size} places`})
  }
  const single = holdings.byKey.size - spread.length
  evidence.unshift({source: 'scan', detail: `${spread.length} of ${holdings.byKey.size} entities kept in more than one place, ${single} in one`})
  return {value: surplus, evidence: capEvidence(evidence)}
}

export const parallelSystems: Criterion = {definition: PARALLEL_SYSTEMS, measure}
