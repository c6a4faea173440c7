/**
 * Turns ajv's schema violations into sentences a user can act on ("sources[1].sampleRows must be an
 * integer >= 100 (line 12)"). Messages name paths, keys and the allowed values — never a value from the
 * config, which may be a password.
 */
import type {ErrorObject} from 'ajv/dist/2020.js'
import type {ConfigPath} from './env-substitution.js'

/** where a config path sits in the file (1-based), when known */
export type LocateFn = (path: ConfigPath) => {line: number; col: number} | undefined

/** `sources[1].tls.sslmode`; the root is "the config" */
export function renderPath(path: ConfigPath): string {
  if (path.length === 0) return 'the config'
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

export function pointerToPath(pointer: string): ConfigPath {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment))
}

function dataAt(root: unknown, path: ConfigPath): unknown {
  let node = root
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}

interface NumberSchema {
  type?: string
  minimum?: number
  maximum?: number
  enum?: unknown[]
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys and values',
}

/** "an integer >= 100 and <= 10000000", from the schema of the property */
function expected(schema: NumberSchema): string {
  let words = TYPE_WORDS[schema.type ?? ''] ?? `of type ${schema.type}`
  if (schema.minimum !== undefined) words += ` >= ${schema.minimum}`
  if (schema.maximum !== undefined) words += `${schema.minimum === undefined ? '' : ' and'} <= ${schema.maximum}`
  return words
}

/** Levenshtein distance, for "did you mean" on unknown keys */
function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

export function closestKey(key: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined
}

/** why a key is not allowed where it is (a `false` schema in the config schema) */
function notAllowedReason(key: string, owner: Record<string, unknown>): string {
  if (owner.path !== undefined) return `${key} applies only to database sources, not to a path`
  if (owner.uri !== undefined) return `${key} cannot be combined with uri (write it into the URI, or give the connection as type/host/database fields)`
  if (owner.type === 'sqlite') return `${key} does not apply to type sqlite (a file)`
  return `${key} applies only to type sqlite`
}

export interface DescribedError {
  message: string
  suggestion?: string
}

/**
 * One sentence per problem, deduplicated by path. `data` is the validated config (for context such as
 * "this source has a path"), never quoted.
 */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown, locate: LocateFn): DescribedError[] {
  const out = new Map<string, DescribedError>()
  const add = (path: ConfigPath, text: string, suggestion?: string) => {
    const where = locate(path)
    const line = where ? ` (line ${where.line})` : ''
    const message = `${renderPath(path)}${line} ${text}`
    if (!out.has(message)) out.set(message, {message, suggestion})
  }
  // a key that is not allowed at all: its type or range does not matter
  const forbidden = new Set(errors.filter((e) => e.keyword === 'false schema').map((e) => e.instancePath))
  for (const error of errors) {
    if (forbidden.has(error.instancePath) && error.keyword !== 'false schema') continue
    // the branches of oneOf/anyOf fail by design; the oneOf/anyOf error itself says it better
    if (/\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath) || error.keyword === 'if') continue
    const path = pointerToPath(error.instancePath)
    const params = error.params as Record<string, unknown>
    const schema = (error.parentSchema ?? {}) as NumberSchema
    switch (error.keyword) {
      case 'type':
      case 'minimum':
      case 'maximum':
        add(path, `must be ${expected(schema)}`)
        break
      case 'enum':
        add(path, `must be one of ${(params.allowedValues as unknown[]).join(', ')}`)
        break
      case 'anyOf':
        // only defaults.format has one: a single format or a list of them
        add(path, 'must be one of terminal, json, html, md, xlsx, or a list of them')
        break
      case 'required':
        add(path, `needs "${String(params.missingProperty)}"`)
        break
      case 'additionalProperties': {
        const key = String(params.additionalProperty)
        const known = Object.keys((error.parentSchema as {properties?: object}).properties ?? {}).filter((k) => k !== '$schema')
        const near = closestKey(key, known)
        add([...path, key], 'is not a known key', near ? `Did you mean "${near}" instead of "${key}"?` : `Known keys here: ${known.join(', ')}.`)
        break
      }
      case 'false schema': {
        const owner = dataAt(data, path.slice(0, -1))
        add(path, `is not allowed here: ${notAllowedReason(String(path.at(-1)), (owner ?? {}) as Record<string, unknown>)}`)
        break
      }
      case 'oneOf': {
        const owner = (dataAt(data, path) ?? {}) as Record<string, unknown>
        const given = ['uri', 'path', 'type'].filter((key) => owner[key] !== undefined)
        add(
          path,
          given.length === 0
            ? 'needs one of uri, path or type (a database given by type, host, database …)'
            : `gives ${given.join(' and ')}; a source is either a uri, a path, or a database given by type`,
          'Split it into one source per entry.',
        )
        break
      }
      case 'minLength':
        add(path, 'must not be empty')
        break
      case 'minItems':
        add(path, path.length === 1 && path[0] === 'sources' ? 'must list at least one source' : 'must not be empty')
        break
      case 'uniqueItems':
        add(path, 'lists the same value twice')
        break
      default:
        add(path, error.message ?? `violates ${error.keyword}`)
    }
  }
  return [...out.values()]
}
