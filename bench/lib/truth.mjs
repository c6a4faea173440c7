// Counts what the generator actually wrote, value by value, so the truth file describes the file
// itself rather than the generator's intentions.

import {needsQuotes} from './csv-line.mjs'
import {PLACEHOLDER_VALUES} from './customer-rows.mjs'

const DATE_COLUMNS = ['Geburtsdatum', 'Kunde seit']
const NUMBER_COLUMNS = ['Umsatz', 'Rabatt %']

export class TruthTally {
  /** @param {readonly string[]} columns */
  constructor(columns) {
    this.columns = columns
    this.rows = 0
    this.exactDuplicateRows = 0
    this.nearDuplicateRows = 0
    /** @type {Record<string, number>} */
    this.nearDuplicateKinds = {}
    this.distinctKundennummer = 0
    this.quotedFields = 0
    this.fieldsWithLineBreak = 0
    this.lineBreaksInFields = 0
    this.empty = new Array(columns.length).fill(0)
    this.placeholders = columns.map(() => Object.fromEntries(PLACEHOLDER_VALUES.map((v) => [v, 0])))
    this.dateColumns = DATE_COLUMNS.map((name) => columns.indexOf(name))
    this.numberColumns = NUMBER_COLUMNS.map((name) => columns.indexOf(name))
    this.dateFormats = DATE_COLUMNS.map(() => ({'dd.mm.yyyy': 0, 'yyyy-mm-dd': 0, other: 0}))
    this.numberFormats = NUMBER_COLUMNS.map(() => ({'german (1.234,56)': 0, 'english (1234.56)': 0, integer: 0, other: 0}))
  }

  /** @param {readonly string[]} fields a row exactly as written */
  addRow(fields) {
    this.rows++
    for (let c = 0; c < fields.length; c++) {
      const value = fields[c]
      if (value === '') {
        this.empty[c]++
        continue
      }
      if (isPlaceholder(value)) this.placeholders[c][value]++
      if (needsQuotes(value)) {
        this.quotedFields++
        const breaks = value.split('\n').length - 1
        if (breaks > 0) {
          this.fieldsWithLineBreak++
          this.lineBreaksInFields += breaks
        }
      }
    }
    // formats of the real values only: blanks and placeholders are counted above
    for (let i = 0; i < this.dateColumns.length; i++) {
      const c = this.dateColumns[i]
      const value = fields[c]
      if (value !== '' && !isPlaceholder(value)) this.dateFormats[i][dateFormat(value)]++
    }
    for (let i = 0; i < this.numberColumns.length; i++) {
      const c = this.numberColumns[i]
      const value = fields[c]
      if (value !== '' && !isPlaceholder(value)) this.numberFormats[i][numberFormat(value)]++
    }
  }

  /** The JSON written next to the CSV. */
  toJSON(extra) {
    const perColumn = {}
    this.columns.forEach((name, c) => {
      const placeholderValues = Object.fromEntries(Object.entries(this.placeholders[c]).filter(([, n]) => n > 0))
      const placeholder = Object.values(placeholderValues).reduce((a, b) => a + b, 0)
      perColumn[name] = {empty: this.empty[c], placeholder, placeholderValues}
    })
    const totalEmpty = this.empty.reduce((a, b) => a + b, 0)
    return {
      ...extra,
      rows: this.rows,
      exactDuplicateRows: this.exactDuplicateRows,
      distinctRows: this.rows - this.exactDuplicateRows,
      nearDuplicateRows: this.nearDuplicateRows,
      nearDuplicateVariations: this.nearDuplicateKinds,
      distinctKundennummer: this.distinctKundennummer,
      emptyCells: totalEmpty,
      emptyCellShare: round4(totalEmpty / (this.rows * this.columns.length)),
      quotedFields: this.quotedFields,
      fieldsWithLineBreak: this.fieldsWithLineBreak,
      lineBreaksInFields: this.lineBreaksInFields,
      columns: perColumn,
      formats: {
        ...Object.fromEntries(DATE_COLUMNS.map((name, i) => [name, this.dateFormats[i]])),
        ...Object.fromEntries(NUMBER_COLUMNS.map((name, i) => [name, this.numberFormats[i]])),
      },
    }
  }
}

const PLACEHOLDER_SET = new Set(PLACEHOLDER_VALUES)
const LONGEST_PLACEHOLDER = Math.max(...PLACEHOLDER_VALUES.map((v) => v.length))

// Length check first: a keyed lookup of every cell value (most of them long) costs more.
function isPlaceholder(value) {
  return value.length <= LONGEST_PLACEHOLDER && PLACEHOLDER_SET.has(value)
}

function round4(x) {
  return Math.round(x * 10000) / 10000
}

/** dd.mm.yyyy / yyyy-mm-dd by the separator positions. */
export function dateFormat(value) {
  if (value.length !== 10) return 'other'
  if (value[2] === '.' && value[5] === '.') return 'dd.mm.yyyy'
  if (value[4] === '-' && value[7] === '-') return 'yyyy-mm-dd'
  return 'other'
}

/** German decimal comma, English decimal point, or a plain integer. */
export function numberFormat(value) {
  if (!/^-?[\d.,]+$/.test(value)) return 'other'
  if (value.includes(',')) return 'german (1.234,56)'
  if (value.includes('.')) return 'english (1234.56)'
  return 'integer'
}
