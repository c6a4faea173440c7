// Steuerliche Identifikationsnummer (Steuer-ID, IdNr, § 139b AO): 11 digits, the first not 0, the
// last an ISO 7064 MOD 11,10 check digit. The repeat rule on the first ten digits is what keeps
// random 11-digit article numbers out: about one in ten passes the check digit by chance, only a
// few in a thousand pass both.
import {mod11_10CheckDigit} from './iso7064.js'
import {digitsOnly, toDigits} from './normalize.js'

/**
 * Positions 1–10 of a Steuer-ID: exactly one digit occurs two or three times, every other digit
 * at most once, and a digit occurring three times does not fill three adjacent positions (the
 * rule for numbers issued since 2016; older numbers never had a triple, so it holds for them too).
 */
export function hasSteuerIdDigitPattern(digits: readonly number[]): boolean {
  const counts = new Array<number>(10).fill(0)
  for (const digit of digits) counts[digit]++
  const repeated = counts.filter((count) => count > 1)
  if (repeated.length !== 1 || repeated[0] > 3) return false
  for (let i = 2; i < digits.length; i++) {
    if (digits[i] === digits[i - 1] && digits[i] === digits[i - 2]) return false
  }
  return true
}

/** True when `text` is a Steuer-ID; spaces, slashes and dots between the digits are allowed. */
export function isValidSteuerId(text: string): boolean {
  const compact = digitsOnly(text)
  if (compact === null || compact.length !== 11 || compact[0] === '0') return false
  const digits = toDigits(compact)
  const body = digits.slice(0, 10)
  return hasSteuerIdDigitPattern(body) && mod11_10CheckDigit(body) === digits[10]
}
