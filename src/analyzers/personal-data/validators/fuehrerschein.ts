// Number of a German driving licence (Führerscheinnummer) as printed on the card, field 5: 11 characters,
// letters and digits. The KBA does not publish the check character, so only the shape is checked and only
// in a column named for it (the matcher is name-bound). Two descriptions of the shape are in use and both
// are accepted: two letters, eight digits and a final letter or digit (domain.md), and the authority code,
// serial and check digit layout [A-Z0-9][0-9]{2}[A-Z0-9]{6}[0-9][A-Z0-9] ("B072RRE2I55"). Numbers of the
// old paper licences followed no national format and are not recognised.
import {stripSeparators} from './normalize.js'

const TWO_LETTERS_EIGHT_DIGITS = /^[A-Z]{2}[0-9]{8}[A-Z0-9]$/
const AUTHORITY_LAYOUT = /^[A-Z0-9][0-9]{2}[A-Z0-9]{6}[0-9][A-Z0-9]$/

/** True when `text` has the shape of a card licence number: 11 characters, at least one letter, separators (space, hyphen) allowed. */
export function isDriversLicenseNumber(text: string): boolean {
  const compact = stripSeparators(text, ' -').toUpperCase()
  if (compact.length !== 11 || !/[A-Z]/.test(compact)) return false
  return TWO_LETTERS_EIGHT_DIGITS.test(compact) || AUTHORITY_LAYOUT.test(compact)
}
