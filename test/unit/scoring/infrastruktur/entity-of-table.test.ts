import {describe, expect, it} from 'vitest'
import {entityOfTable, stripCopyMarkers} from '../../../../src/scoring/infrastruktur/entity-of-table.js'
import {col, dbSource, fileSource, sheetTable, tbl} from '../../../helpers/scoring-infra-report.js'

describe('entityOfTable', () => {
  it('takes the table role the scan assigned first', () => {
    const table = tbl('OCRD', 10, [col('CardCode')], {role: 'customers'})
    expect(entityOfTable(dbSource('db', [table]), table)).toBe('customers')
  })

  it('uses the recognised ERP entity map and the database role map', () => {
    const erpTable = tbl('OITM', 10, [col('ItemCode')], {schema: 'dbo'})
    const roleTable = tbl('adresse', 10, [col('name')], {schema: 'public'})
    const source = dbSource('db', [erpTable, roleTable])
    source.system = {engine: 'Microsoft SQL Server', erp: {name: 'SAP Business One', confidence: 0.9, evidence: [], entities: {items: ['dbo.OITM']}}}
    source.database = {
      name: 'sbo', readOnlySession: true, schemas: ['dbo'], tableCount: 2, viewCount: 0, views: [],
      sampleRowsPerTable: 1000, statementCount: 1, tableRoles: {'public.adresse': 'customers'},
    }
    expect(entityOfTable(source, erpTable)).toBe('items')
    expect(entityOfTable(source, roleTable)).toBe('customers')
  })

  it('reads German and English table names, and leaves vague ones out', () => {
    const source = dbSource('db', [])
    expect(entityOfTable(source, tbl('tKunde', 1, []))).toBe('customers')
    expect(entityOfTable(source, tbl('Auftraege', 1, []))).toBe('orders')
    // ledgers and unknown names match nothing across systems
    expect(entityOfTable(source, tbl('Umsatz', 1, []))).toBeNull()
    expect(entityOfTable(source, tbl('config', 1, []))).toBeNull()
  })

  it('names a generic sheet by its file, copy markers removed, but not a named sheet', () => {
    const generic = sheetTable('Tabelle1', 5)
    const named = sheetTable('Notizen', 5)
    const source = fileSource('f', '/share/Kunden_2023_final - Kopie.xlsx', [generic, named])
    expect(entityOfTable(source, generic)).toBe('customers')
    expect(entityOfTable(source, named)).toBeNull()
    const csv = sheetTable('Lieferanten (1).csv', 3)
    expect(entityOfTable(fileSource('c', '/share/Lieferanten (1).csv', [csv]), csv)).toBe('suppliers')
  })
})

describe('stripCopyMarkers', () => {
  it('removes stacked markers but never the whole name', () => {
    expect(stripCopyMarkers('Kopie von Artikel_v2 (1)')).toBe('Artikel')
    expect(stripCopyMarkers('Kunden 2023-04')).toBe('Kunden')
    expect(stripCopyMarkers('Kopie')).toBe('Kopie')
    expect(stripCopyMarkers('Preisliste')).toBe('Preisliste')
    // where a file came from is not what it holds
    expect(stripCopyMarkers('Kunden_Export')).toBe('Kunden')
    expect(stripCopyMarkers('Export Artikel 2024')).toBe('Artikel')
  })
})
