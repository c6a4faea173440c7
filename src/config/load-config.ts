/**
 * The scan configuration (`--config datenreife.yaml`): read as JSON or YAML by extension, `${ENV_VAR}`
 * substituted in string values after parsing, validated against schemas/config.schema.json (ajv, all
 * errors at once), and every database source checked by building its SqlSourceSpec — so a config that
 * loads is a config that can be scanned. Every problem is ScannerError('CONFIG_INVALID') naming the file
 * and the place in it; no message repeats a value from the file (it may be a password).
 */
import {readFile} from 'node:fs/promises'
import {dirname, extname, isAbsolute, resolve} from 'node:path'
import {LineCounter, parseDocument, type Document} from 'yaml'
import {ScannerError} from '../errors.js'
import type {DialectName} from '../connectors/sql/catalog.js'
import {
  isDatabaseUri,
  parseSourceUri,
  sqlSourceFromFields,
  type SqlSourceBudgets,
  type SqlSourceOverrides,
  type SqlSourceSpec,
  type TlsMode,
} from '../connectors/sql/source-uri.js'
import {schemaValidator} from '../util/json-schema.js'
import {describeSchemaErrors, renderPath, type LocateFn} from './config-errors.js'
import {substituteEnv, type ConfigPath} from './env-substitution.js'

export type ReportFormatName = 'terminal' | 'json' | 'html' | 'md' | 'xlsx' | 'art30'

export interface ConfigTls {
  sslmode?: TlsMode
  encrypt?: boolean
  trustServerCertificate?: boolean
  /** CA certificate file, relative to the config file's folder */
  ca?: string
}

/** One entry of `sources`: exactly one of uri, path, or type (+ connection fields). */
export interface ConfigSource extends Partial<SqlSourceBudgets> {
  name?: string
  uri?: string
  /** file, folder or glob, relative to the config file's folder */
  path?: string
  type?: DialectName
  host?: string
  port?: number
  instanceName?: string
  database?: string
  user?: string
  password?: string
  /** sqlite file, relative to the config file's folder */
  file?: string
  schemas?: {include?: string[]; exclude?: string[]}
  tls?: ConfigTls
}

export interface ConfigDefaults extends Partial<SqlSourceBudgets> {
  lang?: 'de' | 'en'
  /** always a list after loading, even when the file gives one format as a string */
  format?: ReportFormatName[]
  /** absolute after loading (resolved against the config file's folder) */
  out?: string
  /** masked examples in personal-data verdicts (false: as --no-examples) */
  examples?: boolean
}

export interface ScanConfig {
  /** absolute path of the config file */
  file: string
  /** its folder: relative paths in the config are relative to it */
  dir: string
  sources: ConfigSource[]
  defaults: ConfigDefaults
}

export type ConfigInput = {kind: 'database'; spec: SqlSourceSpec} | {kind: 'path'; path: string; name?: string}

const SUGGEST_EXAMPLE = 'Compare with docs/datenreife.example.yaml in the datenreife repository.'

// verbose: errors carry their schema, so "must be an integer >= 100" can be said in one sentence
const validator = schemaValidator('config.schema.json', 'config', {allErrors: true, verbose: true})

function invalid(file: string, problem: string, suggestions: string[] = [], cause?: unknown): ScannerError {
  return new ScannerError('CONFIG_INVALID', `Config file ${file}: ${problem}`, {location: file, suggestions, cause})
}

async function readConfigText(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw invalid(file, 'the file does not exist.', ['Check the path given to --config.'], error)
    if (code === 'EISDIR') throw invalid(file, 'this is a folder, not a config file.', ['Give the .yaml or .json file itself.'], error)
    throw invalid(file, `the file cannot be read (${code ?? 'error'}).`, ['Check the file permissions.'], error)
  }
}

/** 1-based line and column of a character offset */
function lineCol(text: string, offset: number): {line: number; col: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, col: offset - before.lastIndexOf('\n')}
}

/**
 * Where JSON.parse gave up. Its messages sometimes quote the text (which may hold a password) and do not
 * always give a position, so the position is found by parsing prefixes: a prefix before the bad character
 * fails only by ending early.
 */
function jsonErrorOffset(text: string): number {
  const okSoFar = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n))
      return true
    } catch (error) {
      const message = (error as Error).message
      const at = /at position (\d+)/.exec(message)
      return message.startsWith('Unexpected end of JSON input') || (at !== null && Number(at[1]) >= n)
    }
  }
  let lo = 0 // okSoFar(lo) holds
  let hi = text.length // the whole text fails
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (okSoFar(mid)) lo = mid
    else hi = mid
  }
  return okSoFar(text.length) ? text.length : hi - 1
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const offset = jsonErrorOffset(text)
    const {line, col} = lineCol(text, offset)
    const what = offset >= text.trimEnd().length ? 'the JSON ends too early' : 'unexpected character'
    throw invalid(file, `not valid JSON at line ${line}, column ${col}: ${what}.`, [
      'Check commas, quotes and brackets near that place; JSON allows no comments and no trailing commas.',
    ], error)
  }
}

function parseYamlDocument(text: string, lineCounter: LineCounter): Document.Parsed {
  return parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true})
}

function parseYaml(file: string, text: string, doc: Document.Parsed): unknown {
  const [first] = doc.errors
  if (first) {
    // yaml's message ends with a snippet of the file (which may hold a password): keep the first phrase
    const phrase = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    const at = first.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    throw invalid(file, `not valid YAML${where}: ${phrase}.`, [
      'Check the indentation (spaces, not tabs) and the colons near that place; quote values that start with special characters.',
    ], first)
  }
  return doc.toJS()
}

function locator(doc: Document.Parsed | undefined, lineCounter: LineCounter): LocateFn {
  return (path: ConfigPath) => {
    if (!doc || doc.errors.length > 0) return undefined
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length), true) as {range?: [number, number, number]} | undefined
      if (node?.range) return lineCounter.linePos(node.range[0])
    }
    return undefined
  }
}

/** Reads, substitutes, validates and checks a config file. */
export async function loadConfig(path: string, env: NodeJS.ProcessEnv = process.env): Promise<ScanConfig> {
  const file = resolve(path)
  const ext = extname(file).toLowerCase()
  if (!['.json', '.yaml', '.yml'].includes(ext)) {
    throw invalid(file, 'the file name must end in .yaml, .yml or .json.', ['Rename the file or convert it to YAML or JSON.'])
  }
  const text = await readConfigText(file)
  const lineCounter = new LineCounter()
  // JSON is parsed strictly by JSON.parse; the YAML document (JSON is YAML) only serves line numbers
  const doc = parseYamlDocument(text, lineCounter)
  const raw = ext === '.json' ? parseJson(file, text) : parseYaml(file, text, doc)
  if (raw === null || raw === undefined) {
    throw invalid(file, 'the file is empty.', [`Start from this: sources: [{uri: "postgres://reader@erp-host/erp"}]. ${SUGGEST_EXAMPLE}`])
  }
  const locate = locator(doc, lineCounter)

  const {value, problems} = substituteEnv(raw, env)
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const at = locate(p.path)
      const where = `${renderPath(p.path)}${at ? ` (line ${at.line})` : ''}`
      return p.kind === 'missing'
        ? `${where} uses \${${p.reference}}, but the environment variable ${p.reference} is not set`
        : `${where} has a \${…} that is not a valid reference`
    })
    const names = [...new Set(problems.filter((p) => p.kind === 'missing').map((p) => p.reference))]
    throw invalid(file, lines.length === 1 ? `${lines[0]}.` : `${lines.length} problems:\n${lines.map((line) => `  - ${line}`).join('\n')}`, [
      ...(names.length > 0 ? [`Set ${names.join(', ')} before the scan (export ${names[0]}=… or, in PowerShell, $env:${names[0]} = "…"), or give a default: \${${names[0]}:-value}.`] : []),
      'References are written ${NAME} or ${NAME:-default}; write $${ for a literal ${.',
    ])
  }

  const validate = validator()
  if (!validate(value)) {
    const described = describeSchemaErrors(validate.errors ?? [], value, locate)
    const suggestions = [...new Set(described.flatMap((d) => (d.suggestion ? [d.suggestion] : [])))]
    const problems = described.length === 1 ? `${described[0].message}.` : `${described.length} problems:\n${described.map((d) => `  - ${d.message}`).join('\n')}`
    throw invalid(file, problems, [...suggestions, SUGGEST_EXAMPLE])
  }

  const config = value as {sources: ConfigSource[]; defaults?: Omit<ConfigDefaults, 'format'> & {format?: ReportFormatName | ReportFormatName[]}}
  const dir = dirname(file)
  const {format, out, ...rest} = config.defaults ?? {}
  const defaults: ConfigDefaults = {...rest}
  if (format !== undefined) defaults.format = Array.isArray(format) ? format : [format]
  if (out !== undefined) defaults.out = isAbsolute(out) ? out : resolve(dir, out)

  // build every source once now, so a bad URI or TLS option is reported at load time with its place
  config.sources.forEach((source, index) => {
    const at = locate(['sources', index])
    configSourceToInput(source, dir, {defaults, label: `Config file ${file}: sources[${index}]${at ? ` (line ${at.line})` : ''}`})
  })
  return {file, dir, sources: config.sources, defaults}
}

/**
 * What one config source means: a database spec (uri or connection fields, with the source's options
 * over the URI's, and the config defaults under both) or a path resolved against the config folder.
 * Errors are CONFIG_INVALID prefixed with `label`.
 */
export function configSourceToInput(
  source: ConfigSource,
  configDir: string,
  options: {defaults?: Partial<SqlSourceBudgets>; label?: string} = {},
): ConfigInput {
  const label = options.label ?? 'Config source'
  if (source.path !== undefined) {
    const path = isAbsolute(source.path) ? source.path : resolve(configDir, source.path)
    return source.name === undefined ? {kind: 'path', path} : {kind: 'path', path, name: source.name}
  }
  const overrides: SqlSourceOverrides = {
    name: source.name,
    password: source.password,
    schemas: source.schemas,
    sampleRows: source.sampleRows,
    statementTimeoutMs: source.statementTimeoutMs,
    tableBudgetMs: source.tableBudgetMs,
    sourceBudgetMs: source.sourceBudgetMs,
    defaults: pickBudgets(options.defaults),
    baseDir: configDir,
  }
  if (source.tls) {
    const {sslmode, encrypt, trustServerCertificate, ca} = source.tls
    overrides.tls = {mode: sslmode, encrypt, trustServerCertificate, ca}
  }
  try {
    if (source.uri !== undefined) {
      if (!isDatabaseUri(source.uri)) {
        throw new ScannerError('USAGE', 'uri is not a database URI.', {
          suggestions: ['Files, folders and glob patterns go into "path"; databases are postgres://, mysql://, mssql://, sqlite:…'],
        })
      }
      return {kind: 'database', spec: parseSourceUri(source.uri, overrides)}
    }
    if (source.type !== undefined) {
      const {type, host, port, instanceName, database, user, password, file} = source
      return {kind: 'database', spec: sqlSourceFromFields({type, host, port, instanceName, database, user, password, file}, overrides)}
    }
  } catch (error) {
    if (error instanceof ScannerError && error.code === 'USAGE') {
      throw new ScannerError('CONFIG_INVALID', `${label}: ${error.message}`, {cause: error, suggestions: error.suggestions, location: error.location})
    }
    throw error
  }
  throw new ScannerError('CONFIG_INVALID', `${label}: needs one of uri, path or type.`, {suggestions: [SUGGEST_EXAMPLE]})
}

function pickBudgets(defaults: Partial<SqlSourceBudgets> | undefined): Partial<SqlSourceBudgets> | undefined {
  if (!defaults) return undefined
  const {sampleRows, statementTimeoutMs, tableBudgetMs, sourceBudgetMs} = defaults
  return {sampleRows, statementTimeoutMs, tableBudgetMs, sourceBudgetMs}
}
