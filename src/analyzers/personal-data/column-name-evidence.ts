/**
 * What a column header says about personal data, before any value is looked at: German and English
 * names and the cryptic ones of ERP and payroll exports (NAME1, GEBDAT, STID, RVNR, KONF, KIST, cMail).
 * 'strong' means the name alone is specific (IBAN, GEBDAT, STEUERID); 'weak' means it is ambiguous
 * (Name, Str, Konto) and needs values to agree. The combiner weighs this against value evidence: a name
 * never outweighs values that contradict it. Headers are split by headerWords (umlauts folded, camelCase
 * and separators split), so "Geb.-Datum", "GEB_DAT" and "GebDat" all read as "gebdat".
 *
 * Deliberately without a category (no code in DESIGN.md fits, and a guess would be a false alarm):
 * - Staatsangehörigkeit / Nationalität / nationality / citizenship: Art. 9 names racial or ethnic
 *   origin, not nationality, which is a legal status (one nationality spans many origins and the
 *   reverse). Flagging it art9_ethnicity would put most HR tables on the special-category list for
 *   nothing. It is bias-relevant for AI use, which is a different finding (domain.md, Art. 9 section).
 * - Geschlecht / gender, Anrede, Familienstand, Steuerklasse: personal, not Art. 9, no category code.
 * - Krankenkasse (the insurer's name): membership of a fund reveals no health condition.
 * - BIC, BLZ: identify a bank, not a person.
 * - A bare "Nr"/"Nummer": a record number far more often than a house number.
 * - Ort, Stadt, Wohnort, Geburtsort, city: a town is no street address, which the report calls "Straße
 *   und Hausnummer" and tells to pseudonymise; the evaluation set (test/fixtures/pii-eval) labels towns
 *   as not personal by themselves. A "PLZ/Ort" header is a postal-code column.
 * - Führerscheinklasse: a licence class (B, C1E) identifies nobody; only the number has a code.
 */
import {headerWords, isIdLikeHeader} from '../tables/header-words.js'
import {PII_CATEGORIES, type PiiCategory, isSpecialCategory} from './categories.js'
import {STEMS, type StemRule, TERMS, type TermTable, WHOLE_HEADER_TERMS} from './column-name-terms.js'

export type NameEvidenceStrength = 'strong' | 'weak'

export interface ColumnNameEvidence {
  category: PiiCategory
  strength: NameEvidenceStrength
  /** the folded header part that matched ("gebdat", "kist", "telefon"), for the verdict's explanation */
  matched: string
}

/**
 * Words saying the column is about the identifier or contact, not the value itself: "E-Mail-Einwilligung",
 * "Telefon Typ", "Ausweis gültig bis". They turn strong evidence weak (values still decide). Not applied to
 * Art. 9/10: a flag or date about a special category is special-category data itself.
 */
const QUALIFIER_WORDS = new Set([
  'typ', 'type', 'art', 'status', 'flag', 'optin', 'optout', 'einwilligung', 'consent', 'erlaubt', 'allowed',
  'gueltig', 'gueltigkeit', 'valid', 'validiert', 'verified', 'verifiziert', 'geprueft', 'bestaetigt', 'aktiv',
  'active', 'anzahl', 'count', 'vorhanden', 'versand', 'datum', 'date', 'am', 'seit', 'bis', 'ab', 'ablauf',
  'ablaufdatum', 'expiry', 'expires', 'geaendert', 'changed', 'updated', 'quelle', 'source', 'format', 'land',
  'country', 'klasse', 'kategorie', 'domain', 'vorwahl', 'laendervorwahl', 'promotion', 'werbung', 'marketing',
])

/** words after which no address is meant ("E-Mail-Adresse", "IP Adresse", "Web-Adresse") */
const NOT_STREET_WORDS = new Set(['mail', 'email', 'ip', 'ipv4', 'ipv6', 'web', 'url', 'internet', 'homepage', 'http', 'https', 'www', 'mac', 'server', 'host', 'website'])

/** words after which a licence header means the class ("Führerschein Klasse": B, C1E), not the number */
const NOT_LICENCE_NUMBER_WORDS = new Set(['klasse', 'klassen', 'class', 'classes', 'kategorie', 'category'])

/** Hungarian-notation keys, numbers, dates, flags (JTL: kKunde, nAnzahl, dErstellt, bAktiv) hold no name; cName may */
const NON_TEXT_TYPE_PREFIX = /^[kndb][A-Z]/

/** one-word headers that name a person, whatever their values say */
const STRONG_NAME_TERMS = new Set([
  'vorname', 'nachname', 'familienname', 'geburtsname', 'rufname', 'maedchenname', 'zuname', 'firstname',
  'lastname', 'surname', 'givenname', 'fullname', 'forename', 'middlename', 'ansprechpartner',
  'ansprechpartnerin', 'kontaktperson', 'contactperson', 'contactname', 'employeename', 'patientname',
  // a payment card is issued to a person, company cards too
  'karteninhaber', 'karteninhaberin', 'cardholder', 'cardholdername',
])

/** people who may be companies or logins: the customer, the supplier, the account holder, the user */
const WEAK_NAME_TERMS = new Set([
  'kunde', 'kundenname', 'kundename', 'customer', 'customername', 'lieferant', 'lieferantenname',
  'lieferantname', 'supplier', 'suppliername', 'vendor', 'vendorname', 'kreditor', 'kreditorname', 'debitor',
  'debitorname', 'kontoinhaber', 'inhaber', 'accountholder', 'empfaenger', 'empfaengername', 'beguenstigter',
  'zahlungspflichtiger', 'zahlungsempfaenger', 'auftraggeber', 'benutzername', 'username', 'login', 'loginname', 'sachbearbeiter',
  'mitarbeiter', 'employee', 'patient', 'besucher', 'besucherin', 'visitor', 'fahrer', 'fahrerin',
])

/** next to "Name" (or as the front of "…name"): the name of a person */
const PERSON_CONTEXT = new Set([
  'vor', 'nach', 'first', 'last', 'given', 'family', 'full', 'mitarbeiter', 'mitarbeiters', 'person', 'personen', 'kontakt',
  'ansprechpartner', 'patient', 'patienten', 'bewerber', 'vertreter', 'fahrer', 'mieter', 'schueler',
  'employee', 'contact', 'mitglied', 'mitglieds', 'teilnehmer', 'kind', 'kindes', 'ehepartner', 'partner',
  'besucher', 'visitor',
])
/** next to "Name": the name of someone who may be a company or a login */
const WEAK_CONTEXT = new Set([
  'kunde', 'kunden', 'lieferant', 'lieferanten', 'kreditor', 'kreditoren', 'debitor', 'debitoren', 'benutzer',
  'user', 'login', 'customer', 'supplier', 'vendor', 'inhaber', 'empfaenger', 'auftraggeber',
])
/** next to "Name" without changing what it is: "Name 1", "Name kurz", "cName" (Hungarian type prefix) */
const NEUTRAL_CONTEXT = new Set(['kurz', 'lang', 'voll', 'zusatz', 'komplett', 'des', 'der', 'of', 'the'])

/** a header with one of these words is about something else than the name ("Kunde seit", "Name Typ") */
const NAME_VETO_WORDS = new Set([
  'typ', 'type', 'art', 'status', 'gruppe', 'kategorie', 'datum', 'date', 'seit', 'since', 'bis', 'ab', 'anzahl',
  'umsatz', 'betrag', 'summe', 'wert', 'preis', 'rabatt', 'skonto', 'limit', 'kredit', 'land', 'country', 'anrede',
  'titel', 'kuerzel', 'geschlecht', 'gender', 'code', 'url', 'web', 'bank',
])

const MAX_RUN = 4

function stripTrailingDigits(term: string): string {
  const stripped = term.replace(/[0-9]+$/, '')
  return stripped.length >= 2 ? stripped : term
}

function buildIndex(table: TermTable): Map<string, {category: PiiCategory; strength: NameEvidenceStrength}> {
  const index = new Map<string, {category: PiiCategory; strength: NameEvidenceStrength}>()
  for (const [category, strength, terms] of table) {
    for (const term of terms) {
      if (index.has(term)) throw new Error(`column-name term listed twice: ${term}`)
      index.set(term, {category, strength})
    }
  }
  return index
}
const TERM_INDEX = buildIndex(TERMS)
const WHOLE_INDEX = buildIndex(WHOLE_HEADER_TERMS)

interface Hit extends ColumnNameEvidence {
  /** word positions the match used, to tell qualifiers apart from the match itself */
  from: number
  to: number
}

function stemMatches(rule: StemRule, word: string): boolean {
  if (rule.except?.some((e) => word.startsWith(e))) return false
  if (rule.prefix !== undefined) return word.startsWith(rule.prefix)
  // a suffix must leave a front: "telefon" is a term, "kundentelefon" a compound
  return rule.suffix !== undefined && word.length > rule.suffix.length + 1 && word.endsWith(rule.suffix)
}

function termHits(words: readonly string[], compact: string): Hit[] {
  const hits: Hit[] = []
  const whole = WHOLE_INDEX.get(compact) ?? WHOLE_INDEX.get(stripTrailingDigits(compact))
  if (whole !== undefined) hits.push({...whole, matched: compact, from: 0, to: words.length})
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + MAX_RUN); to++) {
      const run = words.slice(from, to).join('')
      const term = TERM_INDEX.get(run) ?? TERM_INDEX.get(stripTrailingDigits(run))
      if (term !== undefined) hits.push({...term, matched: run, from, to})
    }
    const word = stripTrailingDigits(words[from])
    for (const rule of STEMS) {
      if (stemMatches(rule, word)) hits.push({category: rule.category, strength: rule.strength, matched: word, from, to: from + 1})
    }
  }
  return hits
}

function personNameHit(header: string, words: readonly string[]): ColumnNameEvidence | undefined {
  const normal = words.map(stripTrailingDigits)
  if (normal.some((w) => NAME_VETO_WORDS.has(w)) || isIdLikeHeader(header) || NON_TEXT_TYPE_PREFIX.test(header.trim())) return undefined
  const compact = normal.join('')
  if (STRONG_NAME_TERMS.has(compact)) return {category: 'person_name', strength: 'strong', matched: compact}
  if (WEAK_NAME_TERMS.has(compact)) return {category: 'person_name', strength: 'weak', matched: compact}
  for (const word of normal) {
    if (STRONG_NAME_TERMS.has(word)) return {category: 'person_name', strength: 'strong', matched: word}
  }
  for (const word of normal) {
    if (WEAK_NAME_TERMS.has(word)) return {category: 'person_name', strength: 'weak', matched: word}
  }
  const nameAt = normal.indexOf('name')
  if (nameAt >= 0) {
    // single letters are type prefixes (cName) or initials; digits were stripped (NAME1 → name)
    const context = normal.filter((w, i) => i !== nameAt && w.length > 1 && !/^[0-9]+$/.test(w))
    if (context.some((w) => PERSON_CONTEXT.has(w))) return {category: 'person_name', strength: 'strong', matched: normal.join('')}
    if (context.some((w) => WEAK_CONTEXT.has(w))) return {category: 'person_name', strength: 'weak', matched: normal.join('')}
    // "Name" alone is the customer in many exports, but also a product's or a file's name
    if (context.every((w) => NEUTRAL_CONTEXT.has(w))) return {category: 'person_name', strength: 'weak', matched: 'name'}
    return undefined
  }
  // compounds: "Mitarbeitername" strong, "Lieferantenname" weak; "Artikelname", "Dateiname",
  // "Firmenname", "Bankname" and every unknown "…name" are not people
  for (const word of normal) {
    if (word.length <= 4 || !word.endsWith('name')) continue
    const front = word.slice(0, -4)
    if (PERSON_CONTEXT.has(front)) return {category: 'person_name', strength: 'strong', matched: word}
    if (WEAK_CONTEXT.has(front)) return {category: 'person_name', strength: 'weak', matched: word}
  }
  return undefined
}

const CATEGORY_ORDER = new Map<PiiCategory, number>(PII_CATEGORIES.map((c, i) => [c, i]))

/**
 * Personal-data categories a column header points at, at most one entry per category (the strongest),
 * in the order of PII_CATEGORIES. Empty when the header says nothing personal ("Firma", "Artikelname",
 * "Bezeichnung", "Kostenstelle", "Status", "Land", "BIC").
 */
export function columnNameEvidence(header: string): ColumnNameEvidence[] {
  const {words, compact} = headerWords(header)
  if (words.length === 0) return []
  const hits = termHits(words, compact)
  // the longer match explains the header: "USt-IdNr." is a VAT ID, not the "IdNr" inside it
  const covered = (h: Hit) => hits.some((o) => o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from)
  const best = new Map<PiiCategory, ColumnNameEvidence>()
  for (const hit of hits.filter((h) => !covered(h))) {
    if (hit.category === 'street_address' && words.some((w) => NOT_STREET_WORDS.has(w) || w.endsWith('mail'))) continue
    if (hit.category === 'drivers_license_de' && words.some((w) => NOT_LICENCE_NUMBER_WORDS.has(w))) continue
    let strength = hit.strength
    if (strength === 'strong' && !isSpecialCategory(hit.category)) {
      const qualified = words.some((w, i) => (i < hit.from || i >= hit.to) && QUALIFIER_WORDS.has(w))
      if (qualified) strength = 'weak'
    }
    const known = best.get(hit.category)
    if (known === undefined || (known.strength === 'weak' && strength === 'strong')) {
      best.set(hit.category, {category: hit.category, strength, matched: hit.matched})
    }
  }
  // a header names one thing: "Ansprechpartner E-Mail" is an e-mail column, not a name column
  if (best.size === 0) {
    const name = personNameHit(header, words)
    if (name !== undefined) best.set('person_name', name)
  }
  return [...best.values()].sort((a, b) => (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0))
}
