// Builds the rows of the customer export: fresh customers, and near-duplicate records of an
// earlier customer (the same person or company typed in again, slightly differently).

import {
  amountText, companyMail, companyName, dateText, discountText, ibanText, personalMail, phoneText, streetText, surname,
} from './customer-fields.mjs'
import {CITIES_ABROAD, CITIES_DE, FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LEGAL_FORM_VARIANTS, REMARKS_MULTILINE,
  REMARKS_PLAIN, REMARKS_QUOTED, REMARKS_SEMICOLON} from './vocabulary.mjs'

/** @typedef {import('./prng.mjs').Prng} Prng */

export const COLUMNS = [
  'Kundennummer', 'Anrede', 'Vorname', 'Nachname', 'Firma', 'Strasse', 'PLZ', 'Ort', 'Land', 'Telefon',
  'E-Mail', 'IBAN', 'Geburtsdatum', 'Kunde seit', 'Umsatz', 'Rabatt %', 'Aktiv', 'Bemerkung',
]

// Column positions, so the code below reads by name.
const KNR = 0, ANREDE = 1, VORNAME = 2, NACHNAME = 3, FIRMA = 4, STRASSE = 5, PLZ = 6, ORT = 7, LAND = 8,
  TELEFON = 9, EMAIL = 10, IBAN = 11, GEBURT = 12, SEIT = 13, UMSATZ = 14, RABATT = 15, AKTIV = 16, BEMERKUNG = 17

/** Share of cells blanked in every column except Kundennummer (on top of structural blanks). */
export const EMPTY_SHARE = 0.05

// Per column: placeholder share and the placeholders a clerk would type there. Kundennummer, PLZ
// and Umsatz get none, so that peers' type sniffers see what performance.md describes.
/** @type {ReadonlyArray<readonly [number, number, readonly string[]]>} */
const PLACEHOLDERS = [
  [ANREDE, 0.003, ['k.A.', '-']],
  [STRASSE, 0.004, ['n/a', 'n/a', 'unbekannt', '-']],
  [ORT, 0.003, ['unbekannt', 'k.A.', 'n/a']],
  [LAND, 0.002, ['unbekannt', '-']],
  [TELEFON, 0.01, ['-', 'k.A.', 'n/a', 'unbekannt']],
  [EMAIL, 0.008, ['k.A.', '-', 'n/a', 'unbekannt']],
  [IBAN, 0.005, ['-', 'n/a', 'k.A.']],
  [GEBURT, 0.004, ['00.00.0000', 'k.A.', 'unbekannt']],
  [BEMERKUNG, 0.004, ['-', 'k.A.']],
]

/** Every placeholder value the generator may write (the truth file counts exactly these). */
export const PLACEHOLDER_VALUES = ['n/a', 'k.A.', '-', 'unbekannt', '00.00.0000']

export class CustomerRowFactory {
  /** @param {Prng} rng */
  constructor(rng) {
    this.rng = rng
    this.nextNumber = 10_000_000
  }

  /** A new customer number: increasing with gaps (deleted customers), never reused. */
  customerNumber() {
    this.nextNumber += 1 + (this.rng.chance(0.2) ? this.rng.int(4) : 0)
    return String(this.nextNumber)
  }

  /** A fresh customer (private person 67 %, company 33 %). @returns {string[]} */
  fresh() {
    const rng = this.rng
    const row = new Array(COLUMNS.length).fill('')
    const company = rng.chance(0.33)
    const female = rng.chance(0.5)
    const first = female
      ? FIRST_NAMES_FEMALE[rng.skewedIndex(FIRST_NAMES_FEMALE.length, 1.4)]
      : FIRST_NAMES_MALE[rng.skewedIndex(FIRST_NAMES_MALE.length, 1.4)]
    const last = surname(rng)
    row[KNR] = this.customerNumber()
    if (company) {
      const {name, stem} = companyName(rng)
      row[FIRMA] = name
      // companies: the contact person's name when known, salutation "Firma" or the contact's
      const contact = rng.chance(0.8)
      row[ANREDE] = rng.chance(0.6) || !contact ? 'Firma' : female ? 'Frau' : 'Herr'
      if (contact) {
        row[VORNAME] = first
        row[NACHNAME] = last
      }
      row[EMAIL] = companyMail(rng, stem)
    } else {
      row[ANREDE] = rng.chance(0.004) ? 'divers' : female ? 'Frau' : 'Herr'
      row[VORNAME] = first
      row[NACHNAME] = last
      row[EMAIL] = personalMail(rng, first, last)
      row[GEBURT] = dateText(rng, 1940, 2005, 0.1)
    }
    row[STRASSE] = streetText(rng)
    if (rng.chance(0.02)) {
      const [city, min, max, land, ibanCountry] = rng.pick(CITIES_ABROAD)
      row[PLZ] = String(rng.between(min, max))
      row[ORT] = city
      row[LAND] = land
      row[IBAN] = ibanText(rng, ibanCountry)
    } else {
      const [city, min, max] = CITIES_DE[rng.skewedIndex(CITIES_DE.length, 1.6)]
      row[PLZ] = String(rng.between(min, max)).padStart(5, '0')
      row[ORT] = city
      row[LAND] = rng.chance(0.92) ? 'Deutschland' : rng.pick(['DE', 'D', 'Germany'])
      row[IBAN] = ibanText(rng, 'DE')
    }
    row[TELEFON] = phoneText(rng)
    this.fillAccountFields(row)
    this.blankAndPlaceholders(row, 1)
    return row
  }

  /**
   * A near duplicate of `source`: a new customer number and new account fields, the identity
   * fields copied with 1–2 typing variations. Counts the variation kinds into `kinds`.
   * Returns null when no variation applies (caller picks another source).
   * @param {readonly string[]} source
   * @param {Record<string, number>} kinds
   * @returns {string[] | null}
   */
  nearDuplicate(source, kinds) {
    const rng = this.rng
    const row = source.slice()
    const first = applyVariation(rng, row, null)
    if (first === null) return null
    kinds[first] = (kinds[first] ?? 0) + 1
    if (rng.chance(0.25)) {
      // a different kind, so the second variation cannot undo the first (str. → straße → str.)
      const second = applyVariation(rng, row, first)
      if (second !== null) kinds[second] = (kinds[second] ?? 0) + 1
    }
    row[KNR] = this.customerNumber()
    this.fillAccountFields(row)
    // only the re-entered account fields get fresh blanks; identity fields keep the source's
    this.blankAndPlaceholders(row, SEIT)
    return row
  }

  /** @param {string[]} row */
  fillAccountFields(row) {
    const rng = this.rng
    row[SEIT] = dateText(rng, 1995, 2024, 0.15)
    row[UMSATZ] = amountText(rng)
    row[RABATT] = discountText(rng)
    row[AKTIV] = rng.chance(0.82) ? 'ja' : 'nein'
    row[BEMERKUNG] = remark(rng)
  }

  /** Blanks ~5 % of cells from column `fromColumn` on and types placeholders into some others. */
  blankAndPlaceholders(row, fromColumn) {
    const rng = this.rng
    for (let c = fromColumn; c < row.length; c++) {
      if (rng.chance(EMPTY_SHARE)) row[c] = ''
    }
    for (const [column, share, values] of PLACEHOLDERS) {
      if (column >= fromColumn && rng.chance(share)) row[column] = rng.pick(values)
    }
  }
}

/** Free text: 57 % none, otherwise a note; a few with `;`, quotes or a line break. */
function remark(rng) {
  const roll = rng.float()
  if (roll < 0.57) return ''
  if (roll < 0.5706) return rng.pick(REMARKS_MULTILINE)
  if (roll < 0.59) return rng.pick(REMARKS_SEMICOLON)
  if (roll < 0.61) return rng.pick(REMARKS_QUOTED)
  if (roll < 0.72) return `Auftrag ${rng.between(2015, 2024)}-${rng.digits(5)} offen, Liefertermin KW ${rng.between(1, 52)}`
  if (roll < 0.76) return `Gutschrift über ${rng.between(5, 900)},00 EUR erteilt`
  return rng.pick(REMARKS_PLAIN)
}

const UMLAUT_PAIRS = [['ä', 'ae'], ['ö', 'oe'], ['ü', 'ue'], ['Ä', 'Ae'], ['Ö', 'Oe'], ['Ü', 'Ue'], ['ß', 'ss']]
const UMLAUT_CHARS = /[äöüÄÖÜß]/

function transliterate(text) {
  let out = text
  for (const [from, to] of UMLAUT_PAIRS) out = out.replaceAll(from, to)
  return out
}

/** Street suffix written the other way: `Hauptstraße` ↔ `Hauptstr.`, `Berliner Straße` ↔ `Berliner Str.`. */
function switchStreetAbbreviation(street) {
  if (street.includes('straße')) return street.replace('straße', 'str.')
  if (street.includes('Straße')) return street.replace('Straße', 'Str.')
  if (street.includes('str.')) return street.replace('str.', 'straße')
  if (street.includes('Str.')) return street.replace('Str.', 'Straße')
  return null
}

function switchLegalForm(rng, company) {
  // longest form first, so "GmbH & Co. KG" is not taken for "GmbH"
  const forms = Object.keys(LEGAL_FORM_VARIANTS).sort((a, b) => b.length - a.length)
  for (const form of forms) {
    if (company.endsWith(' ' + form)) return company.slice(0, -form.length) + rng.pick(LEGAL_FORM_VARIANTS[form])
  }
  return null
}

// Ort stays as typed: a city column keeps its few distinct values, as in performance.md
const NAME_FIELDS = [VORNAME, NACHNAME, FIRMA, STRASSE]

const VARIATION_KINDS = ['umlaut-transliterated', 'street-abbreviation', 'extra-spaces', 'case', 'legal-form']

/**
 * Applies one typing variation (not of kind `except`) to the identity fields of `row` in place
 * and returns its kind, or null if none applies. Each kind changes the text of one field.
 */
function applyVariation(rng, row, except) {
  const start = rng.int(VARIATION_KINDS.length)
  for (let attempt = 0; attempt < VARIATION_KINDS.length; attempt++) {
    const kind = (start + attempt) % VARIATION_KINDS.length
    if (VARIATION_KINDS[kind] === except) continue
    if (kind === 0) {
      const fields = NAME_FIELDS.filter((c) => UMLAUT_CHARS.test(row[c]))
      if (fields.length === 0) continue
      const c = rng.pick(fields)
      row[c] = transliterate(row[c])
      return 'umlaut-transliterated'
    }
    if (kind === 1) {
      const changed = switchStreetAbbreviation(row[STRASSE])
      if (changed === null) continue
      row[STRASSE] = changed
      return 'street-abbreviation'
    }
    if (kind === 2) {
      const fields = NAME_FIELDS.filter((c) => row[c].length > 1 && !isPlaceholderValue(row[c]))
      if (fields.length === 0) continue
      const c = rng.pick(fields)
      const text = row[c]
      const space = text.indexOf(' ')
      row[c] = space > 0 ? text.slice(0, space) + '  ' + text.slice(space + 1) : rng.chance(0.5) ? ` ${text}` : `${text} `
      return 'extra-spaces'
    }
    if (kind === 3) {
      const fields = NAME_FIELDS.filter((c) => row[c] !== row[c].toUpperCase() && !isPlaceholderValue(row[c]))
      if (fields.length === 0) continue
      const c = rng.pick(fields)
      const lower = row[c].toLowerCase()
      // upper-case always differs (filter above); lower-case only if the text has capitals
      row[c] = rng.chance(0.7) || lower === row[c] ? row[c].toUpperCase() : lower
      return 'case'
    }
    const changed = row[FIRMA] === '' ? null : switchLegalForm(rng, row[FIRMA])
    if (changed === null || changed === row[FIRMA]) continue
    row[FIRMA] = changed
    return 'legal-form'
  }
  return null
}

function isPlaceholderValue(text) {
  return PLACEHOLDER_VALUES.includes(text)
}
