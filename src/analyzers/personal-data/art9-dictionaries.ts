/**
 * Value dictionaries for Art. 9 special categories, German business data first: church-tax and
 * confession keys from payroll, health terms from absence and HR tables, ICD-10 code shapes, union and
 * party names. `art9ValueEvidence` reports, per dictionary, the share of a column's non-empty values
 * that match; thresholds and the weighing against column names belong to the combiner.
 *
 * Each dictionary has distinctive entries and supporting ones. Supporting entries ("--", "fr", "is",
 * "AU", "Kur") collide with other codes (ISO country codes FR/IL/IS/LT, placeholders, Auftrag), so they
 * count towards the share only when at least one distinctive entry occurs in the same column: a Land
 * column with FR, IL and LT says nothing about religion, a Konfession column with rk, ev, fr and -- does.
 *
 * `matched` lists dictionary entries (canonical forms such as "rk", "igmetall") or a pattern label,
 * never the raw cell text, so it may appear in a report.
 */
import type {PiiCategory} from './categories.js'

export type Art9Dictionary = 'church-tax' | 'health-terms' | 'icd10' | 'unions' | 'parties'

export interface Art9ValueEvidence {
  category: PiiCategory
  /** which dictionary matched: a column may carry several for one category (health terms and ICD-10) */
  dictionary: Art9Dictionary
  /** matching values / non-empty values (trimmed), 0–1 */
  matchShare: number
  /** the dictionary entries (or pattern labels) that matched, sorted, without duplicates */
  matched: string[]
}

const FOLDS: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss'}

/** lower case, umlauts folded, everything but letters and digits dropped: "Röm.-kath." → "roemkath" */
const ASCII = /^[\x00-\x7f]*$/

export function compactValue(value: string): string {
  // most values are plain ASCII: no umlauts to fold, no accents to strip (the NFD pass is the costly part)
  if (ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9]/g, '')
  return value
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => FOLDS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
}

/**
 * Church-tax keys (Religionsschlüssel / Kirchensteuermerkmal) as printed in ELStAM, on the
 * Lohnsteuerbescheinigung and in DATEV LODAS / Lohn und Gehalt: kirchensteuerinfo.de, "Kirchensteuer und
 * die Lohnsteuerkarte" (rk, ev, lt, rf, fr, fs, ak, is/ib/iw/jd/jh, "--" for none) and the DATEV
 * payroll confession code lists (adding fa, fb, fg, fm, ih, il). lt, rf and fr are no longer issued
 * since 2016 but remain in historic payroll data. js and jt were asked for but are in neither source, so
 * they are left out rather than guessed.
 */
export const CHURCH_TAX_KEYS: Readonly<Record<string, string>> = {
  rk: 'römisch-katholisch',
  ev: 'evangelisch',
  lt: 'evangelisch-lutherisch',
  rf: 'evangelisch-reformiert',
  fr: 'französisch-reformiert',
  ak: 'altkatholisch',
  fa: 'Freie Religionsgemeinschaft Alzey',
  fb: 'Freireligiöse Landesgemeinde Baden',
  fg: 'Freireligiöse Landesgemeinde Pfalz',
  fm: 'Freireligiöse Gemeinde Mainz',
  fs: 'Freireligiöse Gemeinde Offenbach/Main',
  ib: 'Israelitische Religionsgemeinschaft Baden',
  ih: 'Jüdische Kultussteuer',
  il: 'Israelitische Kultussteuer der kultusberechtigten Gemeinden',
  is: 'Israelitische / Jüdische Kultussteuer',
  iw: 'Israelitische Religionsgemeinschaft Württembergs',
  jd: 'Jüdische Kultussteuer',
  jh: 'Jüdische Kultussteuer',
}

/** the two keys that make up most of any German payroll; the other keys collide with country codes */
const DISTINCTIVE_CHURCH_KEYS = ['rk', 'ev']

/** spelled-out confessions, compacted (compactValue) */
const CONFESSION_WORDS = [
  'roemischkatholisch', 'roemkath', 'rkath', 'katholisch', 'kath', 'evangelisch', 'evang', 'protestantisch',
  'evangelischlutherisch', 'evluth', 'lutherisch', 'evangelischreformiert', 'evref', 'reformiert',
  'franzoesischreformiert', 'altkatholisch', 'freireligioes', 'israelitisch', 'juedisch', 'mosaisch',
  'islamisch', 'muslimisch', 'alevitisch', 'orthodox', 'griechischorthodox', 'russischorthodox',
  'serbischorthodox', 'neuapostolisch', 'buddhistisch', 'hinduistisch', 'atheistisch', 'romancatholic', 'catholic', 'protestant', 'lutheran', 'jewish', 'muslim', 'buddhist', 'hindu', 'atheist',
]
/** "no confession" is religion data in a Konfession column, and a placeholder anywhere else */
const NO_CONFESSION = ['konfessionslos', 'ohnekonfession', 'keinekonfession', 'ohnebekenntnis', 'keine', 'ohne', 'none']

/**
 * Health words seen as values in absence, HR and payroll tables. Bare numbers are not here: GdB 20–100
 * and Pflegegrad 1–5 as plain numbers look like discounts and ratings, see isGdbValue / isPflegegradValue.
 */
const HEALTH_TERMS = [
  'krank', 'krankheit', 'erkrankt', 'erkrankung', 'krankmeldung', 'krankgeschrieben', 'krankmitau',
  'krankohneau', 'kinderkrank', 'kindkrank', 'kinderkrankentage', 'krankengeld', 'arbeitsunfaehig', 'arbeitsunfaehigkeit',
  'aubescheinigung', 'diagnose', 'befund', 'schwerbehindert', 'schwerbehinderung', 'behindert', 'reha',
  'rehabilitation', 'rehamassnahme', 'mutterschutz', 'schwanger', 'schwangerschaft', 'beschaeftigungsverbot',
  'berufskrankheit', 'arbeitsunfall', 'wiedereingliederung', 'sick', 'sickleave', 'sickness', 'illness',
  'disability', 'disabled', 'pregnant', 'pregnancy',
]
const HEALTH_SUPPORTING = ['au', 'kur', 'gleichgestellt', 'bem']
const HEALTH_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^gdb\s*:?\s*(?:[2-9]0|100)\s*%?$/i, 'GdB n'],
  [/^pflegegrad\s*:?\s*[1-5]$/i, 'Pflegegrad n'],
  [/^pflegestufe\s*:?\s*[0-3]$/i, 'Pflegestufe n'],
]

/** German unions (DGB members, dbb and its members, professional unions), compacted */
const UNIONS = [
  'igmetall', 'verdi', 'igbce', 'igbau', 'gew', 'ngg', 'evg', 'gdp', 'gdl', 'dgb', 'dbb', 'dbbbeamtenbund',
  'komba', 'dpolg', 'vbe', 'marburgerbund', 'cgb', 'cgm', 'djv', 'dju', 'vereinigungcockpit',
]
/** short names that are also other things (Vereinigung Cockpit "VC", the cabin crew union "UFO") */
const UNIONS_SUPPORTING = ['vc', 'ufo', 'keine', 'none']

/** German political parties, compacted */
const PARTIES = [
  'cdu', 'csu', 'spd', 'fdp', 'afd', 'bsw', 'buendnis90diegruenen', 'buendnis90', 'diegruenen', 'dielinke',
  'oedp', 'npd', 'mlpd', 'dkp', 'diepartei', 'piratenpartei', 'tierschutzpartei',
]
/** "Grüne" and "Linke" are colours and sides, "Volt" a unit, "Heimat" a word */
const PARTIES_SUPPORTING = ['gruene', 'linke', 'volt', 'piraten', 'freiewaehler', 'heimat', 'parteilos']

/**
 * An ICD-10 (WHO / ICD-10-GM) code: a letter A–Z, two digits, optionally a dot with one to four
 * characters starting with a digit ("F32.1", "S72.01", US-style "S72.001A") or a dash ("F32.-"),
 * optionally a Kreuz-Stern/secondary mark (†, *, !, +) and up to two ICD-10-GM suffixes for certainty
 * (G, V, A, Z) and side (R, L, B) in either order, with or without a space: "M54.5 G", "S82.1 R G", "U07.1!". U is accepted:
 * U07.1 (COVID-19) is common in German sick notes.
 *
 * Known false positives, all shaped like a three-character code: article and model numbers (A12, B20),
 * metric threads (M10, M12, M16, M20 — also ICD codes), Torx sizes (T25, T30), lamp sockets (E14, E27),
 * motorways and federal roads (A45, B27), vitamins (B12), concrete grades (C20), cable and fuse types.
 * A column of such shapes is health data only with column-name evidence (Diagnose, ICD) or when many
 * values carry a dot-subcode or a certainty suffix.
 */
const ICD10 = /^[A-Z][0-9]{2}(?:\.(?:[0-9][0-9A-Z]{0,3}|-))?[†*!+]?(?:\s?[GVAZRLB]){0,2}$/

export function looksLikeIcd10(value: string): boolean {
  return ICD10.test(value.trim().toUpperCase())
}

/** a GdB (Grad der Behinderung) as a bare number: 20 to 100 in steps of 10; use with a GdB column name */
export function isGdbValue(value: string): boolean {
  return /^(?:[2-9]0|100)$/.test(value.trim())
}

/** a Pflegegrad as a bare number, 1 to 5; use with a Pflegegrad column name */
export function isPflegegradValue(value: string): boolean {
  return /^[1-5]$/.test(value.trim())
}

type Match = {entry: string; distinctive: boolean}

interface ValueDictionary {
  id: Art9Dictionary
  category: PiiCategory
  match(trimmed: string, compact: string): Match | undefined
}

function setMatcher(distinctive: readonly string[], supporting: readonly string[]) {
  const strong = new Set(distinctive)
  const weak = new Set(supporting)
  return (compact: string): Match | undefined => {
    if (strong.has(compact)) return {entry: compact, distinctive: true}
    if (weak.has(compact)) return {entry: compact, distinctive: false}
    return undefined
  }
}

const CONFESSION = setMatcher([...DISTINCTIVE_CHURCH_KEYS, ...CONFESSION_WORDS], [
  ...Object.keys(CHURCH_TAX_KEYS).filter((k) => !DISTINCTIVE_CHURCH_KEYS.includes(k)),
  ...NO_CONFESSION,
])

function matchChurchTax(trimmed: string, compact: string): Match | undefined {
  if (trimmed === '--') return {entry: '--', distinctive: false}
  return matchSpouseKeys(trimmed) ?? CONFESSION(compact)
}

const SPOUSE_KEYS_MAX_CHARS = 11

/** spouses' keys side by side, as on the Lohnsteuerbescheinigung: "ev/rk", "rk --", "ev, ev" */
function matchSpouseKeys(trimmed: string): Match | undefined {
  // two keys of at most three characters and a separator: anything longer is no pair of keys
  if (trimmed.length > SPOUSE_KEYS_MAX_CHARS) return undefined
  const parts = trimmed.split(/\s*[/,;]\s*|\s+/).filter((p) => p.length > 0)
  if (parts.length < 2) return undefined
  const matches: Match[] = []
  for (const part of parts) {
    if (part === '--') matches.push({entry: '--', distinctive: false})
    else {
      const key = compactValue(part)
      if (!(key in CHURCH_TAX_KEYS)) return undefined
      matches.push({entry: key, distinctive: DISTINCTIVE_CHURCH_KEYS.includes(key)})
    }
  }
  return {entry: matches.map((m) => m.entry).join('/'), distinctive: matches.some((m) => m.distinctive)}
}

const HEALTH = setMatcher(HEALTH_TERMS, HEALTH_SUPPORTING)
const UNION = setMatcher(UNIONS, UNIONS_SUPPORTING)
const PARTY = setMatcher(PARTIES, PARTIES_SUPPORTING)

const DICTIONARIES: readonly ValueDictionary[] = [
  {id: 'church-tax', category: 'art9_religion', match: matchChurchTax},
  {
    id: 'health-terms',
    category: 'art9_health',
    match: (trimmed, compact) => {
      const word = HEALTH(compact)
      if (word !== undefined) return word
      for (const [pattern, label] of HEALTH_PATTERNS) if (pattern.test(trimmed)) return {entry: label, distinctive: true}
      return undefined
    },
  },
  {
    id: 'icd10',
    category: 'art9_health',
    match: (trimmed) => (looksLikeIcd10(trimmed) ? {entry: 'ICD-10 code', distinctive: true} : undefined),
  },
  {id: 'unions', category: 'art9_union', match: (_trimmed, compact) => UNION(compact)},
  {id: 'parties', category: 'art9_political', match: (_trimmed, compact) => PARTY(compact)},
]

/**
 * Per dictionary, the share of non-empty values (after trimming; matching is case-insensitive) that
 * match it. A dictionary is reported only when at least one distinctive entry matched; results come in
 * dictionary order. Runs on a column's sample, not per scanned row.
 */
export function art9ValueEvidence(values: readonly string[]): Art9ValueEvidence[] {
  // each distinct value is compacted and looked up once, and counts as often as it occurs
  const counts = new Map<string, number>()
  let total = 0
  for (const value of values) {
    const trimmed = value.trim()
    if (trimmed.length === 0) continue
    total++
    counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1)
  }
  if (total === 0) return []
  const distinct = [...counts].map(([trimmed, count]) => ({trimmed, count, compact: compactValue(trimmed)}))
  const evidence: Art9ValueEvidence[] = []
  for (const dictionary of DICTIONARIES) {
    let count = 0
    let distinctive = false
    const entries = new Set<string>()
    for (const value of distinct) {
      const match = dictionary.match(value.trimmed, value.compact)
      if (match === undefined) continue
      count += value.count
      distinctive ||= match.distinctive
      entries.add(match.entry)
    }
    if (count > 0 && distinctive) {
      evidence.push({
        category: dictionary.category,
        dictionary: dictionary.id,
        matchShare: count / total,
        matched: [...entries].sort(),
      })
    }
  }
  return evidence
}
