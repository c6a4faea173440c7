/** Small SourceReports with personal-data verdicts, for the DSGVO view, its findings and its reporters. */
import type {PiiCategory} from '../../src/analyzers/personal-data/categories.js'
import type {ColumnReport, PiiFinding, SourceReport, TableReport} from '../../src/report/scan-report.js'
import {baseColumn, baseTable} from './report-parts.js'

export function verdict(category: PiiCategory, confidence = 0.95): PiiFinding {
  return {category, confidence, matchShare: confidence > 0.6 ? 1 : 0, evidence: ['test']}
}

export function column(name: string, pii: PiiFinding[] = []): ColumnReport {
  return baseColumn(name, 'text', {typeCounts: {integer: 0, decimal: 0, boolean: 0, date: 0, datetime: 0, text: 10}, pii})
}

export function table(name: string, rowCount: number, columns: ColumnReport[], schema?: string): TableReport {
  return baseTable(name, rowCount, columns, {headerRow: 1, ...(schema === undefined ? {} : {schema})})
}

export function source(id: string, kind: SourceReport['kind'], location: string, tables: TableReport[]): SourceReport {
  return {id, kind, location, status: 'ok', tables, findings: []}
}

/** a payroll table with Art. 9 data, a customer file with contact data and an article table without personal data */
export function samplePiiSources(): SourceReport[] {
  const payroll = source('src-db', 'postgres', 'postgres://reader@erp-host/lohn', [
    table('mitarbeiter', 120, [
      column('PERSNR'),
      column('NAME1', [verdict('person_name', 0.9)]),
      column('GEBDAT', [verdict('birth_date', 0.9)]),
      column('STID', [verdict('tax_id_de', 0.99)]),
      column('KONF', [verdict('art9_religion', 0.95)]),
      column('KRANKTAGE', [verdict('art9_health', 0.6)]),
      column('Gehalt'),
    ], 'public'),
    table('artikel', 5000, [column('Artikelnummer'), column('Bezeichnung', [verdict('person_name', 0.3)])], 'public'),
  ])
  payroll.system = {engine: 'PostgreSQL', version: '15.4'}
  const customers = source('src-csv', 'csv', '/daten/kunden.csv', [
    table('kunden.csv', 800, [
      column('Kundennummer'),
      column('E-Mail', [verdict('email')]),
      column('PLZ', [verdict('postal_code', 0.9)]),
      column('USt-IdNr', [verdict('vat_id', 0.6)]),
      column('Umsatz'),
    ]),
  ])
  return [payroll, customers]
}
