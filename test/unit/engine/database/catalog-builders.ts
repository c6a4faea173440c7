/** Hand-built catalogs for the database engine tests (plan, table scan, source scan). */
import type {Catalog, CatalogColumn, CatalogTable, ServerFacts} from '../../../../src/connectors/sql/catalog.js'
import {col} from '../../connectors/sql/catalog-fixture.js'

export function table(name: string, columns: CatalogColumn[], overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {schema: 'public', name, kind: 'table', columns, primaryKey: null, uniqueConstraints: [], foreignKeys: [], indexes: [], rowEstimate: 1000, sizeBytes: 65_536, ...overrides}
}

export function server(overrides: Partial<ServerFacts> = {}): ServerFacts {
  return {engine: 'PostgreSQL', version: '16.4', database: 'erp', readOnlySession: true, encoding: 'UTF8', user: 'reader', ...overrides}
}

export function catalog(tables: CatalogTable[], overrides: Partial<ServerFacts> = {}): Catalog {
  return {server: server(overrides), schemas: ['public'], tables}
}

/** a small KMU schema: customers with a key, orders pointing at them by name only (no declared FK) */
export function kmuTables(): CatalogTable[] {
  return [
    table('kunde', [col('nr', 'integer', 'integer', 0, {nullable: false}), col('name', 'character varying(80)', 'text', 1)], {primaryKey: ['nr']}),
    table('auftrag', [
      col('auftrag_nr', 'integer', 'integer', 0),
      col('kunden_nr', 'integer', 'integer', 1),
      col('auftragsdatum', 'date', 'date', 2),
      col('betrag', 'numeric(12,2)', 'decimal', 3),
    ]),
  ]
}
