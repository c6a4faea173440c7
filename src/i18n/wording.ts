/**
 * What a finding's wording function gets: the draft's numbers behind typed accessors (a producer may
 * leave a key out or send another type; accessors then return undefined instead of "undefined" in the
 * sentence) and formatters bound to the report language.
 */
import type {FindingDraft} from '../findings/finding-draft.js'
import {MAX_LISTED_IN_FINDING} from '../findings/thresholds.js'
import type {FindingCode, Lang} from '../report/scan-report.js'
import {formatBytes, formatDate, formatNumber, formatPercent, joinList, quote} from './format.js'

export type FindingWording = (w: Words) => string
export type FindingCatalogue = Record<FindingCode, FindingWording>

export class Words {
  readonly lang: Lang
  readonly table?: string
  readonly column?: string
  readonly source?: string
  private readonly data_: FindingDraft['data']

  constructor(draft: FindingDraft, lang: Lang, source?: string) {
    this.lang = lang
    this.table = draft.table
    this.column = draft.column
    this.source = source
    this.data_ = draft.data ?? {}
  }

  num(key: string): number | undefined {
    const v = this.data_[key]
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined
  }

  str(key: string): string | undefined {
    const v = this.data_[key]
    if (typeof v === 'string' && v !== '') return v
    return typeof v === 'number' ? String(v) : undefined
  }

  /** the raw value (booleans and anything the typed accessors do not cover) */
  data(key: string): unknown {
    return this.data_[key]
  }

  strs(key: string): string[] {
    const v = this.data_[key]
    if (!Array.isArray(v)) return []
    return v.map(String)
  }

  nums(key: string): number[] {
    const v = this.data_[key]
    if (!Array.isArray(v)) return []
    return v.map(Number)
  }

  /** the first of `keys` that holds a number, or the length of the first that holds a non-empty list */
  count(...keys: string[]): number | undefined {
    for (const key of keys) {
      const v = this.num(key)
      if (v !== undefined) return v
    }
    for (const key of keys) {
      const list = this.data_[key]
      if (Array.isArray(list) && list.length > 0) return list.length
    }
    return undefined
  }

  /** a number in the report language ("1.234") */
  n(value: number, maxFraction = 2): string {
    return formatNumber(value, this.lang, maxFraction)
  }

  pct(share: number): string {
    return formatPercent(share, this.lang)
  }

  bytes(value: number): string {
    return formatBytes(value, this.lang)
  }

  date(iso: string): string {
    return formatDate(iso, this.lang)
  }

  q(text: string): string {
    return quote(text, this.lang)
  }

  /** quoted names, the first few listed and the rest counted: „a“, „b“ und 3 weitere */
  names(items: readonly string[]): string {
    return this.capped(items.map((s) => this.q(s)))
  }

  /** labels with their counts: dd.mm.yyyy (950), yyyy-mm-dd (50) */
  counted(labels: readonly string[], counts: readonly number[]): string {
    return this.capped(
      labels.map((label, i) => (counts[i] === undefined ? label : `${label} (${this.n(counts[i])})`)),
      ', ',
    )
  }

  /**
   * "12 Zeilen sind …" with the counted noun phrase in singular or plural; without a count only the
   * plural phrase ("Zeilen sind …"), so a producer that left the number out never yields "0 Zeilen".
   */
  many(count: number | undefined, one: string, other: string): string {
    if (count === undefined) return other
    return `${this.n(count)} ${count === 1 ? one : other}`
  }

  /** the quoted column name, or a neutral stand-in when the draft has none */
  col(): string {
    if (this.column !== undefined) return this.q(this.column)
    return this.lang === 'de' ? '(unbenannt)' : '(unnamed)'
  }

  /** the table or sheet name quoted, or '' */
  tab(): string {
    return this.table !== undefined ? this.q(this.table) : ''
  }

  /** the first few items and a count of the rest; `separator` replaces "a, b und c" by "a, b, c" */
  private capped(items: readonly string[], separator?: string): string {
    if (items.length <= MAX_LISTED_IN_FINDING) return separator === undefined ? joinList(items, this.lang) : items.join(separator)
    const rest = items.length - MAX_LISTED_IN_FINDING
    const shown = items.slice(0, MAX_LISTED_IN_FINDING).join(', ')
    return this.lang === 'de' ? `${shown} und ${this.n(rest)} weitere` : `${shown} and ${this.n(rest)} more`
  }
}
