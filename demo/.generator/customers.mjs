// The customer master data of the demo company, and the messy CSV export of it that the sales team uses.
import {germanDate, germanIban, germanNumber, isoDate, utcDate} from './formats.mjs'
import {
  COMPANY_WORDS, FICTIONAL_BLZ, FIRST_NAMES, LEGAL_FORMS, PLACEHOLDER_SURNAMES, STREETS, TOWNS, TRADES, telephone,
} from './pools.mjs'

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Customers that appear twice or three times under slightly different spellings (umlauts spelled out,
 * capitals, legal form, "Str." for "Straße", stray spaces). Each entry: the customer, then its variants.
 */
const NEAR_DUPLICATES = [
  [['Müller GmbH', 'Hauptstraße 12'], ['Mueller GmbH', 'Hauptstr. 12'], ['MÜLLER GMBH & CO. KG', 'Hauptstraße 12']],
  [['Schäfer Werkzeugbau GmbH', 'Industriestraße 4'], ['Schaefer Werkzeugbau GmbH', 'Industriestr. 4']],
  [['Bäckereitechnik Groß KG', 'Am Markt 7'], ['Baeckereitechnik Gross KG', 'Am Markt 7']],
  [
    ['Elbtal Metallbau GmbH', 'Werkstraße 21'],
    ['Elbtal Metallbau', 'Werkstr. 21'],
    ['ELBTAL METALLBAU GMBH', 'Werkstraße 21'],
  ],
  [['Köhler & Söhne OHG', 'Mühlenweg 3'], ['Koehler & Soehne OHG', 'Mühlenweg 3']],
  [['Nordlicht Landtechnik e.K.', 'Gartenstraße 15'], ['Nordlicht Landtechnik e. K.', 'Gartenstr. 15']],
  [['Weißer Anlagenbau AG', 'Gewerbering 9'], ['Weisser Anlagenbau AG', 'Gewerbering 9']],
  [['Sonnenhof Agrar GmbH & Co. KG', 'Lindenweg 2'], ['Sonnenhof Agrar GmbH & Co KG', 'Lindenweg 2']],
  [['Fischer Hydraulik GmbH', 'Zum Hafen 1'], [' Fischer  Hydraulik GmbH', 'Zum Hafen 1']],
  [['Zahnradwerk Görlitz UG (haftungsbeschränkt)', 'Bahnhofstraße 30'], ['Zahnradwerk Goerlitz UG', 'Bahnhofstr. 30']],
  [['Lindner Blechtechnik GmbH', 'Schulstraße 5'], ['Lindner Blechtechnik GmbH', 'Schulstr. 5']],
]

/** ~280 distinct customers; the first ones are the originals of NEAR_DUPLICATES. */
export function makeCustomers(rand) {
  const customers = []
  const usedNames = new Set(NEAR_DUPLICATES.flat().map(([firma]) => firma))
  let nr = 10001
  const person = () => `${rand.pick(FIRST_NAMES)} ${rand.pick(PLACEHOLDER_SURNAMES)}`
  const base = (firma, strasse) => {
    const [plz, ort] = rand.pick(TOWNS)
    const contact = person()
    const [first, last] = contact.split(' ')
    return {
      nr: String(nr++),
      firma,
      ansprechpartner: contact,
      strasse,
      plz,
      ort,
      land: 'Deutschland',
      telefon: telephone(rand),
      email: rand.chance(0.5)
        ? `${slug(first)}.${slug(last)}@example.de`
        : `info.${slug(firma).slice(0, 24)}@example.com`,
      iban: germanIban(rand.pick(FICTIONAL_BLZ), rand.int(100000, 9999999999)),
      kundeSeit: rand.date(utcDate(2005, 1, 1), utcDate(2024, 11, 30)),
      letzteBestellung: rand.date(utcDate(2022, 1, 1), utcDate(2025, 1, 31)),
      umsatz: Math.round(Math.exp(rand.next() * 6 + 6.5) * 100) / 100,
      zahlungsziel: rand.pick([14, 30, 30, 30, 60]),
      newsletter: rand.chance(0.35),
      branche: rand.pick(['Maschinenbau', 'Landwirtschaft', 'Handel', 'Handwerk', 'Lebensmittel', 'Logistik']),
    }
  }
  for (const group of NEAR_DUPLICATES) customers.push(base(...group[0]))
  while (customers.length < 280) {
    const firma = rand.chance(0.7)
      ? `${rand.pick(COMPANY_WORDS)} ${rand.pick(TRADES)} ${rand.pick(LEGAL_FORMS)}`
      : `${rand.pick(TRADES)} ${rand.pick(PLACEHOLDER_SURNAMES)} ${rand.pick(LEGAL_FORMS)}`
    if (usedNames.has(firma)) continue
    usedNames.add(firma)
    customers.push(base(firma, `${rand.pick(STREETS)} ${rand.int(1, 120)}`))
  }
  // a few Austrian customers: 4-digit postcodes, another country
  for (const c of customers.slice(200, 204)) Object.assign(c, {plz: '1010', ort: 'Wien', land: 'Österreich'})
  return customers
}

export const EXPORT_HEADER = [
  'Kundennummer', 'Firma', 'Ansprechpartner', 'Straße', 'PLZ', 'Ort', 'Land', 'Telefon', 'E-Mail', 'IBAN',
  'Kunde seit', 'Letzte Bestellung', 'Umsatz 2024', 'Zahlungsziel (Tage)', 'Newsletter', 'Mandant', 'Fax',
  'Bemerkung',
]

const REMARKS = [
  'Rückruf erbeten; nur vormittags', 'Mindermengenzuschlag 25 €', 'Rahmenvertrag bis 12/2025',
  'Lieferung nur Mo–Do', 'Ansprechpartner gewechselt', 'Skonto 2 % bei Zahlung in 10 Tagen', 'k.A.', '-',
]

function exportRow(rand, c, firma = c.firma, strasse = c.strasse) {
  const placeholder = () => rand.pick(['k.A.', '-', 'n/a', 'unbekannt'])
  return [
    c.nr,
    firma,
    rand.chance(0.03) ? 'unbekannt' : c.ansprechpartner,
    strasse,
    c.plz,
    c.ort,
    c.land,
    rand.chance(0.06) ? placeholder() : rand.chance(0.05) ? '' : c.telefon,
    rand.chance(0.05) ? placeholder() : rand.chance(0.04) ? '' : c.email,
    rand.chance(0.1) ? '' : c.iban,
    // most dates as dd.mm.yyyy, a fifth as yyyy-mm-dd: two import paths wrote this column
    rand.chance(0.2) ? isoDate(c.kundeSeit) : germanDate(c.kundeSeit),
    rand.chance(0.08) ? '' : rand.chance(0.03) ? 'k.A.' : germanDate(c.letzteBestellung),
    rand.chance(0.04) ? '-' : rand.chance(0.03) ? '' : germanNumber(c.umsatz),
    String(c.zahlungsziel),
    c.newsletter ? 'ja' : 'nein',
    '001',
    '',
    rand.chance(0.12) ? rand.pick(REMARKS) : '',
  ]
}

/**
 * Rows of Vertrieb/Kunden_Export.csv: every customer, the near-duplicate variants under their own
 * numbers, two numbers given to a second customer by mistake, and six rows exported twice.
 */
export function exportRows(rand, customers) {
  const rows = customers.map((c) => exportRow(rand, c))
  let nr = 19001
  NEAR_DUPLICATES.forEach((group, g) => {
    for (const [firma, strasse] of group.slice(1)) {
      rows.push(exportRow(rand, {...customers[g], nr: String(nr++)}, firma, strasse))
    }
  })
  // two customer numbers that belong to two different customers each
  rows.push(exportRow(rand, {...customers[120], nr: customers[40].nr}))
  rows.push(exportRow(rand, {...customers[150], nr: customers[90].nr}))
  const shuffled = rand.shuffle(rows)
  // six different rows exported twice, each copy placed somewhere after its original
  const originals = [17, 58, 101, 144, 203, 251].map((i) => shuffled[i])
  for (const original of originals) {
    const at = rand.int(shuffled.indexOf(original) + 1, shuffled.length)
    shuffled.splice(at, 0, [...original])
  }
  return shuffled
}

export function csvLine(fields, delimiter) {
  return fields
    .map((f) => (f.includes(delimiter) || f.includes('"') || f.includes('\n') ? `"${f.replace(/"/g, '""')}"` : f))
    .join(delimiter)
}
