/**
 * Database values as the analyzers take them (RawValue): typed where the column is typed, so that type
 * inference, formats and duplicate hashing see numbers, booleans and dates, and text where it is text —
 * a VARCHAR holding '12,50' stays text and is recognised as a number stored as text.
 *
 * Drivers differ: pg gives int8/numeric as strings and dates as local-time Date objects, mysql2 (with
 * dateStrings) dates as 'yyyy-mm-dd hh:mm:ss' text, mssql Date objects in UTC, better-sqlite3 whatever
 * was stored. Dates become UTC dates of the calendar values the database holds (no time-zone shift).
 */
import type {RawValue} from '../../connectors/connector.js'
import type {CatalogColumn} from '../../connectors/sql/catalog.js'

export function sampleValue(value: unknown, column: CatalogColumn, dialect: string): RawValue {
  if (value === null || value === undefined) return null
  switch (column.typeClass) {
    case 'integer':
    case 'decimal':
      return numberValue(value)
    case 'boolean':
      if (typeof value === 'boolean') return value
      if (typeof value === 'number' || typeof value === 'bigint') return Number(value) !== 0
      if (typeof value === 'string' && /^[01]$/.test(value)) return value === '1'
      return textValue(value)
    case 'date':
    case 'datetime':
      return temporalValue(value, dialect)
    case 'binary':
      // sampleExpr reads binaries as their length
      return typeof value === 'number' ? value : numberValue(value)
    default:
      return textValue(value)
  }
}

function numberValue(value: unknown): RawValue {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
  if (typeof value === 'string') {
    const n = Number(value)
    // beyond 2^53 a number would lose digits: keep the exact text
    if (value.trim() !== '' && Number.isFinite(n) && (Number.isSafeInteger(n) || !/^-?\d+$/.test(value.trim()))) return n
    return value
  }
  return textValue(value)
}

const TEMPORAL_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/

function temporalValue(value: unknown, dialect: string): RawValue {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    // mssql (tedious) builds dates in UTC; pg builds local-time dates from the calendar values
    if (dialect === 'mssql') return value
    return new Date(
      Date.UTC(value.getFullYear(), value.getMonth(), value.getDate(), value.getHours(), value.getMinutes(), value.getSeconds()),
    )
  }
  if (typeof value === 'string') {
    const m = TEMPORAL_TEXT.exec(value.trim())
    // '0000-00-00' and other non-dates stay text: the missing-ness rules recognise zero dates
    if (!m || m[1] === '0000' || m[2] === '00' || m[3] === '00') return value
    const [, y, mo, d, h, mi, s] = m
    return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)))
  }
  if (typeof value === 'number') return value
  return textValue(value)
}

function textValue(value: unknown): RawValue {
  if (typeof value === 'string') return value
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}
