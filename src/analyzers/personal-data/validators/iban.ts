// IBAN (ISO 13616): country code, two check digits, a BBAN of the country's fixed length. Mod 97
// catches every single-character error, and the length table rejects most IBAN-shaped codes.
import {stripSeparators} from './normalize.js'

/**
 * Total IBAN length per country (SWIFT IBAN registry): all SEPA countries plus the non-SEPA
 * countries German firms commonly trade with. Unknown countries are rejected: for a scanner a
 * missed foreign IBAN costs less than flagging a batch code that happens to start with two letters.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  // SEPA
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, VA: 22,
  // beyond SEPA
  AL: 28, BA: 20, FO: 18, GL: 18, ME: 22, MK: 19, RS: 22, TR: 26, UA: 29, XK: 20,
}

// Countries whose BBAN has digits only; a letter there means it is not an IBAN.
const NUMERIC_BBAN = new Set([
  'AT', 'BE', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'HR', 'HU', 'LT', 'NO', 'PL', 'PT', 'SE', 'SI', 'SK',
])

/** The IBAN rearranged (first four characters at the end, A=10 … Z=35) taken mod 97, piecewise. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36)
    // A letter adds two decimal digits, a digit one; the remainder stays below 97 · 100.
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
  }
  return remainder
}

/** True when `text` is an IBAN ('DE89 3704 0044 0532 0130 00'; spaces allowed, lower case accepted). */
export function isValidIban(text: string): boolean {
  const iban = stripSeparators(text, ' ').toUpperCase()
  const country = iban.slice(0, 2)
  if (IBAN_LENGTHS[country] !== iban.length) return false
  if (!/^[A-Z]{2}[0-9]{2}[0-9A-Z]+$/.test(iban)) return false
  if (NUMERIC_BBAN.has(country) && !/^[0-9]+$/.test(iban.slice(4))) return false
  // 00, 01 and 99 are never issued: they alias 97, 98 and 02 under mod 97.
  const checkDigits = iban.slice(2, 4)
  if (checkDigits === '00' || checkDigits === '01' || checkDigits === '99') return false
  return mod97(iban) === 1
}
