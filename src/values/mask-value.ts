/**
 * Masks values that are recognisably personal before they reach a report (top values, min/max, examples):
 * e-mail addresses, IBANs and digit runs of 6 or more (phone, account, tax and insurance numbers).
 * This is the privacy floor for every report; column-level personal-data detection (names, addresses,
 * checksum-validated IDs) masks more once it knows a column's category.
 */

const EMAIL = /^([^\s@]{1,64})@([^\s@]+\.[^\s@]+)$/u
const IBAN = /^([A-Z]{2}\d{2})[ ]?((?:[A-Z0-9]{4}[ ]?){2,7}[A-Z0-9]{1,4})$/u
const LONG_DIGIT_RUN = /\d[\d /().+-]{4,}\d/gu

export function maskValue(value: string): string {
  const text = value.trim()
  const email = EMAIL.exec(text)
  if (email) return `${email[1][0]}***@${email[2]}`
  const iban = IBAN.exec(text.toUpperCase())
  if (iban) return maskIban(text.replace(/\s+/g, '').toUpperCase())
  return value.replace(LONG_DIGIT_RUN, maskDigitRun)
}

/** DE89370400440532013000 → "DE89 **** **** **** **30 00" (country and check digits, last four kept) */
function maskIban(iban: string): string {
  const masked = iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4)
  return masked.replace(/(.{4})(?=.)/g, '$1 ')
}

/** keeps the first two and the last two digits of a run of 6 or more digits; separators stay */
function maskDigitRun(run: string): string {
  let digits = 0
  for (const ch of run) if (ch >= '0' && ch <= '9') digits++
  if (digits < 6) return run
  let seen = 0
  let out = ''
  for (const ch of run) {
    if (ch >= '0' && ch <= '9') {
      seen++
      out += seen <= 2 || seen > digits - 2 ? ch : '*'
    } else out += ch
  }
  return out
}
