import {describe, expect, it} from 'vitest'
import type {CatalogForeignKey, CatalogTable, TypeClass} from '../../../src/connectors/sql/catalog.js'
import {inferForeignKeys, type InferredForeignKey} from '../../../src/recognizers/inferred-foreign-keys.js'

type ColumnSpec = TypeClass | [TypeClass, string]

interface TableOptions {
  pk?: string[]
  unique?: string[][]
  fks?: CatalogForeignKey[]
  kind?: 'table' | 'view'
}

function table(schema: string | null, name: string, columns: Record<string, ColumnSpec>, options: TableOptions = {}): CatalogTable {
  return {
    schema,
    name,
    kind: options.kind ?? 'table',
    columns: Object.entries(columns).map(([columnName, spec], position) => {
      const [typeClass, declaredType] = typeof spec === 'string' ? [spec, spec] : spec
      return {name: columnName, position, declaredType, typeClass, nullable: true, largeObject: false}
    }),
    primaryKey: options.pk ?? null,
    uniqueConstraints: options.unique ?? [],
    foreignKeys: options.fks ?? [],
    indexes: [],
    rowEstimate: null,
    sizeBytes: null,
  }
}

/** "child.col → parent.key" lines, easy to compare as a set */
const arrows = (keys: InferredForeignKey[]): string[] =>
  keys.map((key) => {
    const child = key.table.schema ? `${key.table.schema}.${key.table.name}` : key.table.name
    const parent = key.references.schema ? `${key.references.schema}.${key.references.table}` : key.references.table
    return `${child}.${key.columns.join(',')} → ${parent}.${key.references.columns.join(',')}`
  }).sort()

// ---- a messy KMU schema: numeric customer key "nr", article numbers as text, no declared FKs ----
const kunde = table(null, 'kunde', {nr: 'integer', name: 'text', plz: 'text'}, {pk: ['nr']})
const auftrag = table(null, 'auftrag', {
  auftrag_nr: 'integer', kunden_nr: 'integer', artikel_nr: 'text', datum: 'date', status_id: 'integer',
}, {pk: ['auftrag_nr']})
const artikel = table(null, 'artikel', {artikel_nr: 'text', bezeichnung: 'text'}, {pk: ['artikel_nr']})
const rechnung = table(null, 'rechnung', {rechnung_nr: 'integer', auftrag_nr: 'integer', kdnr: 'integer'}, {pk: ['rechnung_nr']})
const plz = table(null, 'plz', {plz: 'text', ort: 'text'}, {pk: ['plz']})

describe('inferForeignKeys on a messy KMU schema', () => {
  it('finds the undeclared keys by name, with the reason', () => {
    const inferred = inferForeignKeys([kunde, auftrag, artikel, rechnung, plz])
    expect(arrows(inferred)).toEqual([
      'auftrag.artikel_nr → artikel.artikel_nr',
      'auftrag.kunden_nr → kunde.nr',
      'kunde.plz → plz.plz',
      'rechnung.auftrag_nr → auftrag.auftrag_nr',
      'rechnung.kdnr → kunde.nr',
    ])
    expect(inferred.find((key) => key.columns[0] === 'kunden_nr')).toEqual({
      table: {schema: null, name: 'auftrag'},
      columns: ['kunden_nr'],
      references: {schema: null, table: 'kunde', columns: ['nr']},
      reason: 'column kunden_nr in auftrag matches key nr of kunde',
    })
  })

  it('accepts a keyless parent only through a column named exactly like the parent’s own key', () => {
    const keylessArtikel = table(null, 'artikel', {artikel_nr: 'text', bezeichnung: 'text'})
    const keylessKunde = table(null, 'kunde', {nr: 'integer', name: 'text'})
    expect(arrows(inferForeignKeys([keylessKunde, auftrag, keylessArtikel]))).toEqual([
      'auftrag.artikel_nr → artikel.artikel_nr',
    ])
  })

  it('needs compatible types: integer and decimal match, text and integer do not', () => {
    const textKeys = table(null, 'auftrag', {auftrag_nr: 'integer', kunden_nr: 'text'}, {pk: ['auftrag_nr']})
    expect(inferForeignKeys([kunde, textKeys])).toEqual([])
    const decimalKeys = table(null, 'auftrag', {auftrag_nr: 'integer', kunden_nr: 'decimal'}, {pk: ['auftrag_nr']})
    expect(arrows(inferForeignKeys([kunde, decimalKeys]))).toEqual(['auftrag.kunden_nr → kunde.nr'])
  })

  it('never proposes a declared key again', () => {
    const declared = table(null, 'auftrag', {auftrag_nr: 'integer', kunden_nr: 'integer', artikel_nr: 'text'}, {
      pk: ['auftrag_nr'],
      fks: [{columns: ['kunden_nr'], references: {schema: null, table: 'kunde', columns: ['nr']}}],
    })
    expect(arrows(inferForeignKeys([kunde, declared, artikel]))).toEqual(['auftrag.artikel_nr → artikel.artikel_nr'])
  })
})

// ---- Northwind (northwind-postgres-pthom) with its FOREIGN KEY constraints left out ----
const northwind = [
  table('public', 'categories', {category_id: 'integer', category_name: 'text'}, {pk: ['category_id']}),
  table('public', 'customer_customer_demo', {customer_id: 'text', customer_type_id: 'text'}, {pk: ['customer_id', 'customer_type_id']}),
  table('public', 'customer_demographics', {customer_type_id: 'text', customer_desc: 'text'}, {pk: ['customer_type_id']}),
  table('public', 'customers', {customer_id: 'text', company_name: 'text', postal_code: 'text'}, {pk: ['customer_id']}),
  table('public', 'employees', {employee_id: 'integer', last_name: 'text', birth_date: 'date', reports_to: 'integer'}, {pk: ['employee_id']}),
  table('public', 'employee_territories', {employee_id: 'integer', territory_id: 'text'}, {pk: ['employee_id', 'territory_id']}),
  table('public', 'order_details', {order_id: 'integer', product_id: 'integer', unit_price: 'decimal', quantity: 'integer'}, {pk: ['order_id', 'product_id']}),
  table('public', 'orders', {
    order_id: 'integer', customer_id: 'text', employee_id: 'integer', order_date: 'date', ship_via: 'integer', freight: 'decimal',
  }, {pk: ['order_id']}),
  table('public', 'products', {product_id: 'integer', product_name: 'text', supplier_id: 'integer', category_id: 'integer'}, {pk: ['product_id']}),
  table('public', 'region', {region_id: 'integer', region_description: 'text'}, {pk: ['region_id']}),
  table('public', 'shippers', {shipper_id: 'integer', company_name: 'text'}, {pk: ['shipper_id']}),
  table('public', 'suppliers', {supplier_id: 'integer', company_name: 'text'}, {pk: ['supplier_id']}),
  table('public', 'territories', {territory_id: 'text', territory_description: 'text', region_id: 'integer'}, {pk: ['territory_id']}),
  table('public', 'us_states', {state_id: 'integer', state_name: 'text', state_abbr: 'text'}, {pk: ['state_id']}),
]

describe('inferForeignKeys on Northwind without declared keys', () => {
  it('finds the declared keys back, except those whose names say nothing (ship_via, reports_to)', () => {
    expect(arrows(inferForeignKeys(northwind))).toEqual([
      'public.customer_customer_demo.customer_id → public.customers.customer_id',
      'public.customer_customer_demo.customer_type_id → public.customer_demographics.customer_type_id',
      'public.employee_territories.employee_id → public.employees.employee_id',
      'public.employee_territories.territory_id → public.territories.territory_id',
      'public.order_details.order_id → public.orders.order_id',
      'public.order_details.product_id → public.products.product_id',
      'public.orders.customer_id → public.customers.customer_id',
      'public.orders.employee_id → public.employees.employee_id',
      'public.products.category_id → public.categories.category_id',
      'public.products.supplier_id → public.suppliers.supplier_id',
      'public.territories.region_id → public.region.region_id',
    ])
  })

  it('maps generic "id" keys through the table name (Northwind mywind: orders.customer_id → customers.id)', () => {
    const customers = table('northwind', 'customers', {id: 'integer', company: 'text'}, {pk: ['id']})
    const shippers = table('northwind', 'shippers', {id: 'integer', company: 'text'}, {pk: ['id']})
    const ordersStatus = table('northwind', 'orders_status', {id: 'integer', status_name: 'text'}, {pk: ['id']})
    const orders = table('northwind', 'orders', {id: 'integer', customer_id: 'integer', shipper_id: 'integer', status_id: 'integer'}, {pk: ['id']})
    expect(arrows(inferForeignKeys([customers, shippers, ordersStatus, orders]))).toEqual([
      'northwind.orders.customer_id → northwind.customers.id',
      'northwind.orders.shipper_id → northwind.shippers.id',
    ])
  })
})

describe('inferForeignKeys on ERP naming conventions', () => {
  it('follows Dynamics NAV references within the same company only', () => {
    const code = ['text', 'nvarchar(20)'] as ColumnSpec
    const salesHeader = table('dbo', 'CRONUS$Sales Header', {
      'Document Type': 'integer', No_: code, 'Sell-to Customer No_': code, 'Bill-to Customer No_': code, 'Salesperson Code': code,
    }, {pk: ['Document Type', 'No_']})
    const salesLine = table('dbo', 'CRONUS$Sales Line', {
      'Document Type': 'integer', 'Document No_': code, 'Line No_': 'integer', No_: code, 'Sell-to Customer No_': code,
    }, {pk: ['Document Type', 'Document No_', 'Line No_']})
    const itemLedger = table('dbo', 'CRONUS$Item Ledger Entry', {'Entry No_': 'integer', 'Item No_': code}, {pk: ['Entry No_']})
    const customer = table('dbo', 'CRONUS$Customer', {No_: code, Name: 'text', 'Bill-to Customer No_': code}, {pk: ['No_']})
    const item = table('dbo', 'CRONUS$Item', {No_: code, Description: 'text'}, {pk: ['No_']})
    const otherCompany = table('dbo', 'Other AG$Customer', {No_: code, Name: 'text'}, {pk: ['No_']})
    const inferred = inferForeignKeys([salesHeader, salesLine, itemLedger, customer, item, otherCompany])
    expect(arrows(inferred)).toEqual([
      'dbo.CRONUS$Item Ledger Entry.Item No_ → dbo.CRONUS$Item.No_',
      'dbo.CRONUS$Sales Header.Bill-to Customer No_ → dbo.CRONUS$Customer.No_',
      'dbo.CRONUS$Sales Header.Sell-to Customer No_ → dbo.CRONUS$Customer.No_',
      'dbo.CRONUS$Sales Line.Sell-to Customer No_ → dbo.CRONUS$Customer.No_',
    ])
    expect(inferred[0].reason).toBe('column Sell-to Customer No_ in dbo.CRONUS$Sales Header matches key No_ of dbo.CRONUS$Customer')
    // a company without its own Customer table gets nothing from another company
    const lonely = table('dbo', 'Lonely GmbH$Sales Header', {No_: code, 'Sell-to Customer No_': code}, {pk: ['No_']})
    expect(inferForeignKeys([lonely, otherCompany])).toEqual([])
  })

  it('follows JTL-Wawi Hungarian keys (kKunde, tKunde_kKunde) across schemas', () => {
    const tKunde = table('dbo', 'tKunde', {kKunde: 'integer', cFirma: 'text'}, {pk: ['kKunde']})
    const tArtikel = table('dbo', 'tArtikel', {kArtikel: 'integer', cArtNr: 'text'}, {pk: ['kArtikel']})
    const tBestellung = table('dbo', 'tBestellung', {kBestellung: 'integer', tKunde_kKunde: 'integer', dErstellt: 'datetime'}, {pk: ['kBestellung']})
    const tbestellpos = table('dbo', 'tbestellpos', {
      kBestellPos: 'integer', tBestellung_kBestellung: 'integer', tArtikel_kArtikel: 'integer', nAnzahl: 'decimal',
    }, {pk: ['kBestellPos']})
    const tAuftrag = table('Verkauf', 'tAuftrag', {kAuftrag: 'integer', kKunde: 'integer'}, {pk: ['kAuftrag']})
    expect(arrows(inferForeignKeys([tKunde, tArtikel, tBestellung, tbestellpos, tAuftrag]))).toEqual([
      'Verkauf.tAuftrag.kKunde → dbo.tKunde.kKunde',
      'dbo.tBestellung.tKunde_kKunde → dbo.tKunde.kKunde',
      'dbo.tbestellpos.tArtikel_kArtikel → dbo.tArtikel.kArtikel',
      'dbo.tbestellpos.tBestellung_kBestellung → dbo.tBestellung.kBestellung',
    ])
  })

  it('prefers the parent in the child’s own schema', () => {
    const dboRechnung = table('dbo', 'tRechnung', {kRechnung: 'integer'}, {pk: ['kRechnung']})
    const rechnungRechnung = table('Rechnung', 'tRechnung', {kRechnung: 'integer'}, {pk: ['kRechnung']})
    const position = table('Rechnung', 'tRechnungPosition', {kRechnungPosition: 'integer', kRechnung: 'integer'}, {pk: ['kRechnungPosition']})
    expect(arrows(inferForeignKeys([dboRechnung, rechnungRechnung, position]))).toEqual([
      'Rechnung.tRechnungPosition.kRechnung → Rechnung.tRechnung.kRechnung',
    ])
  })
})

describe('inferForeignKeys stays quiet where names are not enough', () => {
  it('does not point a status_id anywhere when there is no status table', () => {
    const orders = table(null, 'orders', {id: 'integer', status_id: 'integer', customer_id: 'integer'}, {pk: ['id']})
    const customers = table(null, 'customers', {id: 'integer'}, {pk: ['id']})
    expect(arrows(inferForeignKeys([orders, customers]))).toEqual(['orders.customer_id → customers.id'])
  })

  it('never links bare id or nr columns by name alone', () => {
    const importLog = table(null, 'import_log', {id: 'integer', nr: 'integer', message: 'text'})
    const customers = table(null, 'customers', {id: 'integer'}, {pk: ['id']})
    const kundeNr = table(null, 'kunde', {nr: 'integer'}, {pk: ['nr']})
    expect(inferForeignKeys([importLog, customers, kundeNr])).toEqual([])
  })

  it('does not guess between two equally good parents', () => {
    const kunden = table(null, 'kunden', {nr: 'integer'}, {pk: ['nr']})
    expect(inferForeignKeys([kunde, kunden, auftrag, table(null, 'artikel_alt', {x: 'integer'})])).toEqual([])
  })

  it('does not reference its own table, nor point a table’s own key elsewhere', () => {
    const selfish = table(null, 'kunde', {nr: 'integer', kunden_nr: 'integer'}, {pk: ['nr']})
    expect(inferForeignKeys([selfish])).toEqual([])
    const copy = table(null, 'artikel_kopie', {artikel_nr: 'text'}, {pk: ['artikel_nr']})
    expect(inferForeignKeys([artikel, copy])).toEqual([])
  })

  it('does not follow a trailing word of a compound name (customer_type_id is not a type_id)', () => {
    const type = table(null, 'type', {id: 'integer', label: 'text'}, {pk: ['id']})
    const customer = table(null, 'customer', {id: 'integer', customer_type_id: 'integer'}, {pk: ['id']})
    expect(inferForeignKeys([type, customer])).toEqual([])
  })

  it('does not link equal non-key columns such as e-mail addresses', () => {
    const customer = table(null, 'customer', {id: 'integer', email: 'text'}, {pk: ['id'], unique: [['email']]})
    const newsletter = table(null, 'newsletter', {id: 'integer', email: 'text'}, {pk: ['id']})
    expect(inferForeignKeys([customer, newsletter])).toEqual([])
  })

  it('does not link to a bare-named table unless its key has the column’s name', () => {
    const land = table(null, 'land', {id: 'integer', name: 'text'}, {pk: ['id']})
    const adresse = table(null, 'adresse', {id: 'integer', land: 'integer'}, {pk: ['id']})
    expect(inferForeignKeys([land, adresse])).toEqual([])
  })

  it('ignores views, which have no keys to point at and no rows of their own', () => {
    const view = table(null, 'kunde', {nr: 'integer'}, {kind: 'view'})
    expect(inferForeignKeys([view, auftrag])).toEqual([])
    const childView = table(null, 'v_auftrag', {kunden_nr: 'integer'}, {kind: 'view'})
    expect(inferForeignKeys([kunde, childView])).toEqual([])
  })

  it('only links other-typed keys of the same declared type (uuid to uuid, not uuid to json)', () => {
    const customer = table(null, 'customer', {id: ['other', 'uuid']}, {pk: ['id']})
    const order = table(null, 'order', {id: ['other', 'uuid'], customer_id: ['other', 'uuid']}, {pk: ['id']})
    const invoice = table(null, 'invoice', {id: ['other', 'uuid'], customer_id: ['other', 'jsonb']}, {pk: ['id']})
    expect(arrows(inferForeignKeys([customer, order, invoice]))).toEqual(['order.customer_id → customer.id'])
  })
})
