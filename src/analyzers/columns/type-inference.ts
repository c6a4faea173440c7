/**
 * Type inference: how many present values parsed as each kind and in each format, and the column type
 * decided from that (support/column-type.ts). Counting is two typed-array increments per cell.
 *
 * textualNumbers: numbers written as text where the source types its values (an xlsx cell holding the
 * text "1.234,56"); digit codes with a leading zero are meant as text and do not count.
 */
import type {ColumnAnalyzer, ColumnContext} from '../analyzer.js'
import type {FormatCount, InferredType} from '../../report/scan-report.js'
import {Kind, KIND_NAMES, type Cell} from '../../values/cell.js'
import {Format, FORMATS} from '../../values/formats.js'
import {decideColumnType} from './support/column-type.js'

export interface TypeInferenceState {
  /** cells per Kind (index 0 = missing) */
  kinds: Float64Array
  /** cells per format id (index 0 = no format) */
  formats: Float64Array
  textualNumbers: number
  numericMin: number
  numericMax: number
}

type KindName = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'text'

export interface TypeInferenceMetric {
  inferredType: InferredType
  typeCounts: Partial<Record<KindName, number>>
  formats?: FormatCount[]
  textualNumbers?: number
}

export const typeInference: ColumnAnalyzer<TypeInferenceState, TypeInferenceMetric> = {
  id: 'type-inference',
  scope: 'column',

  empty: () => ({
    kinds: new Float64Array(KIND_NAMES.length),
    formats: new Float64Array(FORMATS.length),
    textualNumbers: 0,
    numericMin: Number.POSITIVE_INFINITY,
    numericMax: Number.NEGATIVE_INFINITY,
  }),

  addColumns(states: TypeInferenceState[], cells: readonly Cell[]): void {
    for (let i = 0; i < cells.length; i++) typeInference.add(states[i], cells[i])
  },

  add(state: TypeInferenceState, cell: Cell): void {
    const kind = cell.kind
    state.kinds[kind]++
    state.formats[cell.format]++
    if (kind === Kind.Integer || kind === Kind.Decimal) {
      const v = cell.num
      if (v < state.numericMin) state.numericMin = v
      if (v > state.numericMax) state.numericMax = v
      if (!cell.native && cell.format !== Format.LeadingZero) state.textualNumbers++
    }
  },

  merge(a: TypeInferenceState, b: TypeInferenceState): TypeInferenceState {
    for (let i = 0; i < a.kinds.length; i++) a.kinds[i] += b.kinds[i]
    for (let i = 0; i < a.formats.length; i++) a.formats[i] += b.formats[i]
    a.textualNumbers += b.textualNumbers
    a.numericMin = Math.min(a.numericMin, b.numericMin)
    a.numericMax = Math.max(a.numericMax, b.numericMax)
    return a
  },

  metric(state: TypeInferenceState, ctx: ColumnContext): TypeInferenceMetric {
    const decision = decideColumnType({
      kindCounts: state.kinds,
      leadingZero: state.formats[Format.LeadingZero],
      numericMin: state.numericMin,
      numericMax: state.numericMax,
      columnName: ctx.name,
    })
    const typeCounts: Partial<Record<KindName, number>> = {}
    for (let k = Kind.Integer; k <= Kind.Text; k++) {
      if (state.kinds[k] > 0) typeCounts[KIND_NAMES[k] as KindName] = state.kinds[k]
    }
    const metric: TypeInferenceMetric = {inferredType: decision.type, typeCounts}
    const formats = formatCounts(state.formats, decision.excelSerial)
    if (formats.length > 0) metric.formats = formats
    if (ctx.sourceTyped) metric.textualNumbers = state.textualNumbers
    return metric
  },
}

/** Formats with a count, most frequent first; Excel serial numbers are reported as one format. */
function formatCounts(counts: Float64Array, excelSerial: boolean): FormatCount[] {
  const out: FormatCount[] = []
  let serials = 0
  for (let id = 1; id < counts.length; id++) {
    const n = counts[id]
    if (n === 0) continue
    const kind = FORMATS[id].kind
    if (excelSerial && (kind === Kind.Integer || kind === Kind.Decimal)) serials += n
    else out.push({format: FORMATS[id].label, count: n})
  }
  if (serials > 0) out.push({format: FORMATS[Format.ExcelSerial].label, count: serials})
  return out.sort((x, y) => y.count - x.count || (x.format < y.format ? -1 : x.format > y.format ? 1 : 0))
}
