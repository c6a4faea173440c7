// German number plates: district code, a separator, one or two letters, an optional separator, one to
// four digits without a leading zero, and E (electric) or H (historic) at the end: "M-AB 1234",
// "HH XY 12", "B-E 1E" (domain.md). A plate has at most eight letters and digits. The district code
// must be on the official list (district-codes.ts), which turns the loose shape into evidence:
// warehouse places ("A-B 12") or article codes pass the shape but rarely start with a real district.
import {DISTRICT_CODES} from './district-codes.js'

const PLATE = /^([A-ZÄÖÜ]{1,3})[ -]([A-Z]{1,2})[ -]?([1-9][0-9]{0,3})([EH]?)$/
/** letters and digits of a plate, without the E/H suffix */
export const MAX_PLATE_CHARACTERS = 8

/** True when `text` is a German number plate with a listed district code. */
export function isVehiclePlate(text: string): boolean {
  const match = PLATE.exec(text.trim().toUpperCase())
  if (match === null) return false
  const [, district, letters, digits] = match
  if (district.length + letters.length + digits.length > MAX_PLATE_CHARACTERS) return false
  return DISTRICT_CODES.has(district)
}
