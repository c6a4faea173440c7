/**
 * The privacy floor applied to every table before it enters the report (and before findings are derived
 * from it): the values shown as examples — top values, min/max, duplicated key values, duplicate-entity
 * spellings — are masked by what the column is, decided from its inferred type and its header:
 * - date, date-time, boolean and decimal columns: left alone (a date or an amount identifies nobody),
 *   except birth dates, which show their year only;
 * - integer columns: integers of 8+ digits (tax IDs, account numbers), 6+ in contact columns;
 * - text and mixed columns: maskValue (e-mails, IBANs, 6+-digit runs); in name, address and contact
 *   columns maskWords (every word to its initial, legal forms, street words and short numbers kept).
 * A column the personal-data detection found to hold names, addresses or contact/identity data is masked as
 * such whatever its header says ("Feld3" full of names): the header and the verdicts each can only add
 * protection, never take it away — a category's own mask is used only where it shows no more than the
 * word mask would ("Anna Schmidt <a.schmidt@firma.de>" in an e-mail column keeps no name). Notes, free
 * text with personal data and Art. 9/10 columns are masked as text. Composite key and foreign-key examples
 * ("Müller | 1985-03-12") are masked part by part with each part's column.
 */
import {PERSONAL_DATA_MIN_CONFIDENCE, isSpecialCategory} from '../analyzers/personal-data/categories.js'
import {maskPiiExample} from '../analyzers/personal-data/mask-example.js'
import {maskNamesInText} from '../analyzers/personal-data/names/mask-names-in-text.js'
import {isNoteHeader} from '../analyzers/personal-data/value-matchers.js'
import {isNameLikeHeader, isStreetLikeHeader} from '../analyzers/tables/entity-columns.js'
import {headerWords, isIdLikeHeader} from '../analyzers/tables/header-words.js'
import type {ColumnReport, PiiFinding, TableReport} from '../report/scan-report.js'
import {
  INTEGER_DIGITS,
  TEXT_RUN_DIGITS,
  maskEntityText,
  maskIntegerText,
  maskLongInteger,
  maskValue,
  maskWords,
} from '../values/mask-value.js'

/** what a header says its column holds: nothing personal, names, addresses, or contact/account data */
export type ColumnPrivacy = 'plain' | 'name' | 'address' | 'contact'

/** people who are not the entity itself (isNameLikeHeader leaves them out of the entity key) */
const PERSON_WORDS = new Set([
  'ansprechpartner', 'ansprechpartnerin', 'kontakt', 'kontaktperson', 'contact', 'contactperson', 'person',
  'sachbearbeiter', 'sachbearbeiterin', 'bearbeiter', 'mitarbeiter', 'mitarbeiterin', 'verkaeufer',
  'vertreter', 'besteller', 'absender', 'geschaeftsfuehrer', 'unterzeichner', 'briefanrede',
])
const PHONE_WORDS = new Set(['tel', 'telefon', 'phone', 'fax', 'telefax', 'mobil', 'mobile', 'handy', 'festnetz'])
/** parts of contact, account and identity-number headers, found inside compound words */
const CONTACT_PARTS = [
  'mail', 'telefon', 'phone', 'rufnummer', 'handynummer', 'faxnummer', 'mobilnummer', 'mobilfunk', 'iban',
  'kontonummer', 'kontonr', 'steuerid', 'identifikationsnummer', 'versicherungsnummer', 'ausweis', 'reisepass',
  'kreditkarte', 'kartennummer', 'cardnumber', 'nationalid',
]
/** address lines isStreetLikeHeader leaves out of the entity key */
const ADDRESS_WORDS = new Set(['adresszusatz', 'adresszeile2', 'addressline2', 'anschriftzusatz'])

export function columnPrivacy(header: string): ColumnPrivacy {
  const {words, compact} = headerWords(header)
  if (words.length === 0) return 'plain'
  if (words.some((w) => PHONE_WORDS.has(w)) || CONTACT_PARTS.some((p) => compact.includes(p))) return 'contact'
  if (isStreetLikeHeader(header) || words.some((w) => ADDRESS_WORDS.has(w))) return 'address'
  if (isNameLikeHeader(header) || /^name[2-9]$/u.test(compact)) return 'name'
  if (!isIdLikeHeader(header) && words.some((w) => PERSON_WORDS.has(w))) return 'name'
  return 'plain'
}

/** verdicts below this confidence (a weak column name alone) do not change how a column is masked */
export const MASKING_MIN_CONFIDENCE = PERSONAL_DATA_MIN_CONFIDENCE

const NAME_CATEGORIES = new Set(['person_name'])
const ADDRESS_CATEGORIES = new Set(['street_address'])
/** everything personal that is not a name, an address, a date or an Art. 9/10 category value */
const CONTACT_CATEGORIES = new Set([
  'email', 'phone', 'iban', 'credit_card', 'ip_address', 'tax_id_de', 'tax_number_de', 'vat_id', 'social_security_de',
  'health_insurance_de', 'id_card_de', 'passport_de', 'drivers_license_de', 'vehicle_plate_de',
])
const PRIVACY_RANK: Readonly<Record<ColumnPrivacy, number>> = {plain: 0, address: 1, name: 2, contact: 3}

/** what the column's personal-data verdicts say it holds */
export function privacyFromVerdicts(pii: readonly PiiFinding[]): ColumnPrivacy {
  let privacy: ColumnPrivacy = 'plain'
  for (const verdict of pii) {
    if (verdict.confidence < MASKING_MIN_CONFIDENCE) continue
    const found: ColumnPrivacy = CONTACT_CATEGORIES.has(verdict.category)
      ? 'contact'
      : NAME_CATEGORIES.has(verdict.category)
        ? 'name'
        : ADDRESS_CATEGORIES.has(verdict.category)
          ? 'address'
          : 'plain'
    if (PRIVACY_RANK[found] > PRIVACY_RANK[privacy]) privacy = found
  }
  return privacy
}

function stricter(a: ColumnPrivacy, b: ColumnPrivacy): ColumnPrivacy {
  return PRIVACY_RANK[b] > PRIVACY_RANK[a] ? b : a
}

export function maskTableValues(table: TableReport): void {
  const privacyOf = new Map(table.columns.map((c) => [c.name, stricter(columnPrivacy(c.name), privacyFromVerdicts(c.pii))]))
  const columnPrivacyOf = (name: string): ColumnPrivacy => privacyOf.get(name) ?? columnPrivacy(name)
  const byName = new Map(table.columns.map((c) => [c.name, c]))
  /** one value of `column` as a key or reference example shows it */
  const maskPart = (part: string, column: string): string => {
    const generic = columnPrivacyOf(column) === 'plain' ? maskNamesInText(maskValue(part)) : maskEntityText(part)
    const found = byName.get(column)
    const own = found === undefined ? undefined : categoryMask(found) ?? (masksAsText(found) ? maskAsText : undefined)
    return own === undefined ? generic : stricterMask(own(part), generic)
  }
  const maskExample = (example: string, columns: readonly string[]): string => {
    const parts = example.split(' | ')
    // a separator inside a value: mask the whole example with every column's mask, keep the strictest
    if (parts.length !== columns.length) return columns.map((c) => maskPart(example, c)).reduce(stricterMask)
    return parts.map((part, i) => maskPart(part, columns[i])).join(' | ')
  }
  for (const column of table.columns) maskColumn(column, columnPrivacyOf(column.name))
  for (const key of table.duplicates.candidateKeys ?? []) {
    if (key.examples) key.examples = key.examples.map((e) => maskExample(e, key.columns))
  }
  for (const fk of table.foreignKeys ?? []) {
    if (fk.examples) fk.examples = fk.examples.map((e) => maskExample(e, fk.columns))
  }
  for (const group of table.duplicates.likelyEntities?.examples ?? []) {
    group.key = maskEntityText(group.key)
    group.variants = group.variants.map(maskEntityText)
  }
}

/** letters and digits a masked text still shows */
function visibleCharacters(text: string): number {
  let visible = 0
  for (const char of text) if (/[\p{L}\p{N}]/u.test(char)) visible++
  return visible
}

/** of two masked forms of one value, the one that shows fewer letters and digits (the first on a tie) */
export function stricterMask(a: string, b: string): string {
  return visibleCharacters(b) < visibleCharacters(a) ? b : a
}

const maskAsText = (value: string): string => maskPiiExample('person_name', value, true)

/**
 * Categories whose own example mask (mask-example.ts) also masks the column's shown values: identifiers
 * with letters (a passport number has no digit run the text floor would catch) and birth dates (a date
 * column is otherwise left readable).
 */
const MASKED_BY_CATEGORY = new Set<string>([...CONTACT_CATEGORIES, 'birth_date'])

/** the most confident verdict whose category masks shown values itself */
function categoryMask(column: ColumnReport): ((value: string) => string) | undefined {
  const verdict = column.pii.find((v) => v.confidence >= MASKING_MIN_CONFIDENCE && MASKED_BY_CATEGORY.has(v.category))
  if (verdict === undefined) return undefined
  const category = verdict.category
  // a value that does not fit the category ("Anna Schmidt <a.schmidt@firma.de>") keeps no more than the word mask shows
  return (value) => stricterMask(maskPiiExample(category, value), maskWords(value, 'name'))
}

/**
 * Notes, columns where detection found personal data inside sentences, and Art. 9/10 columns (a diagnosis,
 * a church-tax key): their shown values are masked as text, every word to its initial.
 */
function masksAsText(column: ColumnReport): boolean {
  return (
    isNoteHeader(column.name) ||
    column.pii.some((v) => v.evidence.includes('free-text') || (v.confidence >= MASKING_MIN_CONFIDENCE && isSpecialCategory(v.category)))
  )
}

function maskColumn(column: ColumnReport, privacy: ColumnPrivacy): void {
  if (column.inferredType !== 'integer' && column.inferredType !== 'decimal' && masksAsText(column)) {
    maskShown(column, maskAsText, TEXT_RUN_DIGITS)
    return
  }
  const byCategory = column.inferredType === 'integer' ? undefined : categoryMask(column)
  if (byCategory !== undefined) {
    maskShown(column, byCategory, TEXT_RUN_DIGITS)
    return
  }
  switch (column.inferredType) {
    case 'integer': {
      const digits = privacy === 'contact' ? TEXT_RUN_DIGITS : INTEGER_DIGITS
      maskShown(column, (v) => maskIntegerText(v, digits), digits)
      return
    }
    case 'text':
    case 'mixed':
      // names may stand in any text ("Rückruf Hans Franke"): known first names and surnames are masked too
      if (privacy === 'plain') maskShown(column, (v) => maskNamesInText(maskValue(v)), INTEGER_DIGITS)
      else maskShown(column, (v) => maskWords(v, privacy === 'address' ? 'address' : 'name'), TEXT_RUN_DIGITS)
      return
    default:
      // date, datetime, boolean, decimal, empty: nothing personal by itself
      return
  }
}

/** applies `mask` to the top values and text min/max, `integerDigits` to numeric min/max */
function maskShown(column: ColumnReport, mask: (value: string) => string, integerDigits: number): void {
  if (column.topValues) for (const top of column.topValues) top.value = mask(top.value)
  if (column.min !== undefined) column.min = maskBound(column.min, mask, integerDigits)
  if (column.max !== undefined) column.max = maskBound(column.max, mask, integerDigits)
}

function maskBound(bound: string | number, mask: (value: string) => string, integerDigits: number): string | number {
  return typeof bound === 'string' ? mask(bound) : maskLongInteger(bound, integerDigits)
}
