/**
 * Character folding for entity normalisation (normalize-entity.ts): for every char below U+0250 (Latin
 * and its accents) a precomputed table gives up to two output codes — "Ä" → "ae", "é" → "e", "ß" →
 * "ss", "A" → "a" — or says to separate words (punctuation, spaces) or to vanish (apostrophes). Other
 * characters go through foldRare, computed once per code point with Unicode properties and cached.
 * Folding a folded text changes nothing (the normaliser is idempotent).
 */

/** the code for "drop this char and end the current word" in the fold tables */
export const SEPARATE = 0
/** the code for "drop this char, keep the word going" (apostrophes, combining marks) */
export const VANISH = 1
/** "&", which reads as the word "und" */
export const AMPERSAND = 2
export const TABLE_SIZE = 0x250
/** per char: its first output code, or SEPARATE / VANISH / AMPERSAND (no real output code is below 48) */
export const FIRST = new Uint16Array(TABLE_SIZE)
/** per char: its second output code ("ä" → "e"), 0 when there is none */
export const SECOND = new Uint16Array(TABLE_SIZE)

const SPECIAL: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ĳ: 'ij',
  Ĳ: 'ij', ŀ: 'l', Ŀ: 'l', ſ: 's', ŋ: 'n', Ŋ: 'n', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't',
}

for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c)
  let folded: string | null = null
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) folded = ch
  else if (c >= 65 && c <= 90) folded = ch.toLowerCase()
  else if (SPECIAL[ch] !== undefined) folded = SPECIAL[ch]
  else if (c >= 0xc0) folded = foldLetter(ch)
  if (c === 0x27 || c === 0x60 || c === 0xb4) FIRST[c] = VANISH
  else if (c === 0x26) FIRST[c] = AMPERSAND
  else if (folded === null || folded.length === 0) FIRST[c] = SEPARATE
  else {
    if (folded.length > 2) throw new Error(`fold-chars: U+${c.toString(16)} folds to more than two chars`)
    FIRST[c] = folded.charCodeAt(0)
    SECOND[c] = folded.length > 1 ? folded.charCodeAt(1) : 0
  }
}

/**
 * A letter or digit without its accents, lower case, special letters spelled out ("ǽ" → "ae", "ẞ" →
 * "ss"), so that folding a folded text changes nothing; null for anything else.
 */
function foldLetter(ch: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(ch)) return null
  let folded = ''
  for (const base of ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) folded += SPECIAL[base] ?? base
  return folded.length > 0 ? folded : null
}

const RARE = new Map<number, string | null>()
const RARE_CACHE_LIMIT = 20_000

/** fold of a character beyond the tables (Greek, Cyrillic, typographic quotes, …), cached per code point */
export function foldRare(c: number): string | null {
  let folded = RARE.get(c)
  if (folded === undefined) {
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc || (c >= 0x300 && c <= 0x36f)) folded = ''
    else folded = foldLetter(String.fromCodePoint(c))
    // a text that runs through all of Unicode must not grow the cache without end
    if (RARE.size < RARE_CACHE_LIMIT) RARE.set(c, folded)
  }
  return folded
}
