/**
 * Whether one cell value is a person's name, and how sure its shape alone makes us. The rule:
 *
 * 1. Salutations (Herr, Frau, Familie, Mr, "z. Hd.", "c/o") and academic titles (Dr., Prof., Dipl.-Ing.,
 *    Dr. med.) are set aside but remembered, "geb."/"verh." between two names just set aside; "Nachname, Vorname" is read as "Vorname Nachname"; name particles (von, van der,
 *    de, di, al) and initials ("A.", "H.-J.") are set aside too. What is left are the core words.
 * 2. A value with a digit, an @, a bracket or an ampersand, with more than one comma, with a legal form or
 *    company word (GmbH, e.K., Bäckerei, Autohaus, Stadtwerke …, non-name-words.ts), a place or filler
 *    word (Bad, Sankt, am, Straße, Diverse …), a lower-case word that is not a particle, or with other
 *    than 1–4 core words, is no name at all.
 * 3. The core words must be name-shaped: capitalised letters with hyphens and apostrophes ("O'Brien",
 *    "Müller-Lüdenscheidt"), or all capitals when the whole value is ("MÜLLER, HANS").
 * 4. What is left is graded (PersonNameShape): a full name has a salutation or title, or a known first
 *    name first or last next to other name-shaped words ("Max Mustermann", "Mustermann, Max"), or an
 *    initial before a known surname ("A. Schmidt"); a known name is a single known first name or
 *    surname; anything else is merely name-shaped, several words without a first name at an end
 *    included ("Weber Grill", "Rosa Pullover": a surname or a word-like first name in a product name).
 *
 * NAME_SHAPE_NEEDS says under which column-name support each grade counts: full names always (a column
 * of them is a name column under any header), single known names only where the header points at
 * people (a product column may hold "Klein" or "Winter"), bare name-shaped words only under a strong
 * person header (Vorname, Nachname, Ansprechpartner), which is where rare names live.
 */
import type {NameEvidenceStrength} from '../column-name-evidence.js'
import {foldName} from './fold-name.js'
import {isKnownFirstName, isKnownSurname} from './name-lexicon.js'
import {COMPANY_SUFFIXES, COMPANY_WORDS, LEGAL_FORMS, PLACE_AND_FILLER_WORDS} from './non-name-words.js'

export type PersonNameShape = 'full-name' | 'known-name' | 'name-shaped'

/** the least column-name support under which a value of each shape counts as a person's name */
export const NAME_SHAPE_NEEDS: Readonly<Record<PersonNameShape, 'none' | NameEvidenceStrength>> = {
  'full-name': 'none',
  'known-name': 'weak',
  'name-shaped': 'strong',
}

/** a person's name has one to four words besides particles, initials, titles and salutations */
export const MAX_CORE_WORDS = 4
/** longer values are sentences or addresses */
export const MAX_NAME_LENGTH = 80

/**
 * First names that are also ordinary words, months or brands ("Rosa Pullover", "August 2024",
 * "Mercedes Sprinter", "Frank Kaffee"): they make a full name only next to another known name.
 */
export const AMBIGUOUS_FIRST_NAMES = new Set([
  'rosa', 'rose', 'ernst', 'frank', 'mark', 'august', 'kai', 'erika', 'iris', 'jasmin', 'viola', 'flora', 'heide',
  'wolf', 'will', 'mercedes', 'jade', 'amber', 'holly', 'grace', 'sky', 'joy', 'luna', 'stella', 'linda', 'bella',
  'romeo', 'otto', 'paris', 'jordan', 'austin', 'florence', 'lan', 'hoa',
])

const SALUTATIONS = new Set([
  'herr', 'herrn', 'hr', 'frau', 'fr', 'frl', 'fraeulein', 'familie', 'fam', 'eheleute', 'mr', 'mrs', 'ms', 'miss',
  'mister', 'madame', 'mme', 'monsieur', 'signor', 'signora', 'senor', 'senora',
])

/** words that join two names of one person ("Anna Schmidt geb. Müller", "verw. Meier") */
const NAME_LINKS = new Set(['geb', 'geborene', 'geborener', 'verh', 'verheiratete', 'verw', 'verwitwete', 'gesch', 'geschiedene', 'alias'])

/** the parts of academic and professional titles, split at dots and hyphens ("Dipl.-Ing." → dipl, ing) */
const TITLE_PARTS = new Set([
  'dr', 'prof', 'professor', 'doktor', 'dipl', 'ing', 'kfm', 'kff', 'kffr', 'kfr', 'betriebsw', 'volksw', 'inf',
  'psych', 'paed', 'phys', 'chem', 'biol', 'math', 'oec', 'jur', 'rer', 'nat', 'pol', 'phil', 'med', 'dent', 'vet',
  'habil', 'theol', 'soz', 'arch', 'wirt', 'techn', 'verw', 'mag', 'phd', 'mba', 'msc', 'bsc', 'llm', 'sc', 'll',
  'h', 'c', 'm', 'a', 'b', 'univ', 'pd', 'stb', 'wp', 'ra',
])
/** titles also written without their dot ("Dr Hans Müller") */
const UNDOTTED_TITLES = new Set(['dr', 'prof', 'professor', 'doktor', 'dipl', 'phd', 'mba', 'msc', 'bsc', 'llm'])

/** particles that start a surname ("von", "van", "de", "di", "al") and those that follow them ("der", "la") */
const LEAD_PARTICLES = new Set(['von', 'van', 'vom', 'zu', 'de', 'di', 'da', 'du', 'dos', 'del', 'della', 'dello', 'degli', 'le', 'la', 'ten', 'ter', 'te', 'al', 'el', 'ibn', 'bin'])
const FOLLOW_PARTICLES = new Set(['der', 'den', 'dem', 'de', 'la', 'le', 'los', 'las', 'van', 'zu'])

const REJECT_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...COMPANY_WORDS, ...PLACE_AND_FILLER_WORDS])

/** "for the attention of" in front of a name ("z. Hd. Herrn Meyer", "c/o Anna Roth", "Attn: J. Smith"): set aside like a salutation */
const ATTENTION = /^(?:z\.\s?H(?:d|nd)?\.|zu\s+H(?:ä|ae)nden(?:\s+(?:von|des|der))?|c\/o|attn\.?:?|to the attention of)\s+/i

/** anything a name never holds: digits, @, brackets, ampersand, slashes, quotes, currency signs */
const NOT_IN_NAMES = /[0-9@#$%&+=_/\\|<>{}[\]();:!?*"„“”«»§€]/
const INITIAL = /^\p{Lu}\.?(?:-\p{Lu}\.?)?$/u
const CAPITALISED_PART = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u
const CAPITALS_PART = /^\p{Lu}[\p{Lu}'’]+$/u

function isTitle(folded: string): boolean {
  if (!/[.-]/.test(folded)) return UNDOTTED_TITLES.has(folded)
  const parts = folded.split(/[.-]/).filter((p) => p.length > 0)
  if (parts.length === 0) return false
  // a lone letter with a dot is an initial ("A."), not the "A" of "M.A."
  if (parts.length === 1 && parts[0].length < 2) return false
  return parts.every((p) => TITLE_PARTS.has(p))
}

function isRejected(folded: string): boolean {
  const compact = folded.replace(/\./g, '')
  if (REJECT_WORDS.has(compact)) return true
  if (compact.includes('-') && compact.split('-').some((p) => REJECT_WORDS.has(p))) return true
  return COMPANY_SUFFIXES.some((s) => compact.length > s.length + 2 && compact.endsWith(s))
}

function isNameShaped(token: string, allCaps: boolean): boolean {
  const shape = allCaps ? CAPITALS_PART : CAPITALISED_PART
  return token.length <= 40 && token.split('-').every((part) => shape.test(part))
}

/** every hyphen part a known first name: "Anna-Lena", "Hans-Peter" */
function isFirstNameWord(folded: string): boolean {
  return folded.split('-').every(isKnownFirstName)
}

/** some hyphen part a known surname: "Müller-Lüdenscheidt" */
function isSurnameWord(folded: string): boolean {
  return folded.split('-').some(isKnownSurname)
}

interface NameParts {
  core: string[]
  addressed: boolean
  initials: number
}

/** steps 1–3 of the rule: the folded core words, or undefined when the value cannot be a name */
function nameParts(value: string): NameParts | undefined {
  const trimmed = value.trim()
  const text = trimmed.replace(ATTENTION, '')
  if (text.length < 2 || text.length > MAX_NAME_LENGTH || NOT_IN_NAMES.test(text)) return undefined
  const sides = text.split(',')
  if (sides.length > 2 || sides.some((s) => s.trim().length === 0)) return undefined
  const ordered = sides.length === 2 ? `${sides[1]} ${sides[0]}` : text
  const allCaps = !/\p{Ll}/u.test(ordered)
  const tokens = ordered.split(/\s+/).filter((t) => t.length > 0)
  const parts: NameParts = {core: [], addressed: text !== trimmed, initials: 0}
  let afterParticle = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const folded = foldName(token)
    if (isRejected(folded)) return undefined
    const bare = folded.replace(/\.$/, '')
    if (SALUTATIONS.has(bare) || isTitle(folded)) {
      parts.addressed = true
      continue
    }
    if (NAME_LINKS.has(bare)) continue
    if (INITIAL.test(token)) {
      parts.initials++
      continue
    }
    // a particle needs a name after it: "De Luca" is a surname, a lone "De" is not a particle
    const isLast = i === tokens.length - 1
    if (!isLast && (LEAD_PARTICLES.has(folded) || (afterParticle && FOLLOW_PARTICLES.has(folded)))) {
      afterParticle = true
      continue
    }
    afterParticle = false
    if (!isNameShaped(token, allCaps)) return undefined
    parts.core.push(folded)
  }
  return parts.core.length === 0 || parts.core.length > MAX_CORE_WORDS ? undefined : parts
}

/** The grade of a value as a person's name (see the module comment), or undefined when it is none. */
export function personNameShape(value: string): PersonNameShape | undefined {
  const parts = nameParts(value)
  if (parts === undefined) return undefined
  const {core} = parts
  if (parts.addressed) return 'full-name'
  const first = core.map(isFirstNameWord)
  const last = core.map(isSurnameWord)
  if (core.length === 1) {
    if (parts.initials > 0 && last[0]) return 'full-name'
    return first[0] || last[0] ? 'known-name' : 'name-shaped'
  }
  const otherKnown = (i: number) => core.some((_, j) => j !== i && (first[j] || last[j]))
  const firstNameAt = (i: number) => first[i] && (!AMBIGUOUS_FIRST_NAMES.has(core[i]) || otherKnown(i))
  // several words without a first name at an end ("Weber Grill", "Rosa Pullover", "Mercedes Benz") are
  // product and brand names as often as people: merely name-shaped, however many of them are known
  return firstNameAt(0) || firstNameAt(core.length - 1) ? 'full-name' : 'name-shaped'
}

const SUPPORT_RANK: Readonly<Record<'none' | NameEvidenceStrength, number>> = {none: 0, weak: 1, strong: 2}

/** whether `value` counts as a person's name in a column whose header gives `support` for person_name */
export function countsAsPersonName(value: string, support: 'none' | NameEvidenceStrength): boolean {
  const shape = personNameShape(value)
  return shape !== undefined && SUPPORT_RANK[support] >= SUPPORT_RANK[NAME_SHAPE_NEEDS[shape]]
}
