// Value generators for single columns of the customer export: dates, amounts, phone numbers,
// IBANs, e-mail addresses, streets and company names, each in the mix of formats that real
// German exports show.

import {
  AREA_CODES, BRANCHES, LEGAL_FORMS, MOBILE_PREFIXES, STREETS, SURNAMES, SURNAME_PREFIXES, SURNAME_SUFFIXES,
} from './vocabulary.mjs'

/** @typedef {import('./prng.mjs').Prng} Prng */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function pad2(n) {
  return n < 10 ? '0' + n : String(n)
}

/**
 * A date between the given years, as `dd.mm.yyyy`, or `yyyy-mm-dd` with probability isoShare.
 * (Feb 29 is never produced: not needed, and it keeps the calendar logic trivial.)
 */
export function dateText(rng, fromYear, toYear, isoShare) {
  const year = rng.between(fromYear, toYear)
  const month = rng.between(1, 12)
  const day = rng.between(1, DAYS_IN_MONTH[month - 1])
  if (rng.chance(isoShare)) return `${year}-${pad2(month)}-${pad2(day)}`
  return `${pad2(day)}.${pad2(month)}.${year}`
}

/** Groups the digits of a non-negative integer string with `.` (German thousands separator). */
function groupThousands(digits) {
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.'
    out += digits[i]
  }
  return out
}

/**
 * A turnover in euros (exponential, mean ≈ 2,400; 1 % credit notes are negative), always with two
 * decimals. Formats: `1.234,56` (82 %), `1234,56` (6 %) and English `1234.56` (12 %).
 */
export function amountText(rng) {
  const cents = Math.round(-Math.log(1 - rng.float()) * 240000)
  const sign = rng.chance(0.01) ? '-' : ''
  const euros = String(Math.floor(cents / 100))
  const rest = pad2(cents % 100)
  const roll = rng.float()
  if (roll < 0.82) return `${sign}${groupThousands(euros)},${rest}`
  if (roll < 0.88) return `${sign}${euros},${rest}`
  return `${sign}${euros}.${rest}`
}

const DISCOUNTS = ['0', '0', '0', '0', '2', '3', '5', '5', '10', '2,5', '7,5', '15', '0,5', '2.5', '12,5']

/** A discount percentage, mostly German (`2,5`), occasionally English (`2.5`). */
export function discountText(rng) {
  return rng.pick(DISCOUNTS)
}

/** A German phone number in one of the common notations (landline or mobile). */
export function phoneText(rng) {
  const mobile = rng.chance(0.3)
  const prefix = mobile ? rng.pick(MOBILE_PREFIXES) : rng.pick(AREA_CODES)
  const subscriber = rng.digits(mobile ? rng.between(7, 8) : rng.between(6, 8))
  const style = rng.int(10)
  if (style < 4) return `+49 ${prefix.slice(1)} ${subscriber}`
  if (style < 6) return `${prefix} ${subscriber}`
  if (style < 8) return `${prefix}/${subscriber}`
  if (style < 9) return `(${prefix}) ${subscriber}`
  return `${prefix}-${subscriber}`
}

/** Remainder of a (long) decimal digit string modulo 97, computed in chunks that stay exact. */
function mod97(digits) {
  let rest = 0
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97
  return rest
}

/** Digits for an IBAN country code: A=10 … Z=35. */
function letterDigits(countryCode) {
  return String(countryCode.charCodeAt(0) - 55) + String(countryCode.charCodeAt(1) - 55)
}

const BBAN_LENGTH = {DE: 18, AT: 16, CH: 17}

/**
 * A random IBAN with a valid ISO 13616 check (mod 97 = 1), so checksum-based detectors accept it;
 * bank and account numbers are random. 20 % are written in groups of four.
 */
export function ibanText(rng, countryCode) {
  const bban = String(rng.between(1, 8)) + rng.digits(BBAN_LENGTH[countryCode] - 1)
  const check = 98 - mod97(bban + letterDigits(countryCode) + '00')
  const iban = countryCode + pad2(check) + bban
  if (!rng.chance(0.2)) return iban
  return iban.replace(/(.{4})(?=.)/g, '$1 ')
}

const MAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'post.example']

/** ASCII, lower-case form of a name for a mail address (ä → ae, ß → ss, spaces and dots dropped). */
export function mailSlug(text) {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .normalize('NFD').replace(/[^a-z0-9-]/g, '').replace(/-{2,}/g, '-')
}

/** A private person's address at a reserved example domain (RFC 2606). */
export function personalMail(rng, firstName, lastName) {
  const first = mailSlug(firstName)
  const last = mailSlug(lastName)
  const domain = rng.pick(MAIL_DOMAINS)
  const style = rng.int(10)
  if (style < 5) return `${first}.${last}@${domain}`
  if (style < 7) return `${first[0]}.${last}@${domain}`
  if (style < 9) return `${last}${rng.between(1, 99)}@${domain}`
  return `${first}${last}@${domain}`
}

/** A company mailbox at `<company>.example`. */
export function companyMail(rng, companyStem) {
  const box = rng.pick(['info', 'kontakt', 'buchhaltung', 'einkauf', 'service'])
  return `${box}@${mailSlug(companyStem.replaceAll(' ', '-'))}.example`
}

/** A surname: a common one (80 %) or an invented compound (20 %) for a long tail of values. */
export function surname(rng) {
  if (rng.chance(0.8)) return SURNAMES[rng.skewedIndex(SURNAMES.length, 1.5)]
  return rng.pick(SURNAME_PREFIXES) + rng.pick(SURNAME_SUFFIXES)
}

/**
 * A street address. Compound streets are mostly written out (`Hauptstraße 12`) and sometimes
 * abbreviated (`Hauptstr. 12`), as different clerks do.
 */
export function streetText(rng) {
  const [stem, kind] = STREETS[rng.skewedIndex(STREETS.length, 1.3)]
  const number = String(rng.skewedIndex(180, 2) + 1) + (rng.chance(0.06) ? rng.pick(['a', 'b', 'c']) : '')
  const abbreviated = rng.chance(0.15)
  if (kind === 'compound') return `${stem}${abbreviated ? 'str.' : 'straße'} ${number}`
  if (kind === 'separate') return `${stem} ${abbreviated ? 'Str.' : 'Straße'} ${number}`
  return stem + number
}

function legalForm(rng) {
  let roll = rng.int(100)
  for (const [form, weight] of LEGAL_FORMS) {
    if (roll < weight) return form
    roll -= weight
  }
  return LEGAL_FORMS[0][0]
}

/**
 * A company name and its stem (for the mail domain). A few names carry quotes or a semicolon,
 * which forces CSV quoting outside the Bemerkung column too.
 * @returns {{name: string, stem: string}}
 */
export function companyName(rng) {
  const owner = surname(rng)
  const branch = rng.pick(BRANCHES)
  const form = legalForm(rng)
  const style = rng.int(100)
  if (style < 45) return {name: `${owner} ${branch} ${form}`, stem: `${owner} ${branch}`}
  if (style < 70) return {name: `${branch} ${owner} ${form}`, stem: `${branch} ${owner}`}
  if (style < 85) {
    const partner = surname(rng)
    return {name: `${owner} & ${partner} ${form}`, stem: `${owner} ${partner}`}
  }
  if (style < 97) return {name: `${owner} & Söhne ${form}`, stem: `${owner} Söhne`}
  if (style < 99) return {name: `Gasthof "Zur Linde" ${owner} ${form}`, stem: `Zur Linde ${owner}`}
  return {name: `${owner}; ${branch} ${form}`, stem: `${owner} ${branch}`}
}
