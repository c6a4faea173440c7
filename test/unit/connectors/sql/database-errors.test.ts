import {describe, expect, it} from 'vitest'
import {KnexTimeoutError} from 'knex'
import {ConnectionError, RequestError} from 'tedious'
import {classifyDatabaseError, databaseError} from '../../../../src/connectors/sql/database-errors.js'
import {ScannerError} from '../../../../src/errors.js'

/** an Error the way the drivers build them: a message plus code/errno/number fields */
function driverError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields)
}

describe('classifyDatabaseError: pg', () => {
  it.each([
    ['28P01', 'password authentication failed for user "reader"', 'DB_AUTH_FAILED'],
    ['3D000', 'database "erp" does not exist', 'DB_NOT_FOUND'],
    ['42501', 'permission denied for table kunde', 'DB_PERMISSION_DENIED'],
    ['57014', 'canceling statement due to statement timeout', 'DB_TIMEOUT'],
    ['57P01', 'terminating connection due to administrator command', 'DB_CONNECTION_LOST'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', 'DB_HOST_UNREACHABLE'],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND erp-host', 'DB_HOST_UNREACHABLE'],
    ['ECONNRESET', 'read ECONNRESET', 'DB_CONNECTION_LOST'],
    ['42P01', 'relation "kunde" does not exist', 'DB_QUERY_FAILED'],
  ])('code %s → %s', (code, message, expected) => {
    expect(classifyDatabaseError(driverError(message, {code, severity: 'ERROR'}))).toBe(expected)
  })

  // BUG (reported): pg reports a connect timeout (connectionTimeoutMillis) as a plain Error('timeout expired')
  // and a dropped connection as Error('Connection terminated unexpectedly'), both without a code: they become
  // DB_QUERY_FAILED, so a firewalled host reads "a statement failed" and lost pg connections never count
  // towards the source's connection-failure limit. Flip to it() once fixed.
  it('a connect timeout (Error "timeout expired", no code) is unreachable', () => {
    expect(classifyDatabaseError(new Error('timeout expired'))).toBe('DB_HOST_UNREACHABLE')
  })
  it('a dropped connection (Error "Connection terminated unexpectedly", no code) is lost', () => {
    expect(classifyDatabaseError(new Error('Connection terminated unexpectedly'))).toBe('DB_CONNECTION_LOST')
  })
})

describe('classifyDatabaseError: mysql2', () => {
  it('by code', () => {
    expect(classifyDatabaseError(driverError("Access denied for user 'reader'@'10.0.0.5' (using password: YES)", {code: 'ER_ACCESS_DENIED_ERROR', errno: 1045, sqlState: '28000'}))).toBe('DB_AUTH_FAILED')
    expect(classifyDatabaseError(driverError("Unknown database 'erp'", {code: 'ER_BAD_DB_ERROR', errno: 1049}))).toBe('DB_NOT_FOUND')
    expect(classifyDatabaseError(driverError("SELECT command denied to user 'r'@'%' for table 'kunde'", {code: 'ER_TABLEACCESS_DENIED_ERROR', errno: 1142}))).toBe('DB_PERMISSION_DENIED')
    expect(classifyDatabaseError(driverError('Connection lost: The server closed the connection.', {code: 'PROTOCOL_CONNECTION_LOST', fatal: true}))).toBe('DB_CONNECTION_LOST')
    expect(classifyDatabaseError(driverError('connect ETIMEDOUT', {code: 'ETIMEDOUT', errorno: 'ETIMEDOUT', syscall: 'connect'}))).toBe('DB_HOST_UNREACHABLE')
  })

  it.each([
    [1045, 'DB_AUTH_FAILED'],
    [1044, 'DB_AUTH_FAILED'],
    [1049, 'DB_NOT_FOUND'],
    [1142, 'DB_PERMISSION_DENIED'],
    [1143, 'DB_PERMISSION_DENIED'],
    [3024, 'DB_TIMEOUT'],
    [1969, 'DB_TIMEOUT'],
    [1146, 'DB_QUERY_FAILED'],
  ])('errno %i (code unknown to the table) → %s', (errno, expected) => {
    expect(classifyDatabaseError(driverError('x', {code: 'ER_SOMETHING_NEW', errno}))).toBe(expected)
  })

  it('MySQL 3024 and MariaDB 1969 statement time limits with their codes', () => {
    expect(classifyDatabaseError(driverError('Query execution was interrupted, maximum statement execution time exceeded', {code: 'ER_QUERY_TIMEOUT', errno: 3024}))).toBe('DB_TIMEOUT')
    expect(classifyDatabaseError(driverError('Query execution was interrupted (max_statement_time exceeded)', {code: 'ER_STATEMENT_TIMEOUT', errno: 1969}))).toBe('DB_TIMEOUT')
  })
})

describe('classifyDatabaseError: tedious (SQL Server)', () => {
  it('a refused login (ConnectionError ELOGIN)', () => {
    expect(classifyDatabaseError(new ConnectionError("Login failed for user 'reader'.", 'ELOGIN'))).toBe('DB_AUTH_FAILED')
  })

  // BUG (reported): at login tedious reports every server error as ConnectionError ELOGIN without a number,
  // also error 4060 (unknown or inaccessible database): it reads "the login was refused" instead of
  // DB_NOT_FOUND. Flip to it() once fixed.
  it('an unknown database at login (ELOGIN "Cannot open database …") is not found', () => {
    const e = new ConnectionError('Cannot open database "Wawi" requested by the login. The login failed.', 'ELOGIN')
    expect(classifyDatabaseError(e)).toBe('DB_NOT_FOUND')
  })

  it('a request timeout (RequestError ETIMEOUT)', () => {
    expect(classifyDatabaseError(new RequestError('Timeout: Request failed to complete in 30000ms', 'ETIMEOUT'))).toBe('DB_TIMEOUT')
  })

  it.each([
    [18456, 'DB_AUTH_FAILED'],
    [4060, 'DB_NOT_FOUND'],
    [229, 'DB_PERMISSION_DENIED'],
    [230, 'DB_PERMISSION_DENIED'],
    [208, 'DB_QUERY_FAILED'],
  ])('RequestError EREQUEST number %i → %s', (number, expected) => {
    expect(classifyDatabaseError(Object.assign(new RequestError('x', 'EREQUEST'), {number}))).toBe(expected)
  })

  it('a connection dropped during a session (ESOCKET "Connection lost")', () => {
    expect(classifyDatabaseError(new ConnectionError('Connection lost - read ECONNRESET', 'ESOCKET'))).toBe('DB_CONNECTION_LOST')
  })

  // BUG (reported): tedious reports a connect timeout as ConnectionError code ETIMEOUT — the same code as a
  // request timeout — so an unreachable SQL Server reads "the statement timed out" with advice to raise
  // statementTimeoutMs. Flip to it() once fixed.
  it('a server that does not answer at connect (ConnectionError ETIMEOUT "Failed to connect") is unreachable', () => {
    expect(classifyDatabaseError(new ConnectionError('Failed to connect to erp-sql:1433 in 10000ms', 'ETIMEOUT'))).toBe('DB_HOST_UNREACHABLE')
  })

  // BUG (reported): tedious wraps connect-time socket errors as ESOCKET "Failed to connect to … - <cause>",
  // which lands in the connection-lost set.
  it('a refused connection (ConnectionError ESOCKET "Failed to connect … ECONNREFUSED") is unreachable', () => {
    expect(classifyDatabaseError(new ConnectionError('Failed to connect to erp-sql:1433 - connect ECONNREFUSED 10.0.0.9:1433', 'ESOCKET'))).toBe('DB_HOST_UNREACHABLE')
  })
})

describe('classifyDatabaseError: better-sqlite3 and knex', () => {
  it('a missing file (SQLITE_CANTOPEN) is not found', () => {
    expect(classifyDatabaseError(driverError('unable to open database file', {code: 'SQLITE_CANTOPEN'}))).toBe('DB_NOT_FOUND')
  })

  it('SQLITE_PERM / SQLITE_AUTH are permission errors; other SQLite errors are query failures', () => {
    expect(classifyDatabaseError(driverError('access permission denied', {code: 'SQLITE_PERM'}))).toBe('DB_PERMISSION_DENIED')
    expect(classifyDatabaseError(driverError('no such table: kunde', {code: 'SQLITE_ERROR'}))).toBe('DB_QUERY_FAILED')
  })

  it('the pool timing out on acquire (KnexTimeoutError) means the server cannot be reached', () => {
    expect(classifyDatabaseError(new KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe('DB_HOST_UNREACHABLE')
  })

  it('a driver that is not installed', () => {
    expect(classifyDatabaseError(new Error("Cannot find module 'tedious'"))).toBe('DB_DRIVER_MISSING')
  })

  it('anything else, including non-errors, is a failed query', () => {
    expect(classifyDatabaseError(new Error('syntax error at or near "FROM"'))).toBe('DB_QUERY_FAILED')
    expect(classifyDatabaseError(null)).toBe('DB_QUERY_FAILED')
    expect(classifyDatabaseError('boom')).toBe('DB_QUERY_FAILED')
  })
})

describe('databaseError', () => {
  const spec = {location: 'postgres://reader@erp-host:5432/erp'}

  it('names the source, the statement and the problem, keeps the driver text, and gives advice', () => {
    const e = databaseError(driverError('permission denied for table kunde', {code: '42501'}), spec, {label: 'pushdown: public.kunde', sql: 'SELECT …'})
    expect(e).toBeInstanceOf(ScannerError)
    expect(e.code).toBe('DB_PERMISSION_DENIED')
    expect(e.message).toBe('postgres://reader@erp-host:5432/erp (pushdown: public.kunde): the account may not read this — permission denied for table kunde')
    expect(e.location).toBe(spec.location)
    expect(e.suggestions).toHaveLength(1)
    expect(e.suggestions[0]).toContain('sources check')
  })

  it('keeps the first line of a multi-line driver message only', () => {
    const e = databaseError(new Error('syntax error\nLINE 1: SELECT …\n        ^'), spec)
    expect(e.message).toBe('postgres://reader@erp-host:5432/erp: a statement failed — syntax error')
  })

  it('mysql2: the server’s own words (sqlMessage), not knex’s copy of the statement', () => {
    const statement = {label: 'pushdown: kunde', sql: 'SELECT COUNT(*) AS row_count, COUNT(`name`) AS c0_0nn FROM `kunde`'}
    const error = driverError(`${statement.sql} - Illegal mix of collations`, {code: 'ER_CANT_AGGREGATE_2COLLATIONS', errno: 1267, sqlMessage: 'Illegal mix of collations'})
    expect(databaseError(error, spec, statement).message).toBe('postgres://reader@erp-host:5432/erp (pushdown: kunde): a statement failed — Illegal mix of collations')
  })

  it('knex puts the statement in front of the driver message: only the driver part is kept', () => {
    const statement = {label: 'pushdown: public.kunde', sql: 'SELECT COUNT(*) AS row_count, COUNT("name") AS c0_0nn FROM "public"."kunde"'}
    const error = driverError(`${statement.sql} - permission denied for table kunde`, {code: '42501'})
    const e = databaseError(error, spec, statement)
    expect(e.message).toBe('postgres://reader@erp-host:5432/erp (pushdown: public.kunde): the account may not read this — permission denied for table kunde')
    expect(e.message).not.toContain('COUNT(')
  })

  it('passes a ScannerError through unchanged', () => {
    const original = new ScannerError('DB_TIMEOUT', 'already worded')
    expect(databaseError(original, spec)).toBe(original)
  })

  it.each([
    'connect to postgres://u:Geheim-Pw-4711@h/db failed',
    'connect to postgresql://u:Geheim-Pw-4711@h:5432/db?sslmode=require failed',
    'Access denied: mysql://root:Geheim-Pw-4711@10.0.0.5:3306/erp',
    'login failed for mssql://sa:Geheim-Pw-4711@erp-sql/Wawi',
    'bad url postgres://u:Geheim-Pw-4711@h/db?password=Geheim-Pw-4711',
  ])('never carries a password that the driver quoted in a URI: %s', (message) => {
    const e = databaseError(driverError(message, {code: '28P01'}), spec, {label: 'catalog: server', sql: 'SELECT version()'})
    const everything = [e.message, e.location ?? '', ...e.suggestions, String(e), JSON.stringify(e)].join('\n')
    expect(everything).not.toContain('Geheim-Pw-4711')
    expect(e.message).toContain('the login was refused')
  })

  it('a password in mysql2’s sqlMessage is hidden as well', () => {
    const e = databaseError(driverError('x', {code: 'ER_ACCESS_DENIED_ERROR', sqlMessage: 'denied for mysql://root:Geheim-Pw-4711@10.0.0.5/erp'}), spec)
    expect(e.message).not.toContain('Geheim-Pw-4711')
  })

  it('hides password=… assignments in connection-string style messages', () => {
    const e = databaseError(new Error('invalid connection string: Server=erp;User Id=sa;Password=Geheim-Pw-4711;'), spec)
    expect(e.message).not.toContain('Geheim-Pw-4711')
  })
})
