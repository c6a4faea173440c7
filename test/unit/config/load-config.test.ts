import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ScannerError} from '../../../src/errors.js'
import {configSourceToInput, loadConfig, type ScanConfig} from '../../../src/config/load-config.js'
import {SOURCE_LIMITS} from '../../../src/connectors/sql/source-uri.js'

const ROOT = resolve(import.meta.dirname, '../../..')
const EXAMPLE = join(ROOT, 'docs/datenreife.example.yaml')
const dir = mkdtempSync(join(tmpdir(), 'dr-config-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

let counter = 0
/** writes a config file into the temp folder and returns its path */
function write(ext: string, text: string, sub = ''): string {
  const folder = join(dir, sub)
  mkdirSync(folder, {recursive: true})
  const file = join(folder, `config-${++counter}${ext}`)
  writeFileSync(file, text)
  return file
}

async function configError(file: string, env: NodeJS.ProcessEnv = {}): Promise<ScannerError> {
  try {
    await loadConfig(file, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ScannerError)
    const scannerError = error as ScannerError
    expect(scannerError.code).toBe('CONFIG_INVALID')
    expect(scannerError.exitCode).toBe(2)
    expect(scannerError.suggestions.length).toBeGreaterThan(0)
    return scannerError
  }
  throw new Error(`expected ${file} to be refused`)
}

/** the database spec of source `index` */
function specOf(config: ScanConfig, index: number) {
  const input = configSourceToInput(config.sources[index], config.dir, {defaults: config.defaults})
  if (input.kind !== 'database') throw new Error(`source ${index} is not a database`)
  return input.spec
}

const YAML = `
defaults:
  sampleRows: 2000
  format: json
  out: berichte
sources:
  - name: ERP
    uri: postgres://reader@erp-host/erp?sampleRows=500
    password: \${ERP_PW}
    schemas: {include: [public], exclude: ["*_alt"]}
    tls: {sslmode: require}
  - type: mssql
    host: buha
    database: FIBU
    user: leser
    password: \${BUHA_PW:-leer}
    sampleRows: 300
    tls: {trustServerCertificate: true}
  - type: sqlite
    file: daten/lager.db
  - path: "exports/*.csv"
`

const JSON_TEXT = JSON.stringify({
  defaults: {sampleRows: 2000, format: 'json', out: 'berichte'},
  sources: [
    {
      name: 'ERP',
      uri: 'postgres://reader@erp-host/erp?sampleRows=500',
      password: '${ERP_PW}',
      schemas: {include: ['public'], exclude: ['*_alt']},
      tls: {sslmode: 'require'},
    },
    {type: 'mssql', host: 'buha', database: 'FIBU', user: 'leser', password: '${BUHA_PW:-leer}', sampleRows: 300, tls: {trustServerCertificate: true}},
    {type: 'sqlite', file: 'daten/lager.db'},
    {path: 'exports/*.csv'},
  ],
}, null, 2)

describe('loadConfig: YAML and JSON', () => {
  const env = {ERP_PW: 'p@ss: "#wort\' ${X}'}

  it('reads the same config from YAML and JSON', async () => {
    const fromYaml = await loadConfig(write('.yaml', YAML, 'same'), env)
    const fromJson = await loadConfig(write('.json', JSON_TEXT, 'same'), env)
    const {file: yamlFile, ...yamlRest} = fromYaml
    const {file: jsonFile, ...jsonRest} = fromJson
    expect(yamlFile).not.toBe(jsonFile)
    expect(yamlRest).toEqual(jsonRest)
    expect(fromYaml.sources).toHaveLength(4)
  })

  it('substitutes variables after parsing, so special characters need no quoting', async () => {
    const config = await loadConfig(write('.yml', YAML), env)
    expect(config.sources[0].password).toBe('p@ss: "#wort\' ${X}')
    expect(specOf(config, 0).password).toBe('p@ss: "#wort\' ${X}')
    // an unset variable with a default takes the default
    expect(config.sources[1].password).toBe('leer')
  })

  it('resolves relative paths against the config folder and normalises defaults', async () => {
    const file = write('.yaml', YAML, 'nested/deeper')
    const config = await loadConfig(file, env)
    const folder = join(dir, 'nested/deeper')
    expect(config.dir).toBe(folder)
    expect(config.file).toBe(file)
    expect(config.defaults).toEqual({sampleRows: 2000, format: ['json'], out: join(folder, 'berichte')})
    expect(specOf(config, 2).file).toBe(join(folder, 'daten/lager.db'))
    expect(configSourceToInput(config.sources[3], config.dir)).toEqual({kind: 'path', path: join(folder, 'exports/*.csv')})
  })

  it('ranks a source option over its URI over the config defaults', async () => {
    const config = await loadConfig(write('.yaml', YAML), env)
    const erp = specOf(config, 0)
    expect(erp).toMatchObject({name: 'ERP', dialect: 'postgres', sampleRows: 500, location: 'postgres://reader@erp-host/erp?sampleRows=500'})
    expect(erp.schemas).toEqual({include: ['public'], exclude: ['*_alt']})
    expect(erp.tls).toEqual({mode: 'require'})
    const buha = specOf(config, 1)
    expect(buha).toMatchObject({dialect: 'mssql', host: 'buha', port: 1433, database: 'FIBU', user: 'leser', sampleRows: 300})
    expect(buha.tls).toEqual({encrypt: true, trustServerCertificate: true})
    expect(specOf(config, 2).sampleRows).toBe(2000)
  })

  it('accepts an empty variable with :- as unset (the default wins), and $${ as a literal', async () => {
    const file = write('.yaml', 'sources:\n  - uri: "postgres://u@h/db"\n    password: "${PW:-fallback}"\n    name: "Kosten $${NICHT} ${NAME}"\n')
    const config = await loadConfig(file, {PW: '', NAME: 'Lager'})
    expect(config.sources[0].password).toBe('fallback')
    expect(config.sources[0].name).toBe('Kosten ${NICHT} Lager')
  })

  it('loads the example file from docs/', async () => {
    const config = await loadConfig(EXAMPLE, {ERP_DB_PASSWORD: 'x'})
    expect(config.sources.length).toBeGreaterThanOrEqual(5)
    const inputs = config.sources.map((source) => configSourceToInput(source, config.dir, {defaults: config.defaults}))
    expect(inputs.map((input) => (input.kind === 'database' ? input.spec.dialect : 'path'))).toEqual(['postgres', 'mssql', 'mysql', 'sqlite', 'path', 'path'])
    expect(config.defaults.format).toEqual(['terminal', 'json'])
  })
})

describe('loadConfig: environment variables', () => {
  it('names every missing variable and its place, and no value of the file', async () => {
    const file = write('.yaml', 'sources:\n  - uri: postgres://u@h/db\n    password: ${ERP_PW}\n    name: Geheim-4711\n  - uri: mysql://u@h/db\n    password: ${SHOP_PW}\n')
    const error = await configError(file, {})
    expect(error.message).toContain(file)
    expect(error.message).toContain('sources[0].password (line 3) uses ${ERP_PW}, but the environment variable ERP_PW is not set')
    expect(error.message).toContain('sources[1].password (line 6)')
    expect(error.message).toContain('SHOP_PW')
    expect(error.message).not.toContain('Geheim-4711')
    expect(error.suggestions[0]).toContain('export ERP_PW=')
  })

  it('the example file needs ERP_DB_PASSWORD', async () => {
    expect((await configError(EXAMPLE, {})).message).toContain('ERP_DB_PASSWORD')
  })

  it('refuses a malformed reference without printing it', async () => {
    const error = await configError(write('.yaml', 'sources:\n  - path: "${not valid}"\n'))
    expect(error.message).toContain('sources[0].path (line 2) has a ${…} that is not a valid reference')
    expect(error.message).not.toContain('not valid}')
  })
})

describe('loadConfig: file and syntax errors', () => {
  it('refuses a missing file, a folder and an unknown extension', async () => {
    expect((await configError(join(dir, 'nope.yaml'))).message).toContain('does not exist')
    mkdirSync(join(dir, 'folder.yaml'), {recursive: true})
    expect((await configError(join(dir, 'folder.yaml'))).message).toContain('is a folder')
    expect((await configError(write('.toml', 'x = 1'))).message).toContain('must end in .yaml, .yml or .json')
  })

  it('refuses an empty file', async () => {
    expect((await configError(write('.yaml', '# nothing yet\n'))).message).toContain('the file is empty')
    expect((await configError(write('.json', ''))).message).toContain('line 1')
  })

  it('names line and column of a YAML error without quoting the file', async () => {
    const file = write('.yaml', 'sources:\n  - uri: postgres://u@h/db\n    password: Str3ng-Geheim\n   bad: [\n')
    const error = await configError(file)
    expect(error.message).toMatch(/not valid YAML at line 4, column 1: /)
    expect(error.message).not.toContain('Str3ng-Geheim')
  })

  it('refuses duplicate YAML keys', async () => {
    const error = await configError(write('.yaml', 'sources:\n  - path: a.csv\n    path: b.csv\n'))
    expect(error.message).toContain('line 3')
  })

  it.each([
    ['{\n  "sources": [\n    {"path": "a.csv",}\n  ]\n}', 3, 22],
    ['{\n  "sources": [ {"uri": "postgres://u@h/db", "password": Geheim} ]\n}', 2, 57],
    ['{"sources": [', 1, 14],
    ['{"sources": []}\nx', 2, 1],
  ])('names line and column of a JSON error (%#) without quoting the file', async (text, line, column) => {
    const error = await configError(write('.json', text))
    expect(error.message).toContain(`not valid JSON at line ${line}, column ${column}`)
    expect(error.message).not.toContain('Geheim')
  })
})

describe('loadConfig: schema violations in plain words', () => {
  it.each([
    ['sources:\n  - path: a.csv\n  - uri: postgres://u@h/db\n    sampleRows: 50\n', 'sources[1].sampleRows (line 4) must be an integer >= 100 and <= 10000000'],
    ['sources:\n  - uri: postgres://u@h/db\n    sampleRows: "viele"\n', 'sources[0].sampleRows (line 3) must be an integer >= 100'],
    ['sources:\n  - uri: postgres://u@h/db\n    port: 5432\n', 'sources[0].port (line 3) is not allowed here: port cannot be combined with uri'],
    ['sources:\n  - uri: postgres://u@h/db\n    smapleRows: 500\n', 'sources[0].smapleRows (line 3) is not a known key'],
    ['sources:\n  - type: oracle\n    database: x\n', 'sources[0].type (line 2) must be one of postgres, mysql, mssql, sqlite'],
    ['sources:\n  - type: postgres\n    host: h\n', 'sources[0] (line 2) needs "database"'],
    ['sources:\n  - type: sqlite\n    host: h\n    file: x.db\n', 'sources[0].host (line 3) is not allowed here: host does not apply to type sqlite'],
    ['sources:\n  - type: postgres\n    database: d\n    file: x.db\n', 'sources[0].file (line 4) is not allowed here: file applies only to type sqlite'],
    ['sources:\n  - path: a.csv\n    tls: {sslmode: require}\n', 'sources[0].tls (line 3) is not allowed here: tls applies only to database sources'],
    // only the reason it is not allowed, not also its range
    ['sources:\n  - path: a.csv\n    sampleRows: 1\n', 'Config file PATH: sources[0].sampleRows (line 3) is not allowed here: sampleRows applies only to database sources, not to a path.'],
    ['sources:\n  - path: a.csv\n    uri: postgres://u@h/db\n', 'sources[0] (line 2) gives uri and path'],
    ['sources:\n  - name: nichts\n', 'sources[0] (line 2) needs one of uri, path or type'],
    ['sources: []\n', 'sources (line 1) must list at least one source'],
    ['defaults:\n  lang: fr\nsources:\n  - path: a.csv\n', 'defaults.lang (line 2) must be one of de, en'],
    ['defaults:\n  format: [pdf]\nsources:\n  - path: a.csv\n', 'defaults.format (line 2) must be one of terminal, json, html, md, xlsx, or a list of them'],
    ['sources:\n  - uri: postgres://u@h/db\n    tls: {sslmode: sometimes}\n', 'sources[0].tls.sslmode (line 3) must be one of disable, allow, prefer, require, verify-ca, verify-full'],
    ['sources:\n  - uri: postgres://u@h/db\n    schemas: {include: public}\n', 'sources[0].schemas.include (line 3) must be a list'],
    ['defaults: {}\n', 'the config (line 1) needs "sources"'],
    ['- path: a.csv\n', 'the config (line 1) must be a map of keys and values'],
    ['sources:\n  - path: a.csv\nsource: []\n', 'source (line 3) is not a known key'],
  ])('%j → %s', async (text, words) => {
    const file = write('.yaml', text)
    const error = await configError(file)
    expect(error.message).toContain(words.replace('PATH', file))
  })

  it('lists several problems at once and suggests the nearest key', async () => {
    const error = await configError(write('.yaml', 'sources:\n  - uri: postgres://u@h/db\n    smapleRows: 500\n  - path: a.csv\n    sampleRows: 1\n'))
    expect(error.message).toContain('sources[0].smapleRows')
    expect(error.message).toContain('sources[1].sampleRows')
    expect(error.suggestions).toContain('Did you mean "sampleRows" instead of "smapleRows"?')
    expect(error.message).toMatch(/: 2 problems:\n  - sources\[0\]\.smapleRows .*\n  - sources\[1\]\.sampleRows/)
  })

  it('never prints a value of the file, even a wrong one', async () => {
    const error = await configError(write('.yaml', 'sources:\n  - uri: postgres://u@h/db\n    password: 4711\n'))
    expect(error.message).toContain('sources[0].password (line 3) must be a text')
    expect(error.message).not.toContain('4711')
  })

  it('reports JSON violations with their path too', async () => {
    const error = await configError(write('.json', '{\n  "sources": [\n    {"uri": "postgres://u@h/db", "sampleRows": 5}\n  ]\n}\n'))
    expect(error.message).toContain('sources[0].sampleRows (line 3) must be an integer >= 100')
  })

  it('states the same limits as the spec builder', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8')) as {$defs: Record<string, {minimum: number; maximum: number}>}
    for (const [key, {min, max}] of Object.entries(SOURCE_LIMITS)) {
      expect({key, min: schema.$defs[key].minimum, max: schema.$defs[key].maximum}).toEqual({key, min, max})
    }
  })
})

describe('loadConfig: database sources are checked at load time', () => {
  it.each([
    ['sources:\n  - uri: oracle://u:Pw-9911@h/db\n', '"oracle" is not a supported database type'],
    ['sources:\n  - uri: postgres://u:Pw-9911@h\n', 'the database name is missing'],
    ['sources:\n  - uri: ./kunden.csv\n', 'uri is not a database URI'],
    ['sources:\n  - type: mssql\n    host: h\n    database: d\n    tls: {sslmode: require}\n', 'sslmode / ssl do not apply to SQL Server'],
    ['sources:\n  - type: postgres\n    database: d\n    tls: {encrypt: true}\n', 'apply to SQL Server only'],
    ['sources:\n  - type: postgres\n    host: "bad host"\n    database: d\n', 'host name'],
  ])('%j → %s', async (text, words) => {
    const file = write('.yaml', text)
    const error = await configError(file)
    expect(error.message).toContain(`Config file ${file}: sources[0] (line 2): `)
    expect(error.message).toContain(words)
    expect(error.message).not.toContain('Pw-9911')
  })

  it('configSourceToInput turns spec errors into CONFIG_INVALID with the label', () => {
    try {
      configSourceToInput({uri: 'postgres://u@h/db?sampleRows=1'}, dir, {label: 'x.yaml: sources[3]'})
      expect.unreachable()
    } catch (error) {
      expect((error as ScannerError).code).toBe('CONFIG_INVALID')
      expect((error as ScannerError).message).toMatch(/^x\.yaml: sources\[3\]: .*sampleRows must be a whole number/)
    }
  })
})
