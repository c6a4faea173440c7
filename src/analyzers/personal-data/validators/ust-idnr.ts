// German Umsatzsteuer-Identifikationsnummer: 'DE' + 9 digits, the first not 0, the ninth an
// ISO 7064 MOD 11,10 check digit over the first eight. The BZSt does not publish the algorithm; it
// is the one python-stdnum (de/vat.py) uses and every issued number we know of satisfies it.
import {mod11_10CheckDigit} from './iso7064.js'
import {stripSeparators, toDigits} from './normalize.js'

/** True when `text` is a German USt-IdNr ('DE123456789'; spaces allowed, 'de' accepted). */
export function isValidUstIdNr(text: string): boolean {
  const compact = stripSeparators(text, ' ').toUpperCase()
  if (!/^DE[1-9][0-9]{8}$/.test(compact)) return false
  const digits = toDigits(compact.slice(2))
  return mod11_10CheckDigit(digits.slice(0, 8)) === digits[8]
}
