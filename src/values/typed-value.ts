/**
 * Values the source typed itself (xlsx numbers, booleans and dates; later database columns). They keep
 * their type (`native` true) and get a canonical text as `raw`, so hashing, distinct counts and duplicate
 * rows treat them like any other value: numbers as String(n), booleans as 'true'/'false', dates as
 * yyyy-mm-dd, date-times as yyyy-mm-ddThh:mm:ss.
 */
import type {Cell} from './cell.js'
import {Kind, Missing} from './cell.js'
import {Format} from './formats.js'
import {hashString} from './hash.js'
import {MS_PER_DAY} from './calendar.js'

export function parseTypedValue(raw: number | boolean | Date, out: Cell): void {
  out.native = true
  out.missing = Missing.Value
  if (typeof raw === 'number') {
    out.raw = String(raw)
    out.num = raw === 0 ? 0 : raw
    if (Number.isFinite(raw)) {
      out.kind = Number.isInteger(raw) ? Kind.Integer : Kind.Decimal
      out.format = Format.ExcelNumber
    } else {
      out.kind = Kind.Text
      out.format = Format.None
    }
  } else if (typeof raw === 'boolean') {
    out.raw = raw ? 'true' : 'false'
    out.kind = Kind.Boolean
    out.format = Format.ExcelBoolean
    out.num = raw ? 1 : 0
  } else {
    setDate(raw, out)
  }
  out.hash = hashString(out.raw)
  // canonical texts of numbers, booleans and dates are ASCII
  out.astral = false
}

function setDate(date: Date, out: Cell): void {
  const time = date.getTime()
  if (Number.isNaN(time)) {
    out.raw = 'Invalid Date'
    out.kind = Kind.Text
    out.format = Format.None
    out.num = Number.NaN
    return
  }
  // Excel stores times as fractions of a day; converted serials are off by a few ms now and then
  const ms = Math.round(time / 1000) * 1000
  const msOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY
  const iso = new Date(ms).toISOString()
  if (msOfDay === 0) {
    out.raw = iso.slice(0, 10)
    out.kind = Kind.Date
    out.format = Format.ExcelDate
    out.num = (ms - msOfDay) / MS_PER_DAY
  } else {
    out.raw = iso.slice(0, 19)
    out.kind = Kind.DateTime
    out.format = Format.ExcelDateTime
    out.num = ms
  }
}
