/**
 * The scan session against the real PostgreSQL: statements reach the server exactly as written (knex would
 * turn every ? into a bind parameter and cannot keep a backslash before one), and a failed statement
 * gives its connection back to the pool.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {dialectFor} from '../../../src/connectors/sql/dialect-registry.js'
import {parseSourceUri} from '../../../src/connectors/sql/source-uri.js'
import {openSqlSession} from '../../../src/connectors/sql/sql-session.js'
import {databaseUrl, serverAvailable, suiteTitle} from '../../helpers/databases.js'

const available = await serverAvailable('postgres')

describe.skipIf(!available)(suiteTitle('the scan session on PostgreSQL', 'postgres', available), () => {
  const session = openSqlSession(parseSourceUri(databaseUrl('postgres', 'postgres')), dialectFor('postgres'))
  afterAll(async () => {
    await session.close()
  })

  it('sends question marks and backslashes as written', async () => {
    const [row] = await session.run({label: 'test', sql: String.raw`SELECT '?' AS q, '??' AS qq, 'C:\?' AS path, 1 AS "Bezahlt?"`})
    expect(row).toEqual({q: '?', qq: '??', path: String.raw`C:\?`, 'Bezahlt?': 1})
  })

  it('a failed statement gives its connection back: more statements than the pool has connections still run', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(session.run({label: 'broken', sql: 'SELECT * FROM no_such_table_dr'})).rejects.toMatchObject({code: 'DB_QUERY_FAILED'})
    }
    const results = await Promise.all([1, 2, 3, 4].map((n) => session.run({label: `n${n}`, sql: `SELECT ${n} AS n`})))
    expect(results.map((r) => Number(r[0].n))).toEqual([1, 2, 3, 4])
  })

  it('the session is read-only', async () => {
    await expect(session.run({label: 'write', sql: 'CREATE TABLE dr_session_write_test (x int)'})).rejects.toMatchObject({code: expect.stringMatching(/^DB_/)})
  })
})
