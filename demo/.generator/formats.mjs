// German ways of writing numbers and dates, and the IBAN check digits (ISO 13616, mod 97).

const pad = (n, w = 2) => String(n).padStart(w, '0')

export const utcDate = (y, m, d) => new Date(Date.UTC(y, m - 1, d))

/** 03.02.2025 */
export const germanDate = (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`

/** 2025-02-03 */
export const isoDate = (d) => d.toISOString().slice(0, 10)

/** DDMM, as DATEV's Belegdatum */
export const ddmm = (d) => `${pad(d.getUTCDate())}${pad(d.getUTCMonth() + 1)}`

/** 12.345,67 (with thousands dots) or 12345,67 (without, as DATEV writes amounts) */
export function germanNumber(value, {thousands = true, decimals = 2} = {}) {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.')
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int
  return `${value < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `,${frac}`}`
}

/** 1,234.50 */
export function englishNumber(value, decimals = 2) {
  const [int, frac] = value.toFixed(decimals).split('.')
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`
}

/** A German IBAN with valid check digits for a bank code and an account number. */
export function germanIban(blz, account) {
  const bban = `${blz}${String(account).padStart(10, '0')}`
  // "DE00" moved to the end, letters as numbers: D = 13, E = 14
  const remainder = BigInt(`${bban}131400`) % 97n
  return `DE${pad(Number(98n - remainder))}${bban}`
}

/** DE89 3704 0044 0532 0130 00 */
export const spacedIban = (iban) => iban.replace(/(.{4})(?=.)/g, '$1 ')
