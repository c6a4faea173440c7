/**
 * Per-value recognisers for the personal-data verdict: which category one cell value belongs to, and
 * which signal said so. The validators (validators/*.ts, names/person-name.ts) do the checking; this
 * module only decides which validator a value is offered to and under what condition (a 5-digit number
 * is a postal code only in a PLZ column, a date is a birth date only in a Geburtsdatum column, a lone
 * surname is a name only in a column whose header points at people). It also finds e-mails, phones,
 * IBANs and health terms inside free text. Nothing here weighs a whole column: that is column-verdict.ts.
 */
import type {PiiCategory} from './categories.js'
import type {NameEvidenceStrength} from './column-name-evidence.js'
import {countsAsPersonName} from './names/person-name.js'
import {isValidEmail} from './validators/email.js'
import {isDriversLicenseNumber} from './validators/fuehrerschein.js'
import {containsHealthTerm} from './validators/health-text.js'
import {IBAN_LENGTHS, isValidIban} from './validators/iban.js'
import {isValidIdCardNumber, isValidPassportNumber} from './validators/id-card.js'
import {isValidIpAddress} from './validators/ip-address.js'
import {isValidKvnr} from './validators/kvnr.js'
import {isValidCardNumber} from './validators/luhn.js'
import {isValidPhone} from './validators/phone.js'
import {isValidRvnr} from './validators/rentenversicherungsnummer.js'
import {isValidSteuerId} from './validators/steuer-id.js'
import {isValidSteuernummer} from './validators/steuernummer.js'
import {isStreetAddress} from './validators/street-address.js'
import {isValidUstIdNr} from './validators/ust-idnr.js'
import {isVehiclePlate} from './validators/vehicle-plate.js'

/**
 * How strong one value match is, which sets the share a column needs (column-verdict.ts):
 * - checksum: a check digit validated; random look-alikes still pass now and then (1 in 10 for MOD 11,10)
 * - pattern: shape or library validation without a check digit (e-mail, phone, IP, person names, streets)
 * - name-bound: a shape that is personal only because the column name says so (PLZ, Geburtsdatum,
 *   Steuernummer, Führerscheinnummer)
 * - dictionary: a loose shape confirmed against an official list (number plates and their district
 *   codes); the same share thresholds as the Art. 9 value dictionaries
 */
export type MatchKind = 'checksum' | 'pattern' | 'name-bound' | 'dictionary'

/** how much the column name backs a category */
export type NameSupport = 'none' | NameEvidenceStrength

/** what the column name says, as far as a value matcher needs to know */
export interface MatchContext {
  /** the header names a phone column: bare digit runs may be phone numbers */
  nameSaysPhone: boolean
  /** today, for the youngest plausible birth date */
  today: Date
  /** how much the header backs a category: a lone surname is a name only under a person header */
  nameSupport(category: PiiCategory): NameSupport
}

export interface ValueMatcher {
  category: PiiCategory
  kind: MatchKind
  /** the evidence tag the verdict carries when this matcher fires ('checksum:MOD 11,10') */
  evidence: string
  /**
   * Whether a column whose values mostly fail this matcher contradicts a column name pointing at the
   * category. False where a real column may hold another legitimate spelling the matcher does not know
   * (ID card serials without their check digit, birth dates in other formats).
   */
  valuesCanContradictName: boolean
  /** the category is looked for only when the column name points at it (postal codes, birth dates) */
  needsNameEvidence: boolean
  matches(value: string, context: MatchContext): boolean
}

/** Birth dates: people born from 1900 on and at least this old (a younger "customer" is not plausible) */
export const BIRTH_DATE_EARLIEST_YEAR = 1900
export const BIRTH_DATE_MIN_AGE_YEARS = 14

/** German postal codes: 5 digits, 01001 (Dresden) to 99998 (Körner); 00xxx is not assigned */
export const POSTAL_CODE_RANGE = {min: 1001, max: 99998} as const

/** the fewest digits a phone number has (a short area code and a short subscriber number) */
const PHONE_MIN_DIGITS = 6

const PHONE_LABEL = /^(?:tel|telefon|fon|mobil|handy|fax)\.?\s*:?\s*/i
const PHONE_CHARS = /^[+(]?[0-9][0-9 \u00a0/().\-–]*[0-9]$/
const DATE_SHAPE = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})$/

/**
 * A value that may be a phone number before libphonenumber is asked: digits and separators only, not a
 * date. Without a phone column name it must also be written like a number someone dials — a leading
 * +, 00 or trunk 0 and at least one separator — so that bare digit runs (11-digit article numbers,
 * amounts) never count as phones unless the header says "Telefon".
 */
export function looksPhoneLike(value: string, nameSaysPhone: boolean): boolean {
  const text = value.trim().replace(PHONE_LABEL, '')
  if (!PHONE_CHARS.test(text) || DATE_SHAPE.test(text)) return false
  const digits = text.replace(/[^0-9]/g, '')
  if (digits.length < PHONE_MIN_DIGITS) return false
  if (nameSaysPhone) return true
  const dialled = /^(?:\+|00|0|\(0)/.test(text)
  const separated = digits.length !== text.length
  return dialled && separated
}

/** 'yyyy-mm-dd' (optionally with a time) or 'dd.mm.yyyy' as a calendar date, else null */
export function parseDateValue(value: string): {year: number; month: number; day: number} | null {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text)
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : german
      ? [Number(german[3]), Number(german[2]), Number(german[1])]
      : [0, 0, 0]
  if (year === 0) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists ? {year, month, day} : null
}

/** a date between 1 January 1900 and today minus the minimum age */
export function isPlausibleBirthDate(value: string, today: Date): boolean {
  const date = parseDateValue(value)
  if (date === null || date.year < BIRTH_DATE_EARLIEST_YEAR) return false
  const latest = Date.UTC(today.getUTCFullYear() - BIRTH_DATE_MIN_AGE_YEARS, today.getUTCMonth(), today.getUTCDate())
  return Date.UTC(date.year, date.month - 1, date.day) <= latest
}

export function isGermanPostalCode(value: string): boolean {
  const text = value.trim()
  if (!/^[0-9]{5}$/.test(text)) return false
  const code = Number(text)
  return code >= POSTAL_CODE_RANGE.min && code <= POSTAL_CODE_RANGE.max
}

/** every whole-value recogniser, in the order of PII_CATEGORIES; art9_* come from art9ValueEvidence */
export const VALUE_MATCHERS: readonly ValueMatcher[] = [
  {category: 'email', kind: 'pattern', evidence: 'pattern', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidEmail(v)},
  {
    category: 'phone',
    kind: 'pattern',
    evidence: 'library:libphonenumber',
    valuesCanContradictName: true,
    needsNameEvidence: false,
    matches: (v, c) => looksPhoneLike(v, c.nameSaysPhone) && isValidPhone(v),
  },
  {category: 'iban', kind: 'checksum', evidence: 'checksum:mod 97', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidIban(v)},
  {category: 'credit_card', kind: 'checksum', evidence: 'checksum:Luhn', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidCardNumber(v)},
  // a name column may hold companies and logins as well, so values never silence a person header
  {
    category: 'person_name',
    kind: 'pattern',
    evidence: 'dictionary:names',
    valuesCanContradictName: false,
    needsNameEvidence: false,
    matches: (v, c) => countsAsPersonName(v, c.nameSupport('person_name')),
  },
  // addresses are split many ways (street without number, house number alone, town, Postfach); a bare
  // street name counts only under a strong street header: towns end like streets too (Heidelberg, Bielefeld)
  {
    category: 'street_address',
    kind: 'pattern',
    evidence: 'pattern:street',
    valuesCanContradictName: false,
    needsNameEvidence: false,
    matches: (v, c) => isStreetAddress(v, c.nameSupport('street_address') === 'strong'),
  },
  {category: 'postal_code', kind: 'name-bound', evidence: 'pattern', valuesCanContradictName: true, needsNameEvidence: true, matches: (v) => isGermanPostalCode(v)},
  {
    category: 'birth_date',
    kind: 'name-bound',
    evidence: 'pattern:date',
    valuesCanContradictName: false,
    needsNameEvidence: true,
    matches: (v, c) => isPlausibleBirthDate(v, c.today),
  },
  {category: 'ip_address', kind: 'pattern', evidence: 'pattern', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidIpAddress(v)},
  {category: 'tax_id_de', kind: 'checksum', evidence: 'checksum:MOD 11,10', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidSteuerId(v)},
  {
    category: 'tax_number_de',
    kind: 'name-bound',
    evidence: 'pattern:state-format',
    valuesCanContradictName: true,
    needsNameEvidence: true,
    matches: (v) => isValidSteuernummer(v),
  },
  {category: 'vat_id', kind: 'checksum', evidence: 'checksum:MOD 11,10', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidUstIdNr(v)},
  {category: 'social_security_de', kind: 'checksum', evidence: 'checksum:VKVV', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidRvnr(v)},
  {category: 'health_insurance_de', kind: 'checksum', evidence: 'checksum:KVNR', valuesCanContradictName: true, needsNameEvidence: false, matches: (v) => isValidKvnr(v)},
  // serials are often stored without their check digit; such a column must not silence the name
  {category: 'id_card_de', kind: 'checksum', evidence: 'checksum:ICAO 9303', valuesCanContradictName: false, needsNameEvidence: false, matches: (v) => isValidIdCardNumber(v)},
  {category: 'passport_de', kind: 'checksum', evidence: 'checksum:ICAO 9303', valuesCanContradictName: false, needsNameEvidence: false, matches: (v) => isValidPassportNumber(v)},
  // old paper licences had no national number format: such a column must not silence the name
  {
    category: 'drivers_license_de',
    kind: 'name-bound',
    evidence: 'pattern',
    valuesCanContradictName: false,
    needsNameEvidence: true,
    matches: (v) => isDriversLicenseNumber(v),
  },
  {
    category: 'vehicle_plate_de',
    kind: 'dictionary',
    evidence: 'dictionary:district-codes',
    valuesCanContradictName: true,
    needsNameEvidence: false,
    matches: (v) => isVehiclePlate(v),
  },
]

/**
 * A column is free text when this share of its non-empty values has at least this many words (a word
 * holds a letter: "4887 0212 3832 9912" and a printed IBAN are one value, not a sentence). A column whose
 * header names notes ("Bemerkung", "Notiz", "comment") is free text from a lower share on: its short
 * entries ("Mahnung versendet") sit between the long ones that mention people.
 */
export const FREE_TEXT_RULE = {minWords: 3, minShareOfValues: 0.5, minShareUnderNoteHeader: 0.2} as const

/** header parts that name a notes column, found inside compound words ("Lieferbemerkung", "cKommentar") */
const NOTE_HEADER_PARTS = ['bemerkung', 'notiz', 'kommentar', 'anmerkung', 'hinweis', 'memo', 'freitext', 'comment', 'note', 'remark']

export function isNoteHeader(header: string): boolean {
  const compact = header.toLowerCase().replace(/[^a-zäöüß]/gu, '')
  return NOTE_HEADER_PARTS.some((part) => compact.includes(part))
}

function wordCount(value: string): number {
  let words = 0
  for (const token of value.trim().split(/\s+/u)) if (/\p{L}/u.test(token)) words++
  return words
}

export function isFreeTextColumn(nonEmpty: readonly string[], header = ''): boolean {
  if (nonEmpty.length === 0) return false
  const wordy = nonEmpty.filter((v) => wordCount(v) >= FREE_TEXT_RULE.minWords).length
  const needed = isNoteHeader(header) ? FREE_TEXT_RULE.minShareUnderNoteHeader : FREE_TEXT_RULE.minShareOfValues
  return wordy / nonEmpty.length >= needed
}

/** the categories looked for inside free text, with the evidence tag of the validator that confirmed them */
export const EMBEDDED_CATEGORIES = [
  {category: 'email', evidence: 'pattern'},
  {category: 'phone', evidence: 'library:libphonenumber'},
  {category: 'iban', evidence: 'checksum:mod 97'},
  {category: 'art9_health', evidence: 'dictionary:health-text'},
] as const satisfies ReadonlyArray<{category: PiiCategory; evidence: string}>

export type EmbeddedCategory = (typeof EMBEDDED_CATEGORIES)[number]['category']

const TOKEN_PUNCTUATION = /^[<(["'„“‚]+|[>)\]"'“”‘,;:.!?]+$/g

function containsEmail(text: string): boolean {
  return text.split(/\s+/).some((token) => token.includes('@') && isValidEmail(token.replace(TOKEN_PUNCTUATION, '')))
}

/** candidates start where someone dials: '+', '(0' or a trunk 0 at a word start */
const PHONE_CANDIDATE = /(?:\+|\(0|\b0)[0-9 /().\-–]{4,}[0-9]/g

/**
 * A candidate that continues a number is no phone number: "0212 3832 9912" inside a card number printed in
 * groups, "0180 …" inside a printed IBAN, "0.6478.127" inside a browser version.
 */
function continuesNumber(text: string, at: number): boolean {
  const before = text[at - 1]
  if (before === undefined) return false
  if (/[0-9.,/]/u.test(before)) return true
  return before === ' ' && /[0-9]/u.test(text[at - 2] ?? '')
}

function containsPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    if (continuesNumber(text, match.index)) continue
    // the candidate may have swallowed a following number ("030 1234567 3 Kartons"): drop groups from the end
    let candidate = match[0]
    for (;;) {
      if (looksPhoneLike(candidate, false) && isValidPhone(candidate)) return true
      const cut = candidate.search(/[ /\-–][^ /\-–]*$/)
      if (cut <= 0) break
      candidate = candidate.slice(0, cut).trimEnd()
    }
  }
  return false
}

function containsIban(text: string): boolean {
  const upper = text.toUpperCase()
  for (const match of upper.matchAll(/\b([A-Z]{2})[0-9]{2}/g)) {
    const length = IBAN_LENGTHS[match[1]]
    if (length === undefined) continue
    // collect the IBAN's characters from here on, allowing the single spaces of the printed groups
    let compact = ''
    for (let i = match.index; i < upper.length && compact.length < length; i++) {
      const char = upper[i]
      if (/[A-Z0-9]/.test(char)) compact += char
      else if (char !== ' ') break
    }
    if (compact.length === length && isValidIban(compact)) return true
  }
  return false
}

/** which of e-mail, phone, IBAN and health terms occur somewhere inside one free-text value */
export function embeddedCategories(text: string): Set<EmbeddedCategory> {
  const found = new Set<EmbeddedCategory>()
  if (containsEmail(text)) found.add('email')
  if (containsPhone(text)) found.add('phone')
  if (containsIban(text)) found.add('iban')
  if (containsHealthTerm(text)) found.add('art9_health')
  return found
}
