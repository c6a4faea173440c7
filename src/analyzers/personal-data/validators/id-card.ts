// Serial numbers of the German Personalausweis and Reisepass, with the ICAO 9303 check digit that
// follows them in the machine-readable zone. A serial without its check digit cannot be validated;
// detectors treat those as a pattern match that needs column-name context.
import {icaoCheckDigit} from './icao9303.js'
import {stripSeparators} from './normalize.js'

// Since the ID card of November 2010 and the passports, serials avoid letters that read like
// digits or each other (no A, B, D, E, I, O, Q, S, U).
const SERIAL_CHAR = '[0-9CFGHJKLMNPRTVWXYZ]'
const NEW_ID_CARD = new RegExp(`^([LMNPRTVWXY]${SERIAL_CHAR}{8})([0-9])D?$`)
// Cards before November 2010: nine characters — four-digit authority code and five-digit serial,
// later with a letter first (specimen T22000129) — then the check digit.
const OLD_ID_CARD = /^([0-9A-Z][0-9]{8})([0-9])$/
const PASSPORT = new RegExp(`^([CFGHJK]${SERIAL_CHAR}{8})([0-9])$`)

function checks(compact: string, shape: RegExp): boolean {
  const match = shape.exec(compact)
  return match !== null && icaoCheckDigit(match[1]) === Number(match[2])
}

function compactSerial(text: string): string {
  return stripSeparators(text, ' ').toUpperCase()
}

/**
 * True when `text` is a Personalausweis number with its check digit: the current format
 * ('L01X00T471', optionally followed by the nationality 'D') or the format before 11/2010
 * ('T220001293').
 */
export function isValidIdCardNumber(text: string): boolean {
  const compact = compactSerial(text)
  return checks(compact, NEW_ID_CARD) || checks(compact, OLD_ID_CARD)
}

/** True when `text` is a Reisepass number with its check digit ('C01X00T478'). */
export function isValidPassportNumber(text: string): boolean {
  return checks(compactSerial(text), PASSPORT)
}
