// German street addresses as they stand in an address column: a street name, a house number with an
// optional letter or range ("12a", "4-6", "7/1"), optionally ", PLZ City" or ", City" after it. A
// street name is either a word ending in a street suffix ("Hauptstraße", "Hauptstr.", "Lindenweg",
// "Karl-Marx-Allee", "Berliner Str.") or a prepositional form ("Am Markt", "An der Alster", "Im
// Gewerbegebiet"). Addresses written number first with an English street type ("47 MySakila Drive") count
// too: international customers sit in the same tables. There is no register to check against, so the suffix lists are the whole evidence;
// compounds that end like a street but are things with a number ("Parkplatz 12", "Dichtring 20",
// "Bahnsteig 3", "Firewall 2") are listed as exceptions. A Postfach is not a street.
import {foldName} from '../names/fold-name.js'

/** the endings of German street names, folded (ß → ss, umlauts expanded) */
export const STREET_SUFFIXES = [
  'strasse', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'stieg', 'pfad',
  'markt', 'graben', 'wall', 'kamp', 'twiete', 'bruecke', 'zeile', 'promenade', 'winkel', 'bogen', 'grund',
  'anger', 'deich', 'redder', 'berg', 'hof', 'feld', 'garten', 'park', 'siedlung', 'reihe', 'passage', 'trift',
  'weide', 'wiese', 'acker', 'leite', 'halde', 'koppel', 'gebiet',
] as const

/** words that end like a street name but are places, parts or things that carry a number */
export const NOT_STREETS: ReadonlySet<string> = new Set([
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'sitzplatz', 'lagerplatz', 'stehplatz', 'abstellplatz',
  'ausbildungsplatz', 'studienplatz', 'kitaplatz', 'liegeplatz', 'garagenplatz', 'tiefgaragenplatz',
  'dichtring', 'sicherungsring', 'sprengring', 'stellring', 'klemmring', 'distanzring', 'gummiring',
  'schluesselring', 'zahnring', 'kolbenring', 'simmerring', 'nutring', 'wellendichtring', 'oring', 'ohrring',
  'fingerring', 'ehering', 'verlobungsring', 'siegelring', 'baumarkt', 'supermarkt', 'getraenkemarkt',
  'drogeriemarkt', 'verbrauchermarkt', 'elektromarkt', 'fachmarkt', 'bahnsteig', 'firewall', 'baureihe',
  'modellreihe', 'produktreihe', 'sitzreihe', 'zahlenreihe', 'kopfzeile', 'fusszeile', 'adresszeile',
  'textzeile', 'betreffzeile', 'fragebogen', 'erfassungsbogen', 'meldebogen', 'pruefbogen', 'montagewinkel',
  'befestigungswinkel', 'haltewinkel', 'anschlagwinkel', 'lochwinkel', 'fuhrpark', 'maschinenpark',
  'zusatzfeld', 'freifeld', 'textfeld', 'datenfeld', 'eingabefeld', 'auswahlfeld', 'kindergarten', 'dateipfad',
  'netzwerkbruecke', 'postfach',
])

/** prepositional street names, as folded words: "Am Markt", "An der Alster", "Auf dem Berg", "Zur Mühle" */
const PREFIXES: ReadonlyArray<readonly string[]> = [
  ['am'], ['an', 'der'], ['an', 'den'], ['an', 'dem'], ['auf', 'dem'], ['auf', 'der'], ['auf', 'den'], ['im'],
  ['in', 'der'], ['in', 'den'], ['zum'], ['zur'], ['zu', 'den'], ['unter', 'den'], ['hinter', 'dem'],
  ['hinter', 'der'], ['hinter', 'den'], ['vor', 'dem'], ['vor', 'der'], ['vor', 'den'], ['beim'], ['bei', 'der'],
  ['bei', 'den'], ['ueber', 'dem'], ['platz', 'der'], ['platz', 'des'], ['strasse', 'der'], ['strasse', 'des'],
]

/** words after a preposition that make a whereabouts, not a street ("Im Lager 3", "Im Büro 2", "Zum Versand 1") */
const NOT_STREET_AFTER_PREFIX: ReadonlySet<string> = new Set([
  'lager', 'buero', 'werk', 'versand', 'einsatz', 'urlaub', 'dienst', 'gebaeude', 'haus', 'raum', 'regal', 'fach',
  'auftrag', 'test', 'betrieb', 'homeoffice',
])

/** the most words a street name has ("Straße der Deutschen Einheit", "Am Alten Schlachthof") */
const MAX_NAME_WORDS = 5

const NUMBER = String.raw`[1-9][0-9]{0,3}(?:\s?[a-zA-Z](?!\p{L}))?`
const HOUSE_NUMBER = String.raw`${NUMBER}(?:\s?[-–/]\s?(?:${NUMBER}|[a-zA-Z](?!\p{L})))?`
const CITY = String.raw`\p{L}[\p{L} .'’()\-/]{0,40}`
// after the number: ", 10115 Berlin", " 10115 Berlin" (the code marks it) or ", Berlin"
const TAIL = String.raw`(?:(?:\s*,\s*|\s+)(?:D-?\s?)?[0-9]{5}\s+${CITY}|\s*,\s*${CITY})?`
const WITH_NUMBER = new RegExp(String.raw`^(\p{L}[\p{L}.'’\- ]*?)\s*${HOUSE_NUMBER}${TAIL}$`, 'u')
const NAME_ONLY = /^\p{L}[\p{L}.'’\- ]*$/u

function endsLikeStreet(lastWord: string, hasFront: boolean): boolean {
  const folded = foldName(lastWord)
  const compact = folded.replace(/-/g, '')
  if (NOT_STREETS.has(compact)) return false
  const lastPart = folded.split('-').at(-1) ?? folded
  const front = hasFront || folded.includes('-')
  // "Hauptstr.", "Hauptstr", "Berliner Str."
  const abbreviated = /^(.*)str\.?$/.exec(lastPart)
  if (abbreviated !== null) return abbreviated[1].length >= 3 || (abbreviated[1].length === 0 && front)
  for (const suffix of STREET_SUFFIXES) {
    if (lastPart === suffix) return front
    if (lastPart.length >= suffix.length + 3 && lastPart.endsWith(suffix)) return true
  }
  return false
}

function startsWithPrefix(words: readonly string[]): boolean {
  const folded = words.map((w) => foldName(w))
  return PREFIXES.some(
    (prefix) =>
      words.length > prefix.length && prefix.every((p, i) => folded[i] === p) && !NOT_STREET_AFTER_PREFIX.has(folded[prefix.length]),
  )
}

/** a street name without its number: "Hauptstraße", "Karl-Marx-Allee", "Am Markt", "An der Alster" */
export function isStreetName(name: string): boolean {
  const words = name.trim().split(/\s+/).filter((w) => w.length > 0)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  if (foldName(words[0]).replace(/\.$/, '') === 'postfach') return false
  if (!/\p{Lu}/u.test(name)) return false
  return endsLikeStreet(words[words.length - 1], words.length > 1) || startsWithPrefix(words)
}

/** English street types, for addresses written number first ("47 MySakila Drive", "120 Hanover Sq.") */
export const ENGLISH_STREET_TYPES: ReadonlySet<string> = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'drive', 'dr', 'lane', 'ln', 'way', 'boulevard', 'blvd',
  'place', 'pl', 'court', 'ct', 'parkway', 'pkwy', 'square', 'sq', 'terrace', 'manor', 'circle', 'cir', 'highway',
  'hwy', 'crescent', 'close', 'grove', 'row', 'trail', 'walk', 'alley', 'plaza', 'loop', 'ridge', 'mews',
])

/** "1913 Hanoi Way", "692 Joliet Street", "12 Orchestra Terrace": number, one to five words, a street type */
const NUMBER_FIRST = /^[1-9][0-9]{0,5}[a-zA-Z]?\s+(\p{Lu}[\p{L}'’-]*\.?\s+(?:\p{L}[\p{L}'’-]*\.?\s+){0,4})(\p{L}+)\.?(?:\s*,\s*\p{L}[\p{L} .'’-]{0,40})?$/u

function isNumberFirstAddress(text: string): boolean {
  const match = NUMBER_FIRST.exec(text)
  return match !== null && ENGLISH_STREET_TYPES.has(match[2].toLowerCase())
}

/**
 * True when `value` is a street with a house number, optionally followed by the postal code and town
 * ("Hauptstraße 12a", "Industriestrasse 4-6", "Am Markt 3, 10115 Berlin"). With `numberOptional` (the
 * column name says street), a bare street name counts too ("Lindenweg").
 */
export function isStreetAddress(value: string, numberOptional = false): boolean {
  const text = value.trim()
  if (text.length < 4 || text.length > 120) return false
  const match = WITH_NUMBER.exec(text)
  if (match !== null) return isStreetName(match[1])
  if (isNumberFirstAddress(text)) return true
  return numberOptional && NAME_ONLY.test(text) && isStreetName(text)
}
