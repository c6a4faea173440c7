/**
 * German wording of the personal-data (DSGVO) view: category names, the terminal section, the actions
 * that follow, the Art. 30 export's headings and the two personal-data findings. de.ts spreads these in.
 */
import {joinList} from './format.js'
import type {FindingWording, Words} from './wording.js'

export const PRIVACY_FINDING_CODES = ['PERSONAL_DATA', 'SPECIAL_CATEGORY_DATA'] as const
export type PrivacyFindingCode = (typeof PRIVACY_FINDING_CODES)[number]

export const dePrivacyLabels = {
  'pii.email': 'E-Mail-Adresse',
  'pii.phone': 'Telefonnummer',
  'pii.iban': 'IBAN',
  'pii.credit_card': 'Kreditkartennummer',
  'pii.person_name': 'Personenname',
  'pii.street_address': 'Straße und Hausnummer',
  'pii.postal_code': 'Postleitzahl',
  'pii.birth_date': 'Geburtsdatum',
  'pii.ip_address': 'IP-Adresse',
  'pii.tax_id_de': 'Steuer-ID',
  'pii.tax_number_de': 'Steuernummer',
  'pii.vat_id': 'USt-IdNr.',
  'pii.social_security_de': 'Rentenversicherungsnummer',
  'pii.health_insurance_de': 'Krankenversichertennummer',
  'pii.id_card_de': 'Personalausweisnummer',
  'pii.passport_de': 'Reisepassnummer',
  'pii.drivers_license_de': 'Führerscheinnummer',
  'pii.vehicle_plate_de': 'Kfz-Kennzeichen',
  'pii.art9_health': 'Gesundheitsdaten (Art. 9)',
  'pii.art9_religion': 'Religion/Konfession (Art. 9)',
  'pii.art9_union': 'Gewerkschaftszugehörigkeit (Art. 9)',
  'pii.art9_ethnicity': 'ethnische Herkunft (Art. 9)',
  'pii.art9_political': 'politische Meinung (Art. 9)',
  'pii.art9_sexual_orientation': 'sexuelle Orientierung (Art. 9)',
  'pii.art9_biometric': 'biometrische Daten (Art. 9)',
  'pii.art9_genetic': 'genetische Daten (Art. 9)',
  'pii.art10_criminal': 'Strafdaten (Art. 10)',
  'privacy.title': 'Personenbezogene Daten (DSGVO)',
  'privacy.summary':
    '{tables} von {scanned} {scanned|Tabelle|Tabellen} mit Personenbezug · {columns} {columns|Spalte|Spalten} · {rows} {rows|Zeile|Zeilen} in diesen Tabellen',
  'privacy.special': 'Besondere Kategorien (Art. 9/10) in {tables} {tables|Tabelle|Tabellen}: {categories}',
  'privacy.noSpecial': 'Keine besonderen Kategorien (Art. 9/10) gefunden.',
  'privacy.category': '{category}: {columns} {columns|Spalte|Spalten} in {tables} {tables|Tabelle|Tabellen}, {rows} {rows|Zeile|Zeilen}',
  'privacy.tables': 'Tabellen:',
  'privacy.tableLine': '{table}: {categories}',
  'privacy.nextSteps': 'Was daraus folgt:',
  'privacy.moreTables': '… und {count} {count|weitere Tabelle|weitere Tabellen}',
  'privacy.column': 'Personenbezug: {categories}',
  'privacy.examplesOff': 'Beispielwerte abgeschaltet (--no-examples).',
  'action.INVOLVE_DPO':
    'Datenschutzbeauftragte früh einbeziehen: {tables} {tables|Tabelle enthält|Tabellen enthalten} besondere Kategorien ({columns} {columns|Spalte|Spalten}). Diese Spalten vor jeder KI-Nutzung entfernen oder nur mit dokumentierter Rechtsgrundlage verwenden.',
  'action.PSEUDONYMISE':
    'Vor jeder KI-Nutzung pseudonymisieren oder weglassen: {columns} {columns|Spalte|Spalten} mit direkt identifizierenden Daten in {tables} {tables|Tabelle|Tabellen} (Namen, Kontakt-, Konto- und Ausweisdaten).',
  'action.GENERALISE':
    'Vergröbern: {columns} {columns|Spalte|Spalten} mit Postleitzahl oder Geburtsdatum in {tables} {tables|Tabelle|Tabellen} (PLZ auf die ersten zwei Stellen, Geburtsdatum auf das Jahr).',
  'action.REVIEW_BUSINESS_IDS':
    'Prüfen: {columns} {columns|Spalte|Spalten} mit USt-IdNr. in {tables} {tables|Tabelle|Tabellen}; bei Einzelunternehmern ist sie personenbezogen.',
  'action.USABLE_COLUMNS':
    'Ohne Personenbezug nutzbar: {columns} {columns|Spalte|Spalten} in den {tables} {tables|Tabelle|Tabellen} mit Personenbezug (Beträge, Mengen, Daten, Artikel), dazu alle Tabellen ohne Personenbezug.',
  'action.NONE_FOUND':
    'In der Stichprobe keine personenbezogenen Daten gefunden. Freitextspalten und nicht gescannte Quellen trotzdem mit der/dem Datenschutzbeauftragten durchgehen.',
  'art30.system': 'System',
  'art30.location': 'Quelle',
  'art30.table': 'Tabelle',
  'art30.rows': 'Anzahl Datensätze',
  'art30.categories': 'Kategorien personenbezogener Daten',
  'art30.special': 'Besondere Kategorien (Art. 9/10 DSGVO)',
  'art30.columns': 'Spalten mit Personenbezug',
  'art30.handling': 'Empfohlene Maßnahme vor KI-Nutzung',
  'art30.written': 'Entwurf Verarbeitungsverzeichnis (Art. 30) geschrieben: {path}',
  'handling.remove': 'entfernen / DSB entscheidet',
  'handling.pseudonymise': 'pseudonymisieren',
  'handling.generalise': 'vergröbern',
  'handling.review': 'prüfen',
  'scores.title': 'KI-Bereitschaft',
  'scores.value': '{score} von 100 ({band})',
  'scores.unmeasured': 'nicht messbar',
  'scores.criteria': '{measured} von {total} Kriterien gemessen',
  'scores.useCases': 'Anwendungsfälle: {list}',
  'scores.actions': 'Zuerst angehen:',
  'hurdle.datenbasis': 'Datenbasis',
  'hurdle.infrastruktur': 'Infrastruktur',
  'hurdle.datenschutz': 'Datenschutz',
  'band.kritisch': 'kritisch',
  'band.ausbaufähig': 'ausbaufähig',
  'band.solide': 'solide',
  'band.bereit': 'bereit',
  'useCase.bereit': 'bereit',
  'useCase.teilweise': 'teilweise',
  'useCase.notYet': 'noch nicht',
} as const satisfies Record<string, string>

/** " (E-Mail-Adresse, Telefonnummer) in 2 Spalten: „E-Mail“, „Telefon“", leaving out what the draft lacks */
export function found(w: Words, labels: Readonly<Record<string, string>>, one: string, other: string, inWord = 'in'): string {
  const categories = w.strs('categories').map((c) => labels[`pii.${c}`] ?? c)
  const columns = w.strs('columns')
  const what = categories.length > 0 ? ` (${joinList(categories, w.lang)})` : ''
  const where = columns.length > 0 ? ` ${inWord} ${w.many(columns.length, one, other)}: ${w.names(columns)}` : ''
  return what + where
}

export const dePrivacyFindings: Record<PrivacyFindingCode, FindingWording> = {
  PERSONAL_DATA: (w) => {
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Die Tabelle'} enthält personenbezogene Daten${found(w, dePrivacyLabels, 'Spalte', 'Spalten')}. Vor einer KI-Nutzung pseudonymisieren oder weglassen; die Tabelle ins Verarbeitungsverzeichnis aufnehmen.`
  },
  SPECIAL_CATEGORY_DATA: (w) => {
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Die Tabelle'} enthält besondere Kategorien personenbezogener Daten${found(w, dePrivacyLabels, 'Spalte', 'Spalten')}. Die/den Datenschutzbeauftragte(n) einbeziehen; diese Spalten vor jeder KI-Nutzung entfernen.`
  },
}
