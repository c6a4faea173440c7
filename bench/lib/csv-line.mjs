// Serialises one row as a `;`-separated CSV record (RFC 4180 quoting: a field with `;`, `"`, CR or
// LF is wrapped in quotes and its quotes are doubled).

const SEMICOLON = 59, QUOTE = 34, LF = 10, CR = 13

/** True if the field must be quoted. Char-code scan: cheaper than a regex per field. */
export function needsQuotes(field) {
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i)
    if (c === SEMICOLON || c === QUOTE || c === LF || c === CR) return true
  }
  return false
}

/** @param {readonly string[]} fields @returns {string} the record without line terminator */
export function csvLine(fields) {
  let line = ''
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]
    if (i > 0) line += ';'
    line += needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field
  }
  return line
}
