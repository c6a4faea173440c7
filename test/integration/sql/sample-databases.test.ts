/**
 * The real sample databases of ../shared/datasets (Sakila, Northwind) scanned end to end on the local
 * PostgreSQL and MariaDB: every base table read, the catalog's keys honoured, the samples recognised as
 * such, declared foreign keys without orphans, history measured on the rental and order tables.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runScan} from '../../../src/engine/scan-service.js'
import type {ScanReport, SourceReport, TableReport} from '../../../src/report/scan-report.js'
import {databaseUrl, serverAvailable, suiteTitle, type LocalServer} from '../../helpers/databases.js'
import {datasetsAvailable, dropDatabase, loadDataset} from '../../helpers/load-datasets.js'
import {reportValidator} from '../../helpers/schema.js'

const validate = reportValidator()
function schemaErrors(report: ScanReport): unknown[] {
  return validate(JSON.parse(JSON.stringify(report))) ? [] : (validate.errors ?? [])
}

const SERVERS: LocalServer[] = ['postgres', 'mariadb']
const haveDatasets = datasetsAvailable()

/** tables and rows the datasets README gives (and fixtures.test.ts checks with plain SQL) */
const EXPECTED = {
  sakila: {postgres: {tables: 21, rental: 16_044, payment: 16_049}, mariadb: {tables: 16, rental: 16_044, payment: 16_049}},
  northwind: {postgres: {tables: 14, orders: 830}, mariadb: {tables: 20, orders: 48}},
} as const

/** the categories of a column's verdicts that the DSGVO view counts (confidence 0.5 and more) */
function strongCategories(found: TableReport, column: string): string[] {
  const col = found.columns.find((c) => c.name === column)
  if (!col) throw new Error(`no column ${column} in ${found.name}`)
  return col.pii.filter((v) => v.confidence >= 0.5).map((v) => v.category)
}

function table(source: SourceReport, name: string) {
  const found = source.tables.find((t) => t.name === name)
  if (!found) throw new Error(`no table ${name} in ${source.tables.map((t) => t.name).join(', ')}`)
  return found
}

for (const server of SERVERS) {
  const available = await serverAvailable(server)
  describe.skipIf(!available || (!haveDatasets && process.env.CI !== 'true'))(
    suiteTitle(haveDatasets ? `scanning Sakila and Northwind on ${server}` : `scanning Sakila and Northwind on ${server} (skipped: no datasets folder)`, server, available),
    () => {
      const databases = {sakila: 'dr_scan_sakila', northwind: 'dr_scan_northwind'} as const
      const reports: Partial<Record<keyof typeof databases, ScanReport>> = {}

      beforeAll(async () => {
        if (!haveDatasets) throw new Error('CI=true but the shared datasets folder is missing')
        await Promise.all(Object.entries(databases).map(([name, db]) => loadDataset(name as 'sakila' | 'northwind', server, db)))
        for (const [name, db] of Object.entries(databases)) {
          reports[name as keyof typeof databases] = await runScan({inputs: [databaseUrl(server, db)], lang: 'de', workers: 0})
        }
      }, 120_000)
      afterAll(async () => {
        await Promise.all(Object.values(databases).map((db) => dropDatabase(server, db)))
      })

      it('Sakila: every base table read, the sample recognised, declared foreign keys without orphans', () => {
        const report = reports.sakila!
        expect(schemaErrors(report)).toEqual([])
        const [source] = report.sources
        expect(source.status).toBe('ok')
        expect(source.tables.filter((t) => t.error !== undefined)).toEqual([])
        expect(source.tables).toHaveLength(EXPECTED.sakila[server].tables)
        expect(table(source, 'rental').rowCount).toBe(EXPECTED.sakila[server].rental)
        expect(table(source, 'payment').rowCount).toBe(EXPECTED.sakila[server].payment)
        expect(source.system?.erp).toMatchObject({name: expect.stringMatching(/sakila/i), sample: true})
        expect(source.database!.viewCount).toBeGreaterThan(0)
        const declared = source.tables.flatMap((t) => (t.foreignKeys ?? []).filter((fk) => fk.declared))
        expect(declared.length).toBeGreaterThan(10)
        expect(declared.every((fk) => fk.orphanRows === 0)).toBe(true)
        const rental = table(source, 'rental')
        expect(rental.primaryKey).toEqual(['rental_id'])
        expect(rental.duplicates.candidateKeys[0]).toMatchObject({columns: ['rental_id'], unique: true})
        const history = rental.history?.find((h) => h.column === 'rental_date')
        // rentals run from May 2005 to February 2006 with nothing in between some months
        expect(history).toMatchObject({earliest: '2005-05-24'})
        expect(history!.monthsSpanned).toBeGreaterThanOrEqual(10)
        expect(history!.monthsWithRows).toBeLessThan(history!.monthsSpanned)
        // customer e-mails are text columns with whole-table metrics
        const email = table(source, 'customer').columns.find((c) => c.name === 'email')!
        expect(email).toMatchObject({inferredType: 'text', nullCount: 0, distinctApprox: false})
        expect(email.distinctCount).toBe(599)
      })

      it('Sakila: names, e-mails, street addresses and postal codes of customers found; *_id columns are no addresses', () => {
        const [source] = reports.sakila!.sources
        const categoryOf = (tableName: string, column: string) => strongCategories(table(source, tableName), column)
        expect(categoryOf('customer', 'first_name')).toContain('person_name')
        expect(categoryOf('customer', 'last_name')).toContain('person_name')
        expect(categoryOf('customer', 'email')).toContain('email')
        expect(categoryOf('actor', 'last_name')).toContain('person_name')
        // "47 MySakila Drive": number-first addresses match by value, not only by the column name
        expect(table(source, 'address').columns.find((c) => c.name === 'address')!.pii[0]).toMatchObject({category: 'street_address'})
        expect(table(source, 'address').columns.find((c) => c.name === 'address')!.pii[0].matchShare).toBeGreaterThan(0.9)
        expect(categoryOf('address', 'postal_code')).toContain('postal_code')
        // the jOOQ PostgreSQL edition leaves every phone empty; the MySQL edition has them
        if (server === 'mariadb') expect(categoryOf('address', 'phone')).toContain('phone')
        expect(categoryOf('customer', 'address_id')).toEqual([])
        expect(table(source, 'film').columns.flatMap((c) => strongCategories(table(source, 'film'), c.name))).toEqual([])
        expect(reports.sakila!.personalData?.tablesWithSpecialCategories).toBe(0)
      })

      it('Northwind: contact and employee names, phones and birth dates found; products hold no personal data', () => {
        const [source] = reports.northwind!.sources
        const categoryOf = (tableName: string, column: string) => strongCategories(table(source, tableName), column)
        expect(categoryOf('employees', 'first_name')).toContain('person_name')
        expect(categoryOf('employees', 'last_name')).toContain('person_name')
        if (server === 'postgres') {
          expect(categoryOf('employees', 'birth_date')).toContain('birth_date')
          expect(categoryOf('employees', 'home_phone')).toContain('phone')
          expect(categoryOf('customers', 'contact_name')).toContain('person_name')
          expect(categoryOf('customers', 'phone')).toContain('phone')
        } else {
          expect(categoryOf('employees', 'email_address')).toContain('email')
          // mywind's ship_name holds the recipient's name: found from the values alone
          expect(categoryOf('orders', 'ship_name')).toContain('person_name')
        }
        expect(table(source, 'products').columns.flatMap((c) => strongCategories(table(source, 'products'), c.name))).toEqual([])
      })

      it('Northwind: the sample recognised, orders read with their history, every table reported', () => {
        const report = reports.northwind!
        expect(schemaErrors(report)).toEqual([])
        const [source] = report.sources
        expect(source.status).toBe('ok')
        expect(source.tables.filter((t) => t.error !== undefined)).toEqual([])
        expect(source.tables).toHaveLength(EXPECTED.northwind[server].tables)
        expect(table(source, 'orders').rowCount).toBe(EXPECTED.northwind[server].orders)
        expect(source.system?.erp).toMatchObject({name: expect.stringMatching(/northwind/i), sample: true})
        expect(source.system?.erp?.entities.customers).toBeDefined()
        expect(table(source, 'orders').history?.length).toBeGreaterThan(0)
        expect(report.sources[0].database!.readOnlySession).toBe(true)
      })
    },
  )
}
