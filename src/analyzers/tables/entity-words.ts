/**
 * The words entity normalisation treats specially (normalize-entity.ts): legal forms, titles, street
 * words. Words are written as they look after folding (lower case, ä → ae, ß → ss, punctuation split:
 * "e.K." arrives as "e" "k", "GmbH & Co. KG" as "gmbh" "und" "co" "kg").
 *
 * Lookup without building strings: tokens are hashed (32-bit FNV-1a over their char codes) while they
 * are written, the hash picks a slot in a small table, and a hit is confirmed char by char.
 */

export const Role = {
  /** legal form, dropped wherever it stands: GmbH, AG, KG, OHG, UG (haftungsbeschränkt), Ltd, Inc, … */
  Legal: 1,
  /** legal form dropped only at the end of a name (the words are too short to drop elsewhere): SE, eV, … */
  LegalTrailing: 2,
  /** a title or salutation: Dr., Prof., Herr, Frau, Dipl. */
  Title: 4,
  /** part of a doctor's title after "Dr."/"Prof.": med., rer. nat., h. c., -Ing. */
  DoctorSuffix: 8,
  /** part of a diploma after "Dipl.": -Ing., -Kfm., (FH) */
  DiplomaSuffix: 16,
  /** "Co"/"Cie" of "& Co. KG": dropped before a legal form or at the end */
  Company: 32,
  /** "und"/"u"/"and" (also written for "&"): dropped together with a following dropped "Co" */
  And: 64,
  /** the "e" of e.K., e.V., e.G. */
  Registered: 128,
  /** the second letter(s) of e.K., e.V., e.G., e.Kfm., e.Kfr. */
  RegisteredSuffix: 256,
  /** a street word standing alone: "Str", "Strasse" ("Berliner Str." = "Berlinerstraße") */
  Street: 512,
  /** articles and prepositions that never fuse with a following street word ("An der Straße") */
  StreetStop: 1024,
  /** starts a doctor's title */
  Doctor: 2048,
  /** starts a diploma */
  Diploma: 4096,
} as const

const R = Role
const WORD_ROLES: ReadonlyArray<readonly [string, number]> = [
  ...['gmbh', 'mbh', 'ggmbh', 'gesmbh', 'ag', 'kg', 'ohg', 'gbr', 'kgaa', 'ug', 'haftungsbeschraenkt'].map(
    (w) => [w, R.Legal] as const,
  ),
  ...['ltd', 'inc', 'llc', 'plc', 'corp', 'partg', 'partgmbb', 'mbb', 'vvag'].map((w) => [w, R.Legal] as const),
  ...['ev', 'ek', 'eg', 'ekfm', 'ekfr', 'se', 'sa', 'bv', 'nv', 'sarl', 'srl', 'spa', 'limited'].map(
    (w) => [w, R.LegalTrailing] as const,
  ),
  ['incorporated', R.LegalTrailing],
  ['corporation', R.LegalTrailing],
  ['co', R.Company],
  ['cie', R.Company],
  ['und', R.And],
  ['u', R.And],
  ['and', R.And],
  ['e', R.Registered],
  ['k', R.RegisteredSuffix],
  ['v', R.RegisteredSuffix],
  ['g', R.RegisteredSuffix],
  ['kfm', R.RegisteredSuffix | R.DiplomaSuffix],
  ['kfr', R.RegisteredSuffix],
  ['kfrau', R.RegisteredSuffix],
  ['kffr', R.RegisteredSuffix | R.DiplomaSuffix],
  ['dr', R.Title | R.Doctor | R.DoctorSuffix],
  ['prof', R.Title | R.Doctor],
  ['dipl', R.Title | R.Diploma],
  ...['herr', 'herrn', 'frau', 'hr', 'fr', 'mr', 'mrs', 'ms'].map((w) => [w, R.Title] as const),
  ...['med', 'rer', 'nat', 'phil', 'jur', 'dent', 'vet', 'pol', 'habil', 'h', 'c'].map(
    (w) => [w, R.DoctorSuffix] as const,
  ),
  ['oec', R.DoctorSuffix | R.DiplomaSuffix],
  ['ing', R.DoctorSuffix | R.DiplomaSuffix],
  ...['kff', 'inf', 'psych', 'betriebsw', 'volksw', 'wirt', 'paed', 'soz', 'math', 'phys', 'chem', 'fh'].map(
    (w) => [w, R.DiplomaSuffix] as const,
  ),
  ['str', R.Street],
  ['strasse', R.Street],
  ...['der', 'die', 'das', 'den', 'dem', 'des', 'am', 'an', 'im', 'in', 'auf', 'zur', 'zum', 'bei', 'vor'].map(
    (w) => [w, R.StreetStop] as const,
  ),
]

export const FNV_OFFSET = 0x811c9dc5 | 0
export const FNV_PRIME = 0x01000193

export function fnvString(word: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME)
  return h
}

/** the longest special word; longer tokens are not looked up */
export const MAX_WORD_LENGTH = Math.max(...WORD_ROLES.map(([w]) => w.length))

const WORDS: string[] = []
const ROLES: number[] = []
/**
 * Open addressing over the low bits of the word hash: slot → word index + 1 (0 = empty). An Int32Array,
 * not a Map: FNV hashes are mostly outside V8's small-integer range, and a Map would box each lookup key.
 */
const SLOTS = 1024
const TABLE = new Int32Array(SLOTS)
for (const [word, role] of WORD_ROLES) {
  if (WORDS.includes(word)) throw new Error(`entity-words: "${word}" is listed twice`)
  let slot = fnvString(word) & (SLOTS - 1)
  while (TABLE[slot] !== 0) slot = (slot + 1) & (SLOTS - 1)
  WORDS.push(word)
  ROLES.push(role)
  TABLE[slot] = WORDS.length
}

/** The roles of the token `codes[start, start + length)` whose FNV-1a hash is `hash`; 0 for ordinary words. */
export function wordRoles(codes: Uint16Array, start: number, length: number, hash: number): number {
  if (length > MAX_WORD_LENGTH) return 0
  for (let slot = hash & (SLOTS - 1); TABLE[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    const index = TABLE[slot] - 1
    const word = WORDS[index]
    if (word.length !== length) continue
    let i = 0
    while (i < length && codes[start + i] === word.charCodeAt(i)) i++
    if (i === length) return ROLES[index]
  }
  return 0
}
