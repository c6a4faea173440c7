/**
 * Birth dates without a telling header: a date column of a person table (one whose other columns hold
 * person names) whose values look like the birth dates of adults — nearly all plausible, spread over
 * decades — and whose header does not name a business event. An order, delivery or hiring date never
 * qualifies: its header says so, and its values cluster in a few recent years.
 */
import type {PiiFinding} from '../../report/scan-report.js'
import {headerWords} from '../tables/header-words.js'
import {isPlausibleBirthDate, parseDateValue} from './value-matchers.js'

export const BIRTH_DATES_BY_VALUES = {
  /** share of the non-empty values that must be plausible birth dates (1900 to today minus 14 years) */
  minPlausibleShare: 0.95,
  /** adults' birth years spread over decades; business dates over a few years */
  minDistinctYears: 15,
  minYearSpan: 20,
  /** enough values to judge a spread */
  minValues: 20,
  /** the person table's name verdicts must be at least this sure */
  minNameConfidence: 0.5,
  confidence: 0.7,
} as const

/** header parts that name a business event or a record's own time: never a birth date */
const EVENT_PARTS = [
  'auftrag', 'bestell', 'liefer', 'rechnung', 'beleg', 'buchung', 'valuta', 'faellig', 'zahl', 'versand',
  'erstellt', 'angelegt', 'geaendert', 'aenderung', 'eintritt', 'austritt', 'einstell', 'kuendig', 'vertrag',
  'gueltig', 'termin', 'frist', 'order', 'invoice', 'ship', 'deliver', 'create', 'modified', 'update', 'hire',
  'start', 'ende', 'end', 'due', 'paid', 'payment', 'timestamp', 'zeitpunkt', 'stand', 'last',
]

function namesAnEvent(header: string): boolean {
  const {compact} = headerWords(header)
  return EVENT_PARTS.some((part) => compact.includes(part))
}

/**
 * Birth-date verdicts for the columns of one table that have none yet. `verdicts[i]` are column i's
 * verdicts so far; `values[i]` its sampled values as text.
 */
export function birthDatesByValues(
  headers: readonly string[],
  values: readonly (readonly string[])[],
  verdicts: readonly PiiFinding[][],
  today: Date = new Date(),
): Map<number, PiiFinding> {
  const found = new Map<number, PiiFinding>()
  const personTable = verdicts.some((column) =>
    column.some((v) => v.category === 'person_name' && v.confidence >= BIRTH_DATES_BY_VALUES.minNameConfidence),
  )
  if (!personTable) return found
  headers.forEach((header, c) => {
    if (verdicts[c].length > 0 || namesAnEvent(header)) return
    const nonEmpty = values[c].filter((v) => v.trim().length > 0)
    if (nonEmpty.length < BIRTH_DATES_BY_VALUES.minValues) return
    const years = new Set<number>()
    let plausible = 0
    for (const value of nonEmpty) {
      if (!isPlausibleBirthDate(value, today)) continue
      plausible++
      years.add(parseDateValue(value)?.year ?? 0)
    }
    const share = plausible / nonEmpty.length
    const span = years.size === 0 ? 0 : Math.max(...years) - Math.min(...years)
    if (share < BIRTH_DATES_BY_VALUES.minPlausibleShare || years.size < BIRTH_DATES_BY_VALUES.minDistinctYears || span < BIRTH_DATES_BY_VALUES.minYearSpan) return
    found.set(c, {
      category: 'birth_date',
      confidence: BIRTH_DATES_BY_VALUES.confidence,
      matchShare: Math.round(share * 1000) / 1000,
      evidence: ['pattern:date', 'context:person-table'],
    })
  })
  return found
}
