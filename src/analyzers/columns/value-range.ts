/**
 * Value range: min/max of the kind that decides the column type (support/column-type.ts) and the length
 * range of all present values in characters (code points).
 * - numbers: min/max as numbers; dates and date-times: as ISO text (ordered by their day or millisecond
 *   number, so 02.01.2024 < 2023-12-31 is decided by the calendar, not the spelling);
 * - text: code point order of the values as written; for digit codes (01067) the codes are compared as
 *   text along with the text values;
 * - Excel serial day numbers: as ISO dates; boolean columns: no min/max.
 * The state is a few numbers per kind and four strings.
 */
import type {ColumnAnalyzer, ColumnContext} from '../analyzer.js'
import {Kind, KIND_NAMES, Missing, type Cell} from '../../values/cell.js'
import {EXCEL_SERIAL_EPOCH, isoDateFromDays, isoDateTimeFromMs, MS_PER_DAY} from '../../values/calendar.js'
import {Format} from '../../values/formats.js'
import {codePointLength, codePointLess, orderKey} from './support/code-points.js'
import {decideColumnType} from './support/column-type.js'
import {retainString} from '../../values/retain-string.js'

export interface ValueRangeState {
  /** present values per Kind */
  counts: Float64Array
  /** min/max of `num` per Kind (±Infinity when none) */
  mins: Float64Array
  maxs: Float64Array
  leadingZero: number
  /** min/max of text values as written */
  textMin: string | null
  textMax: string | null
  /** min/max of integers written as plain digits (codes like 01067), as written */
  codeMin: string | null
  codeMax: string | null
  minLength: number
  maxLength: number
}

export interface ValueRangeMetric {
  min?: number | string
  max?: number | string
  minLength?: number
  maxLength?: number
}

function lessOrNull(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return codePointLess(b, a) ? b : a
}

function greaterOrNull(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return codePointLess(a, b) ? b : a
}

/**
 * The field src[start, end) compared with `b` in code point order (negative: before, 0: equal), where the
 * field stands, without cutting it out: at the first differing unit, surrogates (code points ≥ U+10000)
 * rank above U+E000–U+FFFF, as in codePointLess. Most values already differ in their first unit.
 */
function compareField(src: string, start: number, end: number, b: string): number {
  const n = Math.min(end - start, b.length)
  for (let i = 0; i < n; i++) {
    const x = src.charCodeAt(start + i)
    const y = b.charCodeAt(i)
    if (x !== y) return orderKey(x) - orderKey(y)
  }
  return end - start - b.length
}


export const valueRange: ColumnAnalyzer<ValueRangeState, ValueRangeMetric> = {
  id: 'value-range',
  scope: 'column',

  empty: () => ({
    counts: new Float64Array(KIND_NAMES.length),
    mins: new Float64Array(KIND_NAMES.length).fill(Number.POSITIVE_INFINITY),
    maxs: new Float64Array(KIND_NAMES.length).fill(Number.NEGATIVE_INFINITY),
    leadingZero: 0,
    textMin: null,
    textMax: null,
    codeMin: null,
    codeMax: null,
    minLength: Number.POSITIVE_INFINITY,
    maxLength: Number.NEGATIVE_INFINITY,
  }),

  addColumns(states: ValueRangeState[], cells: readonly Cell[]): void {
    for (let i = 0; i < cells.length; i++) valueRange.add(states[i], cells[i])
  },

  add(state: ValueRangeState, cell: Cell): void {
    if (cell.missing !== Missing.Value) return
    const kind = cell.kind
    const {src, start, end} = cell
    state.counts[kind]++
    if (kind === Kind.Text) {
      // the text is cut out (cell.raw) only for a new minimum or maximum
      if (state.textMin === null || compareField(src, start, end, state.textMin) < 0) state.textMin = retainString(cell.raw)
      if (state.textMax === null || compareField(src, start, end, state.textMax) > 0) state.textMax = retainString(cell.raw)
    } else if (kind !== Kind.Boolean) {
      const v = cell.num
      if (v < state.mins[kind]) state.mins[kind] = v
      if (v > state.maxs[kind]) state.maxs[kind] = v
      const format = cell.format
      if (format === Format.LeadingZero || format === Format.Integer) {
        if (format === Format.LeadingZero) state.leadingZero++
        // digit codes are ASCII: the unit order is the code point order
        if (state.codeMin === null || compareField(src, start, end, state.codeMin) < 0) state.codeMin = retainString(cell.raw)
        if (state.codeMax === null || compareField(src, start, end, state.codeMax) > 0) state.codeMax = retainString(cell.raw)
      }
    }
    // a code point count is only needed when the text may hold surrogates (cell.astral) and the UTF-16
    // length leaves the answer open
    const units = end - start
    if (units > state.maxLength || units < state.minLength * (cell.astral ? 2 : 1)) {
      const length = units < 2 || !cell.astral ? units : codePointLength(cell.raw)
      if (length < state.minLength) state.minLength = length
      if (length > state.maxLength) state.maxLength = length
    }
  },

  merge(a: ValueRangeState, b: ValueRangeState): ValueRangeState {
    for (let k = 0; k < a.counts.length; k++) {
      a.counts[k] += b.counts[k]
      a.mins[k] = Math.min(a.mins[k], b.mins[k])
      a.maxs[k] = Math.max(a.maxs[k], b.maxs[k])
    }
    a.leadingZero += b.leadingZero
    a.textMin = lessOrNull(a.textMin, b.textMin)
    a.textMax = greaterOrNull(a.textMax, b.textMax)
    a.codeMin = lessOrNull(a.codeMin, b.codeMin)
    a.codeMax = greaterOrNull(a.codeMax, b.codeMax)
    a.minLength = Math.min(a.minLength, b.minLength)
    a.maxLength = Math.max(a.maxLength, b.maxLength)
    return a
  },

  metric(state: ValueRangeState, ctx: ColumnContext): ValueRangeMetric {
    const {counts, mins, maxs} = state
    const numericMin = Math.min(mins[Kind.Integer], mins[Kind.Decimal])
    const numericMax = Math.max(maxs[Kind.Integer], maxs[Kind.Decimal])
    const decision = decideColumnType({
      kindCounts: counts,
      leadingZero: state.leadingZero,
      numericMin,
      numericMax,
      columnName: ctx.name,
    })
    const metric: ValueRangeMetric = {}
    switch (decision.dominant) {
      case 'integer':
      case 'decimal':
        metric.min = numericMin
        metric.max = numericMax
        break
      case 'date':
      case 'datetime':
        Object.assign(metric, decision.excelSerial ? serialRange(numericMin, numericMax, decision.dominant) : dateRange(state))
        break
      case 'text': {
        const min = decision.integersAsCodes ? lessOrNull(state.textMin, state.codeMin) : state.textMin
        const max = decision.integersAsCodes ? greaterOrNull(state.textMax, state.codeMax) : state.textMax
        if (min !== null && max !== null) {
          metric.min = min
          metric.max = max
        }
        break
      }
      default:
        break
    }
    if (state.maxLength >= 0) {
      metric.minLength = state.minLength
      metric.maxLength = state.maxLength
    }
    return metric
  },
}

function dateRange(state: ValueRangeState): ValueRangeMetric {
  const {counts, mins, maxs} = state
  if (counts[Kind.DateTime] === 0) return {min: isoDateFromDays(mins[Kind.Date]), max: isoDateFromDays(maxs[Kind.Date])}
  const min = Math.min(mins[Kind.DateTime], mins[Kind.Date] * MS_PER_DAY)
  const max = Math.max(maxs[Kind.DateTime], maxs[Kind.Date] * MS_PER_DAY)
  return {min: isoDateTimeFromMs(min), max: isoDateTimeFromMs(max)}
}

function serialRange(min: number, max: number, type: 'date' | 'datetime'): ValueRangeMetric {
  if (type === 'date') return {min: isoDateFromDays(min - EXCEL_SERIAL_EPOCH), max: isoDateFromDays(max - EXCEL_SERIAL_EPOCH)}
  return {
    min: isoDateTimeFromMs(Math.round((min - EXCEL_SERIAL_EPOCH) * MS_PER_DAY)),
    max: isoDateTimeFromMs(Math.round((max - EXCEL_SERIAL_EPOCH) * MS_PER_DAY)),
  }
}
