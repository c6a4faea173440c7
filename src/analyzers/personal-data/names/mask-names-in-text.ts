/**
 * Masks the words of a shown text value that are known first names or surnames ("Kunde Hans Franke hat
 * angerufen" → "Kunde H*** F***** hat angerufen"): a note, a description or a status text may name a
 * person anywhere, and the report shows such values as top values and min/max. Whole capitalised words
 * only, so "Kochtopf" stays; a surname that is also a trade word ("Weber Grill") is masked as well —
 * privacy wins over readability here.
 */
import {foldName} from './fold-name.js'
import {isKnownFirstName, isKnownSurname} from './name-lexicon.js'

/** "Hans", "Müller-Lüdenscheidt", and in capitals "HANS MÜLLER" (three letters at least: "AG" is no name) */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}{3,}(?:-\p{Lu}{2,})*)(?![\p{L}\p{N}])/gu

function isKnownName(word: string): boolean {
  return word.split('-').some((part) => {
    const folded = foldName(part)
    return isKnownFirstName(folded) || isKnownSurname(folded)
  })
}

function maskWord(word: string): string {
  const chars = Array.from(word)
  return chars.map((c, i) => (i === 0 || c === '-' || chars[i - 1] === '-' ? c : '*')).join('')
}

export function maskNamesInText(text: string): string {
  return text.replace(CAPITALISED_WORD, (word) => (isKnownName(word) ? maskWord(word) : word))
}
