/**
 * The compact per-table column overview: name, type, filled share, distinct count and one short detail
 * (formats seen, value range, length range or the few values of a category column). Formats only what
 * the report holds.
 */
import {t, typeName} from '../i18n/i18n.js'
import {formatNumber, formatPercent, quote} from '../i18n/format.js'
import {dateNotation, numberStyle} from '../findings/format-labels.js'
import type {ColumnReport, Lang} from '../report/scan-report.js'
import {padEnd, padStart, type TerminalContext, truncate, truncateMiddle} from './terminal-text.js'

/** Columns listed per table; wide exports (200 columns) would otherwise bury everything else. */
export const MAX_COLUMNS_SHOWN = 40
/** the name column takes up to this share of the line, within NAME_WIDTH_BOUNDS */
const NAME_WIDTH_SHARE = 0.3
const NAME_WIDTH_BOUNDS = {min: 20, max: 40}
const MAX_TYPE_WIDTH = 12
/** formats or category values named in the detail cell */
const DETAIL_ITEMS = 3
/** a text column with at most this many distinct values shows its values instead of its length range */
const CATEGORY_MAX_DISTINCT = 10

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/

/** An ISO date or date-time as the language writes it; the text is reformatted, no time zone applied. */
function isoText(value: string, lang: Lang): string {
  const m = ISO_DATE_TIME.exec(value)
  if (!m) return value
  const [, y, mo, d, h, mi, s] = m
  const date = lang === 'de' ? `${d}.${mo}.${y}` : `${y}-${mo}-${d}`
  if (h === undefined) return date
  return `${date} ${h}:${mi}${s === undefined ? '' : `:${s}`}`
}

function rangeValue(value: string | number, lang: Lang): string {
  return typeof value === 'number' ? formatNumber(value, lang) : isoText(value, lang)
}

function counted(items: Array<{label: string; count: number}>, lang: Lang): string {
  const shown = items.slice(0, DETAIL_ITEMS).map((i) => `${i.label} (${formatNumber(i.count, lang)})`)
  return items.length > DETAIL_ITEMS ? `${shown.join(', ')}, …` : shown.join(', ')
}

function isCategory(col: ColumnReport): col is ColumnReport & {topValues: NonNullable<ColumnReport['topValues']>} {
  const type = col.inferredType
  return (
    (type === 'text' || type === 'boolean') &&
    col.topValues !== undefined &&
    col.topValues.length > 0 &&
    col.distinctCount <= CATEGORY_MAX_DISTINCT &&
    // values of a column with personal data are never echoed to the terminal
    col.pii.length === 0
  )
}

/**
 * Formats worth naming: several formats always (with counts); a single one only when its notation says
 * something (a date notation, German vs English decimals), not for a plain "1234".
 */
function formatsText(col: ColumnReport, lang: Lang): string | undefined {
  const formats = (col.formats ?? []).filter((f) => f.count > 0)
  if (formats.length > 1) return counted(formats.map((f) => ({label: f.format, count: f.count})), lang)
  const only = formats[0]
  if (only && (dateNotation(only.format) !== null || numberStyle(only.format) !== null)) return only.format
  return undefined
}

export function columnDetail(col: ColumnReport, lang: Lang): string {
  const parts: string[] = []
  const type = col.inferredType
  const numericOrDate = type === 'integer' || type === 'decimal' || type === 'date' || type === 'datetime'
  if (numericOrDate && col.min !== undefined && col.max !== undefined) {
    parts.push(`${rangeValue(col.min, lang)} – ${rangeValue(col.max, lang)}`)
  } else if (isCategory(col)) {
    parts.push(counted(col.topValues.map((v) => ({label: quote(v.value, lang), count: v.count})), lang))
  } else if (type === 'text' && col.minLength !== undefined && col.maxLength !== undefined) {
    const [min, max] = [formatNumber(col.minLength, lang), formatNumber(col.maxLength, lang)]
    const range = min === max ? min : `${min}–${max}`
    parts.push(t(lang, 'column.length', {range}))
  }
  const formats = formatsText(col, lang)
  if (formats !== undefined) parts.push(formats)
  return parts.join(' · ')
}

function distinctText(col: ColumnReport, lang: Lang): string {
  const n = formatNumber(col.distinctCount, lang)
  return col.distinctApprox ? `≈ ${n}` : n
}

export function columnTable(columns: readonly ColumnReport[], ctx: TerminalContext, indent: string): string[] {
  const {lang, paint} = ctx
  // a wide table (DATEV: 120 columns, most of them empty) first drops its empty columns from the list
  const candidates = columns.length > MAX_COLUMNS_SHOWN ? columns.filter((c) => c.inferredType !== 'empty') : columns
  const emptyLeftOut = columns.length - candidates.length
  const shown = candidates.slice(0, MAX_COLUMNS_SHOWN)
  const head = {
    name: t(lang, 'column.name'),
    type: t(lang, 'column.type'),
    filled: t(lang, 'column.filled'),
    distinct: t(lang, 'column.distinct'),
    detail: t(lang, 'column.detail'),
  }
  const rows = shown.map((col) => ({
    name: col.name === '' ? '–' : col.name,
    type: typeName(lang, col.inferredType),
    filled: col.completeness === null ? '–' : formatPercent(col.completeness, lang),
    distinct: distinctText(col, lang),
    detail: columnDetail(col, lang),
  }))
  const nameWidthLimit = Math.min(
    NAME_WIDTH_BOUNDS.max,
    Math.max(NAME_WIDTH_BOUNDS.min, Math.floor(ctx.width * NAME_WIDTH_SHARE)),
  )
  const widthOf = (key: keyof typeof head, max = Number.POSITIVE_INFINITY): number =>
    Math.min(max, Math.max(head[key].length, ...rows.map((r) => r[key].length)))
  const w = {
    name: widthOf('name', nameWidthLimit),
    type: widthOf('type', MAX_TYPE_WIDTH),
    filled: widthOf('filled'),
    distinct: widthOf('distinct'),
  }
  const fixed = indent.length + w.name + w.type + w.filled + w.distinct + 4 * 2
  const detailWidth = Math.max(0, ctx.width - fixed)
  const line = (r: typeof head): string =>
    [
      indent,
      padEnd(truncateMiddle(r.name, w.name), w.name),
      '  ',
      padEnd(truncate(r.type, w.type), w.type),
      '  ',
      padStart(r.filled, w.filled),
      '  ',
      padStart(r.distinct, w.distinct),
      '  ',
      truncate(r.detail, detailWidth),
    ]
      .join('')
      .trimEnd()
  const lines = [paint.dim(line(head)), ...rows.map(line)]
  if (candidates.length > shown.length) {
    lines.push(paint.dim(`${indent}${t(lang, 'column.more', {count: candidates.length - shown.length})}`))
  }
  if (emptyLeftOut > 0) lines.push(paint.dim(`${indent}${t(lang, 'column.emptyLeftOut', {count: emptyLeftOut})}`))
  return lines
}
