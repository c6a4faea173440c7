import {homedir} from 'node:os'
import {resolve} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../../src/errors.js'
import {
  DEFAULT_PORTS,
  isDatabaseUri,
  parseSourceUri,
  redactLocation,
  SOURCE_DEFAULTS,
  sqlSourceFromFields,
  type SqlSourceSpec,
} from '../../../../src/connectors/sql/source-uri.js'

/** the ScannerError a call throws (fails the test when it does not throw one) */
function thrown(fn: () => unknown): ScannerError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ScannerError)
    return error as ScannerError
  }
  throw new Error('expected a ScannerError, nothing was thrown')
}

describe('parseSourceUri: schemes, hosts, ports', () => {
  it.each([
    ['postgres://reader@erp-host/erp', 'postgres', 5432],
    ['postgresql://reader@erp-host/erp', 'postgres', 5432],
    ['mysql://reader@erp-host/erp', 'mysql', 3306],
    ['mariadb://reader@erp-host/erp', 'mysql', 3306],
    ['mssql://reader@erp-host/erp', 'mssql', 1433],
    ['sqlserver://reader@erp-host/erp', 'mssql', 1433],
    ['POSTGRES://reader@erp-host/erp', 'postgres', 5432],
  ])('%s → %s on its default port', (uri, dialect, port) => {
    const spec = parseSourceUri(uri)
    expect(spec).toMatchObject({dialect, host: 'erp-host', port, database: 'erp', user: 'reader'})
    expect(spec.password).toBeUndefined()
    expect(spec.location).toBe(uri)
  })

  it('takes an explicit port, an IPv4 and an IPv6 host', () => {
    expect(parseSourceUri('postgres://u@10.0.0.5:6543/erp')).toMatchObject({host: '10.0.0.5', port: 6543})
    expect(parseSourceUri('mysql://u@[::1]:3307/test')).toMatchObject({host: '::1', port: 3307, database: 'test'})
  })

  it('treats a missing host as the local server', () => {
    expect(parseSourceUri('postgresql:///erp')).toMatchObject({host: 'localhost', port: 5432, database: 'erp'})
  })

  it('reads a SQL Server named instance (no default port then) and refuses it elsewhere', () => {
    const spec = parseSourceUri('mssql://sa@buha\\SQLEXPRESS/FIBU')
    expect(spec).toMatchObject({host: 'buha', instanceName: 'SQLEXPRESS', database: 'FIBU'})
    expect(spec.port).toBeUndefined()
    expect(parseSourceUri('mssql://sa@buha/FIBU?instanceName=SQLEXPRESS')).toMatchObject({instanceName: 'SQLEXPRESS'})
    expect(parseSourceUri('mssql://sa@buha/FIBU?instanceName=SQLEXPRESS').port).toBeUndefined()
    expect(thrown(() => parseSourceUri('postgres://u@h\\INST/db')).code).toBe('USAGE')
  })

  it.each(['0', '65536', '99999'])('refuses port %s', (port) => {
    const error = thrown(() => parseSourceUri(`postgres://u@h:${port}/db`))
    expect(error.code).toBe('USAGE')
    expect(error.message).toContain('port')
  })

  it('decodes a percent-encoded database name', () => {
    expect(parseSourceUri('mssql://sa@h/Cronus%20AG').database).toBe('Cronus AG')
  })

  it('applies the documented defaults', () => {
    const spec = parseSourceUri('postgres://u@h/db')
    expect(spec).toMatchObject({
      sampleRows: 10_000,
      statementTimeoutMs: 30_000,
      tableBudgetMs: 120_000,
      sourceBudgetMs: 1_800_000,
      maxConnections: 2,
      schemas: {include: [], exclude: []},
      tls: {},
    })
    expect(SOURCE_DEFAULTS.maxConnections).toBe(2)
    expect(DEFAULT_PORTS).toEqual({postgres: 5432, mysql: 3306, mssql: 1433})
  })
})

describe('parseSourceUri: user and password', () => {
  it('percent-decodes user and password with @ : / ? # % in them', () => {
    const spec = parseSourceUri('postgres://d%C3%BCrr%40firma:p%40ss%3Aw%2Fr%3Fd%23%25x@erp-host:5432/erp')
    expect(spec.user).toBe('dürr@firma')
    expect(spec.password).toBe('p@ss:w/r?d#%x')
    expect(spec.location).toBe('postgres://d%C3%BCrr%40firma:***@erp-host:5432/erp')
  })

  it('still finds the host when the password was pasted without encoding', () => {
    const spec = parseSourceUri('mysql://root:ab@c/d?e#f@db-host:3306/shop')
    expect(spec).toMatchObject({user: 'root', password: 'ab@c/d?e#f', host: 'db-host', port: 3306, database: 'shop'})
    expect(spec.location).toBe('mysql://root:***@db-host:3306/shop')
  })

  it('keeps an empty password and a password given as ?password=', () => {
    expect(parseSourceUri('mysql://root:@h/test').password).toBe('')
    const spec = parseSourceUri('mssql://sa@h/db?password=Top%26Secret&encrypt=true')
    expect(spec.password).toBe('Top&Secret')
    expect(spec.location).toBe('mssql://sa@h/db?encrypt=true')
  })

  it('lets an override password win over the URI', () => {
    expect(parseSourceUri('postgres://u:old@h/db', {password: 'new'}).password).toBe('new')
  })
})

describe('parseSourceUri: sqlite', () => {
  it.each([
    ['sqlite:./wawi.db', resolve('/base', 'wawi.db')],
    ['sqlite:wawi.db', resolve('/base', 'wawi.db')],
    ['sqlite://./daten/wawi.db', resolve('/base', 'daten/wawi.db')],
    ['sqlite:/abs/x.db', '/abs/x.db'],
    ['sqlite:///abs/x.db', '/abs/x.db'],
    ['SQLite:../up.sqlite3', resolve('/', 'up.sqlite3')],
  ])('%s → %s', (uri, file) => {
    const spec = parseSourceUri(uri, {baseDir: '/base'})
    expect(spec.dialect).toBe('sqlite')
    expect(spec.file).toBe(file)
    expect(spec.identity).toBe(`sqlite:${file}`)
    expect(spec.location).toBe(uri)
    expect(spec.host).toBeUndefined()
    expect(spec.port).toBeUndefined()
  })

  it('resolves relative paths against the working folder by default, and ~ against home', () => {
    expect(parseSourceUri('sqlite:./wawi.db').file).toBe(resolve(process.cwd(), 'wawi.db'))
    expect(parseSourceUri('sqlite:~/erp/wawi.db').file).toBe(`${homedir()}/erp/wawi.db`)
  })

  it('keeps % in a file name literally and reads query options', () => {
    const spec = parseSourceUri('sqlite:/data/100%25 Umsatz.db?sampleRows=500')
    expect(spec.file).toBe('/data/100%25 Umsatz.db')
    expect(spec.database).toBe('100%25 Umsatz.db')
    expect(spec.sampleRows).toBe(500)
  })

  it.each(['sqlite:', 'sqlite://', 'sqlite:?sampleRows=500'])('refuses %s without a path', (uri) => {
    const error = thrown(() => parseSourceUri(uri))
    expect(error.code).toBe('USAGE')
    expect(error.message).toContain('path of the SQLite file is missing')
  })

  it('refuses TLS options on a file', () => {
    expect(thrown(() => parseSourceUri('sqlite:./x.db?sslmode=require')).message).toContain('SQLite')
  })
})

describe('parseSourceUri: TLS parameters', () => {
  it.each([
    ['postgres://u@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem', {mode: 'verify-full', ca: '/etc/ssl/ca.pem'}],
    ['postgres://u@h/db?sslmode=disable', {mode: 'disable'}],
    ['mysql://u@h/db?ssl=true', {mode: 'require'}],
    ['mysql://u@h/db?ssl=0', {mode: 'disable'}],
    ['mariadb://u@h/db?ssl-mode=VERIFY_IDENTITY', {mode: 'verify-full'}],
    ['mysql://u@h/db?ssl_mode=REQUIRED', {mode: 'require'}],
    ['mssql://u@h/db', {encrypt: true, trustServerCertificate: false}],
    ['mssql://u@h/db?encrypt=false', {encrypt: false, trustServerCertificate: false}],
    ['mssql://u@h/db?encrypt=true&trustServerCertificate=true', {encrypt: true, trustServerCertificate: true}],
    ['sqlserver://u@h/db?TrustServerCertificate=yes', {encrypt: true, trustServerCertificate: true}],
  ])('%s', (uri, tls) => {
    expect(parseSourceUri(uri).tls).toEqual(tls)
  })

  it('resolves a relative CA path against the base folder', () => {
    expect(parseSourceUri('postgres://u@h/db?sslrootcert=certs/ca.pem', {baseDir: '/cfg'}).tls.ca).toBe('/cfg/certs/ca.pem')
  })

  it.each([
    ['mssql://u@h/db?sslmode=require', 'sslmode / ssl do not apply to SQL Server'],
    ['postgres://u@h/db?encrypt=true', 'apply to SQL Server only'],
    ['mysql://u@h/db?trustServerCertificate=true', 'apply to SQL Server only'],
    ['postgres://u@h/db?sslmode=sometimes', 'sslmode has an unknown value'],
    ['mssql://u@h/db?encrypt=maybe', 'encrypt must be true or false'],
  ])('refuses %s', (uri, words) => {
    const error = thrown(() => parseSourceUri(uri))
    expect(error.code).toBe('USAGE')
    expect(error.message).toContain(words)
  })

  it('lets override TLS options win key by key', () => {
    const spec = parseSourceUri('mssql://u@h/db?encrypt=false', {tls: {trustServerCertificate: true}})
    expect(spec.tls).toEqual({encrypt: false, trustServerCertificate: true})
  })
})

describe('parseSourceUri: scan options', () => {
  it('reads schema lists, exclusions and budgets', () => {
    const spec = parseSourceUri(
      'postgres://u@h/db?schema=public,%20vertrieb*&schemas=lager&exclude=*_archiv&sampleRows=500&statementTimeout=5000&tableBudget=60000&sourceBudgetMs=600000&applicationName=psql',
    )
    expect(spec.schemas).toEqual({include: ['public', 'vertrieb*', 'lager'], exclude: ['*_archiv']})
    expect(spec).toMatchObject({sampleRows: 500, statementTimeoutMs: 5000, tableBudgetMs: 60_000, sourceBudgetMs: 600_000})
  })

  it('ranks overrides over the URI over defaults over the built-in defaults', () => {
    const spec = parseSourceUri('postgres://u@h/db?sampleRows=500&schema=a', {
      statementTimeoutMs: 9000,
      defaults: {sampleRows: 2000, tableBudgetMs: 5000, statementTimeoutMs: 7000},
      schemas: {exclude: ['x']},
      name: 'ERP',
    })
    expect(spec).toMatchObject({sampleRows: 500, statementTimeoutMs: 9000, tableBudgetMs: 5000, sourceBudgetMs: 1_800_000, name: 'ERP'})
    expect(spec.schemas).toEqual({include: ['a'], exclude: ['x']})
    expect(parseSourceUri('postgres://u@h/db?sampleRows=500', {sampleRows: 800}).sampleRows).toBe(800)
  })

  it('never allows more than two connections', () => {
    expect(parseSourceUri('postgres://u@h/db', {maxConnections: 8}).maxConnections).toBe(2)
    expect(parseSourceUri('postgres://u@h/db', {maxConnections: 1}).maxConnections).toBe(1)
    expect(parseSourceUri('postgres://u@h/db', {maxConnections: 0}).maxConnections).toBe(1)
  })

  it.each([
    ['sampleRows=10', 'sampleRows must be a whole number from 100'],
    ['sampleRows=1e4', 'sampleRows must be a whole number'],
    ['statementTimeout=-5', 'statementTimeout must be a whole number'],
    ['sslmod=require', 'the parameter "sslmod" is not known'],
  ])('refuses ?%s', (query, words) => {
    const error = thrown(() => parseSourceUri(`postgres://u@h/db?${query}`))
    expect(error.code).toBe('USAGE')
    expect(error.message).toContain(words)
  })

  it('refuses out-of-range overrides too', () => {
    expect(thrown(() => parseSourceUri('postgres://u@h/db', {sampleRows: 5})).message).toContain('sampleRows')
  })
})

describe('parseSourceUri: bad inputs', () => {
  it.each([
    ['oracle://scott:tiger@h/orcl', '"oracle" is not a supported database type'],
    ['jdbc:postgresql://h/db', '"jdbc" is not a supported database type'],
    ['postgres:h/db', 'must be followed by "//"'],
    ['postgres://u:pw@h', 'the database name is missing'],
    ['mysql://u@h/', 'the database name is missing'],
    ['postgres://u@h/erp/public', 'contains "/"'],
    ['postgres://u@h:abc/db', 'host part'],
    ['not a uri', 'does not start with a database type'],
  ])('%s → USAGE: %s', (input, words) => {
    const error = thrown(() => parseSourceUri(input))
    expect(error.code).toBe('USAGE')
    expect(error.exitCode).toBe(2)
    expect(error.message).toContain(words)
    expect(error.message).toContain(`"${redactLocation(input)}"`)
    expect(error.suggestions.at(-1)).toContain('postgres://user:password@host:5432/database')
  })

  it('suggests dropping jdbc: and lists the supported schemes', () => {
    expect(thrown(() => parseSourceUri('jdbc:mysql://h/db')).suggestions[0]).toContain('Drop the "jdbc:" prefix')
    expect(thrown(() => parseSourceUri('mongodb://h/db')).suggestions[0]).toContain('postgres, postgresql, mysql, mariadb, mssql, sqlserver, sqlite')
  })
})

describe('identity', () => {
  it('is the same however the same database is written, and never holds the password', () => {
    const a = parseSourceUri('postgres://reader:one@ERP-Host/erp')
    const b = parseSourceUri('postgresql://reader:two@erp-host:5432/erp?sslmode=require')
    expect(a.identity).toBe('postgres://reader@erp-host:5432/erp')
    expect(b.identity).toBe(a.identity)
  })

  it('differs by user, database, port and dialect', () => {
    const ids = [
      'postgres://reader@h/erp',
      'postgres://admin@h/erp',
      'postgres://reader@h/erp2',
      'postgres://reader@h:5433/erp',
      'mysql://reader@h/erp',
    ].map((uri) => parseSourceUri(uri).identity)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('isDatabaseUri', () => {
  it.each(['postgres://h/db', 'mariadb://h/db', 'sqlite:./x.db', 'SQLITE:/x.db', 'oracle://h/db', 'jdbc:postgresql://h/db', '  mssql://h/db'])(
    '%s is a database source',
    (input) => expect(isDatabaseUri(input)).toBe(true),
  )
  it.each(['kunden.csv', './Freigabe/', 'exports/*.csv', 'C:\\Daten\\kunden.csv', 'C://Daten', '/abs/x.db', 'sqlite.db'])(
    '%s is a path',
    (input) => expect(isDatabaseUri(input)).toBe(false),
  )
})

describe('sqlSourceFromFields', () => {
  it('builds a network spec with a redacted location and the default port', () => {
    const spec = sqlSourceFromFields({type: 'mysql', host: 'shop-db', database: 'shop', user: 'leser', password: 'a"b\'c#d'})
    expect(spec).toMatchObject({dialect: 'mysql', host: 'shop-db', port: 3306, database: 'shop', user: 'leser', password: 'a"b\'c#d'})
    expect(spec.location).toBe('mysql://leser@shop-db:3306/shop')
    expect(spec.identity).toBe(parseSourceUri('mysql://leser:x@shop-db/shop').identity)
  })

  it('builds a sqlite spec relative to the base folder', () => {
    expect(sqlSourceFromFields({type: 'sqlite', file: 'lager.db'}, {baseDir: '/cfg'})).toMatchObject({file: '/cfg/lager.db', database: 'lager.db'})
  })

  it('refuses a missing database or file', () => {
    expect(thrown(() => sqlSourceFromFields({type: 'postgres', host: 'h'})).message).toContain('needs "database"')
    expect(thrown(() => sqlSourceFromFields({type: 'sqlite'})).message).toContain('needs "file"')
  })
})

describe('redactLocation', () => {
  it.each([
    ['postgres://reader:geheim@h/db', 'postgres://reader:***@h/db'],
    ['postgres://reader@h/db', 'postgres://reader@h/db'],
    ['postgres://h/db?sslmode=require', 'postgres://h/db?sslmode=require'],
    ['mssql://sa@h/db?password=geheim&encrypt=true', 'mssql://sa@h/db?encrypt=true'],
    ['mssql://sa@h/db?encrypt=true&Pwd=geheim', 'mssql://sa@h/db?encrypt=true'],
    ['mssql://sa@h/db?PASSWORD=geheim', 'mssql://sa@h/db'],
    ['postgres://:geheim@h/db', 'postgres://:***@h/db'],
    ['postgres://host/db?application_name=a@b', 'postgres://host/db?application_name=a@b'],
    ['sqlite:./wawi.db', 'sqlite:./wawi.db'],
    ['kunden.csv', 'kunden.csv'],
    ['C:\\Users\\max@firma\\kunden.csv', 'C:\\Users\\max@firma\\kunden.csv'],
    ['postgres:reader:geheim@h/db', 'postgres:reader:***@h/db'],
    ['postgres:/reader:geheim@h/db', 'postgres:/reader:***@h/db'],
    ['reader:geheim@h/db', 'reader:***@h/db'],
  ])('%s → %s', (input, output) => {
    expect(redactLocation(input)).toBe(output)
  })

  it('redacts URIs and password assignments inside free text', () => {
    const text = 'connect to postgres://reader:geheim@h/db failed; Server=h;User Id=sa;Password=geheim2;'
    const out = redactLocation(text)
    expect(out).toBe('connect to postgres://reader:***@h/db failed; Server=h;User Id=sa;Password=***;')
  })
})

// ---- the password must never leak: property tests ----

/** the marker appears only in passwords, so any output containing it leaked (part of) one */
const MARK = '§'
const specials = ['@', ':', '/', '?', '#', '%', '&', '=', '+', ' ', '\\', '"', "'", '$', '{', '}', '[', ']', 'ü', '€', 'a', 'Z', '7', '.', '-']
const passwordArb = fc
  .oneof(fc.string({unit: fc.constantFrom(...specials), maxLength: 20}), fc.string({unit: 'grapheme', maxLength: 20}))
  .map((inner) => `${MARK}${inner}${MARK}`)

function visibleTexts(spec: SqlSourceSpec): string[] {
  return [spec.location, spec.identity]
}

function expectNoLeak(texts: string[], password: string): void {
  for (const text of texts) {
    expect(text).not.toContain(MARK)
    expect(text).not.toContain(encodeURIComponent(MARK))
    expect(text).not.toContain(password)
    expect(text).not.toContain(encodeURIComponent(password))
  }
}

function errorTexts(error: ScannerError): string[] {
  return [error.message, ...error.suggestions, error.location ?? '']
}

describe('no password leaks (property)', () => {
  it('percent-encoded passwords are parsed exactly and appear nowhere', () => {
    fc.assert(
      fc.property(passwordArb, fc.constantFrom('postgres', 'mysql', 'mssql'), (password, scheme) => {
        const uri = `${scheme}://reader:${encodeURIComponent(password)}@db.example.com:5432/erp?sampleRows=500`
        const spec = parseSourceUri(uri)
        expect(spec.password).toBe(password)
        expect(spec.host).toBe('db.example.com')
        expect(spec.database).toBe('erp')
        expectNoLeak([...visibleTexts(spec), redactLocation(uri), redactLocation(`error: ${uri} timed out`)], password)
      }),
      {numRuns: 500},
    )
  })

  it('raw (unencoded) passwords are hidden and still parsed', () => {
    fc.assert(
      fc.property(passwordArb, (password) => {
        const uri = `postgres://reader:${password}@db.example.com:5432/erp?sslmode=require`
        const spec = parseSourceUri(uri)
        expect(spec.host).toBe('db.example.com')
        expect(spec.user).toBe('reader')
        if (!password.includes('%')) expect(spec.password).toBe(password)
        expectNoLeak([...visibleTexts(spec), redactLocation(uri)], password)
      }),
      {numRuns: 500},
    )
  })

  it('passwords given as ?password= are taken and dropped from the location', () => {
    fc.assert(
      fc.property(passwordArb, (password) => {
        const uri = `mssql://sa@db.example.com/erp?encrypt=true&password=${encodeURIComponent(password)}`
        const spec = parseSourceUri(uri)
        expect(spec.password).toBe(password)
        expectNoLeak([...visibleTexts(spec), redactLocation(uri)], password)
      }),
      {numRuns: 200},
    )
  })

  it('no error message, suggestion or location names the password', () => {
    const broken = [
      (pw: string) => `oracle://reader:${pw}@db.example.com/erp`,
      (pw: string) => `postgres://reader:${pw}@db.example.com:5432`,
      (pw: string) => `postgres://reader:${pw}@db.example.com:99999/erp`,
      (pw: string) => `postgres://reader:${pw}@db.example.com/erp?bogus=1`,
      (pw: string) => `postgres://reader:${pw}@db.example.com/erp?sslmode=sometimes`,
      (pw: string) => `mssql://reader:${pw}@db.example.com/erp?sslmode=require`,
      (pw: string) => `mysql://reader@db.example.com/erp?password=${pw}&sampleRows=1`,
      (pw: string) => `postgres:reader:${pw}@db.example.com/erp`,
      (pw: string) => `mysql:/reader:${pw}@db.example.com/erp`,
      (pw: string) => `reader:${pw}@db.example.com/erp`,
    ]
    fc.assert(
      fc.property(passwordArb, fc.constantFrom(...broken), fc.boolean(), (password, make, encode) => {
        const uri = make(encode ? encodeURIComponent(password) : password)
        expectNoLeak(errorTexts(thrown(() => parseSourceUri(uri))), password)
      }),
      {numRuns: 500},
    )
  })
})
