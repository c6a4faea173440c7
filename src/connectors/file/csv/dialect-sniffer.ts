/**
 * Guesses delimiter, quoting, line ending and a record terminator from the first part of a CSV file.
 * The delimiter is the candidate that splits the sampled records into the most consistent field counts
 * (quote-aware: a ';' inside "Müller; Hans" does not count), weighted towards more fields.
 */
import type {CsvDialect} from '../../../report/scan-report.js'
import {RecordTokenizer, type TokenizerOptions} from './record-tokenizer.js'

export interface SniffedDialect {
  delimiter: string
  quote: '"' | null
  lineEnding: CsvDialect['lineEnding']
  lineBreak: '\n' | '\r'
  /** a terminator written at the end of every record ("&|"), stripped from the last field */
  recordSuffix?: string
}

const CANDIDATES = [';', ',', '\t', '|'] as const
const SAMPLE_RECORDS = 200
const SAMPLE_LINES = 60

export function sniffDialect(text: string, complete: boolean, forcedDelimiter?: string): SniffedDialect {
  const lineEnding = sniffLineEnding(text)
  const lineBreak = lineEnding === 'cr' ? '\r' : '\n'
  const lines = sampleLines(text, lineBreak, complete)
  let delimiter = forcedDelimiter ?? bestDelimiter(text, complete, lineBreak, lines)
  if (!forcedDelimiter && delimiter.length === 1) delimiter = widenDelimiter(lines, delimiter)
  const quote = quoteInEffect(text, complete, lineBreak, delimiter)
  const dialect: SniffedDialect = {delimiter, quote, lineEnding, lineBreak}
  if (delimiter.length > 1) {
    const suffix = commonRecordSuffix(lines, delimiter)
    if (suffix) dialect.recordSuffix = suffix
  }
  return dialect
}

/** counts line breaks outside quotes (Excel writes LF inside quoted cells of CRLF files) */
export function sniffLineEnding(text: string): CsvDialect['lineEnding'] {
  let crlf = 0
  let lf = 0
  let cr = 0
  let inQuotes = false
  const n = Math.min(text.length, 256 * 1024)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) inQuotes = !inQuotes
    else if (inQuotes) continue
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++
        i++
      } else if (i + 1 < text.length) cr++
    } else if (c === 10) lf++
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
  if (kinds > 1) return 'mixed'
  if (crlf > 0) return 'crlf'
  if (cr > 0) return 'cr'
  return 'lf'
}

interface Consistency {
  /** the most common field count */
  mode: number
  /** share of records with that count */
  share: number
}

function consistency(text: string, complete: boolean, options: TokenizerOptions): Consistency {
  const records: string[][] = []
  new RecordTokenizer(options).tokenize(text, 0, complete, records, Number.POSITIVE_INFINITY, SAMPLE_RECORDS)
  if (records.length === 0) return {mode: 1, share: 0}
  const counts = new Map<number, number>()
  let mode = 1
  let best = 0
  for (const record of records) {
    const n = (counts.get(record.length) ?? 0) + 1
    counts.set(record.length, n)
    if (n > best || (n === best && record.length > mode)) {
      best = n
      mode = record.length
    }
  }
  return {mode, share: best / records.length}
}

function bestDelimiter(text: string, complete: boolean, lineBreak: '\n' | '\r', lines: string[]): string {
  let best: string | null = null
  let bestScore = 0
  const sample = text.slice(0, 64 * 1024)
  const quotes = countOf(sample, '"')
  for (const delimiter of CANDIDATES) {
    const {mode, share} = consistency(text, complete, {delimiter, quote: '"', lineBreak, skipBlankRecords: true})
    if (mode < 2) continue
    // more fields at the same consistency is the better split ("Müller, Hans" in a TAB file)
    let score = share * (1 + Math.log2(mode))
    // quoted fields sit right next to the real delimiter: ";" in "1,"a;b"" is not it
    if (quotes > 0) score *= 1 + (countOf(sample, delimiter + '"') + countOf(sample, '"' + delimiter)) / quotes
    if (score > bestScore) {
      bestScore = score
      best = delimiter
    }
  }
  if (best) return best
  // one column: take a candidate that never occurs, so values are not split later
  const joined = lines.join('\n')
  return CANDIDATES.find((d) => !joined.includes(d)) ?? ';'
}

/**
 * A delimiter of two characters ("+|"): nearly every occurrence of the winning single character
 * outside the line end is preceded by the same punctuation character.
 */
function widenDelimiter(lines: string[], delimiter: string): string {
  const before = new Map<string, number>()
  let occurrences = 0
  for (const line of lines) {
    for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, i + 1)) {
      if (i === line.length - 1) continue
      occurrences++
      const c = i > 0 ? line[i - 1] : ''
      if (c !== '' && isPunctuation(c) && c !== '"' && c !== delimiter) before.set(c, (before.get(c) ?? 0) + 1)
    }
  }
  if (occurrences < lines.length) return delimiter
  for (const [c, n] of before) if (n >= occurrences * 0.9) return c + delimiter
  return delimiter
}

/** the same two punctuation characters closing every sampled line ("&|") */
function commonRecordSuffix(lines: string[], delimiter: string): string | undefined {
  if (lines.length === 0) return undefined
  const suffix = lines[0].slice(-2)
  if (suffix.length < 2 || suffix === delimiter || ![...suffix].every(isPunctuation)) return undefined
  return lines.every((line) => line.endsWith(suffix)) ? suffix : undefined
}

/** '"' unless treating quotes as plain characters splits the sample more consistently */
function quoteInEffect(text: string, complete: boolean, lineBreak: '\n' | '\r', delimiter: string): '"' | null {
  if (!text.includes('"')) return '"'
  const withQuotes = consistency(text, complete, {delimiter, quote: '"', lineBreak, skipBlankRecords: true})
  const without = consistency(text, complete, {delimiter, quote: null, lineBreak, skipBlankRecords: true})
  return without.share > withQuotes.share + 0.2 ? null : '"'
}

function sampleLines(text: string, lineBreak: '\n' | '\r', complete: boolean): string[] {
  const parts = text.split(lineBreak, SAMPLE_LINES + 1)
  if (!complete && parts.length > SAMPLE_LINES) parts.length = SAMPLE_LINES
  else if (!complete && parts.length > 1) parts.pop()
  return parts.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)).filter((line) => line.trim() !== '')
}

function countOf(text: string, part: string): number {
  let n = 0
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) n++
  return n
}

function isPunctuation(c: string): boolean {
  const code = c.charCodeAt(0)
  return (code > 32 && code < 48) || (code > 57 && code < 65) || (code > 90 && code < 97) || (code > 122 && code < 127)
}
