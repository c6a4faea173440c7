/**
 * The personal-data verdict of one column: the column name's evidence (column-name-evidence.ts) weighed
 * against its sampled values (value-matchers.ts, art9-dictionaries.ts), the way DataHub's classifier
 * weighs name and values — except that a name alone never outweighs values that contradict it.
 *
 * All thresholds and confidences are the tables below. In short:
 * - a checksum category needs 80 % of the non-empty values to validate (50 % with a strong name): random
 *   11-digit article numbers pass MOD 11,10 one time in ten, so a low share is chance, not data;
 * - pattern categories (e-mail, phone, IP, person names, streets) need 60 % (30 % with a name); which
 *   name values count depends on the header (names/person-name.ts: a lone surname only under a person
 *   header);
 * - postal codes, birth dates, Steuernummern and licence numbers are looked for only when the name
 *   points at them (a person table's birth dates under another header: birth-date-context.ts);
 * - number plates, confirmed against the district-code list, need 80 % without a name (30 % with one);
 * - a name with no supporting values gives a low-confidence verdict with matchShare 0, unless at least
 *   20 values are there and fewer than 10 % of them fit the category;
 * - free text (mostly three or more words per value, or a notes header) is searched for e-mails, phones, IBANs and clear
 *   health terms inside, reported with the share of rows that contain one.
 * The verdict carries indexes of up to three matching values, never a value: the caller masks them.
 */
import {headerWords} from '../tables/header-words.js'
import {SHAPE_GATES, type ValueShape, valueShape} from './value-shape.js'
import {art9ValueEvidence, looksLikeIcd10} from './art9-dictionaries.js'
import {PII_CATEGORIES, type PiiCategory} from './categories.js'
import {type NameEvidenceStrength, columnNameEvidence} from './column-name-evidence.js'
import {
  EMBEDDED_CATEGORIES,
  type MatchContext,
  type MatchKind,
  type NameSupport,
  VALUE_MATCHERS,
  embeddedCategories,
  isFreeTextColumn,
} from './value-matchers.js'

export interface ColumnPiiVerdict {
  category: PiiCategory
  /** 0–1, from the CONFIDENCE table */
  confidence: number
  /** share of the non-empty values that match and validate for this category; 0 when only the name spoke */
  matchShare: number
  /** machine-readable signals: 'name:strong:gebdat', 'checksum:MOD 11,10', 'dictionary:church-tax', 'free-text' */
  evidence: string[]
  /** indexes into the values passed in of at most MAX_EXAMPLES matching values, for the caller to mask */
  exampleIndexes: number[]
}

/** value evidence kinds: the matchers' kinds, which include the dictionaries of Art. 9 values and district codes */
type EvidenceKind = MatchKind

/** The share of non-empty values that must match before values alone speak for a category. */
export const SHARE_THRESHOLDS: Readonly<Record<EvidenceKind, Readonly<Record<NameSupport, number>>>> = {
  checksum: {none: 0.8, weak: 0.8, strong: 0.5},
  pattern: {none: 0.6, weak: 0.3, strong: 0.3},
  // postal codes and birth dates without a name are never looked for (Infinity: no share is enough)
  'name-bound': {none: Number.POSITIVE_INFINITY, weak: 0.5, strong: 0.5},
  // domain.md: a column with ≥ 80 % church-tax keys is Art. 9 even under a cryptic name
  dictionary: {none: 0.8, weak: 0.3, strong: 0.3},
}

/**
 * confidence = base + perShare · matchShare (capped at 1). Resulting ranges at the lowest reported share
 * and at share 1.0: checksum alone 0.88–0.90, checksum + strong name 0.97–0.99, pattern alone 0.72–0.80,
 * pattern + strong name 0.85–0.95, name-bound + strong name 0.80–0.90, dictionary alone 0.76–0.80.
 */
export const CONFIDENCE: Readonly<Record<EvidenceKind, Readonly<Record<NameSupport, {base: number; perShare: number}>>>> = {
  checksum: {none: {base: 0.8, perShare: 0.1}, weak: {base: 0.85, perShare: 0.08}, strong: {base: 0.95, perShare: 0.04}},
  pattern: {none: {base: 0.6, perShare: 0.2}, weak: {base: 0.7, perShare: 0.15}, strong: {base: 0.8, perShare: 0.15}},
  'name-bound': {none: {base: 0, perShare: 0}, weak: {base: 0.5, perShare: 0.2}, strong: {base: 0.7, perShare: 0.2}},
  dictionary: {none: {base: 0.6, perShare: 0.2}, weak: {base: 0.7, perShare: 0.15}, strong: {base: 0.8, perShare: 0.15}},
}

/** a name without supporting values: never more than this */
export const NAME_ONLY_CONFIDENCE: Readonly<Record<NameEvidenceStrength, number>> = {strong: 0.6, weak: 0.3}

/** a name over a column whose sample holds no value at all is a hint only ("IBAN 7" of a DATEV export, never filled) */
export const NAME_ONLY_CONFIDENCE_WITHOUT_VALUES = 0.3

/**
 * Categories written with letters: a column of numbers (head counts under "Mitarbeiter", amounts under
 * "Kunde") contradicts them whatever the header says, once CONTRADICTION.minValues values are there.
 */
export const TEXT_CATEGORIES: ReadonlySet<PiiCategory> = new Set(['person_name', 'street_address', 'email', 'vehicle_plate_de'])
/** this share of plain numbers makes a column numeric */
export const NUMERIC_COLUMN_SHARE = 0.9
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/u

/**
 * A header ending in an identifier word names a reference to a person or an address, not the person or
 * address itself: "address_id", "Kunden-Nr", "supplier_ids". (Steuer-ID, Telefon-Nr. keep their
 * categories: those are identifiers.)
 */
export const REFERENCE_CATEGORIES: ReadonlySet<PiiCategory> = new Set(['person_name', 'street_address'])
const REFERENCE_WORDS = new Set(['id', 'ids', 'nr', 'no', 'key', 'fk', 'ref', 'code', 'nummer'])

function isReferenceHeader(header: string): boolean {
  const {words} = headerWords(header)
  return words.length > 1 && REFERENCE_WORDS.has(words[words.length - 1])
}

/**
 * Headers of statistics about groups, not records of people: "Anteil der Bevölkerung mit
 * Migrationshintergrund in %", "Einwohner unter 18 Jahren". Their names say nothing about a person; the
 * values still may (they are numbers here). Per-person counts ("Krankheitstage") are not among them.
 */
export const AGGREGATE_HEADER_PARTS = [
  'anteil', 'quote', 'prozent', 'durchschnitt', 'mittelwert', 'einwohner', 'bevoelkerung',
  'je1000', 'pro1000', 'je100000', 'population', 'percent', 'average', 'percapita', 'inhabitants',
] as const

function isAggregateHeader(header: string): boolean {
  const {compact} = headerWords(header)
  return header.includes('%') || AGGREGATE_HEADER_PARTS.some((part) => compact.includes(part))
}

/** values contradict the name when at least minValues are there and less than maxShare of them fit */
export const CONTRADICTION = {minValues: 20, maxShare: 0.1} as const

/**
 * Free text: a category found inside at least minRows rows is reported (one e-mail in a comment is
 * personal data), confidence = base + perShare · share of rows. Checksum-confirmed IBANs count more.
 */
export const FREE_TEXT = {
  minRows: 1,
  confidence: {checksum: {base: 0.7, perShare: 0.25}, pattern: {base: 0.5, perShare: 0.4}},
} as const

/** ICD-10 shapes without a health column name also fit threads (M12) and roads (A45): most values must carry a sub-code */
export const ICD10_WITHOUT_NAME_MIN_SUBCODE_SHARE = 0.5

export const MAX_EXAMPLES = 3

const CATEGORY_ORDER = new Map<PiiCategory, number>(PII_CATEGORIES.map((c, i) => [c, i]))

function confidenceOf(rule: {base: number; perShare: number}, share: number): number {
  return Math.round(Math.min(1, rule.base + rule.perShare * share) * 1000) / 1000
}

interface Column {
  values: readonly string[]
  /** indexes of the non-empty (after trimming) values */
  nonEmpty: number[]
  /**
   * the non-empty values once each, in order of first appearance, with how often they occur: matchers run
   * once per distinct value (a church-tax or PLZ column has a few dozen among 1,000 rows)
   */
  distinct: Array<{value: string; first: number; count: number; shape: ValueShape}>
  /** the distinct values the whole-value matchers examine and the number of rows they stand for */
  examined: {values: Column['distinct']; rows: number}
  names: Map<PiiCategory, {strength: NameEvidenceStrength; tag: string}>
}

/**
 * The whole-value matchers look at this many distinct values of a column at most, spread evenly over the
 * column: a share measured on 300 values is within a few points of the share on 1,000, and a phone number
 * costs libphonenumber ~60 µs to validate.
 */
export const MATCHED_DISTINCT_VALUES = 300

/** all distinct values when they are few; else the distinct values of MATCHED_DISTINCT_VALUES rows spread evenly, counted in those rows */
function examinedValues(values: readonly string[], nonEmpty: readonly number[], distinct: Column['distinct']): Column['examined'] {
  if (distinct.length <= MATCHED_DISTINCT_VALUES) return {values: distinct, rows: nonEmpty.length}
  const rows = Array.from({length: MATCHED_DISTINCT_VALUES}, (_, i) => nonEmpty[Math.floor((i * nonEmpty.length) / MATCHED_DISTINCT_VALUES)])
  return {values: distinctValues(values, rows), rows: rows.length}
}

function distinctValues(values: readonly string[], nonEmpty: readonly number[]): Column['distinct'] {
  const byValue = new Map<string, Column['distinct'][number]>()
  for (const i of nonEmpty) {
    const known = byValue.get(values[i])
    if (known === undefined) byValue.set(values[i], {value: values[i], first: i, count: 1, shape: valueShape(values[i])})
    else known.count++
  }
  return [...byValue.values()]
}

function nameSupport(column: Column, category: PiiCategory): NameSupport {
  return column.names.get(category)?.strength ?? 'none'
}

function withNameTag(column: Column, category: PiiCategory, evidence: string[]): string[] {
  const name = column.names.get(category)
  return name === undefined ? evidence : [name.tag, ...evidence]
}

/** how many of `of` examined non-empty values match, and where the first few different matching values are */
interface Matches {
  count: number
  of: number
  examples: number[]
}

function valueVerdict(column: Column, category: PiiCategory, kind: EvidenceKind, matching: Matches, evidence: string[]): ColumnPiiVerdict | undefined {
  if (matching.count === 0) return undefined
  const support = nameSupport(column, category)
  const share = matching.count / matching.of
  if (share < SHARE_THRESHOLDS[kind][support]) return undefined
  return {
    category,
    confidence: confidenceOf(CONFIDENCE[kind][support], share),
    matchShare: share,
    evidence: withNameTag(column, category, evidence),
    exampleIndexes: matching.examples,
  }
}

/** whole-value matchers; also returns every matcher's share, which name-only verdicts are checked against */
function wholeValueVerdicts(column: Column, shares: Map<PiiCategory, number>): ColumnPiiVerdict[] {
  const context: MatchContext = {
    nameSaysPhone: column.names.has('phone'),
    today: new Date(),
    nameSupport: (category) => nameSupport(column, category),
  }
  const verdicts: ColumnPiiVerdict[] = []
  for (const matcher of VALUE_MATCHERS) {
    if (matcher.needsNameEvidence && !column.names.has(matcher.category)) continue
    const matching: Matches = {count: 0, of: column.examined.rows, examples: []}
    const gate = SHAPE_GATES[matcher.category]
    for (const {value, first, count, shape} of column.examined.values) {
      if ((gate !== undefined && !gate(shape)) || !matcher.matches(value, context)) continue
      matching.count += count
      if (matching.examples.length < MAX_EXAMPLES) matching.examples.push(first)
    }
    if (matcher.valuesCanContradictName) shares.set(matcher.category, matching.count / matching.of)
    const verdict = valueVerdict(column, matcher.category, matcher.kind, matching, [matcher.evidence])
    if (verdict !== undefined) verdicts.push(verdict)
  }
  return verdicts
}

/** Art. 9 dictionaries; a category fed by several dictionaries (health terms, ICD-10) takes the best share */
function art9Verdicts(column: Column): ColumnPiiVerdict[] {
  const nonEmptyValues = column.nonEmpty.map((i) => column.values[i])
  const byCategory = new Map<PiiCategory, {share: number; dictionaries: string[]}>()
  for (const found of art9ValueEvidence(nonEmptyValues)) {
    if (found.dictionary === 'icd10' && !column.names.has('art9_health')) {
      const codes = nonEmptyValues.filter(looksLikeIcd10)
      if (codes.filter((c) => c.includes('.')).length / codes.length < ICD10_WITHOUT_NAME_MIN_SUBCODE_SHARE) continue
    }
    const known = byCategory.get(found.category) ?? {share: 0, dictionaries: []}
    byCategory.set(found.category, {share: Math.max(known.share, found.matchShare), dictionaries: [...known.dictionaries, found.dictionary]})
  }
  const verdicts: ColumnPiiVerdict[] = []
  for (const [category, {share, dictionaries}] of byCategory) {
    const support = nameSupport(column, category)
    if (share < SHARE_THRESHOLDS.dictionary[support]) continue
    // examples: values that match a fired dictionary even on their own (distinctive entries)
    const examples: number[] = []
    for (const i of column.nonEmpty) {
      if (examples.length === MAX_EXAMPLES) break
      if (art9ValueEvidence([column.values[i]]).some((e) => e.category === category && dictionaries.includes(e.dictionary))) examples.push(i)
    }
    verdicts.push({
      category,
      confidence: confidenceOf(CONFIDENCE.dictionary[support], share),
      matchShare: share,
      evidence: withNameTag(column, category, dictionaries.map((d) => `dictionary:${d}`)),
      exampleIndexes: examples,
    })
  }
  return verdicts
}

/** e-mails, phones, IBANs and health terms inside free-text values, with the share of rows that contain them */
function freeTextVerdicts(column: Column): ColumnPiiVerdict[] {
  const rowsWith = new Map<PiiCategory, number[]>()
  for (const i of column.nonEmpty) {
    for (const category of embeddedCategories(column.values[i])) {
      const rows = rowsWith.get(category)
      if (rows === undefined) rowsWith.set(category, [i])
      else rows.push(i)
    }
  }
  const verdicts: ColumnPiiVerdict[] = []
  for (const {category, evidence} of EMBEDDED_CATEGORIES) {
    const rows = rowsWith.get(category) ?? []
    if (rows.length < FREE_TEXT.minRows) continue
    const share = rows.length / column.nonEmpty.length
    const rule = evidence.startsWith('checksum:') ? FREE_TEXT.confidence.checksum : FREE_TEXT.confidence.pattern
    verdicts.push({
      category,
      confidence: confidenceOf(rule, share),
      matchShare: share,
      evidence: withNameTag(column, category, ['free-text', evidence]),
      exampleIndexes: rows.slice(0, MAX_EXAMPLES),
    })
  }
  return verdicts
}

/** "a name alone never outweighs values that contradict it" */
function contradicted(column: Column, category: PiiCategory, shares: ReadonlyMap<PiiCategory, number>): boolean {
  if (column.nonEmpty.length < CONTRADICTION.minValues) return false
  const share = shares.get(category)
  if (share !== undefined && share < CONTRADICTION.maxShare) return true
  if (!TEXT_CATEGORIES.has(category)) return false
  const numbers = column.nonEmpty.filter((i) => PLAIN_NUMBER.test(column.values[i].trim())).length
  return numbers / column.nonEmpty.length >= NUMERIC_COLUMN_SHARE
}

/**
 * The personal-data categories of one column from its header and sampled values, most confident first.
 * Empty when neither the name nor the values point at personal data.
 */
export function detectColumnPii(header: string, values: readonly string[]): ColumnPiiVerdict[] {
  const names = new Map(
    (isAggregateHeader(header) ? [] : columnNameEvidence(header))
      .filter((e) => !(REFERENCE_CATEGORIES.has(e.category) && isReferenceHeader(header)))
      .map((e) => [e.category, {strength: e.strength, tag: `name:${e.strength}:${e.matched}`}] as const),
  )
  const nonEmpty = values.flatMap((v, i) => (v.trim().length > 0 ? [i] : []))
  const distinct = distinctValues(values, nonEmpty)
  const column: Column = {values, nonEmpty, distinct, examined: examinedValues(values, nonEmpty, distinct), names}
  const shares = new Map<PiiCategory, number>()
  const verdicts: ColumnPiiVerdict[] = []
  if (nonEmpty.length > 0) {
    verdicts.push(...wholeValueVerdicts(column, shares), ...art9Verdicts(column))
    if (isFreeTextColumn(nonEmpty.map((i) => values[i]), header)) {
      const found = new Set(verdicts.map((v) => v.category))
      verdicts.push(...freeTextVerdicts(column).filter((v) => !found.has(v.category)))
    }
  }
  const found = new Set(verdicts.map((v) => v.category))
  for (const [category, name] of names) {
    if (found.has(category) || contradicted(column, category, shares)) continue
    const confidence = nonEmpty.length === 0 ? Math.min(NAME_ONLY_CONFIDENCE[name.strength], NAME_ONLY_CONFIDENCE_WITHOUT_VALUES) : NAME_ONLY_CONFIDENCE[name.strength]
    verdicts.push({category, confidence, matchShare: 0, evidence: [name.tag], exampleIndexes: []})
  }
  return verdicts.sort(
    (a, b) => b.confidence - a.confidence || (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0),
  )
}
