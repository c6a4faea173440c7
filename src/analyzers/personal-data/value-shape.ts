/**
 * A value's shape — how many letters and digits, whether it holds '@', '.', ':' — counted once per
 * distinct value, and per category a gate that rejects a value its matcher could never accept. Detection
 * runs every matcher over every sampled value of every column; most values fail most matchers, and the
 * gates let them fail without running a validator (a test checks that no gate rejects a value its
 * matcher accepts). Gates only reject: a value that passes still goes to the full matcher.
 */
import type {PiiCategory} from './categories.js'

export interface ValueShape {
  /** UTF-16 length of the trimmed value */
  length: number
  /** letters as the upper-cased value has them (ß counts as SS) */
  letters: number
  digits: number
  at: boolean
  dot: boolean
  colon: boolean
}

export function valueShape(value: string): ValueShape {
  const text = value.trim()
  const shape: ValueShape = {length: text.length, letters: 0, digits: 0, at: false, dot: false, colon: false}
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) shape.digits++
    // ß counts twice: validators compare upper case, where it becomes SS
    else if (code === 0xdf) shape.letters += 2
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0) shape.letters++
    else if (code === 64) shape.at = true
    else if (code === 46) shape.dot = true
    else if (code === 58) shape.colon = true
  }
  return shape
}

/** the shapes each category's matcher can accept at all; categories without a gate always run */
export const SHAPE_GATES: Readonly<Partial<Record<PiiCategory, (shape: ValueShape) => boolean>>> = {
  email: (s) => s.at,
  // six digits at least (looksPhoneLike), whatever the separators and labels
  phone: (s) => s.digits >= 6,
  // the shortest IBAN (Norway) has 15 characters after two country letters
  iban: (s) => s.letters >= 2 && s.length >= 15,
  credit_card: (s) => s.letters === 0 && s.digits >= 12,
  person_name: (s) => s.letters >= 2 && s.digits === 0,
  street_address: (s) => s.letters >= 2,
  postal_code: (s) => s.digits === 5 && s.letters === 0,
  birth_date: (s) => s.digits >= 6,
  ip_address: (s) => s.colon || (s.dot && s.digits >= 4),
  tax_id_de: (s) => s.digits === 11 && s.letters === 0,
  tax_number_de: (s) => s.digits >= 10,
  vat_id: (s) => s.letters >= 2 && s.digits === 9,
  // area (2 digits), birth date (6), initial, serial (2), check digit
  social_security_de: (s) => s.letters >= 1 && s.digits >= 11,
  health_insurance_de: (s) => s.letters >= 1 && s.digits >= 9,
  id_card_de: (s) => s.letters + s.digits >= 9 && s.length <= 24,
  passport_de: (s) => s.letters + s.digits >= 9 && s.length <= 24,
  drivers_license_de: (s) => s.letters >= 1 && s.letters + s.digits >= 11 && s.length <= 24,
  vehicle_plate_de: (s) => s.letters >= 1 && s.digits >= 1 && s.length <= 14,
}
