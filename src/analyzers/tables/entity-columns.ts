/**
 * Which columns describe a customer/supplier entity: name-like columns (Firma, Name1, Kundenname,
 * Nachname, Vorname, Lieferant, Kontoinhaber, Beguenstigter/Zahlungspflichtiger, …) and address parts
 * (Straße, Hausnummer, PLZ; Ort only when there is no PLZ). Decided from the headers alone, so every
 * worker decides the same.
 */
import {headerWords, isIdLikeHeader} from './header-words.js'

export interface EntityColumns {
  /** name-like columns in table order (at most MAX_NAME_COLUMNS) */
  names: number[]
  street: number
  houseNumber: number
  /** the PLZ column, or the Ort column when there is no PLZ; -1 when neither */
  place: number
  /** every column above, in key order: names, street, house number, place */
  used: number[]
}

export const MAX_NAME_COLUMNS = 3

const NAME_WORDS = new Set([
  'firma', 'firmenname', 'firmierung', 'name', 'name1', 'kunde', 'kundenname', 'kundename', 'nachname',
  'vorname', 'familienname', 'company', 'companyname', 'customer', 'customername', 'lieferant',
  'lieferantenname', 'empfaenger', 'empfaengername', 'zahlungsempfaenger', 'rechnungsempfaenger',
  'warenempfaenger', 'auftraggeber', 'kontoinhaber', 'inhaber', 'beguenstigter', 'zahlungspflichtiger',
  'zahlungsbeteiligter', 'debitor', 'debitorname', 'kreditor', 'kreditorname', 'geschaeftspartner',
  'lastname', 'firstname', 'surname', 'fullname', 'givenname', 'vendor', 'vendorname', 'supplier',
  'suppliername',
])

/** a header with one of these words is about something else ("Kunden-E-Mail", "Option 1 Name") */
const NOT_NAME_WORDS = new Set([
  'mail', 'email', 'tel', 'telefon', 'phone', 'fax', 'mobil', 'iban', 'bic', 'blz', 'datum', 'date', 'typ',
  'type', 'art', 'status', 'gruppe', 'kategorie', 'bank', 'datei', 'file', 'benutzer', 'user', 'artikel',
  'produkt', 'product', 'item', 'option', 'land', 'country', 'ort', 'plz', 'strasse', 'adresse', 'anrede',
  'titel', 'kuerzel', 'referenz', 'ansprechpartner', 'kontakt', 'contact', 'url', 'web',
  // "Kunde seit", "Kunden-Nr.", "Kundenumsatz": about the customer, not its name
  'seit', 'since', 'bis', 'ab', 'nr', 'nummer', 'number', 'no', 'anzahl', 'umsatz', 'betrag', 'summe', 'wert',
  'preis', 'rabatt', 'skonto', 'limit', 'kredit', 'konto', 'id',
])

/** "…name" words that are not names of a customer */
const NOT_NAME_PREFIXES = [
  'datei', 'benutzer', 'user', 'file', 'artikel', 'produkt', 'product', 'bank', 'host', 'spalten', 'tabellen',
  'feld', 'display', 'anzeige', 'server', 'domain', 'schema', 'konto', 'orts', 'strassen', 'blatt', 'sheet',
  'projekt', 'kampagnen', 'mandanten', 'typ', 'marken', 'ansprechpartner',
]

const STREET_WORDS = new Set([
  'strasse', 'str', 'street', 'adresse', 'anschrift', 'address', 'adresszeile', 'adresszeile1', 'addressline1',
  'strassehausnummer', 'strasseundhausnummer', 'streetaddress',
])
const NOT_STREET_WORDS = new Set([
  'mail', 'email', 'ip', 'web', 'url', 'internet', 'status', 'zusatz', 'adresszusatz', 'adresszeile2', 'nr',
  'nummer', 'id', 'typ', 'art',
])
const HOUSE_NUMBER_WORDS = new Set(['hausnummer', 'hausnr', 'hnr', 'housenumber'])
const POSTAL_WORDS = new Set(['plz', 'postleitzahl', 'zip', 'zipcode', 'postcode', 'postalcode'])
const CITY_WORDS = new Set(['ort', 'stadt', 'city', 'wohnort', 'town'])

export function isNameLikeHeader(header: string): boolean {
  const {words, compact} = headerWords(header)
  if (words.length === 0 || /^name[2-9]$/.test(compact)) return false
  if (words.some((w) => NOT_NAME_WORDS.has(w)) || isIdLikeHeader(header)) return false
  if (NAME_WORDS.has(compact)) return true
  return words.some(
    (w) => NAME_WORDS.has(w) || (w.length > 4 && w.endsWith('name') && !NOT_NAME_PREFIXES.some((p) => w.startsWith(p))),
  )
}

function isStreetHeader(words: string[], compact: string): boolean {
  if (words.some((w) => NOT_STREET_WORDS.has(w))) return false
  if (STREET_WORDS.has(compact)) return true
  return words.some(
    (w) => STREET_WORDS.has(w) || w.endsWith('strasse') || (w.endsWith('adresse') && !w.endsWith('mailadresse')),
  )
}

/** A street/address header ("Straße", "Anschrift", "Lieferadresse"; not "E-Mail-Adresse", "Adresszusatz"). */
export function isStreetLikeHeader(header: string): boolean {
  const {words, compact} = headerWords(header)
  return words.length > 0 && isStreetHeader(words, compact)
}

/** The entity columns of a table, or undefined when it has no name-like column. */
export function findEntityColumns(headers: readonly string[]): EntityColumns | undefined {
  const names: number[] = []
  let street = -1
  let houseNumber = -1
  let postal = -1
  let city = -1
  for (let c = 0; c < headers.length; c++) {
    const {words, compact} = headerWords(headers[c])
    if (HOUSE_NUMBER_WORDS.has(compact)) {
      if (houseNumber < 0) houseNumber = c
    } else if (words.some((w) => POSTAL_WORDS.has(w))) {
      if (postal < 0) postal = c
    } else if (isStreetHeader(words, compact)) {
      if (street < 0) street = c
    } else if (words.some((w) => CITY_WORDS.has(w))) {
      if (city < 0) city = c
    } else if (names.length < MAX_NAME_COLUMNS && isNameLikeHeader(headers[c])) {
      names.push(c)
    }
  }
  if (names.length === 0) return undefined
  const place = postal >= 0 ? postal : city
  const used = [...names, street, houseNumber, place].filter((c) => c >= 0)
  return {names, street, houseNumber, place, used}
}
