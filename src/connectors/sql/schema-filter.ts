/**
 * Which schemas a scan reads. Every dialect applies the same rule after (or while) reading its catalog:
 * patterns are globs with `*` (any run of characters) and `?` (one character), matched case-insensitively
 * against the whole schema name; an empty include list means every non-system schema; exclude wins.
 *
 * Schema names may contain `/`, `.`, `$` or braces (SQL Server `Company$…` style names live in tables, but
 * schemas are just as free), so only `*` and `?` are special here, unlike the file-path glob in util/glob.ts.
 */
import type {SchemaFilter} from './dialect.js'

/** PostgreSQL schemas that belong to the server, not to the application. `pg_toast*` / `pg_temp_*` by prefix. */
export const POSTGRES_SYSTEM_SCHEMAS: readonly string[] = ['pg_catalog', 'information_schema']
/** PostgreSQL schema name prefixes of system schemas (toast tables, temp schemas of other sessions). */
export const POSTGRES_SYSTEM_SCHEMA_PREFIXES: readonly string[] = ['pg_toast', 'pg_temp_']
/** SQL Server schemas that hold no application data: system schemas and the fixed database-role schemas. */
export const MSSQL_SYSTEM_SCHEMAS: readonly string[] = [
  'sys',
  'INFORMATION_SCHEMA',
  'guest',
  'db_owner',
  'db_accessadmin',
  'db_securityadmin',
  'db_ddladmin',
  'db_backupoperator',
  'db_datareader',
  'db_datawriter',
  'db_denydatareader',
  'db_denydatawriter',
]

const compiled = new Map<string, RegExp>()

/** A schema-name glob as an anchored, case-insensitive regular expression. */
export function schemaPatternToRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern)
  if (re) return re
  let source = ''
  for (const ch of pattern) {
    if (ch === '*') source += '.*'
    else if (ch === '?') source += '.'
    else source += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')
  }
  re = new RegExp(`^${source}$`, 'iu')
  compiled.set(pattern, re)
  return re
}

/** Whether `schema` matches one of `patterns` (glob, case-insensitive). */
export function matchesAnySchemaPattern(schema: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => schemaPatternToRegExp(pattern).test(schema))
}

/**
 * Whether the filter lets `schema` through: excluded → no; include empty → yes; else it must match an
 * include pattern. System schemas are not this function's business (the dialects drop them in SQL).
 */
export function schemaAllowed(schema: string, filter: SchemaFilter): boolean {
  if (matchesAnySchemaPattern(schema, filter.exclude)) return false
  return filter.include.length === 0 || matchesAnySchemaPattern(schema, filter.include)
}

/** Whether a schema is one of the server's own (case-insensitive, as SQL Server compares them). */
export function isSystemSchema(schema: string, names: readonly string[], prefixes: readonly string[] = []): boolean {
  const lower = schema.toLowerCase()
  return names.some((name) => name.toLowerCase() === lower) || prefixes.some((prefix) => lower.startsWith(prefix.toLowerCase()))
}
