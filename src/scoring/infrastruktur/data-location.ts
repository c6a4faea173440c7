/**
 * infrastruktur.dataLocation: how much of the data (rows) lives in managed databases rather than in
 * spreadsheets and CSV files, and how many "Datenpfützen" (data puddles) there are: spreadsheet and CSV
 * files, copies and versions of the same content, tables repeating another file's header. The share is
 * the score; the puddle count is the evidence an SME recognises ("14 Tabellen-Dateien, davon 5 Kopien").
 * Rows are counted once per table: a copy of a file adds its rows to the file side, as it should.
 */
import type {CriterionDefinition, Criterion, Evidence, Measurement} from '../model.js'
import type {ScanReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, isDatabase, isFile} from './data-tables.js'

export const DATA_LOCATION: CriterionDefinition = {
  id: 'infrastruktur.dataLocation',
  hurdle: 'infrastruktur',
  title: {de: 'Daten in Datenbanken statt Datenpfützen', en: 'Data in databases rather than data puddles'},
  unit: 'share',
  // share of rows in databases: none → 0, half → 50, nine in ten → 100
  thresholds: [
    {value: 0, points: 0},
    {value: 0.5, points: 50},
    {value: 0.9, points: 100},
  ],
  weight: 3,
  action: {
    de: 'Eine führende Datenbank (ERP, Warenwirtschaft) für die Kerndaten festlegen und Tabellen-Dateien dorthin überführen; Kopien und Versionsstände löschen.',
    en: 'Choose one leading database (ERP, inventory system) for the core data and move spreadsheets into it; delete copies and versions.',
  },
  basis: [
    'ISO/IEC 25012: Accessibility, Portability (system-dependent)',
    'Lawrence DRL: C2 = data lives only in Excel/PDF/shares',
  ],
}

export interface Datenpfuetzen {
  /** spreadsheet and CSV files with data */
  files: number
  /** surplus files: the same bytes stored again, or a hand-made version of another file */
  copies: number
  /** groups of tables in different files with (nearly) the same header */
  similarHeaderGroups: number
}

/** The puddle counts of a scan, also for recommendations ("12 Kopien von Kundenlisten"). */
export function countDatenpfuetzen(report: ScanReport): Datenpfuetzen {
  const files = new Set(dataTables(report).filter(({source}) => isFile(source)).map(({source}) => source.id)).size
  let copies = 0
  let similarHeaderGroups = 0
  for (const folder of report.folders) {
    for (const group of folder.duplicateContent) copies += group.paths.length - 1
    for (const group of folder.versionedCopies) copies += group.paths.length - 1
    similarHeaderGroups += folder.similarHeaders.length
  }
  return {files, copies, similarHeaderGroups}
}

function measure(report: ScanReport): Measurement {
  const tables = dataTables(report)
  let databaseRows = 0
  let fileRows = 0
  const rowsBySource = new Map<string, {location: string; database: boolean; rows: number}>()
  for (const {source, table} of tables) {
    if (isDatabase(source)) databaseRows += table.rowCount
    else fileRows += table.rowCount
    const entry = rowsBySource.get(source.id) ?? {location: source.location, database: isDatabase(source), rows: 0}
    entry.rows += table.rowCount
    rowsBySource.set(source.id, entry)
  }
  const total = databaseRows + fileRows
  if (total === 0) return {value: null, evidence: [], reason: 'no table with rows was read from a database or a file'}

  const puddles = countDatenpfuetzen(report)
  const evidence: Evidence[] = [
    {source: 'scan', detail: `${databaseRows} of ${total} rows in databases`},
    {
      source: 'scan',
      detail: `Datenpfützen: ${puddles.files} spreadsheet/CSV files, ${puddles.copies} copies or versions, ${puddles.similarHeaderGroups} similar-header groups`,
    },
  ]
  // the biggest file sources first: they are what should move
  const fileSources = [...rowsBySource.values()].filter((s) => !s.database).sort((a, b) => b.rows - a.rows)
  const listed = fileSources.map((s): Evidence => ({source: s.location, detail: `${s.rows} rows in a file`}))
  return {value: databaseRows / total, evidence: capEvidence([...evidence, ...listed])}
}

export const dataLocation: Criterion = {definition: DATA_LOCATION, measure}
