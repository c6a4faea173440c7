/**
 * The personal-data category codes of the report contract (DESIGN.md, "Personal-data category codes"),
 * listed once. A column's `pii` verdicts use exactly these codes; anything else is a contract change.
 */
export const PII_CATEGORIES = [
  'email',
  'phone',
  'iban',
  'credit_card',
  'person_name',
  'street_address',
  'postal_code',
  'birth_date',
  'ip_address',
  'tax_id_de',
  'tax_number_de',
  'vat_id',
  'social_security_de',
  'health_insurance_de',
  'id_card_de',
  'passport_de',
  'drivers_license_de',
  'vehicle_plate_de',
  'art9_health',
  'art9_religion',
  'art9_union',
  'art9_ethnicity',
  'art9_political',
  'art9_sexual_orientation',
  'art9_biometric',
  'art9_genetic',
  'art10_criminal',
] as const

export type PiiCategory = (typeof PII_CATEGORIES)[number]

/** Art. 9 special categories and Art. 10 criminal data: the ones that call for the data-protection officer */
export function isSpecialCategory(category: PiiCategory): boolean {
  return category.startsWith('art9_') || category === 'art10_criminal'
}

/**
 * Verdicts from this confidence on count as personal data: in the DSGVO view, in the findings and in how a
 * column's shown values are masked. Values that matched, or a strong column name alone (0.6), reach it; a
 * weak name alone (0.3: "Name" in an article table) stays a hint in the column.
 */
export const PERSONAL_DATA_MIN_CONFIDENCE = 0.5
