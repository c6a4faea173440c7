/**
 * Streams the rows of one worksheet part as typed values, from SAX events of exceljs's XML layer.
 *
 * Not exceljs's WorksheetReader: in exceljs 4.4.0 it keeps formula results as raw numbers (a cached
 * TRUE becomes 1, a cached #DIV/0! becomes NaN, a date result stays a serial number), keeps only the
 * last run of inline rich text, decodes XML entities twice, and builds a Row and a Cell object per cell.
 * Here each cell costs a few string compares and one value, and its type follows the cell's `t`
 * attribute exactly:
 *   n (or none)  number; a Date when the cell's style has a date format
 *   s            shared string          str        formula text result
 *   inlineStr    inline (rich) text     b          boolean
 *   e            error text (#N/A)      d          ISO 8601 date
 * A formula cell (<f>) yields its cached result (<v>) and is counted.
 */
import type {RawValue} from '../../connector.js'
import type {ScannerError} from '../../../errors.js'
import {columnOfRef} from './cell-ref.js'
import {excelSerialToDate} from './date-styles.js'
import {localName, saxBatches} from './sax-events.js'
import {decodeEscapes} from './shared-strings.js'

export interface SheetRow {
  /** 1-based row number in the sheet */
  row: number
  /** values from column A on, null for empty cells; trailing empty cells are left out */
  values: RawValue[]
}

export interface CellDecoding {
  sharedStrings: readonly string[]
  /** 1 for cell styles (index = the cell's `s`) that show numbers as dates */
  dateStyles: Uint8Array
  date1904: boolean
}

export class SheetRowReader {
  /** cells holding a formula, whether or not a result was cached */
  formulaCells = 0
  /** cells holding a value (formula results included) */
  valueCells = 0
  /** bytes of sheet XML (uncompressed) consumed so far, for progress */
  bytesRead = 0

  constructor(
    private readonly input: AsyncIterable<string>,
    private readonly decoding: CellDecoding,
    private readonly mapError: (error: unknown, fromParser: boolean) => ScannerError,
  ) {}

  /** Rows with at least one non-empty value, in sheet order, one batch per parsed chunk of XML. */
  async *batches(): AsyncGenerator<SheetRow[], void, undefined> {
    const decoding = this.decoding
    let rowNumber = 0
    let values: RawValue[] = []
    let filled = 0
    let col = -1
    let nextCol = 0
    let type = ''
    let style = 0
    let hasFormula = false
    let hasValue = false
    let text = ''
    let inValue = false
    let inInline = false
    let inInlineText = false
    let phoneticDepth = 0

    for await (const batch of saxBatches(this.countedInput(), this.mapError)) {
      let out: SheetRow[] | null = null
      for (let i = 0; i < batch.length; i++) {
        const event = batch[i]
        if (event.eventType === 'text') {
          if (inValue || (inInlineText && phoneticDepth === 0)) text += event.value
          continue
        }
        const raw = event.value.name
        const name = raw.length > 1 && raw.indexOf(':') >= 0 ? localName(raw) : raw
        if (event.eventType === 'opentag') {
          switch (name) {
            case 'c': {
              const attrs = event.value.attributes
              const ref = attrs.r
              col = ref === undefined ? nextCol : columnOfRef(ref)
              type = attrs.t ?? ''
              style = attrs.s === undefined ? 0 : Number(attrs.s)
              hasFormula = false
              hasValue = false
              text = ''
              break
            }
            case 'v':
              inValue = true
              text = ''
              break
            case 'f':
              hasFormula = true
              break
            case 'is':
              inInline = true
              text = ''
              break
            case 't':
              if (inInline) inInlineText = true
              break
            case 'rPh':
              if (inInline) phoneticDepth++
              break
            case 'row': {
              const ref = event.value.attributes.r
              rowNumber = ref === undefined ? rowNumber + 1 : Number(ref)
              nextCol = 0
              break
            }
          }
          continue
        }
        switch (name) {
          case 'v':
            inValue = false
            hasValue = true
            break
          case 't':
            inInlineText = false
            break
          case 'rPh':
            if (phoneticDepth > 0) phoneticDepth--
            break
          case 'is':
            inInline = false
            hasValue = true
            break
          case 'c': {
            if (hasFormula) this.formulaCells++
            nextCol = col + 1
            if (!hasValue || col < 0) break
            const value = decodeValue(type, text, style, decoding)
            if (value === null) break
            this.valueCells++
            while (values.length < col) values.push(null)
            values[col] = value
            if (value !== '') filled++
            break
          }
          case 'row':
            if (filled > 0) {
              if (out === null) out = []
              out.push({row: rowNumber, values})
              values = []
            } else if (values.length > 0) {
              values = []
            }
            filled = 0
            break
        }
      }
      if (out !== null) yield out
    }
  }

  private async *countedInput(): AsyncGenerator<string, void, undefined> {
    for await (const chunk of this.input) {
      this.bytesRead += Buffer.byteLength(chunk, 'utf8')
      yield chunk
    }
  }
}

/** One cell's value from its type attribute, the text of its <v> (or <is>) and its style. */
export function decodeValue(type: string, text: string, style: number, decoding: CellDecoding): RawValue {
  switch (type) {
    case '':
    case 'n': {
      if (text === '') return null
      const n = Number(text)
      if (Number.isNaN(n)) return text
      if (style > 0 && decoding.dateStyles[style] === 1) return excelSerialToDate(n, decoding.date1904) ?? n
      return n
    }
    case 's': {
      const s = decoding.sharedStrings[Number(text)]
      return s === undefined ? null : s
    }
    case 'str':
    case 'inlineStr':
      return decodeEscapes(text)
    case 'b':
      return text === '1' || text === 'true'
    case 'd':
      return isoDate(text) ?? text
    default:
      // "e": the error text (#N/A, #DIV/0!, #WERT! is stored as #VALUE!)
      return text
  }
}

/** ISO 8601 without a zone is wall-clock time, kept in the UTC fields like every other date here */
function isoDate(text: string): Date | null {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text)
  const ms = Date.parse(text.length > 10 && !hasZone ? `${text}Z` : text)
  return Number.isNaN(ms) ? null : new Date(ms)
}
