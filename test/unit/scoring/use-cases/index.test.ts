import {describe, expect, it} from 'vitest'
import {evaluateUseCases, USE_CASES} from '../../../../src/scoring/use-cases/index.js'
import type {UseCaseResult} from '../../../../src/scoring/use-cases/use-case-model.js'
import {col, dateCol, history, src, tbl, usecaseReport} from '../../../helpers/scoring-usecase-report.js'
import type {PiiFinding, SourceReport} from '../../../../src/report/scan-report.js'

const byId = (results: UseCaseResult[], id: string): UseCaseResult => results.find((r) => r.id === id)!

function erp(months: number, gaps: number): SourceReport {
  const lines = tbl('auftrag_position', 48_000, [col('Auftrag', 'integer'), col('Artikelnummer', 'text'), col('Menge', 'decimal')], {role: 'orderLines'})
  const orders = tbl('auftrag', 9_000, [col('Auftragsnr', 'integer'), col('Kundennummer', 'integer'), col('Belegdatum', 'date', {min: '2021-01-04', max: '2023-12-28'})], {
    role: 'orders',
    history: [history('Belegdatum', months, gaps)],
    foreignKeys: [{columns: ['Kundennummer'], references: {schema: null, table: 'kunde', columns: ['Kundennummer']}, declared: true, orphanRows: 0}],
  })
  const customers = tbl('kunde', 1_240, [col('Kundennummer', 'integer'), col('Name', 'text')], {role: 'customers', primaryKey: ['Kundennummer']})
  return src('erp', 'postgres', [lines, orders, customers])
}

describe('the catalog', () => {
  it('lists the five use cases with unique ids and both languages', () => {
    expect(USE_CASES.map((u) => u.id)).toEqual(['forecasting', 'segmentation', 'dunning', 'monitoring', 'text-classification'])
    for (const u of USE_CASES) {
      expect(u.title.de && u.title.en).toBeTruthy()
      expect(new Set(u.prerequisites.map((p) => p.id)).size).toBe(u.prerequisites.length)
      expect(u.prerequisites.some((p) => p.core)).toBe(true)
    }
  })
})

describe('forecasting', () => {
  it('is bereit with 36 months of order lines, the date taken from the order header', () => {
    const result = byId(evaluateUseCases(usecaseReport([erp(36, 1)])), 'forecasting')
    expect(result.status).toBe('bereit')
    expect(result.missing).toEqual([])
    const lines = result.met.find((m) => m.prerequisite === 'order-lines')!
    expect(lines.evidence.map((e) => `${e.table}.${e.column}`)).toEqual(['auftrag.Belegdatum', 'auftrag_position.Artikelnummer', 'auftrag_position.Menge'])
    expect(result.met.find((m) => m.prerequisite === 'continuity')!.evidence[0].detail).toBe('1 von 36 Monaten ohne Daten (2,8 %)')
  })

  it('is teilweise with too short a history and too many gaps, and says so in German numbers', () => {
    const result = byId(evaluateUseCases(usecaseReport([erp(14, 3)])), 'forecasting')
    expect(result.status).toBe('teilweise')
    expect(result.missing.map((m) => m.prerequisite)).toEqual(['history', 'continuity'])
    expect(result.missing[0].text).toBe('Historie von mindestens 24 Monaten: nur 14 Monate in „auftrag.Belegdatum“')
    expect(result.missing[1].text).toBe('Monate ohne Daten unter 10 %: zu viele Lücken: 3 von 14 Monaten ohne Daten')
  })

  it('marks gap months of a CSV as unknown, not as met', () => {
    const csv = src('umsatz.csv', 'csv', [tbl('verkauf_positionen.csv', 5_000, [dateCol('Datum', '2020-01-02', '2023-12-30'), col('ArtNr', 'text'), col('Stück', 'integer')])])
    const result = byId(evaluateUseCases(usecaseReport([csv])), 'forecasting')
    expect(result.status).toBe('teilweise')
    expect(result.met.find((m) => m.prerequisite === 'history')!.evidence[0].detail).toBe('48 Monate')
    expect(result.missing).toEqual([expect.objectContaining({prerequisite: 'continuity', unknown: true})])
  })

  it('is noch nicht when lines lack a quantity, naming the table and the column', () => {
    const csv = src('a.csv', 'csv', [tbl('Bestellpositionen.csv', 500, [dateCol('Datum', '2023-01-01', '2023-06-01'), col('Artikel', 'text')])])
    const result = byId(evaluateUseCases(usecaseReport([csv], 'en')), 'forecasting')
    expect(result.status).toBe('noch nicht')
    expect(result.missing[0].text).toBe('Order or invoice lines with date, item and quantity: “Bestellpositionen.csv” found, but without a column for quantity')
    expect(result.missing[1].text).toContain('cannot be checked while')
  })
})

describe('segmentation', () => {
  it('is bereit with customers, linked orders and three years', () => {
    const result = byId(evaluateUseCases(usecaseReport([erp(36, 0)])), 'segmentation')
    expect(result.status).toBe('bereit')
    expect(result.met.find((m) => m.prerequisite === 'linked')!.evidence[0].detail).toBe('Kundennummer → kunde: Fremdschlüssel, 0 verwaiste Zeilen')
  })

  it('links a customer file and an order file by a shared column name, and wants more customers', () => {
    const kunden = tbl('Kunden.xlsx', 80, [col('KdNr', 'integer'), col('Firma', 'text')])
    const auftraege = tbl('Aufträge.xlsx', 900, [col('KdNr', 'integer'), dateCol('Datum', '2022-01-01', '2023-12-31')])
    const result = byId(evaluateUseCases(usecaseReport([src('k', 'xlsx', [kunden]), src('a', 'xlsx', [auftraege])])), 'segmentation')
    expect(result.status).toBe('teilweise')
    expect(result.missing.map((m) => m.text)).toEqual(['mindestens 200 Kunden: nur 80 Zeilen in „Kunden.xlsx“'])
  })

  it('does not link purchases to a customer list without any customer-number column', () => {
    const kunden = tbl('Kundenliste.csv', 500, [col('Firma', 'text'), col('Ort', 'text')])
    const auftraege = tbl('Aufträge.csv', 900, [col('Kunde', 'text'), dateCol('Datum', '2022-01-01', '2023-12-31')])
    const result = byId(evaluateUseCases(usecaseReport([src('k', 'csv', [kunden]), src('a', 'csv', [auftraege])])), 'segmentation')
    expect(result.status).toBe('teilweise')
    expect(result.missing.map((m) => m.text)).toEqual([
      'Käufe über die Kundennummer dem Kundenstamm zuordenbar: keine gemeinsame Kundennummer zwischen „Aufträge.csv“ und „Kundenliste.csv“',
    ])
  })

  it('is noch nicht without a customer table', () => {
    expect(byId(evaluateUseCases(usecaseReport([src('x', 'csv', [tbl('artikel.csv', 10, [col('Artikel', 'text')])])])), 'segmentation').status).toBe('noch nicht')
  })
})

describe('dunning', () => {
  const invoices = (columns: ReturnType<typeof col>[]) => usecaseReport([src('r', 'csv', [tbl('Rechnungen.csv', 2_400, columns)])])
  const full = [col('Rechnungsbetrag', 'decimal'), dateCol('Fällig am', '2022-01-15', '2023-12-15'), dateCol('Bezahlt am', '2022-01-20', '2023-12-20')]

  it('is bereit with amount, due and paid dates over two years', () => {
    expect(byId(evaluateUseCases(invoices(full)), 'dunning').status).toBe('bereit')
  })

  it('is teilweise without payment dates, and noch nicht without invoices', () => {
    const partial = byId(evaluateUseCases(invoices(full.slice(0, 2))), 'dunning')
    expect(partial.status).toBe('teilweise')
    expect(partial.missing.map((m) => m.prerequisite)).toEqual(['paid-dates'])
    expect(byId(evaluateUseCases(usecaseReport([])), 'dunning').status).toBe('noch nicht')
  })
})

describe('monitoring', () => {
  const sensor = (gaps: number) =>
    usecaseReport([src('mes', 'postgres', [tbl('maschine_messwerte', 250_000, [col('id', 'integer'), col('Zeitstempel', 'datetime'), col('Temperatur', 'decimal')], {primaryKey: ['id'], history: [history('Zeitstempel', 12, gaps)]})])])

  it('is bereit with a regular time series and teilweise with a gap month', () => {
    const ready = byId(evaluateUseCases(sensor(0)), 'monitoring')
    expect(ready.status).toBe('bereit')
    expect(ready.met[0].evidence.map((e) => e.column)).toEqual(['Zeitstempel', 'Temperatur'])
    expect(byId(evaluateUseCases(sensor(1)), 'monitoring').status).toBe('teilweise')
  })

  it('accepts a neutrally named file whose columns are named as measurements, not a customer table with a date', () => {
    const production = tbl('Produktion_2023.csv', 20_000, [dateCol('Zeitstempel', '2023-01-01', '2023-12-31'), col('Druck', 'decimal')])
    expect(byId(evaluateUseCases(usecaseReport([src('p', 'csv', [production])])), 'monitoring').met[0].evidence[0].table).toBe('Produktion_2023.csv')
    const customers = tbl('kunden.csv', 20_000, [dateCol('Datum', '2023-01-01', '2023-12-31'), col('Wert', 'decimal')])
    expect(byId(evaluateUseCases(usecaseReport([src('k', 'csv', [customers])])), 'monitoring').status).toBe('noch nicht')
  })
})

describe('text classification', () => {
  const pii: PiiFinding = {category: 'phone', confidence: 0.8, matchShare: 0.1, evidence: ['free-text', 'pattern']}
  const tickets = (over: {piiOnText?: boolean; rows?: number; label?: boolean} = {}) =>
    usecaseReport([
      src('t', 'csv', [
        tbl('Reklamationen.csv', over.rows ?? 3_000, [
          col('Beschreibung', 'text', {maxLength: 400, completeness: 0.9, pii: over.piiOnText ? [pii] : []}),
          ...(over.label === false ? [] : [col('Kategorie', 'text', {distinctCount: 6})]),
        ]),
      ]),
    ])

  it('is bereit with labelled texts free of personal data', () => {
    const result = byId(evaluateUseCases(tickets()), 'text-classification')
    expect(result.status).toBe('bereit')
    expect(result.met[0].evidence[0].detail).toBe('2.700 gefüllte Texte')
  })

  it('is teilweise when the texts hold phone numbers and no label column exists', () => {
    const result = byId(evaluateUseCases(tickets({piiOnText: true, label: false})), 'text-classification')
    expect(result.status).toBe('teilweise')
    expect(result.missing.map((m) => m.prerequisite)).toEqual(['labels', 'no-personal-data'])
    expect(result.missing[1].text).toContain('„Beschreibung“ enthält personenbezogene Daten (phone)')
  })

  it('is noch nicht with too few texts', () => {
    const result = byId(evaluateUseCases(tickets({rows: 100})), 'text-classification')
    expect(result.status).toBe('noch nicht')
    expect(result.missing[0].text).toContain('nur 90 gefüllte Texte')
  })
})
