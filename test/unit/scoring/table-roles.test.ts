import {describe, expect, it} from 'vitest'
import {roleOfTable, tableRole} from '../../../src/scoring/table-roles.js'
import {col, erpSource, source, table} from '../../helpers/scoring-report.js'

describe('tableRole', () => {
  it.each([
    ['Kunden', 'customers'],
    ['kunde', 'customers'],
    ['customers', 'customers'],
    ['Customer', 'customers'],
    ['Kundenstamm', 'customers'],
    ['Artikel', 'items'],
    ['products', 'items'],
    ['Item', 'items'],
    ['Aufträge', 'orders'],
    ['auftrag', 'orders'],
    ['Orders', 'orders'],
    ['Auftragspositionen', 'order_lines'],
    ['order_lines', 'order_lines'],
    ['SalesOrderDetail', 'order_lines'],
    ['Rechnungen', 'invoices'],
    ['invoice', 'invoices'],
  ])('%s → %s', (name, role) => {
    expect(tableRole(name)).toBe(role)
  })

  it('reads file names and qualified names', () => {
    expect(tableRole('kunden.csv')).toBe('customers')
    expect(tableRole('/share/Export/Rechnungen 2023.xlsx')).toBe('invoices')
    expect(tableRole('dbo.Artikel')).toBe('items')
  })

  it('gives null for tables that are no core entity', () => {
    expect(tableRole('Lieferanten')).toBeNull()
    expect(tableRole('payments')).toBeNull()
    expect(tableRole('Tabelle1')).toBeNull()
    expect(tableRole('Urkunde')).toBeNull()
    expect(tableRole('')).toBeNull()
  })
})

describe('roleOfTable', () => {
  it('prefers the ERP entity map over the name', () => {
    const ocrd = table('OCRD', 10, [col('CardCode')], {schema: 'dbo'})
    const erp = erpSource('sap', [ocrd], {customers: ['dbo.OCRD']})
    expect(roleOfTable(erp, ocrd)).toBe('customers')
    expect(tableRole('OCRD')).toBeNull()
  })

  it('uses the stored role, then the name', () => {
    const stored = table('T100', 10, [col('x')], {role: 'orderLines'})
    expect(roleOfTable(source('db', 'postgres', [stored]), stored)).toBe('order_lines')
    const named = table('Rechnung', 10, [col('x')])
    expect(roleOfTable(source('db', 'postgres', [named]), named)).toBe('invoices')
  })

  it('falls back to the file name only for a single-table file source', () => {
    const sheet = table('Tabelle1', 10, [col('x')])
    expect(roleOfTable(source('wb', 'xlsx', [sheet], {location: '/daten/Kunden 2023.xlsx'}), sheet)).toBe('customers')
    const other = table('Tabelle2', 10, [col('x')])
    expect(roleOfTable(source('wb', 'xlsx', [sheet, other], {location: '/daten/Kunden 2023.xlsx'}), sheet)).toBeNull()
    const dbTable = table('Tabelle1', 10, [col('x')])
    expect(roleOfTable(source('db', 'postgres', [dbTable], {location: 'postgres://h/kunden'}), dbTable)).toBeNull()
  })
})
