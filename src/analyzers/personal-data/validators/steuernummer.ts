// Steuernummer (tax number of a taxpayer at one Finanzamt): no public check digit, so only its shape can
// be checked and only a column named for it is read (the matcher is name-bound). Two spellings occur:
// - the state's printed form with slashes (or spaces in Bremen, Hessen, Schleswig-Holstein): FF/BBB/UUUUP
//   (10 digits), FFBBB/UUUUP (Baden-Württemberg), FF/BBB/UUUU/P (Rhineland-Palatinate), FFF/BBB/UUUUP
//   (11 digits; Bavaria and the states that put 0, 1 or 2 in front) or FFF/BBBB/UUUP (11 digits, North
//   Rhine-Westphalia); in a Steuernummer column also without separators;
// - the 13-digit national form of ELSTER: a state prefix, the Finanzamt number, a 0, then district,
//   serial and check digit (BW 28FF0BBBUUUUP, BY 9FFF0BBBUUUUP, NW 5FFF0BBBBUUUP …; domain.md).
import {digitsOnly} from './normalize.js'

/** two-digit state prefixes of the national form: BE 11, SL 10, SH 21, HH 22, NI 23, HB 24, HE 26, RP 27, BW 28, BB 30, ST 31, SN 32, MV 40, TH 41 */
export const NATIONAL_STATE_PREFIXES = ['10', '11', '21', '22', '23', '24', '26', '27', '28', '30', '31', '32', '40', '41'] as const
/** one-digit state prefixes: Bavaria 9, North Rhine-Westphalia 5 (their Finanzamt numbers have three digits) */
export const NATIONAL_STATE_PREFIXES_SHORT = ['9', '5'] as const

const SLASH = String.raw`\s?\/\s?`
const REGIONAL_PRINTED = new RegExp(
  [
    String.raw`[0-9]{2}(?<s>${SLASH}| )[0-9]{3}\k<s>[0-9]{5}`,
    String.raw`[0-9]{3}(?<t>${SLASH}| )(?:[0-9]{3}\k<t>[0-9]{5}|[0-9]{4}\k<t>[0-9]{4})`,
    String.raw`[0-9]{5}${SLASH}[0-9]{5}`,
    String.raw`[0-9]{2}${SLASH}[0-9]{3}${SLASH}[0-9]{4}${SLASH}[0-9]`,
  ]
    .map((form) => `(?:${form})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
)
const TWO_DIGIT = new Set<string>(NATIONAL_STATE_PREFIXES)
const ONE_DIGIT = new Set<string>(NATIONAL_STATE_PREFIXES_SHORT)

/** the 13-digit national form: a valid state prefix and the 0 in the fifth position */
export function isNationalSteuernummer(digits: string): boolean {
  if (!/^[0-9]{13}$/.test(digits) || digits[4] !== '0') return false
  return TWO_DIGIT.has(digits.slice(0, 2)) || ONE_DIGIT.has(digits[0])
}

/** True when `text` is a Steuernummer in the regional (printed or compact) or the national form. */
export function isValidSteuernummer(text: string): boolean {
  const trimmed = text.trim()
  const compact = digitsOnly(trimmed, ' /')
  if (compact === null || /^0+$/.test(compact)) return false
  if (compact.length === 13) return isNationalSteuernummer(compact)
  if (compact.length !== 10 && compact.length !== 11) return false
  // without separators only the length speaks; with them the grouping must be one of the state forms
  return compact === trimmed || REGIONAL_PRINTED.test(trimmed)
}
