/**
 * Phone numbers with libphonenumber-js (full metadata): German spellings first — `0171-1234567`,
 * `(089) 123456`, `030/1234567`, `+49 (0)30 …` (the trunk zero in brackets that German letterheads write
 * after the country code), `0049 …` — and any international number with its `+` or `00` prefix.
 */
import {type PhoneNumber, parsePhoneNumberFromString} from 'libphonenumber-js/max'

export type PhoneType = 'mobile' | 'fixed' | 'toll-free' | 'other'

export interface PhoneVerdict {
  valid: boolean
  /** e.g. "DE", "AT"; absent when invalid */
  country?: string
  type?: PhoneType
}

/** the longest text that is still a phone number with extension and separators */
const MAX_LENGTH = 40

/** the parsed number when `text` is written like one and libphonenumber knows it as valid */
function validNumber(text: string, defaultCountry: 'DE' | 'AT' | 'CH'): PhoneNumber | undefined {
  const trimmed = text.trim()
  if (trimmed.length < 5 || trimmed.length > MAX_LENGTH || !/\d/.test(trimmed)) return undefined
  // a phone number is digits and separators: a text with letters (an article code, a date) is none
  if (/[A-Za-zÄÖÜäöüß]/.test(trimmed.replace(/\b(?:tel|fon|mobil|fax|ext|durchwahl)\b\.?:?/gi, ''))) return undefined
  const normalised = trimmed.replace(/^\+(\d{1,3})\s*\(0\)\s*/, '+$1 ').replace(/^00(?=[1-9])/, '+')
  const parsed = parsePhoneNumberFromString(normalised, defaultCountry)
  return parsed?.isValid() ? parsed : undefined
}

export function checkPhone(text: string, defaultCountry: 'DE' | 'AT' | 'CH' = 'DE'): PhoneVerdict {
  const parsed = validNumber(text, defaultCountry)
  if (parsed === undefined) return {valid: false}
  return {valid: true, country: parsed.country, type: typeOf(parsed.getType())}
}

/** checkPhone's validity alone: the number type (a costly lookup in the full metadata) is not needed */
export function isValidPhone(text: string): boolean {
  return validNumber(text, 'DE') !== undefined
}

function typeOf(type: string | undefined): PhoneType {
  switch (type) {
    case 'MOBILE':
      return 'mobile'
    case 'FIXED_LINE':
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed'
    case 'TOLL_FREE':
      return 'toll-free'
    default:
      return 'other'
  }
}
