/**
 * Masks values that are recognisably personal before they reach a report (top values, min/max, examples).
 * The privacy floor until column-level personal-data detection knows each column's category.
 *
 * - maskValue, for every text value: e-mail addresses anywhere in the text ("j***@gmx.de"; a domain
 *   that is not a mail provider's is word-masked: "i***@m******-b**.de"), a value that
 *   is an IBAN ("DE89 **** **** **** **30 00"), and numbers of 6 or more digits, also written in groups
 *   ("12 345 678 901", "0221-12345"; see maskNumbers): the first two and the last two digits stay. Not
 *   masked: "RE-2024-0001", "12.345.678,90", a house number followed by a PLZ ("5 50667").
 * - maskWords, for columns whose header says they hold names, addresses or contact data: the same, and
 *   every word becomes its first letter and a star per further letter ("Müller" → "M*****"), except legal
 *   forms (GmbH, AG, Co., …) and, in addresses, street words (Straße, Str., Weg, …); numbers of up to 5
 *   digits (house numbers, PLZ) stay. Variants keep their structure: "M***** GmbH" vs "M****** GmbH & Co. KG".
 * - maskLongInteger / maskIntegerText, for integer columns: integers of 8 or more digits (tax IDs, account
 *   numbers); shorter ones are customer numbers and quantities.
 *
 * Dates stay readable everywhere (a date alone identifies nobody; birth dates are the detection's job): a
 * date or date-time (dd.mm.yyyy, d.m.yy, dd/mm/yyyy, yyyy-mm-dd, with a time; also mm/yyyy) is never part
 * of a digit run.
 * These run on the few values a report shows, not per cell: clarity over speed.
 */

export type WordMaskStyle = 'name' | 'address'

/** digits a run needs before it is masked, in text and in integer columns */
export const TEXT_RUN_DIGITS = 6
export const INTEGER_DIGITS = 8

const WHOLE_IBAN = /^([A-Z]{2}\d{2})[ ]?((?:[A-Z0-9]{4}[ ]?){2,7}[A-Z0-9]{1,4})$/u

const DAY = '(?:0?[1-9]|[12]\\d|3[01])'
const MONTH = '(?:0?[1-9]|1[0-2])'
const ISO_DAY = '(?:0[1-9]|[12]\\d|3[01])'
const TIME = '(?:[T ](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?'
/** a month of a year, as in "Abschlag 01/2024" */
const MONTH_OF_YEAR = '(?:0[1-9]|1[0-2])[./](?:19|20)\\d{2}'
const DATE = `(?:${DAY}\\.${MONTH}\\.(?:\\d{4}|\\d{2})|${DAY}/${DAY}/\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])-${ISO_DAY})${TIME}|${MONTH_OF_YEAR}`
const EMAIL = "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"
/**
 * E-mail addresses (group 1) and dates (group 2), each handled as a whole. A date must not touch a digit
 * or a digit plus separator on either side: in "030.12.03.2024" or "123-2024-01-15" it is part of a number.
 */
const SPECIAL = new RegExp(`(${EMAIL})|(?<!\\d|\\d[./-])(${DATE})(?!\\d|[./-]\\d)`, 'gu')

/** digit runs across the separators of phone numbers: "+49 (0)221 123-45", "030/2312567" */
const RUN = /\d(?:[\d /().+-]*\d)?/gu
const WORD_OR_RUN = /[\p{L}\p{M}]+|\d(?:[\d /().+-]*\d)?/gu
/** house number, then PLZ ("5 50667", "12 10115"): two numbers, not one phone number */
const HOUSE_NUMBER_AND_PLZ = /^[1-9]\d{0,3} \d{4,5}$/u

/** kept in every word mask, compared in lower case (the dots of "Co." and "e.K." are not letters) */
const LEGAL_FORMS = new Set([
  'gmbh', 'mbh', 'ggmbh', 'ag', 'kg', 'kgaa', 'ohg', 'gbr', 'ug', 'haftungsbeschränkt', 'haftungsbeschraenkt',
  'se', 'co', 'cie', 'eg', 'ek', 'ev', 'ltd', 'inc', 'llc', 'plc', 'corp',
])
/** kept in addresses only: in a name column "Ring" or "Weg" is a surname */
const STREET_WORDS = new Set([
  'straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'pfad',
  'steig', 'promenade', 'markt',
])
/** mail domains of providers identify nobody; any other domain is word-masked (it often carries the name) */
const MAIL_PROVIDERS = new Set([
  'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 'gmail.com', 'googlemail.com', 't-online.de', 'freenet.de',
  'outlook.com', 'outlook.de', 'hotmail.com', 'hotmail.de', 'live.com', 'live.de', 'yahoo.com', 'yahoo.de',
  'icloud.com', 'me.com', 'aol.com', 'aol.de', 'posteo.de', 'mailbox.org', 'arcor.de', 'online.de', 'mail.de',
  'email.de', 'vodafone.de', 'ionos.de', 'proton.me', 'protonmail.com',
])

/** The privacy floor for any text value: e-mails, a whole IBAN, digit runs of 6+ digits outside dates. */
export function maskValue(value: string): string {
  return maskText(value, null)
}

/** For name, address and contact columns: maskValue, plus every word masked to its initial. */
export function maskWords(value: string, style: WordMaskStyle = 'name'): string {
  return maskText(value, style)
}

/**
 * For the parts of a duplicate-entity key or spelling ("Müller GmbH | Hauptstr. 5 | 50667"): each part is
 * word-masked; a part with a digit is taken for an address part, so its street words stay.
 */
export function maskEntityText(text: string): string {
  return text
    .split(' | ')
    .map((part) => maskText(part, /\d/u.test(part) ? 'address' : 'name'))
    .join(' | ')
}

/** An integer of `minDigits` or more digits as text with its first two and last two digits; others as they are. */
export function maskLongInteger(value: number, minDigits: number = INTEGER_DIGITS): number | string {
  if (!Number.isInteger(value)) return value
  const text = BigInt(value).toString()
  const digits = value < 0 ? text.length - 1 : text.length
  return digits < minDigits ? value : maskRun(text, minDigits)
}

/** An integer as written (top values of an integer column: "12345678901", "12.345.678"). */
export function maskIntegerText(text: string, minDigits: number = INTEGER_DIGITS): string {
  return text.replace(RUN, (run) => maskRun(run, minDigits))
}

/** Whether the word mask keeps `word` as it is (legal forms; street words in addresses). */
export function keepsWord(word: string, style: WordMaskStyle): boolean {
  const lower = word.toLowerCase()
  return LEGAL_FORMS.has(lower) || (style === 'address' && STREET_WORDS.has(lower))
}

export function isMailProvider(domain: string): boolean {
  return MAIL_PROVIDERS.has(domain.toLowerCase())
}

/** style null: maskValue (digit runs only); otherwise words too */
function maskText(value: string, style: WordMaskStyle | null): string {
  if (WHOLE_IBAN.test(value.trim().toUpperCase())) return maskIban(value.replace(/\s+/gu, '').toUpperCase())
  let out = ''
  let last = 0
  for (const m of value.matchAll(SPECIAL)) {
    out += maskPlain(value, last, m.index, style)
    out += m[1] === undefined ? m[0] : maskEmail(m[1])
    last = m.index + m[0].length
  }
  return out + maskPlain(value, last, value.length, style)
}

/** `text[from, to)`, which holds no e-mail and no date */
function maskPlain(text: string, from: number, to: number, style: WordMaskStyle | null): string {
  const part = text.slice(from, to)
  const masked = (token: string, at: number): string => {
    // the character before a run is looked up in the whole text, hence the offset
    if (isDigit(token.charCodeAt(0))) return maskNumbers(text, token, from + at)
    return style !== null && keepsWord(token, style) ? token : maskWord(token)
  }
  return part.replace(style === null ? RUN : WORD_OR_RUN, masked)
}

/**
 * A digit run found at `text[at]`. Spaces, slashes and brackets join groups into one number (a Steuer-ID
 * "12 345 678 901", a Steuernummer "21/815/08150"); dots and dashes only in a phone number, which starts
 * with 0 or follows a "+" ("0221-12345", "+49.221.12345"): elsewhere they separate numbers ("RE-2024-0001",
 * "12.345.678,90", a non-date "2024-13-45").
 */
function maskNumbers(text: string, run: string, at: number): string {
  if (run[0] === '0' || text[at - 1] === '+') return maskRun(run, TEXT_RUN_DIGITS)
  return run.replace(/[^.-]+/gu, maskGroup)
}

/** a number without dots and dashes: masked from 6 digits, except a house number followed by a PLZ */
function maskGroup(group: string): string {
  return HOUSE_NUMBER_AND_PLZ.test(group) ? group : maskRun(group, TEXT_RUN_DIGITS)
}

/** "Müller" → "M*****": the initial and one star per further letter */
function maskWord(word: string): string {
  const letters = Array.from(word)
  return letters[0] + '*'.repeat(letters.length - 1)
}

/** keeps the first two and the last two digits of a run of `minDigits` or more; separators stay */
function maskRun(run: string, minDigits: number): string {
  let digits = 0
  for (let i = 0; i < run.length; i++) if (isDigit(run.charCodeAt(i))) digits++
  if (digits < minDigits) return run
  let seen = 0
  let out = ''
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]
    if (isDigit(run.charCodeAt(i))) {
      seen++
      out += seen <= 2 || seen > digits - 2 ? ch : '*'
    } else out += ch
  }
  return out
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** DE89370400440532013000 → "DE89 **** **** **** **30 00" (country and check digits, last four kept) */
function maskIban(iban: string): string {
  const masked = iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4)
  return masked.replace(/(.{4})(?=.)/gu, '$1 ')
}

/** "jana.mueller@gmx.de" → "j***@gmx.de"; "info@mueller-bau.de" → "i***@m******-b**.de" */
function maskEmail(address: string): string {
  const at = address.lastIndexOf('@')
  const local = String.fromCodePoint(address.codePointAt(0) as number)
  const domain = address.slice(at + 1)
  if (isMailProvider(domain)) return `${local}***@${domain}`
  const dot = domain.lastIndexOf('.')
  return `${local}***@${maskText(domain.slice(0, dot), 'name')}${domain.slice(dot)}`
}
