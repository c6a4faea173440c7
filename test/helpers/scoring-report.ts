/**
 * Small hand-built ScanReports for the scoring criteria. Column counts are kept consistent with the
 * table's rows (nulls and type counts follow from `completeness`), so that transformations like
 * "load the table twice" or "blank some values" produce reports the scanner could have written.
 */
import type {
  ColumnReport,
  ErpFacts,
  ForeignKeyReport,
  HistoryDepth,
  InferredType,
  ScanReport,
  SourceReport,
  TableReport,
} from '../../src/report/scan-report.js'
import type {ScoringContext} from '../../src/scoring/model.js'

export const NOW = new Date('2026-11-26T10:00:00Z')
export const CONTEXT: ScoringContext = {now: NOW, lang: 'en'}

export interface ColumnSpec {
  name: string
  /** share of rows with a value; default 1 */
  completeness?: number
  /** the kind the values parse as; default text */
  type?: 'integer' | 'decimal' | 'date' | 'text'
  /** anything else the column should carry (formats, placeholders, declaredType, textualNumbers) */
  over?: Partial<ColumnReport>
}

export function col(name: string, completeness = 1, type: ColumnSpec['type'] = 'text', over: Partial<ColumnReport> = {}): ColumnSpec {
  return {name, completeness, type, over}
}

function columnReport(spec: ColumnSpec, position: number, rows: number): ColumnReport {
  const completeness = spec.completeness ?? 1
  const type = spec.type ?? 'text'
  const present = Math.round(rows * completeness)
  const column: ColumnReport = {
    name: spec.name,
    position,
    inferredType: (present === 0 ? 'empty' : type) as InferredType,
    typeCounts: present === 0 ? {} : {[type]: present},
    nullCount: rows - present,
    emptyCount: 0,
    placeholderCount: 0,
    completeness: rows === 0 ? null : present / rows,
    distinctCount: present,
    distinctApprox: false,
    pii: [],
    ...spec.over,
  }
  return column
}

export function table(name: string, rows: number, columns: ColumnSpec[], over: Partial<TableReport> = {}): TableReport {
  return {
    name,
    rowCount: rows,
    columnCount: columns.length,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: rows === 0 ? null : 0, candidateKeys: []},
    columns: columns.map((c, i) => columnReport(c, i, rows)),
    findings: [],
    ...over,
  }
}

export function source(id: string, kind: SourceReport['kind'], tables: TableReport[], over: Partial<SourceReport> = {}): SourceReport {
  return {id, kind, location: over.location ?? `/daten/${id}`, status: 'ok', tables, findings: [], ...over}
}

export function erpSource(id: string, tables: TableReport[], entities: ErpFacts['entities']): SourceReport {
  return source(id, 'mssql', tables, {
    location: `mssql://reader@erp/${id}`,
    system: {engine: 'Microsoft SQL Server', erp: {name: 'Test-ERP', confidence: 0.9, evidence: [], entities}},
  })
}

export function report(...sources: SourceReport[]): ScanReport {
  return {
    schemaVersion: '1.3.0',
    tool: {name: 'datenreife', version: '0.0.0'},
    scan: {id: 'scoring-test', startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(), durationMs: 0, lang: 'en'},
    sources,
    folders: [],
    scores: {},
    useCases: [],
    findings: [],
    recommendations: [],
  }
}

/** a history of `spanned` months ending in the month of `latest` (yyyy-mm-dd), `gaps` of them empty */
export function history(column: string, latest: string, spanned: number, gaps = 0): HistoryDepth {
  const end = new Date(`${latest}T00:00:00Z`)
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (spanned - 1), 1))
  const gapList: string[] = []
  for (let i = 1; i <= gaps && gapList.length < 24; i++) {
    const month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1))
    gapList.push(month.toISOString().slice(0, 7))
  }
  return {
    column,
    earliest: start.toISOString().slice(0, 10),
    latest,
    monthsSpanned: spanned,
    monthsWithRows: spanned - gaps,
    gapMonths: gaps,
    gaps: gapList,
  }
}

export function fk(columns: string[], parent: string, orphanRows: number | null, declared = true): ForeignKeyReport {
  return {columns, references: {schema: null, table: parent, columns: ['id']}, declared, orphanRows}
}

/** a tidy, keyed, multi-year ERP: the four core entities, three years of orders, linked and fresh */
export function tidyErp(): ScanReport {
  const kunden = table('Kunden', 1200, [col('Kundennummer', 1, 'integer'), col('Name'), col('PLZ'), col('Bemerkung', 0.1)], {
    primaryKey: ['Kundennummer'],
  })
  const artikel = table('Artikel', 400, [col('Artikelnummer'), col('Bezeichnung'), col('Preis', 0.98, 'decimal')], {
    primaryKey: ['Artikelnummer'],
  })
  const auftraege = table('Auftraege', 9000, [col('Auftragsnummer', 1, 'integer'), col('Kundennummer', 1, 'integer'), col('Datum', 1, 'date')], {
    primaryKey: ['Auftragsnummer'],
    foreignKeys: [fk(['Kundennummer'], 'Kunden', 0)],
    history: [history('Datum', '2026-11-24', 40)],
  })
  const rechnungen = table('Rechnungen', 8800, [col('Rechnungsnummer', 1, 'integer'), col('Auftragsnummer', 1, 'integer'), col('Datum', 1, 'date')], {
    primaryKey: ['Rechnungsnummer'],
    foreignKeys: [fk(['Auftragsnummer'], 'Auftraege', 12)],
    history: [history('Datum', '2026-11-20', 40)],
  })
  return report(source('src-erp', 'postgres', [kunden, artikel, auftraege, rechnungen], {location: 'postgres://reader@erp/wawi'}))
}

/** a deep copy, so that transformations in tests never touch the original */
export function clone(scan: ScanReport): ScanReport {
  return structuredClone(scan)
}
