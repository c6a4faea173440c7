import {describe, expect, it} from 'vitest'
import {expressSizeCapBytes, supportStatus} from '../../../../src/connectors/sql/vendor-support.js'

const on = (day: string): Date => new Date(`${day}T12:00:00Z`)
const GIB = 1024 ** 3

describe('supportStatus: PostgreSQL', () => {
  it('reads the local server’s version and knows its end of support', () => {
    expect(supportStatus('PostgreSQL', '15.19', undefined, on('2026-11-26'))).toEqual({
      status: 'supported',
      endOfSupport: '2027-11-11',
      product: 'PostgreSQL 15',
    })
  })

  it('turns unsupported the day after the final release', () => {
    expect(supportStatus('PostgreSQL', '13.23', undefined, on('2025-11-13')).status).toBe('supported')
    expect(supportStatus('PostgreSQL', '13.23', undefined, on('2025-11-14')).status).toBe('unsupported')
  })

  it('uses major.minor before 10 and the first number from 10 on', () => {
    expect(supportStatus('PostgreSQL', '9.6.24', undefined, on('2026-01-01'))).toMatchObject({
      status: 'unsupported', product: 'PostgreSQL 9.6', endOfSupport: '2021-11-11',
    })
    expect(supportStatus('postgres', 'PostgreSQL 12.22 (Debian 12.22-1.pgdg120+1) on x86_64-pc-linux-gnu', undefined, on('2026-01-01')))
      .toMatchObject({status: 'unsupported', product: 'PostgreSQL 12', endOfSupport: '2024-11-21'})
    expect(supportStatus('PostgreSQL', '8.4.22', undefined, on('2026-01-01'))).toMatchObject({status: 'unsupported', product: 'PostgreSQL 8.4'})
    const full = 'PostgreSQL 15.19 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'
    expect(supportStatus('PostgreSQL', full, undefined, on('2026-01-01')).product).toBe('PostgreSQL 15')
  })

  it('keeps every version 5 years (± a few weeks) after its release, as the versioning policy says', () => {
    // first releases of 10…18 (postgresql.org release notes): support ends in the fifth year's November
    const releases: Record<string, string> = {10: '2017-10-05', 14: '2021-09-30', 16: '2023-09-14', 18: '2025-09-25'}
    for (const [major, released] of Object.entries(releases)) {
      const end = supportStatus('PostgreSQL', `${major}.0`, undefined, on('2020-01-01')).endOfSupport!
      const years = (Date.parse(end) - Date.parse(released)) / (365.25 * 24 * 3600 * 1000)
      expect(years).toBeGreaterThan(4.9)
      expect(years).toBeLessThan(5.3)
    }
  })

  it('treats a major newer than the table as supported at least as long as the newest known', () => {
    expect(supportStatus('PostgreSQL', '19.1', undefined, on('2026-11-26'))).toMatchObject({status: 'supported', product: 'PostgreSQL 19'})
    expect(supportStatus('PostgreSQL', '19.1', undefined, on('2031-01-01')).status).toBe('unknown')
  })
})

describe('supportStatus: MySQL and MariaDB', () => {
  it('reads the local MariaDB version string and recognises MariaDB behind the MySQL engine name', () => {
    expect(supportStatus('MariaDB', '10.11.19-MariaDB-0+deb12u1', undefined, on('2026-11-26'))).toEqual({
      status: 'supported', endOfSupport: '2028-02-16', product: 'MariaDB 10.11', note: 'LTS release',
    })
    expect(supportStatus('MySQL', '10.5.23-MariaDB', undefined, on('2026-11-26'))).toMatchObject({
      status: 'unsupported', product: 'MariaDB 10.5', endOfSupport: '2025-06-24',
    })
    // the replication-protocol prefix some drivers report
    expect(supportStatus('MariaDB', '5.5.5-10.6.18-MariaDB', undefined, on('2026-11-26'))).toMatchObject({
      status: 'unsupported', product: 'MariaDB 10.6', endOfSupport: '2026-07-06',
    })
  })

  it('knows MySQL 5.7, 8.0 and 8.4 LTS', () => {
    expect(supportStatus('MySQL', '5.7.44-log', undefined, on('2026-01-01'))).toMatchObject({status: 'unsupported', endOfSupport: '2023-10-31'})
    expect(supportStatus('MySQL', '8.0.36', undefined, on('2026-04-30'))).toMatchObject({status: 'supported', product: 'MySQL 8.0'})
    expect(supportStatus('MySQL', '8.0.36-0ubuntu0.22.04.1', undefined, on('2026-05-01')).status).toBe('unsupported')
    expect(supportStatus('mysql', '8.4.3', undefined, on('2026-11-26'))).toMatchObject({status: 'supported', endOfSupport: '2032-04-30'})
  })

  it('marks short-lived releases out of support and unknown lines as unknown', () => {
    expect(supportStatus('MySQL', '9.1.0', undefined, on('2026-11-26'))).toMatchObject({status: 'unsupported', note: 'innovation release'})
    expect(supportStatus('MariaDB', '12.0.2-MariaDB', undefined, on('2026-11-26'))).toMatchObject({status: 'unsupported', note: 'rolling release'})
    expect(supportStatus('MariaDB', '13.0.1-MariaDB', undefined, on('2026-11-26')).status).toBe('unknown')
    expect(supportStatus('MySQL', '9.7.0', undefined, on('2026-11-26')).status).toBe('supported')
  })
})

describe('supportStatus: SQL Server', () => {
  it.each([
    ['16.0.4135.4', 'SQL Server 2022', '2033-01-11'],
    ['15.0.4322.2', 'SQL Server 2019', '2030-01-08'],
    ['14.0.3456.2', 'SQL Server 2017', '2027-10-12'],
    ['13.0.6300.2', 'SQL Server 2016', '2026-07-14'],
    ['12.0.6024.0', 'SQL Server 2014', '2024-07-09'],
    ['11.0.7001.0', 'SQL Server 2012', '2022-07-12'],
    ['10.50.6000.34', 'SQL Server 2008 R2', '2019-07-09'],
    ['10.0.6000.29', 'SQL Server 2008', '2019-07-09'],
  ])('maps %s to %s (extended support until %s)', (version, product, end) => {
    expect(supportStatus('Microsoft SQL Server', version, 'Standard Edition (64-bit)', on('2026-11-26'))).toMatchObject({
      product,
      endOfSupport: end,
      status: end >= '2026-11-26' ? 'supported' : 'unsupported',
    })
  })

  it('reads the version out of a full @@VERSION text', () => {
    const text = 'Microsoft SQL Server 2019 (RTM-CU22) (KB5027702) - 15.0.4322.2 (X64)'
    expect(supportStatus('mssql', text, undefined, on('2026-11-26')).product).toBe('SQL Server 2019')
  })

  it('treats SQL Server 2025 as supported without inventing its end date, and Azure SQL as current', () => {
    const v2025 = supportStatus('Microsoft SQL Server', '17.0.1000.7', 'Express Edition (64-bit)', on('2026-11-26'))
    expect(v2025).toMatchObject({status: 'supported', product: 'SQL Server 2025'})
    expect(v2025.endOfSupport).toBeUndefined()
    expect(supportStatus('Microsoft SQL Server', '12.0.2000.8', 'SQL Azure', on('2026-11-26'))).toMatchObject({
      status: 'supported', product: 'Azure SQL Database',
    })
  })
})

describe('supportStatus: SQLite and unknown engines', () => {
  it('calls SQLite supported, with a note instead of a date', () => {
    const status = supportStatus('SQLite', '3.45.1')
    expect(status).toMatchObject({status: 'supported', product: 'SQLite 3.45.1'})
    expect(status.note).toMatch(/library/)
    expect(status.endOfSupport).toBeUndefined()
  })

  it('says unknown for engines and versions it cannot read', () => {
    expect(supportStatus('Oracle', '19.3.0.0.0').status).toBe('unknown')
    expect(supportStatus('PostgreSQL', 'devel').status).toBe('unknown')
  })

  it('judges by today’s date by default', () => {
    // 9.6 ended in 2021, so any real "today" finds it unsupported
    expect(supportStatus('PostgreSQL', '9.6.24').status).toBe('unsupported')
  })
})

describe('expressSizeCapBytes', () => {
  it('is 10 GB for Express since 2008 R2 and 4 GB before', () => {
    expect(expressSizeCapBytes('Express Edition (64-bit)', '16.0.4135.4')).toBe(10 * GIB)
    expect(expressSizeCapBytes('Express Edition with Advanced Services (64-bit)', '10.50.6000.34')).toBe(10 * GIB)
    expect(expressSizeCapBytes('Express Edition', '10.0.6000.29')).toBe(4 * GIB)
    expect(expressSizeCapBytes('Express Edition', '9.00.5000.00')).toBe(4 * GIB)
  })

  it('is 50 GB for SQL Server 2025 Express', () => {
    expect(expressSizeCapBytes('Express Edition (64-bit)', '17.0.1000.7')).toBe(50 * GIB)
  })

  it('is null for other editions, no edition, or an unreadable version', () => {
    expect(expressSizeCapBytes('Standard Edition (64-bit)', '16.0.4135.4')).toBeNull()
    expect(expressSizeCapBytes('Developer Edition (64-bit)', '15.0.2000.5')).toBeNull()
    expect(expressSizeCapBytes(undefined, '16.0.4135.4')).toBeNull()
    expect(expressSizeCapBytes('Express Edition', 'unknown')).toBeNull()
  })
})
