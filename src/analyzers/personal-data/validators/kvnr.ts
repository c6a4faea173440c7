// Krankenversichertennummer, the unchangeable part on the eGK (§ 290 SGB V, Richtlinie Anlage 1):
// a letter, eight digits and a check digit. Health-insurance context makes it Art. 9 relevant.
import {letterOrdinal, stripSeparators, toDigits} from './normalize.js'

/** True when `text` is a KVNR ('A000500015'; spaces allowed, lower-case letter accepted). */
export function isValidKvnr(text: string): boolean {
  const compact = stripSeparators(text, ' ').toUpperCase()
  const match = /^([A-Z])([0-9]{8})([0-9])$/.exec(compact)
  if (match === null) return false
  const [, letter, body, check] = match
  // The letter becomes its two-digit ordinal, giving ten digits weighted 1, 2, 1, 2, …; a product
  // of 10 or more counts with its digit sum (as in Luhn).
  const digits = toDigits(letterOrdinal(letter) + body)
  let sum = 0
  digits.forEach((digit, i) => {
    const product = digit * (i % 2 === 0 ? 1 : 2)
    sum += product >= 10 ? product - 9 : product
  })
  return sum % 10 === Number(check)
}
