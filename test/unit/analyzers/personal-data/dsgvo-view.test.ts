import {describe, expect, it} from 'vitest'
import {HANDLING, VIEW_MIN_CONFIDENCE, buildPersonalDataView, sourcePersonalData} from '../../../../src/analyzers/personal-data/dsgvo-view.js'
import {PII_CATEGORIES, isSpecialCategory} from '../../../../src/analyzers/personal-data/categories.js'
import {column, samplePiiSources, source, table, verdict} from '../../../helpers/pii-report.js'

describe('buildPersonalDataView', () => {
  it('lists the tables with personal data, their categories, special categories and row counts', () => {
    const sources = samplePiiSources()
    const view = buildPersonalDataView(sources)
    expect(view.minConfidence).toBe(VIEW_MIN_CONFIDENCE)
    expect(view.tablesScanned).toBe(3)
    expect(view.tablesWithPersonalData).toBe(2)
    expect(view.tablesWithSpecialCategories).toBe(1)
    expect(view.columnsWithPersonalData).toBe(7)
    expect(view.rowsWithPersonalData).toBe(920)
    expect(view.specialCategories).toEqual(['art9_health', 'art9_religion'])
    const payroll = view.tables.find((t) => t.table === 'mitarbeiter')
    expect(payroll).toMatchObject({
      schema: 'public',
      system: 'PostgreSQL 15.4',
      location: 'postgres://reader@erp-host/lohn',
      rowCount: 120,
      specialCategories: ['art9_health', 'art9_religion'],
      usableColumns: ['PERSNR', 'Gehalt'],
    })
    expect(payroll?.columns.find((c) => c.name === 'KONF')?.handling).toBe('remove')
    expect(payroll?.columns.find((c) => c.name === 'GEBDAT')?.handling).toBe('generalise')
    expect(payroll?.columns.find((c) => c.name === 'STID')?.handling).toBe('pseudonymise')
  })

  it('leaves out weak hints (a column name alone below the view threshold)', () => {
    const view = buildPersonalDataView(samplePiiSources())
    expect(view.tables.map((t) => t.table)).not.toContain('artikel')
  })

  it('counts each category over tables, columns and rows', () => {
    const view = buildPersonalDataView(samplePiiSources())
    expect(view.byCategory.find((c) => c.category === 'art9_religion')).toEqual({category: 'art9_religion', special: true, tables: 1, columns: 1, rows: 120})
    expect(view.byCategory.find((c) => c.category === 'email')).toEqual({category: 'email', special: false, tables: 1, columns: 1, rows: 800})
    // in the contract's order
    const order = view.byCategory.map((c) => PII_CATEGORIES.indexOf(c.category as never))
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('says what follows: DPO for special categories, pseudonymise, coarsen, check VAT IDs, usable columns', () => {
    const view = buildPersonalDataView(samplePiiSources())
    expect(view.actions.map((a) => a.code)).toEqual(['INVOLVE_DPO', 'PSEUDONYMISE', 'GENERALISE', 'REVIEW_BUSINESS_IDS', 'USABLE_COLUMNS'])
    expect(view.actions[0]).toEqual({code: 'INVOLVE_DPO', tables: ['lohn › public.mitarbeiter'], columns: 2})
    expect(view.actions[1]).toEqual({code: 'PSEUDONYMISE', tables: ['lohn › public.mitarbeiter', 'kunden.csv'], columns: 3})
    expect(view.actions.at(-1)).toEqual({code: 'USABLE_COLUMNS', tables: ['lohn › public.mitarbeiter', 'kunden.csv'], columns: 4})
  })

  it('sets each source’s own summary', () => {
    const sources = samplePiiSources()
    buildPersonalDataView(sources)
    expect(sources[0].personalData).toEqual(sourcePersonalData(sources[0]))
    expect(sources[1].personalData).toMatchObject({tablesScanned: 1, tablesWithPersonalData: 1, tablesWithSpecialCategories: 0, categories: ['email', 'postal_code', 'vat_id']})
  })

  it('says NONE_FOUND when nothing personal was found, and skips failed sources and tables', () => {
    const failed = {...source('src-x', 'csv', '/x.csv', []), status: 'failed' as const}
    const broken = table('kaputt', 0, [column('E-Mail', [verdict('email')])])
    broken.error = {code: 'TABLE_FAILED', message: 'no access'}
    const view = buildPersonalDataView([failed, source('src-y', 'sqlite', 'sqlite:/x.db', [broken, table('t', 3, [column('a')])])])
    expect(view.tablesScanned).toBe(1)
    expect(view.tables).toEqual([])
    expect(view.actions).toEqual([{code: 'NONE_FOUND', tables: [], columns: 0}])
  })

  it('has a handling for every category: special categories are removed, nothing else is', () => {
    for (const category of PII_CATEGORIES) expect(HANDLING[category] === 'remove').toBe(isSpecialCategory(category))
  })

  it('lists a table with only a USt-IdNr for review but does not count it as personal', () => {
    const suppliers = source('src-l', 'csv', '/daten/lieferanten.csv', [table('lieferanten.csv', 40, [column('USt-IdNr', [verdict('vat_id', 0.95)]), column('Firma')])])
    const view = buildPersonalDataView([suppliers])
    expect(view.tablesWithPersonalData).toBe(0)
    expect(view.columnsWithPersonalData).toBe(0)
    expect(view.tables.map((t) => t.table)).toEqual(['lieferanten.csv'])
    expect(view.actions.map((a) => a.code)).toEqual(['REVIEW_BUSINESS_IDS', 'USABLE_COLUMNS'])
  })

  it('counts the tables a failed source scanned before its error', () => {
    const broken = {...source('src-w', 'xlsx', '/daten/personal.xlsx', [table('Blatt1', 5, [column('E-Mail', [verdict('email')])])]), status: 'failed' as const}
    expect(buildPersonalDataView([broken]).tablesWithPersonalData).toBe(1)
  })

  it('does not call a notes column usable: it may name people without a pattern to find', () => {
    const notes = source('src-n', 'csv', '/daten/kunden.csv', [table('kunden.csv', 5, [column('E-Mail', [verdict('email')]), column('Bemerkung'), column('Umsatz')])])
    expect(buildPersonalDataView([notes]).tables[0].usableColumns).toEqual(['Umsatz'])
  })
})
