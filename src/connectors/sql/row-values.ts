/**
 * Values of result rows as the drivers hand them, turned into plain text, numbers, booleans and lists.
 * The drivers disagree on types: pg and mysql2 give bigint and numeric as strings, tedious gives bit as
 * a boolean, mysql2 gives binary-collated text as a Buffer, pg parses json_agg while others give JSON
 * text. The catalog readers and the SQL forms of the analyzers read every value through these, so one
 * spelling of a value means the same thing whichever engine answered.
 */

/** null/undefined → undefined; a Buffer (binary-collated text) as UTF-8; anything else as String(value). */
export function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  return String(value)
}

/** asText, with the empty string as undefined too (comments, collations, engines that are "not set"). */
export function asNonEmptyText(value: unknown): string | undefined {
  const text = asText(value)
  return text === undefined || text === '' ? undefined : text
}

/**
 * A number, or null for null, blank text and what is not a number. Numbers the driver parsed itself are
 * kept as they are (a float column's MIN/MAX may be ±Infinity); bigints are converted; text (also in a
 * Buffer) is trimmed and must be a finite number ('NaN' and '1e999' are null).
 */
export function asNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (typeof value !== 'string' && !Buffer.isBuffer(value)) return null
  const text = asText(value)!.trim()
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/** The spellings of "true" settings and flags come in: on (PostgreSQL settings), yes, true, t (PostgreSQL text). */
const TRUE_WORDS: ReadonlySet<string> = new Set(['t', 'true', 'on', 'yes'])

/**
 * A flag: booleans as they are; numbers (also as text: '1', '0') true when not 0; otherwise true only for
 * the words in TRUE_WORDS (any case, trimmed). null, undefined and anything else are false.
 */
export function asBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  const n = asNumber(value)
  if (n !== null) return n !== 0
  const text = asText(value)?.trim().toLowerCase()
  return text !== undefined && TRUE_WORDS.has(text)
}

/** A json_agg / JSON_ARRAYAGG result: already parsed (pg), or JSON text from another driver; null → []. */
export function asStringList(value: unknown): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.map(String)
  const parsed: unknown = JSON.parse(String(value))
  return Array.isArray(parsed) ? parsed.map(String) : []
}
