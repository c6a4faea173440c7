// Identifiers arrive formatted the way people type them ("365 742 618 09", "DE89 3704 …"). The
// validators accept a small, explicit set of separators per identifier and nothing else, so that
// text such as "Tel. 0171/…" or "12-34" is not silently squeezed into a valid-looking number.

/** Characters that count as a space separator: the plain space, tab and the no-break spaces. */
const SPACES = ' \t\u00a0\u202f'

/** one character class per separator set, built once: every value of every column passes through here */
const SEPARATOR_PATTERNS = new Map<string, RegExp>()

function separatorPattern(separators: string): RegExp {
  let pattern = SEPARATOR_PATTERNS.get(separators)
  if (pattern === undefined) {
    const chars = separators.includes(' ') ? separators + SPACES : separators
    pattern = new RegExp(`[${[...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'gu')
    SEPARATOR_PATTERNS.set(separators, pattern)
  }
  return pattern
}

/**
 * Removes the separator characters from `text` (a ' ' in `separators` stands for every space
 * character, including no-break spaces). Leading and trailing spaces are always removed.
 */
export function stripSeparators(text: string, separators: string): string {
  return text.trim().replace(separatorPattern(separators), '')
}

/**
 * The digits of `text` once the separators are removed, or null when anything other than digits
 * and those separators remains (or no digit at all). Default separators: space, slash, dot.
 */
export function digitsOnly(text: string, separators = ' /.'): string | null {
  const compact = stripSeparators(text, separators)
  return /^[0-9]+$/.test(compact) ? compact : null
}

/** The digits of a digit string as numbers ('305' → [3, 0, 5]). */
export function toDigits(digitString: string): number[] {
  return Array.from(digitString, (char) => char.charCodeAt(0) - 48)
}

/** Position of an upper-case letter in the alphabet, two digits: A → '01', Z → '26'. */
export function letterOrdinal(letter: string): string {
  return String(letter.charCodeAt(0) - 64).padStart(2, '0')
}
