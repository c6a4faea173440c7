// Payment card numbers: 13–19 digits, the Luhn check, and an issuer prefix with a length that
// issuer uses. Luhn alone passes one random digit run in ten; the prefix and length table is what
// keeps order numbers and EANs out.
import {digitsOnly, toDigits} from './normalize.js'

interface Issuer {
  readonly name: string
  /** Inclusive prefix ranges, compared on the number's first digits (same width as the bounds). */
  readonly prefixes: ReadonlyArray<readonly [string, string]>
  readonly lengths: readonly number[]
}

const ISSUERS: readonly Issuer[] = [
  {name: 'Visa', prefixes: [['4', '4']], lengths: [13, 16, 19]},
  {name: 'Mastercard', prefixes: [['51', '55'], ['2221', '2720']], lengths: [16]},
  {name: 'American Express', prefixes: [['34', '34'], ['37', '37']], lengths: [15]},
  {name: 'Diners Club', prefixes: [['300', '305'], ['36', '36'], ['38', '39']], lengths: [14, 15, 16, 17, 18, 19]},
  {name: 'Discover', prefixes: [['6011', '6011'], ['644', '649'], ['65', '65']], lengths: [16, 17, 18, 19]},
  {name: 'JCB', prefixes: [['3528', '3589']], lengths: [16, 17, 18, 19]},
  {name: 'UnionPay', prefixes: [['62', '62']], lengths: [16, 17, 18, 19]},
  {name: 'Maestro', prefixes: [['5018', '5018'], ['5020', '5020'], ['5038', '5038'], ['5893', '5893'],
    ['6304', '6304'], ['6759', '6759'], ['6761', '6763']], lengths: [13, 14, 15, 16, 17, 18, 19]},
  {name: 'Mir', prefixes: [['2200', '2204']], lengths: [16, 17, 18, 19]},
]

/** The card issuer whose prefix and length fit `digits`, or null. */
export function cardIssuer(digits: string): string | null {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue
    const fits = issuer.prefixes.some(([from, to]) => {
      const head = digits.slice(0, from.length)
      return head >= from && head <= to
    })
    if (fits) return issuer.name
  }
  return null
}

/** The Luhn check: doubling every second digit from the right, the sum is divisible by 10. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  toDigits(digits).reverse().forEach((digit, i) => {
    const value = i % 2 === 1 ? digit * 2 : digit
    sum += value > 9 ? value - 9 : value
  })
  return sum % 10 === 0
}

/** True when `text` is a payment card number (spaces or dashes between the digits allowed). */
export function isValidCardNumber(text: string): boolean {
  const digits = digitsOnly(text, ' -')
  if (digits === null || digits.length < 13 || digits.length > 19) return false
  return cardIssuer(digits) !== null && passesLuhn(digits)
}
