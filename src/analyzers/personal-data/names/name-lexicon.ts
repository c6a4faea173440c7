/**
 * The bundled first-name and surname lists as two Sets, built once at module load, for the per-value
 * person-name matcher. Every entry is stored in its folded form and its umlaut-less form (fold-name.ts),
 * Slavic surnames also in their feminine and German-transliterated forms, so a lookup is one Set.has.
 */
import {foldName, foldNameBare} from './fold-name.js'
import {
  GERMAN_FIRST_NAMES_FEMALE_MIDDLE,
  GERMAN_FIRST_NAMES_FEMALE_OLDER,
  GERMAN_FIRST_NAMES_FEMALE_YOUNGER,
  GERMAN_FIRST_NAMES_MALE_MIDDLE,
  GERMAN_FIRST_NAMES_MALE_OLDER,
  GERMAN_FIRST_NAMES_MALE_YOUNGER,
} from './german-first-names.js'
import {GERMAN_SURNAMES, REGIONAL_GERMAN_SURNAMES} from './german-surnames.js'
import {
  ARABIC_FIRST_NAMES,
  SLAVIC_FIRST_NAMES,
  SOUTHERN_EUROPEAN_FIRST_NAMES,
  TURKISH_KURDISH_FIRST_NAMES,
  WESTERN_FIRST_NAMES,
} from './international-first-names.js'
import {EASTERN_SURNAMES, SLAVIC_SURNAMES, SOUTHERN_SURNAMES, TURKISH_SURNAMES, WESTERN_SURNAMES} from './international-surnames.js'

/**
 * Feminine and transliterated forms of a masculine Slavic surname: Kowalski → Kowalska, Iwanow ↔
 * Ivanov → Ivanova/Iwanowa, Nikitin → Nikitina. Polish -ski/-cki/-dzki take -a for -i; Russian -ov/-ev/-in
 * add -a; German registers spell -ov/-ev as -ow/-ew.
 */
export function slavicSurnameForms(masculine: string): string[] {
  const forms = [masculine]
  const polish = /^(.+(?:sk|ck|dzk))i$/.exec(masculine)
  if (polish !== null) forms.push(`${polish[1]}a`)
  const russian = /^(.+)(ov|ev|ow|ew)$/.exec(masculine)
  if (russian !== null) {
    const [stem, ending] = [russian[1], russian[2]]
    const other = {ov: 'ow', ev: 'ew', ow: 'ov', ew: 'ev'}[ending] ?? ending
    forms.push(`${stem}${other}`, `${masculine}a`, `${stem}${other}a`)
  }
  if (/in$/.test(masculine) && masculine.length > 4) forms.push(`${masculine}a`)
  return forms
}

function lexicon(lists: ReadonlyArray<readonly string[]>, expand: (entry: string) => string[] = (e) => [e]): ReadonlySet<string> {
  const set = new Set<string>()
  for (const list of lists) {
    for (const entry of list) {
      for (const form of expand(entry)) {
        set.add(foldName(form))
        set.add(foldNameBare(form))
      }
    }
  }
  return set
}

const FIRST_NAMES = lexicon([
  GERMAN_FIRST_NAMES_FEMALE_OLDER,
  GERMAN_FIRST_NAMES_FEMALE_MIDDLE,
  GERMAN_FIRST_NAMES_FEMALE_YOUNGER,
  GERMAN_FIRST_NAMES_MALE_OLDER,
  GERMAN_FIRST_NAMES_MALE_MIDDLE,
  GERMAN_FIRST_NAMES_MALE_YOUNGER,
  TURKISH_KURDISH_FIRST_NAMES,
  ARABIC_FIRST_NAMES,
  SLAVIC_FIRST_NAMES,
  SOUTHERN_EUROPEAN_FIRST_NAMES,
  WESTERN_FIRST_NAMES,
])

const SURNAMES = new Set([
  ...lexicon([GERMAN_SURNAMES, REGIONAL_GERMAN_SURNAMES, TURKISH_SURNAMES, EASTERN_SURNAMES, SOUTHERN_SURNAMES, WESTERN_SURNAMES]),
  ...lexicon([SLAVIC_SURNAMES], slavicSurnameForms),
])

/** `folded` must come from foldName or foldNameBare */
export function isKnownFirstName(folded: string): boolean {
  return FIRST_NAMES.has(folded)
}

/** `folded` must come from foldName or foldNameBare */
export function isKnownSurname(folded: string): boolean {
  return SURNAMES.has(folded)
}

/** sizes of the lookup sets (all spellings), for tests and --debug */
export function lexiconSizes(): {firstNames: number; surnames: number} {
  return {firstNames: FIRST_NAMES.size, surnames: SURNAMES.size}
}
