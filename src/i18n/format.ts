/**
 * Number, date and list formatting per report language. Written out instead of Intl so the output is
 * the same on every Node build (small-icu builds lack German) and in every test: German "1.234.567",
 * "98,5 %", „Zitat“; English "1,234,567", "98.5%", “quote”.
 */
import type {Lang} from '../report/scan-report.js'

const GROUP: Record<Lang, string> = {de: '.', en: ','}
const DECIMAL: Record<Lang, string> = {de: ',', en: '.'}

/** A number with thousands grouping and at most `maxFraction` decimals (trailing zeros dropped). */
export function formatNumber(value: number, lang: Lang, maxFraction = 2): string {
  if (!Number.isFinite(value)) return '–'
  const negative = value < 0
  const fixed = Math.abs(value).toFixed(maxFraction)
  const [whole, fraction = ''] = fixed.split('.')
  let grouped = ''
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += GROUP[lang]
    grouped += whole[i]
  }
  const trimmed = fraction.replace(/0+$/, '')
  const text = trimmed ? `${grouped}${DECIMAL[lang]}${trimmed}` : grouped
  return negative && text !== '0' ? `-${text}` : text
}

/**
 * A share 0..1 as a percentage with one decimal. A share that is not exactly 0 or 1 never prints as
 * "0 %" or "100 %": 99.96 % filled must not read as complete.
 */
export function formatPercent(share: number, lang: Lang): string {
  if (!Number.isFinite(share)) return '–'
  let pct = Math.round(share * 1000) / 10
  if (pct >= 100 && share < 1) pct = 99.9
  if (pct <= 0 && share > 0) pct = 0.1
  const text = formatNumber(pct, lang, 1)
  return lang === 'de' ? `${text} %` : `${text}%`
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** Sizes in binary units as file managers show them: "12,3 MB". */
export function formatBytes(bytes: number, lang: Lang): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–'
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${formatNumber(value, lang, unit === 0 ? 0 : 1)} ${BYTE_UNITS[unit]}`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A calendar date: "01.02.2024" (de) or "2024-02-01" (en). Date-only ISO strings are not shifted by time zones. */
export function formatDate(iso: string, lang: Lang): string {
  const dateOnly = ISO_DATE.exec(iso)
  if (dateOnly) {
    const [, y, m, d] = dateOnly
    return lang === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const y = date.getFullYear()
  const m = pad2(date.getMonth() + 1)
  const d = pad2(date.getDate())
  return lang === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`
}

/** A moment in local time: "01.02.2024, 10:15" (de) or "2024-02-01 10:15" (en). */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const time = `${pad2(date.getHours())}:${pad2(date.getMinutes())}`
  return lang === 'de' ? `${formatDate(iso, lang)}, ${time}` : `${formatDate(iso, lang)} ${time}`
}

/** "350 ms", "3,2 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms) || ms < 0) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${formatNumber(ms / 1000, lang, 1)} s`
  const totalSeconds = Math.round(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  if (hours > 0) return `${hours} h ${pad2(minutes)} min`
  return `${minutes} min ${pad2(totalSeconds % 60)} s`
}

/** Quotes a name the way the language does: „Lieferdatum“ / “Lieferdatum”. */
export function quote(text: string, lang: Lang): string {
  return lang === 'de' ? `„${text}“` : `“${text}”`
}

/** "a, b und c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('')
  const last = items.at(-1)
  return `${items.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${last}`
}
