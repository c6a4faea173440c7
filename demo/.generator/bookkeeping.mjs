// Buchhaltung: a DATEV EXTF Buchungsstapel and a bank statement export.
import {ddmm, germanDate, germanIban, germanNumber, utcDate} from './formats.mjs'
import {FICTIONAL_BLZ} from './pools.mjs'

const numbered = (art, inhalt, n) =>
  Array.from({length: n}, (_, i) => [`${art} ${i + 1}`, `${inhalt} ${i + 1}`]).flat()

/** Column headings of line 2 of a Buchungsstapel in format version 9 (120 columns). */
export const BUCHUNGSSTAPEL_COLUMNS = [
  'Umsatz (ohne Soll/Haben-Kz)', 'Soll/Haben-Kennzeichen', 'WKZ Umsatz', 'Kurs', 'Basisumsatz', 'WKZ Basisumsatz',
  'Konto', 'Gegenkonto (ohne BU-Schlüssel)', 'BU-Schlüssel', 'Belegdatum', 'Belegfeld 1', 'Belegfeld 2', 'Skonto',
  'Buchungstext', 'Postensperre', 'Diverse Adressnummer', 'Geschäftspartnerbank', 'Sachverhalt', 'Zinssperre',
  'Beleglink', ...numbered('Beleginfo – Art', 'Beleginfo – Inhalt', 8), 'KOST1 – Kostenstelle',
  'KOST2 – Kostenstelle', 'Kost Menge', 'EU-Land u. USt-IdNr.', 'EU-Steuersatz', 'Abw. Versteuerungsart',
  'Sachverhalt L+L', 'Funktionsergänzung L+L', 'BU 49 Hauptfunktionstyp', 'BU 49 Hauptfunktionsnummer',
  'BU 49 Funktionsergänzung', ...numbered('Zusatzinformation – Art', 'Zusatzinformation – Inhalt', 20), 'Stück',
  'Gewicht', 'Zahlweise', 'Forderungsart', 'Veranlagungsjahr', 'Zugeordnete Fälligkeit', 'Skontotyp',
  'Auftragsnummer', 'Buchungstyp', 'USt-Schlüssel (Anzahlungen)', 'EU-Mitgliedstaat (Anzahlungen)',
  'Sachverhalt L+L (Anzahlungen)', 'EU-Steuersatz (Anzahlungen)', 'Erlöskonto (Anzahlungen)', 'Herkunft-Kz',
  'Leerfeld', 'KOST-Datum', 'SEPA-Mandatsreferenz', 'Skontosperre', 'Gesellschaftername', 'Beteiligtennummer',
  'Identifikationsnummer', 'Zeichnernummer', 'Postensperre bis', 'Bezeichnung', 'Kennzeichen', 'Festschreibung',
  'Leistungsdatum', 'Datum Zuord.', 'Fälligkeit', 'Generalumkehr', 'Steuersatz', 'Land',
]

/** Which columns are text (q: written in quotes, also when empty) and which are numbers (n), by position. */
const TEXT_COLUMNS = [
  'nqqnnqnnqnqqnqnqnnnqqqqqqqqqqqqqqqqqqqnqnqnnnnnqqqqqqqqqqqqq',
  'qqqqqqqqqqqqqqqqqqqqqqqqqqqnnnqnnnqqnqnnnqqnqnqnqqnqnnnnnqnq',
].join('')

/** Line 1: the EXTF header (31 fields): format 700, category 21 Buchungsstapel, fiscal year 2024. */
const EXTF_HEADER = [
  '"EXTF"', '700', '21', '"Buchungsstapel"', '9', '20250115093000000', '', '"RE"', '"Buchhaltung Muster"', '""',
  '29098', '10001', '20240101', '4', '20240101', '20241231', '"Buchungen 2024"', '"MM"', '1', '', '0', '"EUR"',
  '""', '""', '""', '""', '"03"', '', '', '""', '""',
].join(';')

/** [Konto, Gegenkonto, BU-Schlüssel, Buchungstext, Soll/Haben, amount range] in SKR 03 */
const POSTING_KINDS = [
  ['10001', '8400', '', 'Ausgangsrechnung Ersatzteile', 'S', [120, 18000]],
  ['10017', '8400', '', 'Ausgangsrechnung Wartung', 'S', [300, 6000]],
  ['1200', '10001', '', 'Zahlungseingang Kunde', 'S', [120, 18000]],
  ['3400', '70001', '', 'Wareneingang Normteile', 'S', [80, 4000]],
  ['70003', '1200', '', 'Zahlung Lieferant Hydraulik', 'H', [500, 9000]],
  ['4210', '1200', '', 'Miete Halle 2', 'S', [2400, 2400]],
  ['4920', '1200', '9', 'Telefon und Internet', 'S', [89.9, 189.9]],
  ['4530', '1200', '9', 'Kraftstoff Firmenfahrzeug', 'S', [45, 140]],
  ['4940', '1200', '8', 'Fachliteratur Schweißtechnik', 'S', [19.9, 79]],
]

export function extfBuchungsstapel(rand) {
  const lines = [EXTF_HEADER, BUCHUNGSSTAPEL_COLUMNS.join(';')]
  for (let i = 0; i < 42; i++) {
    const [konto, gegen, bu, text, sh, [lo, hi]] = rand.pick(POSTING_KINDS)
    const date = rand.date(utcDate(2024, 1, 2), utcDate(2024, 12, 30))
    const amount = lo === hi ? lo : Math.round((lo + rand.next() * (hi - lo)) * 100) / 100
    const fields = TEXT_COLUMNS.split('').map((t) => (t === 'q' ? '""' : ''))
    fields[0] = germanNumber(amount, {thousands: false})
    fields[1] = `"${sh}"`
    fields[6] = konto
    fields[7] = gegen
    fields[8] = `"${bu}"`
    fields[9] = ddmm(date)
    fields[10] = `"RE2024-${String(101 + i * 3).padStart(4, '0')}"`
    fields[13] = `"${text}"`
    lines.push(fields.join(';'))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** [name, booking kind, sign, purpose (# becomes a running number, MM the month)] */
const COUNTERPARTS = [
  ['Elbtal Metallbau GmbH', 'Gutschrift', 1, 'RE2024-# Danke für Ihren Auftrag'],
  ['Nordlicht Landtechnik e.K.', 'Gutschrift', 1, 'Rechnung RE2024-#'],
  ['Müller GmbH', 'Gutschrift', 1, 'RE2024-# abzgl. 2 % Skonto'],
  ['Rabenstein Industriebedarf GmbH', 'Lastschrift', -1, 'Rechnung LI-# Kd-Nr. 4711'],
  ['Stadtwerke Musterstadt', 'Lastschrift', -1, 'Abschlag Strom MM/2024'],
  ['Finanzamt Musterstadt', 'Überweisung', -1, 'USt-Voranmeldung MM/2024'],
  ['Talblick Industriebedarf GmbH', 'Überweisung', -1, 'Rechnung LI-#'],
  ['Hausverwaltung Beispiel KG', 'Dauerauftrag', -1, 'Miete Halle 2 MM/2024'],
]

/** Buchhaltung/Umsaetze_2024.txt: an online-banking export, tab-separated, UTF-8 with BOM. */
export function bankStatement(rand) {
  const header = ['Buchungstag', 'Wertstellung', 'Buchungsart', 'Auftraggeber / Empfänger', 'Verwendungszweck',
    'IBAN', 'Betrag (EUR)', 'Saldo (EUR)']
  const ibans = COUNTERPARTS.map(() => germanIban(rand.pick(FICTIONAL_BLZ), rand.int(1e6, 9e9)))
  const dates = Array.from({length: 86}, () => rand.date(utcDate(2024, 1, 2), utcDate(2024, 12, 30)))
    .sort((a, b) => a.getTime() - b.getTime())
  let balance = 48210.35
  const rows = dates.map((d, i) => {
    const k = rand.int(0, COUNTERPARTS.length - 1)
    const [name, kind, sign, template] = COUNTERPARTS[k]
    const amount = sign * Math.round((50 + rand.next() * 9000) * 100) / 100
    balance = Math.round((balance + amount) * 100) / 100
    const value = new Date(d.getTime() + rand.int(0, 2) * 86_400_000)
    const purpose = template
      .replace('#', String(100 + i).padStart(4, '0'))
      .replace('MM', String(d.getUTCMonth() + 1).padStart(2, '0'))
    const money = [germanNumber(amount), germanNumber(balance)]
    return [germanDate(d), germanDate(value), kind, name, purpose, ibans[k], ...money]
  })
  return `\uFEFF${[header, ...rows].map((r) => r.join('\t')).join('\n')}\n`
}
