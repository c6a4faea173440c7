// Health data inside free text ("AU bis 12.3., Bandscheibenvorfall", "seit Montag krankgeschrieben"):
// words that name an illness, an incapacity for work, a disability, a pregnancy or a treatment of a
// person, and nothing that ordinary business notes use in another sense. Left out on purpose: "krank"
// ("Lieferung krank? nein"), "Diagnose" and "Befund" (workshop and quality-control notes: "Diagnose:
// Zündspule defekt"), "Behinderung" (traffic), "Attest" (material certificates), "Operation", "Kur",
// "Krebs", "Corona", "Quarantäne", "Medikamente" (goods of a pharmacy wholesaler), "Therapie" alone, "Kur"
// alone (see HEALTH_PHRASES). "BEM" (betriebliches Eingliederungsmanagement) counts as "BEM-Gespräch".
// The Art. 9 value dictionary (art9-dictionaries.ts) judges whole cells; this judges words in text.
import {foldName} from '../names/fold-name.js'

/** whole words, compacted (lower case, umlauts folded, hyphens and dots removed: "AU-Bescheinigung" → "aubescheinigung") */
export const HEALTH_TEXT_TERMS: ReadonlySet<string> = new Set([
  'krankgeschrieben', 'krankgemeldet', 'krankmeldung', 'krankmeldungen', 'krankenschein', 'krankheit', 'krankheiten',
  'krankheitsbedingt', 'krankheitsbedingte', 'krankheitsbedingter', 'krankenstand', 'krankengeld', 'erkrankt',
  'erkrankung', 'erkrankungen', 'entzuendung', 'kinderkrank', 'arbeitsunfaehig', 'arbeitsunfaehigkeit',
  'arbeitsunfaehigkeitsbescheinigung', 'aubescheinigung', 'auschein', 'aumeldung', 'arbeitsunfall',
  'berufskrankheit', 'wiedereingliederung', 'bandscheibenvorfall', 'bandscheibe', 'herzinfarkt', 'schlaganfall',
  'tumor', 'tumore', 'chemotherapie', 'strahlentherapie', 'physiotherapie', 'psychotherapie', 'diabetes',
  'diabetiker', 'diabetikerin', 'epilepsie', 'asthma', 'migraene', 'tinnitus', 'hoersturz', 'depression',
  'depressionen', 'depressiv', 'burnout', 'angststoerung', 'panikattacken', 'psychose', 'demenz', 'alzheimer',
  'sklerose', 'bronchitis', 'lungenentzuendung', 'grippe', 'magendarm', 'gastritis', 'hexenschuss', 'meniskus',
  'kreuzbandriss', 'beinbruch', 'armbruch', 'knochenbruch', 'gehirnerschuetterung', 'allergie', 'allergien',
  'allergiker', 'allergikerin', 'allergisch', 'laktoseintoleranz', 'zoeliakie', 'schwanger', 'schwangerschaft',
  'mutterschutz', 'entbindung', 'beschaeftigungsverbot', 'schwerbehindert', 'schwerbehinderte', 'schwerbehinderung',
  'schwerbehindertenausweis', 'pflegegrad', 'pflegestufe', 'pflegebeduerftig', 'reha', 'rehaklinik',
  'rehamassnahme', 'kuraufenthalt', 'kurantrag', 'kurklinik', 'muttikindkur', 'bemgespraech', 'bemverfahren',
  'eingliederungsmanagement', 'betriebsarzt', 'betriebsaerztin', 'betriebsaerztlich', 'betriebsaerztliche',
  'operiert', 'krankenhausaufenthalt', 'klinikaufenthalt', 'hiv', 'sickleave', 'illness',
  'pregnant', 'pregnancy',
])

/** compound endings that name an illness ("Atemwegserkrankung", "Sehnenscheidenentzündung", "Hinterwandinfarkt") */
export const HEALTH_TEXT_SUFFIXES = ['erkrankung', 'erkrankungen', 'entzuendung', 'infarkt'] as const

/** compounds with those endings that are not about a body ("Selbstentzündung" of oily rags) */
const NOT_HEALTH = new Set(['selbstentzuendung'])

/**
 * "AU" is Arbeitsunfähigkeit in "AU bis 12.3.", "AU ab Montag", "in AU", but Auftrag in "AU 4711": only
 * the capitalised abbreviation before a date word or a certificate word counts; "GdB" with a degree;
 * "Kur" before a date word or a decision.
 */
const HEALTH_PHRASES = [
  /\bAU[- ](?:bis|ab|seit|vom|von|laut|lt\.|bescheinigung|schein|meldung)\b/,
  /\bin AU\b/,
  /\bGdB:?\s?(?:[2-9]0|100)\b/,
  // "Kur" alone may be an abbreviation; a cure that is granted, applied for or dated is a medical one
  /\bKur (?:vom|von|ab|bis|bewilligt|beantragt|genehmigt|angetreten)\b/,
]

const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g

/** True when the text holds a clear health term. */
export function containsHealthTerm(text: string): boolean {
  for (const token of text.split(/[\s,;:()/]+/)) {
    if (token.length < 3) continue
    const word = foldName(token).replace(NOT_LETTER_OR_DIGIT, '')
    if (HEALTH_TEXT_TERMS.has(word)) return true
    if (!NOT_HEALTH.has(word) && HEALTH_TEXT_SUFFIXES.some((s) => word.length > s.length + 2 && word.endsWith(s))) return true
  }
  return HEALTH_PHRASES.some((pattern) => pattern.test(text))
}
