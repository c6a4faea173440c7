/** English wording of the personal-data (DSGVO) view: the same keys as de-privacy.ts. */
import {type PrivacyFindingCode, type dePrivacyLabels, found} from './de-privacy.js'
import type {FindingWording} from './wording.js'

export const enPrivacyLabels: Record<keyof typeof dePrivacyLabels, string> = {
  'pii.email': 'e-mail address',
  'pii.phone': 'phone number',
  'pii.iban': 'IBAN',
  'pii.credit_card': 'credit card number',
  'pii.person_name': 'person name',
  'pii.street_address': 'street address',
  'pii.postal_code': 'postal code',
  'pii.birth_date': 'birth date',
  'pii.ip_address': 'IP address',
  'pii.tax_id_de': 'tax ID (Steuer-ID)',
  'pii.tax_number_de': 'tax number (Steuernummer)',
  'pii.vat_id': 'VAT ID',
  'pii.social_security_de': 'pension insurance number',
  'pii.health_insurance_de': 'health insurance number (KVNR)',
  'pii.id_card_de': 'ID card number',
  'pii.passport_de': 'passport number',
  'pii.drivers_license_de': 'driving licence number',
  'pii.vehicle_plate_de': 'vehicle plate',
  'pii.art9_health': 'health data (Art. 9)',
  'pii.art9_religion': 'religion (Art. 9)',
  'pii.art9_union': 'trade-union membership (Art. 9)',
  'pii.art9_ethnicity': 'ethnic origin (Art. 9)',
  'pii.art9_political': 'political opinions (Art. 9)',
  'pii.art9_sexual_orientation': 'sexual orientation (Art. 9)',
  'pii.art9_biometric': 'biometric data (Art. 9)',
  'pii.art9_genetic': 'genetic data (Art. 9)',
  'pii.art10_criminal': 'criminal records (Art. 10)',
  'privacy.title': 'Personal data (GDPR)',
  'privacy.summary':
    '{tables} of {scanned} {scanned|table|tables} hold personal data · {columns} {columns|column|columns} · {rows} {rows|row|rows} in these tables',
  'privacy.special': 'Special categories (Art. 9/10) in {tables} {tables|table|tables}: {categories}',
  'privacy.noSpecial': 'No special categories (Art. 9/10) found.',
  'privacy.category': '{category}: {columns} {columns|column|columns} in {tables} {tables|table|tables}, {rows} {rows|row|rows}',
  'privacy.tables': 'Tables:',
  'privacy.tableLine': '{table}: {categories}',
  'privacy.nextSteps': 'What follows:',
  'privacy.moreTables': '… and {count} more {count|table|tables}',
  'privacy.column': 'Personal data: {categories}',
  'privacy.examplesOff': 'Example values switched off (--no-examples).',
  'action.INVOLVE_DPO':
    'Involve the data-protection officer early: {tables} {tables|table holds|tables hold} special categories ({columns} {columns|column|columns}). Remove these columns before any AI use, or use them only with a documented legal basis.',
  'action.PSEUDONYMISE':
    'Pseudonymise or leave out before any AI use: {columns} {columns|column|columns} with directly identifying data in {tables} {tables|table|tables} (names, contact, account and ID data).',
  'action.GENERALISE':
    'Coarsen: {columns} {columns|column|columns} with postal codes or birth dates in {tables} {tables|table|tables} (postal code to its first two digits, birth date to the year).',
  'action.REVIEW_BUSINESS_IDS':
    'Check: {columns} {columns|column|columns} with VAT IDs in {tables} {tables|table|tables}; for sole traders the VAT ID is personal data.',
  'action.USABLE_COLUMNS':
    'Usable without personal data: {columns} {columns|column|columns} in the {tables} {tables|table|tables} with personal data (amounts, quantities, dates, items), plus every table without personal data.',
  'action.NONE_FOUND':
    'No personal data found in the sample. Still go through free-text columns and sources not scanned with the data-protection officer.',
  'art30.system': 'System',
  'art30.location': 'Source',
  'art30.table': 'Table',
  'art30.rows': 'Records',
  'art30.categories': 'Categories of personal data',
  'art30.special': 'Special categories (Art. 9/10 GDPR)',
  'art30.columns': 'Columns with personal data',
  'art30.handling': 'Recommended before AI use',
  'art30.written': 'Draft record of processing activities (Art. 30) written: {path}',
  'handling.remove': 'remove / DPO decides',
  'handling.pseudonymise': 'pseudonymise',
  'handling.generalise': 'coarsen',
  'handling.review': 'check',
  'scores.title': 'AI readiness',
  'scores.value': '{score} of 100 ({band})',
  'scores.unmeasured': 'not measurable',
  'scores.criteria': '{measured} of {total} criteria measured',
  'scores.useCases': 'Use cases: {list}',
  'scores.actions': 'Do first:',
  'hurdle.datenbasis': 'Data basis',
  'hurdle.infrastruktur': 'Infrastructure',
  'hurdle.datenschutz': 'Data protection',
  'band.kritisch': 'critical',
  'band.ausbaufähig': 'needs work',
  'band.solide': 'solid',
  'band.bereit': 'ready',
  'useCase.bereit': 'ready',
  'useCase.teilweise': 'partly',
  'useCase.notYet': 'not yet',
}


export const enPrivacyFindings: Record<PrivacyFindingCode, FindingWording> = {
  PERSONAL_DATA: (w) => {
    return `${w.tab() ? `Table ${w.tab()}` : 'The table'} holds personal data${found(w, enPrivacyLabels, 'column', 'columns')}. Pseudonymise or leave it out before AI use; add the table to the record of processing activities.`
  },
  SPECIAL_CATEGORY_DATA: (w) => {
    return `${w.tab() ? `Table ${w.tab()}` : 'The table'} holds special categories of personal data${found(w, enPrivacyLabels, 'column', 'columns')}. Involve the data-protection officer; remove these columns before any AI use.`
  },
}
