/**
 * Postal codes without a telling header: in an address table (one whose other columns hold street
 * addresses), a column of German postal codes under any header ("Feld5", "Code"). Postal codes are
 * personal only next to an address, so they are never looked for elsewhere; identifier headers
 * ("Kundennummer" 10001–10200) and number sequences are left out: real postal codes repeat and spread over
 * the regions (their first digits).
 */
import type {PiiFinding} from '../../report/scan-report.js'
import {isIdLikeHeader} from '../tables/header-words.js'
import {isGermanPostalCode} from './value-matchers.js'

export const POSTAL_CODES_BY_CONTEXT = {
  /** share of the non-empty values that must be German postal codes */
  minShare: 0.9,
  minValues: 20,
  /** distinct first digits (postal regions 0–9) the codes must spread over */
  minRegions: 3,
  /** the address table's street verdicts must be at least this sure */
  minStreetConfidence: 0.5,
  confidence: 0.7,
} as const

/** Postal-code verdicts for the columns of one table that have none yet (`verdicts[i]` are column i's so far). */
export function postalCodesByContext(
  headers: readonly string[],
  values: readonly (readonly string[])[],
  verdicts: readonly PiiFinding[][],
): Map<number, PiiFinding> {
  const found = new Map<number, PiiFinding>()
  const addressTable = verdicts.some((column) =>
    column.some((v) => v.category === 'street_address' && v.confidence >= POSTAL_CODES_BY_CONTEXT.minStreetConfidence),
  )
  if (!addressTable) return found
  headers.forEach((header, c) => {
    if (verdicts[c].length > 0 || isIdLikeHeader(header)) return
    const nonEmpty = values[c].filter((v) => v.trim().length > 0)
    if (nonEmpty.length < POSTAL_CODES_BY_CONTEXT.minValues) return
    const codes = nonEmpty.filter(isGermanPostalCode)
    const regions = new Set(codes.map((code) => code.trim()[0]))
    const share = codes.length / nonEmpty.length
    if (share < POSTAL_CODES_BY_CONTEXT.minShare || regions.size < POSTAL_CODES_BY_CONTEXT.minRegions) return
    found.set(c, {
      category: 'postal_code',
      confidence: POSTAL_CODES_BY_CONTEXT.confidence,
      matchShare: Math.round(share * 1000) / 1000,
      evidence: ['pattern', 'context:address-table'],
    })
  })
  return found
}
