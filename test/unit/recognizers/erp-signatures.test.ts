import {describe, expect, it} from 'vitest'
import {recognizeErp} from '../../../src/recognizers/erp-recognizer.js'
import {CORE_ENTITIES, ERP_SIGNATURES, NAV_COMPANY_TABLE, type TablePattern} from '../../../src/recognizers/erp-signatures.js'

/** names any shop or home-grown schema may use: never enough to name a system */
const GENERIC_NAMES = [
  'customer', 'customers', 'product', 'products', 'order', 'orders', 'invoice', 'invoices', 'item', 'items',
  'document', 'address', 'kunde', 'kunden', 'artikel', 'auftrag', 'rechnung', 'bestellung', 'lieferant', 'projekt',
  'category', 'payment', 'employees', 'suppliers',
]

/** a concrete table name a pattern matches (for prefixes: the prefix plus a word) */
function exampleName(pattern: TablePattern): string | null {
  if ('name' in pattern) return pattern.name
  if ('prefix' in pattern) return `${pattern.prefix}shops`
  return null
}

describe('ERP_SIGNATURES', () => {
  it('has unique ids and every system named once', () => {
    const ids = ERP_SIGNATURES.map((signature) => signature.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([
      'sap-business-one', 'dynamics-nav', 'jtl-wawi', 'sage-100', 'odoo', 'erpnext', 'xentral', 'shopware-5',
      'shopware-6', 'northwind', 'sakila',
    ])
  })

  it.each(ERP_SIGNATURES.map((signature) => [signature.id, signature] as const))(
    '%s: minCore is reachable and at least 3, and no generic name is a core table (NAV: behind its company prefix)',
    (_id, signature) => {
      const core = signature.tables.filter((entry) => entry.core)
      expect(signature.minCore).toBeGreaterThanOrEqual(3)
      expect(core.length).toBeGreaterThanOrEqual(signature.minCore)
      for (const entry of core) {
        const name = exampleName(entry.pattern)
        if (name !== null && !signature.companyPrefixed) expect(GENERIC_NAMES).not.toContain(name.toLowerCase())
      }
      const labels = signature.tables.map((entry) => entry.label.toLowerCase())
      expect(new Set(labels).size).toBe(labels.length)
    },
  )

  it.each(ERP_SIGNATURES.map((signature) => [signature.id, signature] as const))(
    '%s: its own signature tables are recognised as that system, with its entities mapped',
    (_id, signature) => {
      const tables = signature.tables.flatMap((entry) => {
        const name = exampleName(entry.pattern)
        if (name === null) return []
        const full = signature.companyPrefixed ? `Demo GmbH$${name}` : name
        return [{schema: entry.pattern.schema ?? 'dbo', name: full}]
      })
      // regex-only entries (Northwind spellings) get their canonical spelling
      for (const entry of signature.tables) {
        if ('regex' in entry.pattern) tables.push({schema: 'dbo', name: entry.label})
      }
      const result = recognizeErp(tables)
      expect(result?.id).toBe(signature.id)
      expect(result?.confidence).toBe(1)
      for (const entity of CORE_ENTITIES) {
        if (signature.entities[entity]) expect(result?.entities[entity]?.length).toBeGreaterThan(0)
      }
    },
  )

  it('marks only Northwind and Sakila as samples', () => {
    expect(ERP_SIGNATURES.filter((signature) => signature.sample).map((signature) => signature.id)).toEqual(['northwind', 'sakila'])
  })

  it('splits NAV company table names, with and without an app GUID, and rejects plain names', () => {
    expect(NAV_COMPANY_TABLE.exec('CRONUS International Ltd_$Sales Header')?.groups).toMatchObject({
      company: 'CRONUS International Ltd_',
      table: 'Sales Header',
    })
    const withApp = NAV_COMPANY_TABLE.exec('CRONUS AG$Customer$437dbf0e-84ff-417a-965d-ed2bb9650972')?.groups
    expect(withApp).toMatchObject({company: 'CRONUS AG', table: 'Customer', app: '437dbf0e-84ff-417a-965d-ed2bb9650972'})
    expect(NAV_COMPANY_TABLE.exec('Customer')).toBeNull()
    expect(NAV_COMPANY_TABLE.exec('$Customer')).toBeNull()
  })
})
