/**
 * infrastruktur.machineReadability: how much of the data a program can load without a person fixing the
 * file first: no header or a header spread over rows, notes above the header or totals below the data,
 * merged cells, hidden sheets, values that exist only as formulas, bytes that are not valid in the file's
 * encoding. The value is the share of rows in tables without such problems; database tables are machine
 * readable by nature. Rows, not tables, so that moving a file into a database (same rows, no file
 * problems) can only raise the measure, and one messy notes sheet does not outweigh the order book.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement} from '../model.js'
import type {FindingCode, ScanReport} from '../../report/scan-report.js'
import {capEvidence, dataTables, findingsOf, isDatabase, tableEvidence, type DataTable} from './data-tables.js'

export const MACHINE_READABILITY: CriterionDefinition = {
  id: 'infrastruktur.machineReadability',
  hurdle: 'infrastruktur',
  title: {de: 'Maschinenlesbarkeit der Dateien', en: 'Machine-readability of files'},
  unit: 'share',
  thresholds: [
    {value: 0.5, points: 0},
    {value: 0.8, points: 50},
    {value: 0.98, points: 100},
  ],
  weight: 1.5,
  action: {
    de: 'Tabellen als schlichte Listen führen: eine Kopfzeile, keine Notizen darüber, keine verbundenen Zellen, keine ausgeblendeten Blätter, Werte statt Formeln exportieren, als UTF-8 speichern.',
    en: 'Keep sheets as plain lists: one header row, no notes above it, no merged cells, no hidden sheets, export values instead of formulas, save as UTF-8.',
  },
  basis: [
    'ISO/IEC 25012: Portability, Understandability, Accessibility',
    'Lawrence DRL: C1 = ready to be loaded into analysis software; C2 = unstructured',
  ],
}

/** findings that mean a person has to tidy the table before a program can load it */
export const READABILITY_FINDINGS: Readonly<Partial<Record<FindingCode, string>>> = {
  NO_HEADER: 'no header row',
  NOTES_ABOVE_HEADER: 'notes above the header',
  NOTES_BELOW_DATA: 'notes or totals below the data',
  REPEATED_HEADER: 'header repeated in the data',
  // two columns named alike are mostly a header spread over two rows ("Umsatz 2023 | Umsatz 2023")
  DUPLICATE_COLUMN_NAMES: 'header spread over rows or repeated column names',
  RAGGED_ROWS: 'rows of different lengths',
  MERGED_CELLS_IN_DATA: 'merged cells in the data',
  HIDDEN_SHEET: 'hidden sheet',
  INVALID_ENCODING_BYTES: 'bytes invalid in the encoding',
}

/** from this share of formula cells on, the sheet is a calculation rather than a record of data */
export const FORMULA_SHARE_LIMIT = 0.25

/** the readability problems of one table; none for database tables */
export function readabilityProblems({source, table}: DataTable): string[] {
  if (isDatabase(source)) return []
  const problems = new Set<string>()
  for (const finding of findingsOf(source, table)) {
    const problem = READABILITY_FINDINGS[finding.code]
    if (problem !== undefined) problems.add(problem)
  }
  if (table.headerRow === null) problems.add(READABILITY_FINDINGS.NO_HEADER!)
  const sheet = table.sheet
  if (sheet !== undefined) {
    if (sheet.hidden) problems.add(READABILITY_FINDINGS.HIDDEN_SHEET!)
    if (sheet.mergedCellsInData > 0) problems.add(READABILITY_FINDINGS.MERGED_CELLS_IN_DATA!)
    if (sheet.formulaShare !== null && sheet.formulaShare >= FORMULA_SHARE_LIMIT) problems.add('values kept as formulas')
  }
  // a DATEV export's first line is its format header, part of a standard every accounting tool reads
  if (source.kind === 'csv' && source.datev === undefined && source.dialect !== undefined && source.dialect.linesAboveHeader > 0) {
    problems.add(READABILITY_FINDINGS.NOTES_ABOVE_HEADER!)
  }
  return [...problems]
}

function measure(report: ScanReport): Measurement {
  const tables = dataTables(report)
  let total = 0
  let readable = 0
  let fileTables = 0
  const troubled: Array<{t: DataTable; problems: string[]}> = []
  for (const t of tables) {
    total += t.table.rowCount
    if (!isDatabase(t.source)) fileTables++
    const problems = readabilityProblems(t)
    if (problems.length === 0) readable += t.table.rowCount
    else troubled.push({t, problems})
  }
  if (total === 0) return {value: null, evidence: [], reason: 'no table with rows was read'}
  troubled.sort((a, b) => b.t.table.rowCount - a.t.table.rowCount)
  const evidence: Evidence[] = [
    {source: 'scan', detail: `${fileTables - troubled.length} of ${fileTables} file tables without problems; ${readable} of ${total} rows machine-readable`},
    ...troubled.map(({t, problems}) => tableEvidence(t, problems.join(', '))),
  ]
  return {value: readable / total, evidence: capEvidence(evidence)}
}

export const machineReadability: Criterion = {definition: MACHINE_READABILITY, measure}
