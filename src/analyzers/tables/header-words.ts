/**
 * Column headers as comparable words, for choosing the columns the table analyzers look at
 * ("Kunden-Nr." → ["kunden", "nr"], "cFirma" → ["c", "firma"], "Straße" → ["strasse"],
 * "Name 1" → ["name", "1"]). Runs once per column per table, not per row.
 */

export interface HeaderWords {
  /** lower-case ASCII words: umlauts folded (ä → ae, ß → ss), split at non-alphanumerics and camelCase */
  words: string[]
  /** the words joined without separator ("kundennr", "name1") */
  compact: string
}

const FOLDS: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS'}

export function headerWords(header: string): HeaderWords {
  const folded = header
    .replace(/[äöüßÄÖÜẞ]/g, (ch) => FOLDS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // camelCase boundary: "KundenNr" → "Kunden Nr", "cFirma" → "c Firma"
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0)
  return {words, compact: words.join('')}
}

/** words that mark an identifier column: numbers, keys, codes */
const ID_WORDS = new Set([
  'id',
  'ident',
  'nr',
  'no',
  'num',
  'nummer',
  'number',
  'key',
  'schluessel',
  'code',
  'kdnr',
  'kundennr',
  'kundennummer',
  'artnr',
  'artikelnr',
  'artikelnummer',
  'belegnr',
  'belegnummer',
  'rechnungsnr',
  'rechnungsnummer',
  'auftragsnr',
  'auftragsnummer',
  'bestellnr',
  'bestellnummer',
  'personalnr',
  'personalnummer',
  'lieferantennr',
  'lieferantennummer',
  'matchcode',
  'sku',
  'ean',
  'gtin',
  'uuid',
  'guid',
])

// ('id' is not a suffix: "valid", "paid"; "KundenID" splits into words anyway)
const ID_SUFFIXES = ['nummer', 'nr', 'number', 'schluessel', 'key', 'code']

/** An identifier-like header: "ID", "Kundennummer", "Kunden-Nr.", "ArtNr", "customer_id", "Belegnr". */
export function isIdLikeHeader(header: string): boolean {
  const {words, compact} = headerWords(header)
  if (ID_WORDS.has(compact)) return true
  for (const word of words) {
    if (ID_WORDS.has(word)) return true
    for (const suffix of ID_SUFFIXES) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true
  }
  return false
}
