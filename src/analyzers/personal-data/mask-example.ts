/**
 * The masked examples a personal-data verdict shows: enough of a value to recognise what kind of value it
 * is ("j***@gmx.de", "DE89 **** **** **** **30 00", "M** M*********"), never enough to recognise whom.
 * The mask follows the verdict's category, so a passport number without a six-digit run is masked as
 * an identifier, not left alone as the generic text floor (values/mask-value.ts) would.
 *
 * What each mask keeps (MASKS below):
 * - identifiers (tax, social-security, insurance, ID card, passport, card numbers, driving licence,
 *   Steuernummer, USt-IdNr): separators, the first two and the last two letters/digits of 8 or more; the
 *   first one only of shorter ones;
 * - IBANs and e-mails: the text floor's masks (country, check digits and last four; first letter and a
 *   provider domain);
 * - phone numbers: the first three and the last two digits;
 * - names, addresses, Art. 9/10 values and free text: every word to its initial (street words and legal
 *   forms stay), numbers of six or more digits masked, and free text cut to MAX_TEXT_CHARS;
 * - birth dates: the year only ("**.**.1985"); postal codes: the first two digits ("80***");
 *   IP addresses: the first half ("192.168.*.*"); vehicle plates: the district ("M-** ****").
 */
import type {PiiCategory} from './categories.js'
import {maskValue, maskWords} from '../../values/mask-value.js'
import {parseDateValue} from './value-matchers.js'

/** free-text examples are cut to this many characters before masking (a whole comment says too much) */
export const MAX_TEXT_CHARS = 40

/** identifiers with at least this many letters/digits keep two at each end, shorter ones the first only */
export const IDENTIFIER_KEEP_FROM = 8

type Mask = (value: string) => string

const ALNUM = /[\p{L}\p{N}]/u

/** keeps the first `head` and last `tail` letters/digits; every other letter/digit becomes '*' */
function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value.trim())
  const total = chars.filter((c) => ALNUM.test(c)).length
  let seen = 0
  return chars
    .map((c) => {
      if (!ALNUM.test(c)) return c
      seen++
      return seen <= head || seen > total - tail ? c : '*'
    })
    .join('')
}

export function maskIdentifier(value: string): string {
  const total = Array.from(value).filter((c) => ALNUM.test(c)).length
  return total >= IDENTIFIER_KEEP_FROM ? keepEnds(value, 2, 2) : keepEnds(value, 1, 0)
}

function maskPhone(value: string): string {
  const digits = value.replace(/\D/gu, '').length
  // "+49 (0)30 1234567": the country/trunk prefix and area start stay, the subscriber number goes
  let seen = 0
  return value.trim().replace(/\d/gu, (d) => {
    seen++
    return seen <= 3 || seen > digits - 2 ? d : '*'
  })
}

function maskBirthDate(value: string): string {
  const date = parseDateValue(value)
  return date === null ? maskIdentifier(value) : `**.**.${date.year}`
}

function maskPostalCode(value: string): string {
  return value.trim().replace(/\d/gu, (d, at: number) => (at < 2 ? d : '*'))
}

function maskIpAddress(value: string): string {
  const text = value.trim()
  if (text.includes(':')) {
    const groups = text.split(':')
    return groups.map((g, i) => (i < 2 || g === '' ? g : '*')).join(':')
  }
  return text
    .split('.')
    .map((part, i) => (i < 2 ? part : '*'))
    .join('.')
}

function maskVehiclePlate(value: string): string {
  const text = value.trim()
  const district = /^[\p{Lu}]{1,3}(?=[ -])/u.exec(text)?.[0] ?? ''
  return district + text.slice(district.length).replace(/[\p{L}\p{N}]/gu, '*')
}

function maskText(value: string): string {
  const chars = Array.from(value.trim())
  const cut = chars.length > MAX_TEXT_CHARS ? `${chars.slice(0, MAX_TEXT_CHARS).join('').trimEnd()} …` : chars.join('')
  return maskWords(cut, 'name')
}

const MASKS: Readonly<Record<PiiCategory, Mask>> = {
  email: maskValue,
  phone: maskPhone,
  iban: (v) => maskValue(v.trim()),
  credit_card: maskIdentifier,
  person_name: (v) => maskWords(v.trim(), 'name'),
  street_address: (v) => maskWords(v.trim(), 'address'),
  postal_code: maskPostalCode,
  birth_date: maskBirthDate,
  ip_address: maskIpAddress,
  tax_id_de: maskIdentifier,
  tax_number_de: maskIdentifier,
  vat_id: maskIdentifier,
  social_security_de: maskIdentifier,
  health_insurance_de: maskIdentifier,
  id_card_de: maskIdentifier,
  passport_de: maskIdentifier,
  drivers_license_de: maskIdentifier,
  vehicle_plate_de: maskVehiclePlate,
  art9_health: maskText,
  art9_religion: maskText,
  art9_union: maskText,
  art9_ethnicity: maskText,
  art9_political: maskText,
  art9_sexual_orientation: maskText,
  art9_biometric: maskText,
  art9_genetic: maskText,
  art10_criminal: maskText,
}

/**
 * One masked example of a value found to be `category`. `inFreeText`: the value is a whole comment with the
 * category somewhere inside, so it is masked as text (cut and word-masked), whatever the category.
 *
 * The same masks serve a personal column's shown values (top values, min/max), which need not fit the
 * category ("k. A." in a phone column, a name typed into an e-mail column). A mask that left such a value
 * as it was falls back to the strictest mask: only its first letter or digit stays.
 */
export function maskPiiExample(category: PiiCategory, value: string, inFreeText = false): string {
  const masked = inFreeText ? maskText(value) : MASKS[category](value)
  return masked === value.trim() || masked === value ? keepEnds(value, 1, 0) : masked
}
