import {describe, expect, it} from 'vitest'
import {findColumn, isFreeText, kindOfName, monthsCovered, nameHasTerm, nameWords, tableKind} from '../../../../src/scoring/use-cases/use-case-tables.js'
import {col, dateCol, history, tbl} from '../../../helpers/scoring-usecase-report.js'

describe('names', () => {
  it('splits camelCase, separators and umlauts, and drops file extensions', () => {
    expect(nameWords('DocDueDate')).toEqual(['doc', 'due', 'date'])
    expect(nameWords('Fällig_am')).toEqual(['faellig', 'am'])
    expect(nameWords('kunden.csv')).toEqual(['kunden'])
  })

  it('lets long terms sit inside compounds, short ones only as whole words or joined', () => {
    expect(nameHasTerm('Rechnungsbetrag', ['betrag'])).toBe(true)
    expect(nameHasTerm('OrderQty', ['qty'])).toBe(true)
    expect(nameHasTerm('KdNr', ['kdnr'])).toBe(true)
    expect(nameHasTerm('Artikel', ['art'])).toBe(false)
  })
})

describe('table kinds', () => {
  it('reads German, English and ERP names, lines before their documents', () => {
    expect(kindOfName('Auftragspositionen.xlsx')).toBe('orderLines')
    expect(kindOfName('sales_order_line')).toBe('orderLines')
    expect(kindOfName('RDR1')).toBe('orderLines')
    expect(kindOfName('OCRD')).toBe('customers')
    expect(kindOfName('kunden_auftraege')).toBe('orders')
    expect(kindOfName('Rechnungen 2023.csv')).toBe('invoices')
    expect(kindOfName('Produktionsdaten.csv')).toBeNull()
    expect(kindOfName('Notizen')).toBeNull()
  })

  it('trusts the scan role over the name', () => {
    expect(tableKind(tbl('tKunde', 1, [], {role: 'customers'}))).toBe('customers')
    expect(tableKind(tbl('Rechnung', 1, [], {role: 'items'}))).toBe('items')
  })
})

describe('columns', () => {
  const table = tbl('t', 10, [col('Mengeneinheit', 'text'), col('Liefermenge', 'decimal'), dateCol('Fälligkeit', '2023-01-01', '2023-02-01'), dateCol('Bezahlt am', '2023-01-01', '2023-02-01')])

  it('needs the type and the name where the kind says so', () => {
    expect(findColumn(table, 'quantity')?.name).toBe('Liefermenge')
    expect(findColumn(table, 'dueDate')?.name).toBe('Fälligkeit')
    expect(findColumn(table, 'paidDate')?.name).toBe('Bezahlt am')
    expect(findColumn(table, 'item')).toBeNull()
  })

  it('takes no key or id column as a measure', () => {
    const sensor = tbl('s', 10, [col('SensorNr', 'integer'), col('id', 'integer'), col('Temperatur', 'decimal')], {primaryKey: ['id']})
    expect(findColumn(sensor, 'measure')?.name).toBe('Temperatur')
    expect(findColumn(tbl('s', 10, [col('id', 'integer')], {primaryKey: ['id']}), 'measure')).toBeNull()
  })

  it('counts months from database history, else from min and max without gaps', () => {
    const db = tbl('a', 10, [dateCol('Datum', '2021-01-01', '2023-12-01')], {history: [history('Datum', 36, 2)]})
    expect(monthsCovered(db, 'Datum')).toEqual({column: 'Datum', months: 36, gapMonths: 2})
    expect(monthsCovered(tbl('b', 10, [dateCol('Datum', '2022-11-30', '2023-02-01')]), 'Datum')).toEqual({column: 'Datum', months: 4, gapMonths: null})
    expect(monthsCovered(tbl('c', 10, [col('Datum', 'date')]), 'Datum')).toBeNull()
  })

  it('recognises free text by length, by a notes name, or by the free-text evidence of the personal-data scan', () => {
    expect(isFreeText(col('Langtext', 'text', {maxLength: 200}), 80)).toBe(true)
    expect(isFreeText(col('Bemerkung', 'text', {maxLength: 40}), 80)).toBe(true)
    expect(isFreeText(col('Ort', 'text', {maxLength: 40}), 80)).toBe(false)
    expect(isFreeText(col('X', 'text', {maxLength: 30, pii: [{category: 'email', confidence: 0.9, matchShare: 0.2, evidence: ['free-text']}]}), 80)).toBe(true)
  })
})
