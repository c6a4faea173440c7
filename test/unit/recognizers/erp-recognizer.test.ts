import {describe, expect, it} from 'vitest'
import type {CatalogColumn, CatalogTable, TypeClass} from '../../../src/connectors/sql/catalog.js'
import {classifyTableName, inferTableRoles, recognizeErp, type TableName} from '../../../src/recognizers/erp-recognizer.js'
import {historyDateColumns, isTransactionLike} from '../../../src/recognizers/transaction-tables.js'

const inSchema = (schema: string | null, names: string[]): TableName[] => names.map((name) => ({schema, name}))

// ---- realistic table lists (names as the systems and the shared datasets spell them) ----

const SAP_B1 = inSchema('dbo', [
  'OCRD', 'OITM', 'ORDR', 'RDR1', 'OINV', 'INV1', 'ORIN', 'OPCH', 'OPOR', 'ODLN', 'OJDT', 'JDT1', 'OACT', 'OADM',
  'OCPR', 'CRD1', 'CUFD', 'UFD1', '@MY_UDT', 'OUSR',
])

const CRONUS = 'CRONUS International Ltd_'
const NAV = inSchema('dbo', [
  'Company', 'User', 'Access Control',
  ...['Customer', 'Vendor', 'Item', 'Sales Header', 'Sales Line', 'Sales Invoice Header', 'Sales Invoice Line',
    'G_L Entry', 'Cust_ Ledger Entry', 'G_L Account', 'Item Ledger Entry'].map((table) => `${CRONUS}$${table}`),
  ...['Customer', 'Item', 'Sales Header', 'Vendor'].map((table) => `Meine Firma GmbH$${table}`),
])

const JTL = [
  ...inSchema('dbo', ['tKunde', 'tArtikel', 'tBestellung', 'tbestellpos', 'tRechnung', 'tEingangsrechnung',
    'tLieferant', 'tWarenLager', 'tArtikelBeschreibung', 'tAdresse', 'tFirma']),
  ...inSchema('Verkauf', ['tAuftrag', 'tAuftragPosition', 'lvRechnungsverwaltung']),
]

const SAGE_100 = inSchema('dbo', [
  'KHKAdressen', 'KHKKontokorrent', 'KHKArtikel', 'KHKArtikelgruppen', 'KHKVKBelege', 'KHKVKBelegePositionen',
  'KHKArchivVKBelege', 'KHKMandanten',
])

const ODOO = inSchema('public', [
  'res_partner', 'res_company', 'res_users', 'product_template', 'product_product', 'sale_order', 'sale_order_line',
  'account_move', 'account_move_line', 'stock_picking', 'ir_module_module', 'ir_model', 'ir_model_fields',
])

const ERPNEXT = inSchema(null, [
  'tabCustomer', 'tabItem', 'tabSales Order', 'tabSales Order Item', 'tabSales Invoice', 'tabSales Invoice Item',
  'tabSupplier', 'tabAddress', 'tabContact', 'tabDocType', 'tabSingles', 'tabDocField',
])

const XENTRAL = inSchema(null, [
  'adresse', 'artikel', 'auftrag', 'auftrag_position', 'angebot', 'angebot_position', 'lieferschein',
  'lieferschein_position', 'rechnung', 'rechnung_position', 'gutschrift', 'bestellung', 'projekt', 'firmendaten',
])

const SHOPWARE_5 = inSchema(null, [
  's_user', 's_user_addresses', 's_order', 's_order_details', 's_order_billingaddress', 's_articles',
  's_articles_details', 's_core_shops', 's_core_config_elements', 's_order_documents',
])

const SHOPWARE_6 = inSchema(null, [
  'customer', 'customer_address', 'order', 'order_line_item', 'order_customer', 'order_delivery', 'product',
  'product_translation', 'product_visibility', 'document', 'document_type', 'sales_channel', 'sales_channel_domain',
  'state_machine_state',
])

// shared datasets: sakila-postgres-jooq, northwind-postgres-pthom, northwind-mysql-mywind, instnwnd.sql
const SAKILA = inSchema('public', [
  'actor', 'category', 'film', 'film_actor', 'film_category', 'address', 'city', 'country', 'customer', 'inventory',
  'language', 'payment', 'payment_p2007_01', 'payment_p2007_02', 'rental', 'staff', 'store',
])
const NORTHWIND_PG = inSchema('public', [
  'categories', 'customer_customer_demo', 'customer_demographics', 'customers', 'employees', 'employee_territories',
  'order_details', 'orders', 'products', 'region', 'shippers', 'suppliers', 'territories', 'us_states',
])
const NORTHWIND_MYWIND = inSchema('northwind', [
  'customers', 'employees', 'privileges', 'employee_privileges', 'inventory_transaction_types', 'shippers',
  'orders_tax_status', 'orders_status', 'orders', 'products', 'purchase_order_status', 'suppliers',
  'purchase_orders', 'inventory_transactions', 'invoices', 'order_details_status', 'order_details',
  'purchase_order_details', 'sales_reports', 'strings',
])
const NORTHWIND_MSSQL = inSchema('dbo', [
  'Employees', 'Categories', 'Customers', 'Shippers', 'Suppliers', 'Orders', 'Products', 'Order Details',
  'CustomerCustomerDemo', 'CustomerDemographics', 'Region', 'Territories', 'EmployeeTerritories',
])
const FUTON = inSchema('dbo', [
  'UnitOfMeasure', 'ItemType', 'Items', 'BillOfMaterials', 'Warehouse', 'Inventory', 'TransactionType',
  'InventoryTransaction', 'Supplier', 'SupplierItem', 'PurchaseOrder', 'PurchaseOrderDetail', 'WorkCenter',
  'ProductionOrder', 'ProductionOrderMaterial', 'Customer', 'SalesOrder', 'SalesOrderDetail', 'SalesQuote',
])

// near misses
const SMALL_SHOP = inSchema('shop', ['customer', 'product', 'order', 'customer_address', 'document', 'category'])
const KMU = inSchema(null, ['kunde', 'artikel', 'auftrag', 'auftrag_position', 'rechnung', 'rechnung_position', 'lieferant'])

describe('recognizeErp', () => {
  it('recognises SAP Business One from its O-tables and maps OCRD, OITM, ORDR, OINV', () => {
    const result = recognizeErp(SAP_B1)
    expect(result?.name).toBe('SAP Business One')
    expect(result?.confidence).toBe(1)
    expect(result?.evidence).toEqual([
      'OCRD, OITM, ORDR, OINV, OJDT, OADM, RDR1, INV1, ORIN, OPCH, OPOR, ODLN, JDT1, OACT, OCPR, CRD1, CUFD, UFD1 (18 of 18 signature tables)',
    ])
    expect(result?.entities).toEqual({
      customers: ['dbo.OCRD'], items: ['dbo.OITM'], orders: ['dbo.ORDR'], orderLines: ['dbo.RDR1'],
      invoices: ['dbo.OINV'], suppliers: ['dbo.OCRD'],
    })
    expect(result?.sample).toBeUndefined()
  })

  it('needs three core O-tables for SAP Business One, and reports fewer tables with lower confidence', () => {
    expect(recognizeErp(inSchema('dbo', ['OCRD', 'OITM', 'RDR1', 'INV1', 'CRD1']))).toBeNull()
    const minimal = recognizeErp(inSchema('dbo', ['OCRD', 'OITM', 'ORDR', 'OINV']))
    expect(minimal?.name).toBe('SAP Business One')
    expect(minimal?.evidence).toEqual(['OCRD, OITM, ORDR, OINV (4 of 18 signature tables)'])
    expect(minimal!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(minimal!.confidence).toBeLessThan(0.8)
  })

  it('recognises Dynamics NAV per company and maps the entities of every company', () => {
    const result = recognizeErp(NAV)
    expect(result?.id).toBe('dynamics-nav')
    expect(result?.companies).toEqual([CRONUS, 'Meine Firma GmbH'])
    expect(result?.evidence[0]).toBe(
      `${CRONUS}: Customer, Vendor, Item, Sales Header, Sales Invoice Header, G_L Entry, Cust_ Ledger Entry, ` +
        'Sales Line, Sales Invoice Line, Item Ledger Entry, G_L Account (11 of 15 signature tables)',
    )
    expect(result?.evidence).toContain(`2 companies: ${CRONUS}, Meine Firma GmbH`)
    expect(result?.entities.customers).toEqual([`dbo.${CRONUS}$Customer`, 'dbo.Meine Firma GmbH$Customer'])
    expect(result?.entities.orders).toEqual([`dbo.${CRONUS}$Sales Header`, 'dbo.Meine Firma GmbH$Sales Header'])
    expect(result?.entities.invoices).toEqual([`dbo.${CRONUS}$Sales Invoice Header`])
  })

  it('does not add up NAV-style tables of different companies', () => {
    const scattered = inSchema('dbo', ['A$Customer', 'A$Item', 'B$Sales Header', 'B$Vendor', 'C$G_L Entry'])
    expect(recognizeErp(scattered)).toBeNull()
    expect(recognizeErp(inSchema('dbo', ['CRONUS$Customer', 'CRONUS$Item']))).toBeNull()
  })

  it('reads Business Central table names with an app GUID and maps the base table, not its extensions', () => {
    const base = '437dbf0e-84ff-417a-965d-ed2bb9650972'
    const extension = '63ca2fa4-4f03-4f2b-a480-172fef340d3f'
    const tables = inSchema('dbo', [
      `CRONUS AG$Customer$${base}`, `CRONUS AG$Customer$${extension}`, `CRONUS AG$Item$${base}`,
      `CRONUS AG$Sales Header$${base}`, `CRONUS AG$Vendor$${base}`,
    ])
    const result = recognizeErp(tables)
    expect(result?.companies).toEqual(['CRONUS AG'])
    expect(result?.entities.customers).toEqual([`dbo.CRONUS AG$Customer$${base}`])
    expect(result?.evidence.some((line) => line.includes('app GUID'))).toBe(true)
  })

  it('recognises JTL-Wawi with its Verkauf schema and maps old and new order tables', () => {
    const result = recognizeErp(JTL)
    expect(result?.name).toBe('JTL-Wawi')
    expect(result?.evidence[0]).toContain('Verkauf.tAuftrag')
    expect(result?.entities.orders).toEqual(['Verkauf.tAuftrag', 'dbo.tBestellung'])
    expect(result?.entities.orderLines).toEqual(['Verkauf.tAuftragPosition', 'dbo.tbestellpos'])
    expect(result?.entities.customers).toEqual(['dbo.tKunde'])
  })

  it('does not take a home-grown schema in Hungarian notation for JTL-Wawi', () => {
    // tAuftrag outside the Verkauf schema is not the JTL table
    const homeGrown = inSchema('dbo', ['tKunde', 'tArtikel', 'tAuftrag', 'tRechnung', 'tLieferant'])
    expect(recognizeErp(homeGrown)).toBeNull()
  })

  it.each([
    ['Sage 100', SAGE_100, 'customers', ['dbo.KHKKontokorrent', 'dbo.KHKAdressen']],
    ['Odoo', ODOO, 'invoices', ['public.account_move']],
    ['ERPNext', ERPNEXT, 'orderLines', ['tabSales Order Item']],
    ['xentral (on-premises) / OpenXE', XENTRAL, 'orders', ['auftrag']],
    ['Shopware 5', SHOPWARE_5, 'orderLines', ['s_order_details']],
    ['Shopware 6', SHOPWARE_6, 'orders', ['order']],
  ] as const)('recognises %s and maps its entities', (name, tables, entity, expected) => {
    const result = recognizeErp(tables)
    expect(result?.name).toBe(name)
    expect(result?.entities[entity]).toEqual(expected)
  })

  it('does not call a shop with customer, product and order tables Shopware 6', () => {
    expect(recognizeErp(SMALL_SHOP)).toBeNull()
    // one distinctive table is not enough either
    expect(recognizeErp([...SMALL_SHOP, {schema: 'shop', name: 'order_line_item'}])).toBeNull()
  })

  it('does not call a German KMU schema xentral without xentral’s distinctive tables', () => {
    expect(recognizeErp(KMU)).toBeNull()
    const withXentral = [...KMU, ...inSchema(null, ['firmendaten', 'adresse', 'lieferschein_position'])]
    expect(recognizeErp(withXentral)?.id).toBe('xentral')
  })

  it('needs ERPNext business tables, not only the Frappe framework', () => {
    expect(recognizeErp(inSchema(null, ['tabDocType', 'tabSingles', 'tabDocField', 'tabUser', 'tabCustomer']))).toBeNull()
  })

  it('names the sample databases as samples', () => {
    const sakila = recognizeErp(SAKILA)
    expect(sakila).toMatchObject({id: 'sakila', sample: true})
    expect(sakila?.entities).toEqual({customers: ['public.customer'], items: ['public.film'], orders: ['public.rental']})
    for (const northwind of [NORTHWIND_PG, NORTHWIND_MYWIND, NORTHWIND_MSSQL]) {
      expect(recognizeErp(northwind)).toMatchObject({id: 'northwind', sample: true})
    }
    expect(recognizeErp(NORTHWIND_MSSQL)?.entities.orderLines).toEqual(['dbo.Order Details'])
    expect(recognizeErp(NORTHWIND_MYWIND)?.entities.invoices).toEqual(['northwind.invoices'])
  })

  it('recognises nothing in an unrelated manufacturing schema or an empty database', () => {
    expect(recognizeErp(FUTON)).toBeNull()
    expect(recognizeErp([])).toBeNull()
  })

  it('matches table names case-insensitively', () => {
    expect(recognizeErp(inSchema('dbo', ['ocrd', 'oitm', 'ordr']))?.id).toBe('sap-business-one')
    expect(recognizeErp([...inSchema('dbo', ['TKUNDE', 'TARTIKEL', 'TBESTELLUNG']), {schema: 'VERKAUF', name: 'TAUFTRAG'}])?.id)
      .toBe('jtl-wawi')
  })
})

describe('classifyTableName / inferTableRoles', () => {
  it.each([
    // German, with prefixes, plurals and compounds
    ['kunde', 'customers'], ['kunden', 'customers'], ['tKunde', 'customers'], ['tbl_kunden', 'customers'],
    ['tblKunden', 'customers'], ['Kundenstamm', 'customers'], ['debitoren', 'customers'], ['Stammkunden', 'customers'],
    ['artikel', 'items'], ['tArtikel', 'items'], ['artikelstamm', 'items'], ['produkte', 'items'],
    ['auftrag', 'orders'], ['Aufträge', 'orders'], ['bestellungen', 'orders'], ['Kundenauftrag', 'orders'],
    ['auftrag_position', 'orderLines'], ['auftragspositionen', 'orderLines'], ['tbestellpos', 'orderLines'],
    ['rechnung_pos', 'orderLines'], ['Auftragskopf', 'orders'],
    ['rechnung', 'invoices'], ['Rechnungen', 'invoices'], ['tEingangsrechnung', 'invoices'], ['gutschrift', 'invoices'],
    ['lieferant', 'suppliers'], ['kreditoren', 'suppliers'],
    ['zahlung', 'payments'], ['zahlungseingaenge', 'payments'], ['Anzahlungen', 'payments'],
    ['mitarbeiter', 'employees'], ['personal', 'employees'], ['personaldaten', 'employees'],
    ['buchung', 'transactions'], ['buchungsjournal', 'transactions'], ['lieferschein', 'transactions'],
    ['lagerbewegungen', 'transactions'], ['Fertigungsauftrag', 'transactions'], ['kunden2019', 'customers'],
    // English
    ['customers', 'customers'], ['Customer', 'customers'], ['tabCustomer', 'customers'], ['clients', 'customers'],
    ['products', 'items'], ['Items', 'items'], ['tabItem', 'items'],
    ['orders', 'orders'], ['SalesOrder', 'orders'], ['purchase_orders', 'orders'], ['s_order', 'orders'],
    ['order_details', 'orderLines'], ['Order Details', 'orderLines'], ['SalesOrderDetail', 'orderLines'],
    ['orderdetails', 'orderLines'], ['order_line_item', 'orderLines'], ['tabSales Order Item', 'orderLines'],
    ['invoices', 'invoices'], ['sales_invoice', 'invoices'],
    ['suppliers', 'suppliers'], ['vendor', 'suppliers'],
    ['payment', 'payments'], ['payment_p2007_01', 'payments'],
    ['employees', 'employees'], ['staff', 'employees'],
    ['rental', 'transactions'], ['inventory_transactions', 'transactions'], ['journal', 'transactions'],
    ['ProductionOrder', 'transactions'],
    // NAV company tables
    ['CRONUS$Customer', 'customers'], ['CRONUS$Sales Header', 'orders'], ['CRONUS$Sales Line', 'orderLines'],
    ['CRONUS$Sales Invoice Header', 'invoices'], ['CRONUS$G_L Entry', 'transactions'],
    ['CRONUS$Cust_ Ledger Entry', 'transactions'], ['CRONUS$Item Ledger Entry', 'transactions'],
  ] as const)('%s → %s', (name, role) => {
    expect(classifyTableName(name)).toBe(role)
  })

  it.each([
    'kundengruppe', 'customer_address', 'customer_groups', 'urkunde', 'zinsberechnung', 'lohnabrechnung',
    'oauth_clients', 'border', 'orders_status', 'order_details_status', 'inventory_transaction_types',
    'SupplierItem', 'menu_items', 'ItemType', 'film', 'film_actor', 'category', 'shippers', 'sales_reports',
    'customer_customer_demo', 'us_states', 'headline', 'details', 'positionen', 'artikelgruppen', 'strings',
    'SalesQuoteDetail', 'kunden_alt', 'OCRD',
  ])('%s → other', (name) => {
    expect(classifyTableName(name)).toBe('other')
  })

  it('keys the roles by qualified name', () => {
    const roles = inferTableRoles([{schema: 'public', name: 'customers'}, {schema: null, name: 'auftrag'}, {schema: 'x', name: 'shippers'}])
    expect([...roles]).toEqual([['public.customers', 'customers'], ['auftrag', 'orders'], ['x.shippers', 'other']])
  })

  it('gives the Northwind tables the roles a reader would', () => {
    const roles = inferTableRoles(NORTHWIND_PG)
    expect(roles.get('public.customers')).toBe('customers')
    expect(roles.get('public.order_details')).toBe('orderLines')
    expect(roles.get('public.products')).toBe('items')
    expect(roles.get('public.employees')).toBe('employees')
    expect([...roles.values()].filter((role) => role === 'other')).toHaveLength(8)
  })
})

// ---- transaction-like tables ----

function column(name: string, typeClass: TypeClass, position = 0): CatalogColumn {
  return {name, position, declaredType: typeClass, typeClass, nullable: true, largeObject: false}
}

function table(name: string, columns: Array<[string, TypeClass]>, extra: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: null,
    name,
    kind: 'table',
    columns: columns.map(([columnName, typeClass], position) => column(columnName, typeClass, position)),
    primaryKey: null,
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: null,
    sizeBytes: null,
    ...extra,
  }
}

describe('isTransactionLike / historyDateColumns', () => {
  const orders = table('orders', [['order_id', 'integer'], ['customer_id', 'text'], ['order_date', 'date'], ['shipped_date', 'date']])
  const customers = table('customers', [['customer_id', 'text'], ['created_at', 'datetime']], {primaryKey: ['customer_id']})
  const film = table('film', [['film_id', 'integer'], ['language_id', 'integer'], ['last_update', 'datetime']], {
    primaryKey: ['film_id'],
    foreignKeys: [{columns: ['language_id'], references: {schema: null, table: 'language', columns: ['language_id']}}],
  })
  const rental = table('rental', [['rental_id', 'integer'], ['rental_date', 'datetime'], ['return_date', 'datetime'], ['last_update', 'datetime']])
  const contactLog = table('kunde_kontakt', [['id', 'integer'], ['kunden_nr', 'integer'], ['datum', 'date'], ['notiz', 'text']], {
    primaryKey: ['id'],
  })
  const auditLog = table('audit_log', [['id', 'integer'], ['action', 'text'], ['created_at', 'datetime']])
  const priceList = table('preisliste', [['artikel_nr', 'integer'], ['gueltig_ab', 'date'], ['preis', 'decimal']])
  const holidays = table('feiertage', [['datum', 'date'], ['bezeichnung', 'text']])
  const orderLines = table('order_details', [['order_id', 'integer'], ['product_id', 'integer'], ['quantity', 'integer']])

  it('treats order, line, rental and payment tables as events and master data as not', () => {
    expect(isTransactionLike(orders)).toBe(true)
    expect(isTransactionLike(rental)).toBe(true)
    expect(isTransactionLike(orderLines)).toBe(true)
    expect(isTransactionLike(customers)).toBe(false)
    // a role given by the caller (from ERP recognition) wins over the name
    expect(isTransactionLike(customers, 'orders')).toBe(true)
    expect(isTransactionLike(orders, 'customers')).toBe(false)
  })

  it('judges other tables by a business date and a reference, or a log name', () => {
    expect(isTransactionLike(contactLog)).toBe(true)
    expect(isTransactionLike(auditLog)).toBe(true)
    // last_update is bookkeeping, gueltig_ab a validity, and holidays point at nothing
    expect(isTransactionLike(film)).toBe(false)
    expect(isTransactionLike(priceList)).toBe(false)
    expect(isTransactionLike(holidays)).toBe(false)
  })

  it('picks the business dates for history depth, falling back to write stamps only when there are none', () => {
    expect(historyDateColumns(orders)).toEqual(['order_date', 'shipped_date'])
    expect(historyDateColumns(rental)).toEqual(['rental_date', 'return_date'])
    expect(historyDateColumns(auditLog)).toEqual(['created_at'])
    expect(historyDateColumns(customers)).toEqual([])
    expect(historyDateColumns(orderLines)).toEqual([])
  })
})
