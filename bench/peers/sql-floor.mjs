// The floor of the database benchmark: connect, run the one hand-written aggregate query, print how long
// the query took (ms) as JSON, exit. Run as its own process so that its wall time compares with a scan's.
//   node bench/peers/sql-floor.mjs postgres|mariadb <url>
import knex from 'knex'
import {floorQuery} from '../db/orders-table.mjs'

const [server, url] = process.argv.slice(2)
const db = knex(server === 'postgres' ? {client: 'pg', connection: url} : {client: 'mysql2', connection: url})
try {
  const started = process.hrtime.bigint()
  await db.raw(floorQuery(server))
  const queryMs = Number(process.hrtime.bigint() - started) / 1e6
  process.stdout.write(`${JSON.stringify({queryMs})}\n`)
} finally {
  await db.destroy()
}
