/**
 * Hand-built catalog tables for the SQL builder tests: a Northwind-like `Order Details` (a name with a
 * space, schema dbo) carrying one column of each kind an ERP table has — nvarchar, int, money, decimal,
 * datetime, bit and an ntext large object. Type classes are written out here, not taken from a dialect,
 * so the builders are tested against what the catalog would say.
 */
import type {CatalogColumn, CatalogTable, TypeClass} from '../../../../src/connectors/sql/catalog.js'

export function col(name: string, declaredType: string, typeClass: TypeClass, position: number, extra: Partial<CatalogColumn> = {}): CatalogColumn {
  return {name, position, declaredType, typeClass, nullable: true, largeObject: false, ...extra}
}

/** the columns of `Order Details`, in catalog order */
export function orderDetailColumns(): CatalogColumn[] {
  return [
    col('OrderID', 'int', 'integer', 0, {nullable: false}),
    col('ProductID', 'int', 'integer', 1, {nullable: false}),
    col('ProductName', 'nvarchar(40)', 'text', 2),
    col('UnitPrice', 'money', 'decimal', 3),
    col('Discount', 'decimal(4,2)', 'decimal', 4),
    col('ShippedDate', 'datetime', 'datetime', 5),
    col('Discontinued', 'bit', 'boolean', 6),
    col('Notes', 'ntext', 'text', 7, {largeObject: true}),
  ]
}

export function orderDetails(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: 'dbo',
    name: 'Order Details',
    kind: 'table',
    columns: orderDetailColumns(),
    primaryKey: ['OrderID', 'ProductID'],
    uniqueConstraints: [],
    foreignKeys: [
      {name: 'FK_Order_Details_Orders', columns: ['OrderID'], references: {schema: 'dbo', table: 'Orders', columns: ['OrderID']}},
      {name: 'FK_Order_Details_Products', columns: ['ProductID'], references: {schema: 'dbo', table: 'Products', columns: ['ProductID']}},
    ],
    indexes: [],
    rowEstimate: 2155,
    sizeBytes: 172_032,
    ...overrides,
  }
}

/** a table with `n` integer columns c0…c(n-1), for splitting wide pushdowns */
export function wideTable(n: number): CatalogTable {
  return {
    schema: 'public',
    name: 'breit',
    kind: 'table',
    columns: Array.from({length: n}, (_, i) => col(`c${i}`, 'integer', 'integer', i)),
    primaryKey: null,
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: 10,
    sizeBytes: null,
  }
}

/**
 * PLACEHOLDERS of src/values/missing.ts written out by hand (not imported): the literal IN lists are
 * asserted against this, so a change of the list or of the quoting shows up here.
 */
export const PLACEHOLDER_TEXTS = [
  'n/a', 'n.a.', 'n.a', 'n. a.', 'na', 'n/v', 'n.v.', '#n/a', '#nv', 'k.a.', 'k.a', 'k. a.', 'keine angabe', 'keine angaben',
  'o.a.', 'ohne angabe', '-', '--', '---', '-/-', '\u2013', '\u2014', '?', '??', '???', '.', '..', '...', '\u2026', 'null',
  '(null)', '<null>', 'nil', 'none', 'nan', 'unbekannt', 'unknown', 'tbd', 'xxx', '(leer)', '(blank)', '0000-00-00',
  '0000-00-00 00:00:00', '00.00.0000', '00.00.00', '00.00.0000 00:00', '00.00.0000 00:00:00',
]

/** the IN list as SQL Server must spell it: N'' for every literal (the dashes and the ellipsis are not ASCII) */
export const MSSQL_PLACEHOLDER_LIST = PLACEHOLDER_TEXTS.map((p) => `N'${p}'`).join(', ')
/** PostgreSQL, MySQL, SQLite: plain literals (no placeholder holds a quote or a backslash) */
export const PLAIN_PLACEHOLDER_LIST = PLACEHOLDER_TEXTS.map((p) => `'${p}'`).join(', ')
