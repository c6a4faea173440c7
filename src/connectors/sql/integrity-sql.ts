/**
 * Referential integrity inside the database: child rows whose (non-null) foreign-key value has no
 * parent row — for declared foreign keys (the engine may not enforce them: MyISAM, disabled checks,
 * SQLite without PRAGMA foreign_keys) and for inferred ones. NOT EXISTS lets the engine use the parent's
 * key index; nothing is materialised.
 */
import type {CatalogTable} from './catalog.js'
import {qualifiedName} from './catalog.js'
import type {LabeledSql, SqlDialect} from './dialect.js'

export interface ForeignKeyRef {
  columns: string[]
  references: {schema: string | null; table: string; columns: string[]}
}

/** how many orphan key values are fetched as (masked) examples */
export const ORPHAN_EXAMPLES = 3

function orphanWhere(child: CatalogTable, fk: ForeignKeyRef, dialect: SqlDialect): string {
  const parent = dialect.tableRef({schema: fk.references.schema, name: fk.references.table})
  const notNull = fk.columns.map((c) => `c.${dialect.quoteIdent(c)} IS NOT NULL`).join(' AND ')
  const join = fk.columns.map((c, i) => `p.${dialect.quoteIdent(fk.references.columns[i])} = c.${dialect.quoteIdent(c)}`).join(' AND ')
  return `${dialect.tableRef(child)} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${join})`
}

export function orphanCountStatement(child: CatalogTable, fk: ForeignKeyRef, dialect: SqlDialect): LabeledSql {
  return {
    label: `orphans: ${qualifiedName(child)} (${fk.columns.join(', ')}) → ${fk.references.table}`,
    sql: `SELECT COUNT(*) AS orphan_rows FROM ${orphanWhere(child, fk, dialect)}`,
  }
}

export function orphanExamplesStatement(child: CatalogTable, fk: ForeignKeyRef, dialect: SqlDialect): LabeledSql {
  const columns = fk.columns.map((c, i) => `c.${dialect.quoteIdent(c)} AS k${i}`).join(', ')
  // GROUP BY, not DISTINCT: SQL Server wants DISTINCT before its TOP, the others after SELECT
  const groupBy = fk.columns.map((c) => `c.${dialect.quoteIdent(c)}`).join(', ')
  return {
    label: `orphan examples: ${qualifiedName(child)} (${fk.columns.join(', ')})`,
    sql: dialect.limitSelect({columns, from: `${orphanWhere(child, fk, dialect)} GROUP BY ${groupBy}`}, ORPHAN_EXAMPLES),
  }
}
