/**
 * Words that tell a value is not a person's name, folded as by foldName (umlauts expanded, lower case,
 * dots removed): legal forms and company words ("Müller GmbH", "Bäckerei Schmidt", "Autohaus Weber"),
 * place and street words ("Bad Homburg", "Frankfurt am Main", "Sankt Augustin") and the placeholders
 * of customer tables ("Barverkauf", "Diverse"). One of them anywhere in a value, or as a part of a
 * hyphenated word ("Elektro-Meier"), rules the value out.
 */

/** legal forms, German and foreign, as they read with dots and spaces removed ("e.K." → "ek") */
export const LEGAL_FORMS = [
  'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ek', 'ekfm', 'ekfr', 'ug', 'gbr', 'ev', 'eg', 'se', 'kgaa', 'partg', 'partgmbb',
  'co', 'cokg', 'gmbhco', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'plc', 'corp', 'corporation',
  'company', 'sa', 'sarl', 'sas', 'srl', 'spa', 'bv', 'nv', 'oy', 'aps', 'kft', 'sro', 'gesmbh', 'ges',
] as const

/** words naming a business, a trade or an institution rather than a person */
export const COMPANY_WORDS = [
  'gesellschaft', 'holding', 'gruppe', 'group', 'konzern', 'handel', 'handels', 'service', 'services', 'dienst',
  'dienste', 'dienstleistung', 'dienstleistungen', 'baeckerei', 'autohaus', 'stadtwerke', 'werke', 'werk', 'bau',
  'bauunternehmen', 'bauunternehmung', 'consulting', 'beratung', 'logistik', 'transport', 'transporte',
  'spedition', 'versicherung', 'versicherungen', 'bank', 'sparkasse', 'volksbank', 'raiffeisenbank', 'verlag',
  'vertrieb', 'technik', 'technologie', 'technologies', 'systeme', 'systems', 'solutions', 'software', 'elektro',
  'elektrotechnik', 'sanitaer', 'heizung', 'metall', 'metallbau', 'maschinenbau', 'immobilien', 'hausverwaltung',
  'apotheke', 'praxis', 'kanzlei', 'hotel', 'gasthof', 'gasthaus', 'restaurant', 'pizzeria', 'cafe', 'bistro',
  'imbiss', 'metzgerei', 'fleischerei', 'konditorei', 'friseur', 'salon', 'werkstatt', 'druckerei', 'schreinerei',
  'tischlerei', 'zimmerei', 'dachdeckerei', 'malerbetrieb', 'gartenbau', 'landschaftsbau', 'reinigung',
  'gebaeudereinigung', 'pflegedienst', 'klinik', 'klinikum', 'krankenhaus', 'schule', 'kita', 'kindergarten',
  'verein', 'stiftung', 'stadt', 'gemeinde', 'landkreis', 'amt', 'behoerde', 'ministerium', 'universitaet',
  'hochschule', 'institut', 'zentrum', 'center', 'centre', 'markt', 'supermarkt', 'shop', 'store', 'studio',
  'agentur', 'partner', 'partners', 'partnerschaft', 'international', 'deutschland', 'germany', 'europe',
  'europa', 'industries', 'industrie', 'trading', 'import', 'export', 'foods', 'food', 'energie', 'energy',
  'solar', 'pharma', 'medizin', 'medical', 'optik', 'akustik', 'mode', 'moebel', 'getraenke', 'brauerei',
  'weingut', 'gebrueder', 'gebr', 'soehne', 'erben', 'nachf', 'nachfolger', 'inh', 'inhaber', 'manufaktur',
  'fabrik', 'betrieb', 'betriebe', 'unternehmen', 'unternehmensgruppe', 'genossenschaft', 'verband', 'club',
  'klub', 'team', 'firma', 'filiale', 'niederlassung', 'versand', 'versandhandel',
] as const

/** compound endings of company names (and streets) written as one word ("Holzhandel", "Müllerstraße") */
export const COMPANY_SUFFIXES = [
  'handel', 'handlung', 'service', 'technik', 'logistik', 'systeme', 'werke', 'gesellschaft', 'vertrieb',
  'verwaltung', 'versand', 'bedarf', 'zentrale', 'zentrum', 'center', 'markt', 'reinigung', 'beratung', 'verlag',
  'apotheke', 'praxis', 'moebel', 'gmbh',
  // street names written as one word ("Müllerstraße", "Schillerplatz") are not surnames
  'strasse', 'allee', 'gasse', 'platz', 'chaussee',
] as const

/** place, street and direction words, prepositions, and the placeholders of customer and staff tables */
export const PLACE_AND_FILLER_WORDS = [
  'strasse', 'str', 'weg', 'allee', 'platz', 'gasse', 'damm', 'ufer', 'chaussee', 'sankt', 'st', 'bad', 'nord',
  'sued', 'ost', 'west', 'ober', 'unter', 'nieder', 'am', 'im', 'an', 'auf', 'bei', 'zur', 'zum', 'und', 'oder',
  'mit', 'fuer', 'ohne', 'des', 'das', 'die', 'ein', 'eine', 'kunde', 'kunden', 'lieferant', 'kasse', 'lager',
  'abteilung', 'einkauf', 'verkauf', 'buchhaltung', 'test', 'muster', 'intern', 'extern', 'diverse', 'diverses',
  'sonstige', 'sonstiges', 'unbekannt', 'barverkauf', 'privat', 'privatkunde', 'neukunde', 'admin',
  'januar', 'februar', 'maerz', 'juni', 'juli', 'september', 'oktober', 'november', 'dezember', 'montag',
  'dienstag', 'mittwoch', 'donnerstag', 'samstag', 'the', 'of', 'and',
] as const
