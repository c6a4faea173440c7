/**
 * The ERP signature table, as data: which table names give a system away, how many of its distinctive
 * tables must be present before we name it, and which tables hold its core entities (so that scoring can
 * say "Kundenstamm" instead of `OCRD`). Sources: the German-SME ERP landscape in the shared reference
 * (domain.md section 5) and the systems' published schemas (JTL: wawi-db.jtl-software.de; NAV/BC:
 * Microsoft's "Identifiers, Data Types, and Data Formats" page for the `<Company>$<Table>` naming).
 *
 * Only tables marked `core` count towards `minCore`; the rest add evidence and confidence. Core tables are
 * chosen to be distinctive: a single generic name (`customer`, `product`, `artikel`, `auftrag`) is never
 * core, so a home-grown shop or KMU schema is not mistaken for Shopware 6 or xentral.
 * Also here: the vocabulary that names table roles in schemas without a recognised ERP.
 */

export type CoreEntity = 'customers' | 'items' | 'orders' | 'orderLines' | 'invoices' | 'suppliers'

export const CORE_ENTITIES: readonly CoreEntity[] = ['customers', 'items', 'orders', 'orderLines', 'invoices', 'suppliers']

/**
 * A table-name pattern, always case-insensitive. `schema` (when given) must match too, for systems whose
 * schema is part of the signature (JTL-Wawi's `Verkauf.tAuftrag`).
 */
export type TablePattern =
  | {name: string; schema?: string}
  | {prefix: string; schema?: string}
  | {regex: RegExp; schema?: string}

export interface SignatureTable {
  /** how the evidence names it ("OCRD", "Verkauf.tAuftrag", "s_core_*") */
  label: string
  pattern: TablePattern
  /** distinctive for this system: counts towards `minCore` */
  core?: boolean
}

export interface ErpSignature {
  id: string
  name: string
  /** a well-known sample/teaching database, not a production ERP */
  sample?: boolean
  /**
   * Dynamics NAV / Business Central on-premises: tables are `<Company>$<Table>` (see NAV_COMPANY_TABLE);
   * patterns apply to `<Table>`, and signature tables are counted per company
   */
  companyPrefixed?: boolean
  tables: SignatureTable[]
  /** the least number of `core` tables that must be present (per company when companyPrefixed) */
  minCore: number
  /** tables holding the core entities; several patterns may match (header tables of several companies) */
  entities: Partial<Record<CoreEntity, TablePattern[]>>
}

const named = (name: string): TablePattern => ({name})
const core = (name: string): SignatureTable => ({label: name, pattern: {name}, core: true})
const extra = (name: string): SignatureTable => ({label: name, pattern: {name}})

/**
 * `<Company>$<Table>` with an optional `$<app GUID>` suffix. NAV replaces characters that SQL Server does not
 * allow in the company part with `_` ("CRONUS International Ltd_$Customer"). Business Central 15+ names
 * base-app and extension tables `<Company>$<Table>$<app GUID>` (reported by users, not verified per version).
 */
export const NAV_COMPANY_TABLE =
  /^(?<company>[^$]+)\$(?<table>[^$]+?)(?:\$(?<app>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/i

export const ERP_SIGNATURES: readonly ErpSignature[] = [
  {
    // O-tables (objects) with numbered line tables; MSSQL or HANA, one database/schema per company
    id: 'sap-business-one',
    name: 'SAP Business One',
    tables: [
      core('OCRD'), core('OITM'), core('ORDR'), core('OINV'), core('OJDT'), core('OADM'),
      extra('RDR1'), extra('INV1'), extra('ORIN'), extra('OPCH'), extra('OPOR'), extra('ODLN'),
      extra('JDT1'), extra('OACT'), extra('OCPR'), extra('CRD1'), extra('CUFD'), extra('UFD1'),
    ],
    minCore: 3,
    entities: {
      // OCRD holds business partners: CardType C customer, S supplier, L lead
      customers: [named('OCRD')],
      items: [named('OITM')],
      orders: [named('ORDR')],
      orderLines: [named('RDR1')],
      invoices: [named('OINV')],
      suppliers: [named('OCRD')],
    },
  },
  {
    id: 'dynamics-nav',
    name: 'Microsoft Dynamics NAV / Business Central (on-premises)',
    companyPrefixed: true,
    tables: [
      core('Customer'), core('Vendor'), core('Item'), core('Sales Header'), core('Sales Invoice Header'),
      core('G_L Entry'), core('Cust_ Ledger Entry'),
      extra('Sales Line'), extra('Sales Invoice Line'), extra('Purchase Header'), extra('Purchase Line'),
      extra('Vendor Ledger Entry'), extra('Item Ledger Entry'), extra('G_L Account'), extra('Sales Shipment Header'),
    ],
    minCore: 3,
    entities: {
      customers: [named('Customer')],
      items: [named('Item')],
      orders: [named('Sales Header')],
      orderLines: [named('Sales Line')],
      invoices: [named('Sales Invoice Header')],
      suppliers: [named('Vendor')],
    },
  },
  {
    // Hungarian notation (tKunde, kKunde); schemas dbo, Verkauf, Rechnung; database usually eazybusiness
    id: 'jtl-wawi',
    name: 'JTL-Wawi',
    tables: [
      core('tKunde'), core('tArtikel'), core('tBestellung'), core('tbestellpos'), core('tWarenLager'),
      core('tArtikelBeschreibung'),
      {label: 'Verkauf.tAuftrag', pattern: {name: 'tAuftrag', schema: 'Verkauf'}, core: true},
      {label: 'Verkauf.tAuftragPosition', pattern: {name: 'tAuftragPosition', schema: 'Verkauf'}},
      extra('tRechnung'), extra('tLieferant'), extra('tLieferschein'), extra('tEingangsrechnung'),
      extra('tAdresse'),
    ],
    // tKunde, tArtikel and tRechnung alone could be a home-grown schema in the same notation
    minCore: 4,
    entities: {
      customers: [named('tKunde')],
      items: [named('tArtikel')],
      orders: [{name: 'tAuftrag', schema: 'Verkauf'}, named('tBestellung')],
      orderLines: [{name: 'tAuftragPosition', schema: 'Verkauf'}, named('tbestellpos')],
      invoices: [named('tRechnung')],
      suppliers: [named('tLieferant')],
    },
  },
  {
    // ex Office Line: KHK prefix; every table carries a Mandant column
    id: 'sage-100',
    name: 'Sage 100',
    tables: [
      core('KHKAdressen'), core('KHKKontokorrent'), core('KHKArtikel'), core('KHKVKBelege'),
      core('KHKVKBelegePositionen'),
      extra('KHKArtikelgruppen'), extra('KHKArchivVKBelege'), extra('KHKEKBelege'),
    ],
    minCore: 3,
    entities: {
      // KHKKontokorrent.KtoArt: 'D' debtor, 'K' creditor; KHKVKBelege holds orders and invoices by Belegart
      customers: [named('KHKKontokorrent'), named('KHKAdressen')],
      items: [named('KHKArtikel')],
      orders: [named('KHKVKBelege')],
      orderLines: [named('KHKVKBelegePositionen')],
      invoices: [named('KHKVKBelege')],
      suppliers: [named('KHKKontokorrent')],
    },
  },
  {
    id: 'odoo',
    name: 'Odoo',
    tables: [
      core('res_partner'), core('res_company'), core('ir_module_module'), core('ir_model'),
      core('product_template'), core('sale_order'), core('account_move'),
      extra('product_product'), extra('sale_order_line'), extra('account_move_line'), extra('account_invoice'),
      extra('stock_picking'), extra('res_users'),
    ],
    minCore: 3,
    entities: {
      customers: [named('res_partner')],
      items: [named('product_template'), named('product_product')],
      orders: [named('sale_order')],
      orderLines: [named('sale_order_line')],
      // v13+: account_move with move_type 'out_invoice'; before: account_invoice
      invoices: [named('account_move'), named('account_invoice')],
      suppliers: [named('res_partner')],
    },
  },
  {
    // Frappe framework tables alone (tabDocType, tabSingles) are any Frappe app: not core
    id: 'erpnext',
    name: 'ERPNext',
    tables: [
      core('tabCustomer'), core('tabItem'), core('tabSales Order'), core('tabSales Order Item'),
      core('tabSales Invoice'), core('tabSales Invoice Item'), core('tabSupplier'),
      extra('tabDocType'), extra('tabSingles'), extra('tabDocField'), extra('tabAddress'), extra('tabContact'),
    ],
    minCore: 3,
    entities: {
      customers: [named('tabCustomer')],
      items: [named('tabItem')],
      orders: [named('tabSales Order')],
      orderLines: [named('tabSales Order Item')],
      invoices: [named('tabSales Invoice')],
      suppliers: [named('tabSupplier')],
    },
  },
  {
    // artikel, auftrag, rechnung, bestellung alone are what any German schema would call its tables
    id: 'xentral',
    name: 'xentral (on-premises) / OpenXE',
    tables: [
      core('firmendaten'), core('adresse'), core('auftrag_position'), core('rechnung_position'),
      core('lieferschein_position'), core('angebot_position'), core('gutschrift_position'),
      extra('artikel'), extra('auftrag'), extra('rechnung'), extra('lieferschein'), extra('angebot'),
      extra('gutschrift'), extra('bestellung'), extra('projekt'),
    ],
    minCore: 4,
    entities: {
      customers: [named('adresse')],
      items: [named('artikel')],
      orders: [named('auftrag')],
      orderLines: [named('auftrag_position')],
      invoices: [named('rechnung')],
      suppliers: [named('adresse')],
    },
  },
  {
    id: 'shopware-5',
    name: 'Shopware 5',
    tables: [
      core('s_user'), core('s_order'), core('s_order_details'), core('s_articles'), core('s_articles_details'),
      {label: 's_core_*', pattern: {prefix: 's_core_'}, core: true},
      extra('s_user_addresses'), extra('s_order_billingaddress'), extra('s_order_documents'),
    ],
    minCore: 3,
    entities: {
      customers: [named('s_user')],
      items: [named('s_articles'), named('s_articles_details')],
      orders: [named('s_order')],
      orderLines: [named('s_order_details')],
      invoices: [named('s_order_documents')],
    },
  },
  {
    // unprefixed and generic (customer, product, order): only the distinctive tables are core
    id: 'shopware-6',
    name: 'Shopware 6',
    tables: [
      core('order_line_item'), core('order_customer'), core('product_translation'), core('sales_channel'),
      core('sales_channel_domain'), core('state_machine_state'), core('product_visibility'), core('document_type'),
      extra('customer'), extra('customer_address'), extra('order'), extra('product'), extra('document'),
      extra('order_delivery'), extra('order_transaction'),
    ],
    minCore: 3,
    entities: {
      customers: [named('customer')],
      items: [named('product')],
      orders: [named('order')],
      orderLines: [named('order_line_item')],
      // document rows of type invoice
      invoices: [named('document')],
    },
  },
  {
    // classic Northwind (SQL Server, pthom PostgreSQL port) and the Access 2010 "mywind" variant
    id: 'northwind',
    name: 'Northwind (sample database)',
    sample: true,
    tables: [
      {label: 'order_details', pattern: {regex: /^order[ _]?details$/i}, core: true},
      core('shippers'),
      {label: 'territories', pattern: {regex: /^territories$/i}, core: true},
      {label: 'employee_territories', pattern: {regex: /^employee_?territories$/i}, core: true},
      {label: 'customer_demographics', pattern: {regex: /^customer_?demographics$/i}, core: true},
      core('orders_tax_status'), core('order_details_status'), core('inventory_transaction_types'),
      core('employee_privileges'),
      extra('customers'), extra('orders'), extra('products'), extra('suppliers'), extra('employees'),
      extra('categories'), extra('invoices'),
    ],
    minCore: 3,
    entities: {
      customers: [named('customers')],
      items: [named('products')],
      orders: [named('orders')],
      orderLines: [{regex: /^order[ _]?details$/i}],
      invoices: [named('invoices')],
      suppliers: [named('suppliers')],
    },
  },
  {
    id: 'sakila',
    name: 'Sakila (sample database)',
    sample: true,
    tables: [
      core('actor'), core('film'), core('film_actor'), core('film_category'), core('inventory'), core('rental'),
      core('staff'), core('store'),
      extra('customer'), extra('payment'), extra('address'), extra('city'), extra('country'), extra('language'),
      extra('category'), extra('film_text'),
    ],
    minCore: 4,
    entities: {
      customers: [named('customer')],
      items: [named('film')],
      orders: [named('rental')],
    },
  },
]

// ---- table roles for schemas without a recognised ERP ----

export type TableRole =
  | CoreEntity
  | 'payments'
  | 'employees'
  | 'transactions'
  | 'other'

/**
 * Words (lower case, umlauts folded to ae/oe/ue/ss) that name what a table holds. A table's role comes from
 * its last word: German compounds put the head last (Kundenauftrag is an order), English names too
 * (customer_address is an address). Plural forms are listed, not derived, so nothing is guessed.
 */
export const ROLE_WORDS: Readonly<Record<Exclude<TableRole, 'other' | 'orderLines'>, readonly string[]>> = {
  customers: [
    'kunde', 'kunden', 'debitor', 'debitoren', 'klient', 'klienten',
    'customer', 'customers', 'client', 'clients', 'debtor', 'debtors',
  ],
  items: [
    'artikel', 'produkt', 'produkte', 'material', 'materialien',
    'item', 'items', 'product', 'products', 'article', 'articles', 'materials',
  ],
  orders: [
    'auftrag', 'auftraege', 'auftrage', 'bestellung', 'bestellungen', 'bestell', 'verkauf', 'verkaeufe',
    'order', 'orders', 'salesorder', 'salesorders', 'purchaseorder', 'purchaseorders', 'sales', 'purchase',
    'purchases',
  ],
  invoices: [
    'rechnung', 'rechnungen', 'faktura', 'fakturen', 'gutschrift', 'gutschriften',
    'invoice', 'invoices',
  ],
  suppliers: [
    'lieferant', 'lieferanten', 'kreditor', 'kreditoren',
    'supplier', 'suppliers', 'vendor', 'vendors', 'creditor', 'creditors',
  ],
  payments: [
    'zahlung', 'zahlungen', 'zahlungseingang', 'zahlungseingaenge', 'zahlungsausgang', 'zahlungsausgaenge',
    'payment', 'payments',
  ],
  employees: [
    'mitarbeiter', 'personal', 'angestellte', 'beschaeftigte',
    'employee', 'employees', 'staff', 'personnel',
  ],
  transactions: [
    'buchung', 'buchungen', 'journal', 'journale', 'lieferschein', 'lieferscheine', 'lieferung', 'lieferungen',
    'bewegung', 'bewegungen', 'umsatz', 'umsaetze', 'ausleihe', 'ausleihen', 'transaktion', 'transaktionen',
    'beleg', 'belege',
    'transaction', 'transactions', 'journals', 'posting', 'postings', 'ledger', 'ledgers', 'booking', 'bookings',
    'rental', 'rentals', 'reservation', 'reservations', 'shipment', 'shipments', 'delivery', 'deliveries',
  ],
}

/** trailing words that make a table the lines of the document named before them (auftrag_position) */
export const LINE_WORDS: readonly string[] = [
  'pos', 'position', 'positionen', 'positions', 'zeile', 'zeilen',
  'line', 'lines', 'lineitem', 'lineitems', 'item', 'items', 'detail', 'details',
]

/** trailing words that name a document's header, which is the document itself (Sales Header, auftragskopf) */
export const HEADER_WORDS: readonly string[] = ['header', 'headers', 'head', 'kopf', 'koepfe', 'kopfdaten']

/** trailing words that only say "master data of" (kundenstamm, customer_master, personaldaten) */
export const MASTER_WORDS: readonly string[] = ['stamm', 'stammdaten', 'daten', 'master', 'data', 'liste', 'list']

/** heads whose lines are sales-document lines besides orders and invoices: delivery notes, generic vouchers */
export const LINE_DOCUMENT_WORDS: readonly string[] = [
  'lieferschein', 'lieferscheine', 'lieferung', 'delivery', 'shipment', 'beleg', 'belege',
]

/**
 * Qualifiers that turn an "order" into something that is not a sale (Fertigungsauftrag, ProductionOrder,
 * Dauerauftrag): still events over time, so such tables become `transactions`.
 */
export const NON_SALES_ORDER_QUALIFIERS: readonly string[] = [
  'fertigung', 'fertigungs', 'produktion', 'produktions', 'production', 'manufacturing', 'work', 'arbeit',
  'arbeits', 'wartung', 'wartungs', 'maintenance', 'service', 'repair', 'reparatur', 'dauer', 'transport',
  'transfer', 'umlagerung', 'umlagerungs',
]

/** qualifiers that make a "client" technical (oauth_clients), not a customer */
export const TECHNICAL_CLIENT_QUALIFIERS: readonly string[] = [
  'oauth', 'oauth2', 'api', 'app', 'http', 'mail', 'smtp', 'db', 'sql', 'ftp', 'vpn', 'ssh', 'ldap', 'radius',
  'dhcp', 'openid', 'sso', 'web', 'socket',
]

/** further words a joined name may be made of (salesorderdetails, kundenauftrag, auftragsposition) */
export const QUALIFIER_WORDS: readonly string[] = [
  'customer', 'kunden', 'lieferanten', 'web', 'shop', 'online', 'verkaufs', 'einkauf', 'einkaufs', 'eingang',
  'eingangs', 'ausgang', 'ausgangs', 'vk', 'ek', 'cust', 'ledger', 'value', 'gl',
  ...NON_SALES_ORDER_QUALIFIERS,
]

/**
 * German head words a compound may end in (Eingangsrechnung, Stammkunde, Anzahlung), with prefixes that
 * change the meaning: Urkunde is a certificate, Berechnung a calculation, Abrechnung a settlement or payroll,
 * Umrechnung a conversion.
 */
export const GERMAN_COMPOUND_HEADS: Readonly<Record<string, readonly string[]>> = {
  kunde: ['ur'],
  kunden: ['ur'],
  artikel: [],
  auftrag: [],
  auftraege: [],
  bestellung: [],
  bestellungen: [],
  rechnung: ['be', 'ab', 'um'],
  rechnungen: ['be', 'ab', 'um'],
  gutschrift: [],
  lieferant: [],
  lieferanten: [],
  zahlung: [],
  zahlungen: [],
  buchung: [],
  buchungen: [],
  journal: [],
  lieferschein: [],
  lieferscheine: [],
  bewegung: [],
  bewegungen: [],
  transaktion: [],
  transaktionen: [],
  mitarbeiter: [],
  material: [],
}
