/**
 * SQL form of value-range (src/analyzers/columns/value-range.ts) for typed database columns:
 * - numbers: MIN/MAX as numbers;
 * - dates and date-times: as ISO text (yyyy-mm-dd, yyyy-mm-ddThh:mm:ss), like the row path;
 * - text: MIN/MAX of the present values in binary (code point) order, and their length range in
 *   characters. A text column holding numbers keeps text order here (the row path would compare the
 *   numbers); the sample's type inference says what the text holds.
 * Booleans, binaries and large objects get no range.
 */
import type {ValueRangeMetric} from '../columns/value-range.js'
import {present, sqlNumber, type ColumnSqlForm} from './sql-form.js'

export const valueRangeSql: ColumnSqlForm<ValueRangeMetric> = {
  analyzerId: 'value-range',

  items(ref, dialect) {
    const {column, expr} = ref
    if (column.largeObject) return []
    switch (column.typeClass) {
      case 'integer':
      case 'decimal':
        return [
          {alias: 'mn', expr: `MIN(${expr})`},
          {alias: 'mx', expr: `MAX(${expr})`},
        ]
      case 'date':
      case 'datetime':
        return [
          {alias: 'mn', expr: dialect.temporalAsText(`MIN(${expr})`)},
          {alias: 'mx', expr: dialect.temporalAsText(`MAX(${expr})`)},
        ]
      case 'text': {
        const real = present(ref)
        const value = `CASE WHEN ${real} THEN ${dialect.binaryText(expr)} END`
        const length = `CASE WHEN ${real} THEN ${dialect.charLength(expr)} END`
        return [
          {alias: 'mn', expr: `MIN(${value})`},
          {alias: 'mx', expr: `MAX(${value})`},
          {alias: 'ln', expr: `MIN(${length})`},
          {alias: 'lx', expr: `MAX(${length})`},
        ]
      }
      default:
        return []
    }
  },

  metric(values, {column}) {
    const metric: ValueRangeMetric = {}
    switch (column.typeClass) {
      case 'integer':
      case 'decimal': {
        const min = sqlNumber(values.mn)
        const max = sqlNumber(values.mx)
        if (min !== null && max !== null) Object.assign(metric, {min, max})
        break
      }
      case 'date':
      case 'datetime': {
        const min = isoTemporal(values.mn, column.typeClass)
        const max = isoTemporal(values.mx, column.typeClass)
        if (min !== null && max !== null) Object.assign(metric, {min, max})
        break
      }
      case 'text': {
        const min = textValue(values.mn)
        const max = textValue(values.mx)
        if (min !== null && max !== null) Object.assign(metric, {min, max})
        const minLength = sqlNumber(values.ln)
        const maxLength = sqlNumber(values.lx)
        if (minLength !== null && maxLength !== null) Object.assign(metric, {minLength, maxLength})
        break
      }
      default:
        break
    }
    return metric
  },
}

/** MySQL returns binary-collated text as a Buffer */
function textValue(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  return String(value)
}

/**
 * "2024-01-31", "2024-01-31 12:00:00", "2024-01-31 12:00:00.000", "2024-01-31T12:00:00+01" → the row
 * path's spelling: yyyy-mm-dd for dates, yyyy-mm-ddThh:mm:ss for date-times (fractions and zones cut).
 */
export function isoTemporal(value: unknown, typeClass: 'date' | 'datetime'): string | null {
  const text = value instanceof Date ? localIso(value) : textValue(value)
  if (text === null) return null
  const match = /^(-?\d{4,}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/.exec(text.trim())
  if (!match) return text
  if (typeClass === 'date' || match[2] === undefined) return match[1]
  const time = match[2].length === 5 ? `${match[2]}:00` : match[2]
  return `${match[1]}T${time}`
}

function localIso(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}
