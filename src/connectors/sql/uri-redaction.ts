/**
 * Finding and hiding credentials in database URIs. Kept apart from the parser because it must also work
 * on text that is not a valid URI at all: a mistyped source, a driver's error message that quotes the
 * connection string, a password pasted without percent-encoding.
 *
 * The rule for where the user info ends is deliberately greedy: it ends at the LAST `@` that is followed by
 * something host-like, so a raw password containing `@`, `/`, `?` or `#` is still hidden as a whole. A
 * query value containing `@` after a password may then be hidden too — hiding too much is the safe error.
 */

/** `scheme:` at the start of a string; the scheme grammar of RFC 3986 */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/

/** query parameters whose values are secrets; compared after lower-casing and dropping `_` and `-` */
const SECRET_PARAMS: ReadonlySet<string> = new Set(['password', 'pwd', 'passwd', 'pass', 'sslpassword', 'secret', 'token'])

/** `password=…`, `Pwd: …` in free text (ADO connection strings, driver messages) */
// MySQL's "(using password: YES)" says whether a password was sent; it is not one
const SECRET_ASSIGNMENT = /\b(password|pwd|passwd|sslpassword)(\s*[=:]\s*)(?!(?:YES|NO)\))("[^"]*"|'[^']*'|[^\s;&,]+)/gi

/** the schemes parseSourceUri knows (and jdbc:, which people paste) */
const DATABASE_SCHEME = /^(postgres|postgresql|mysql|mariadb|mssql|sqlserver|sqlite|jdbc):/i

/** a URI inside free text: up to the next whitespace */
const URI_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*/g

export function normalizeParamKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '')
}

export function isSecretParam(key: string): boolean {
  return SECRET_PARAMS.has(normalizeParamKey(safeDecode(key)))
}

/** decodeURIComponent that keeps the text as it is when it is not valid percent-encoding (a raw `%`) */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export interface AuthoritySplit {
  /** the text between `//` and the chosen `@` (undefined when there is no user info) */
  userinfo?: string
  /** everything after the user info: host[:port], path, query */
  remainder: string
}

/**
 * Splits what follows `scheme://` into user info and the rest. Candidates are every `@` whose following
 * host part (up to the next `/` or `?`) contains no `@` and no whitespace, and whose preceding text either
 * contains no `/` or `?`, or has its first `:` before them (so the special characters sit in a password,
 * not in a host or path: `postgres://host/db?x=a@b` has no user info). The last candidate wins.
 */
export function splitAuthority(afterSlashes: string): AuthoritySplit {
  let chosen = -1
  for (let at = afterSlashes.indexOf('@'); at >= 0; at = afterSlashes.indexOf('@', at + 1)) {
    const before = afterSlashes.slice(0, at)
    const special = before.search(/[/?]/)
    if (special >= 0) {
      const colon = before.indexOf(':')
      if (colon < 0 || colon > special) continue
    }
    const after = afterSlashes.slice(at + 1)
    const hostEnd = after.search(/[/?]/)
    const hostPart = hostEnd < 0 ? after : after.slice(0, hostEnd)
    if (/[@\s]/.test(hostPart)) continue
    chosen = at
  }
  if (chosen < 0) return {remainder: afterSlashes}
  return {userinfo: afterSlashes.slice(0, chosen), remainder: afterSlashes.slice(chosen + 1)}
}

/**
 * Query parameters that are not secrets, as parseSourceUri knows them (normalised). After a secret
 * parameter, every piece up to the next of these belongs to the secret: a raw `&` in a pasted password
 * must not turn its tail into a parameter that is shown.
 */
const PUBLIC_PARAMS: ReadonlySet<string> = new Set([
  'sslmode', 'ssl', 'encrypt', 'trustservercertificate', 'sslrootcert', 'sslca', 'ca', 'schema', 'schemas', 'exclude',
  'excludeschemas', 'samplerows', 'statementtimeout', 'statementtimeoutms', 'tablebudget', 'tablebudgetms',
  'sourcebudget', 'sourcebudgetms', 'applicationname', 'user', 'username', 'instancename',
])

export interface QueryPiece {
  /** the key as written (still percent-encoded) */
  rawKey: string
  /** the value as written (still percent-encoded); secrets include any `&…` continuation */
  rawValue: string
  /** the piece had a `=` */
  hasValue: boolean
  secret: boolean
}

/** Splits a query string (without `?`) into parameters, keeping a secret's raw `&` continuations with it. */
export function queryPieces(query: string): QueryPiece[] {
  const pieces: QueryPiece[] = []
  for (const text of query.split('&')) {
    const eq = text.indexOf('=')
    const rawKey = eq < 0 ? text : text.slice(0, eq)
    const last = pieces.at(-1)
    if (last?.secret && !PUBLIC_PARAMS.has(normalizeParamKey(safeDecode(rawKey)))) {
      last.rawValue += `&${text}`
      continue
    }
    if (text === '') continue
    pieces.push({rawKey, rawValue: eq < 0 ? '' : text.slice(eq + 1), hasValue: eq >= 0, secret: isSecretParam(rawKey)})
  }
  return pieces
}

/** the query string without secret parameters (`?` included when something is left) */
function redactQuery(query: string): string {
  const kept = queryPieces(query)
    .filter((piece) => !piece.secret)
    .map((piece) => (piece.hasValue ? `${piece.rawKey}=${piece.rawValue}` : piece.rawKey))
  return kept.length === 0 ? '' : `?${kept.join('&')}`
}

/** splits `text` at its first `?` into the part before and the (redacted) query */
function withRedactedQuery(text: string): string {
  const q = text.indexOf('?')
  return q < 0 ? text : text.slice(0, q) + redactQuery(text.slice(q + 1))
}

/** Redacts one URI (the whole string is taken as the URI, whitespace and all). */
export function redactUri(uri: string): string {
  const scheme = SCHEME.exec(uri)
  const rest = scheme ? uri.slice(scheme[0].length) : uri
  // sqlite:<path> carries no credentials, only perhaps a query
  if (scheme && scheme[1].toLowerCase() === 'sqlite') return scheme[0] + withRedactedQuery(rest)
  if (scheme && rest.startsWith('//')) return `${scheme[0]}//${redactAuthority(rest.slice(2))}`
  // no "//": a mistyped URI (postgres:user:pw@host/db, user:pw@host/db) — everything before the first
  // colon stays, everything up to the last host-like @ may be a password. A one-letter "scheme" is a
  // Windows drive (C:\Users\me@firma\…), not a URI.
  if (scheme?.[1].length === 1) return maskSecretAssignments(uri)
  if (scheme && DATABASE_SCHEME.test(uri)) {
    const slashes = /^\/*/.exec(rest)?.[0] ?? ''
    if (splitAuthority(rest.slice(slashes.length)).userinfo !== undefined) return scheme[0] + slashes + redactAuthority(rest.slice(slashes.length))
  }
  // an unknown "scheme" may be the user name of a URI without scheme (user:pw@host/db)
  if (splitAuthority(uri).userinfo === undefined) return maskSecretAssignments(uri)
  return redactAuthority(uri)
}

/** `user:***@host…` with secret query parameters dropped */
function redactAuthority(text: string): string {
  const {userinfo, remainder} = splitAuthority(text)
  let user = ''
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':')
    user = colon < 0 ? `${userinfo}@` : `${userinfo.slice(0, colon)}:***@`
  }
  return user + withRedactedQuery(remainder)
}

function maskSecretAssignments(text: string): string {
  return text.replace(SECRET_ASSIGNMENT, (_match, key: string, sep: string) => `${key}${sep}***`)
}

/**
 * Hides credentials so the result may appear in a report, a message or a log: the password of a URI
 * becomes `***` (the user stays), secret query parameters (`password=`, `pwd=`) are dropped, everything
 * else stays readable. A string that is one word, starts with `scheme://` or with a database scheme is
 * taken as one URI as a whole (a raw password may contain spaces); any other string is treated as text
 * in which every `scheme://…` word is redacted and `password=…` assignments are masked.
 */
export function redactLocation(input: string): string {
  const trimmed = input.trim()
  if (!/\s/.test(trimmed) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(trimmed) || DATABASE_SCHEME.test(trimmed)) {
    return redactUri(trimmed)
  }
  return maskSecretAssignments(input.replace(URI_IN_TEXT, (uri) => redactUri(uri)))
}
