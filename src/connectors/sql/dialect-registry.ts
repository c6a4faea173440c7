/**
 * Dialect name → dialect. One line per engine; the engine code never imports a dialect directly.
 */
import type {DialectName} from './catalog.js'
import type {SqlDialect} from './dialect.js'
import {mssqlDialect} from './mssql.js'
import {mysqlDialect} from './mysql.js'
import {postgresDialect} from './postgres.js'
import {sqliteDialect} from './sqlite.js'

const DIALECTS: Record<DialectName, SqlDialect> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
  mssql: mssqlDialect,
  sqlite: sqliteDialect,
}

export function dialectFor(name: DialectName): SqlDialect {
  return DIALECTS[name]
}
