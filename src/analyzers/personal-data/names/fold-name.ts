/**
 * One spelling for looking a word up in the name lists: lower case, German umlauts expanded (ü → ue,
 * ß → ss), the letters NFD cannot take apart mapped by hand (Turkish ı, Polish ł, Nordic ø/æ, Croatian đ),
 * every other accent dropped (ş → s, é → e, č → c), apostrophes removed ("D'Angelo" → "dangelo").
 * Exports that lost their umlauts write "Muller" for Müller: foldNameBare gives that spelling, and the
 * lexicon holds both, so either form of a value is found.
 */

const EXPANDED: Readonly<Record<string, string>> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss'}
const BARE: Readonly<Record<string, string>> = {ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ẞ: 'ss'}
/** letters without a decomposition into base letter and accent */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th'}

const UMLAUTS = /[äöüßẞ]/g
const SPECIAL = /[ıłøđæœðþ]/g
const COMBINING = /[\u0300-\u036f]/g
const APOSTROPHES = /['’`´]/g

/** plain ASCII needs only lower-casing: most values, and the fast path of a per-value check */
const PLAIN_ASCII = /^[A-Za-z.\-]*$/

function fold(word: string, umlauts: Readonly<Record<string, string>>): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase()
  return word
    .toLowerCase()
    .replace(UMLAUTS, (ch) => umlauts[ch] ?? ch)
    .replace(SPECIAL, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(APOSTROPHES, '')
}

/** "Müller" → "mueller", "Yılmaz" → "yilmaz", "Łukasz" → "lukasz" */
export function foldName(word: string): string {
  return fold(word, EXPANDED)
}

/** "Müller" → "muller": the spelling of exports that dropped the umlaut dots */
export function foldNameBare(word: string): string {
  return fold(word, BARE)
}
