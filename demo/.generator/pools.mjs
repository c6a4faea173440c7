// Invented building blocks for the fictional "Muster Maschinenbau GmbH". People's names combine common
// first names with surnames that are plainly placeholders; companies are made-up combinations.

export const FIRST_NAMES = [
  'Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Katrin', 'Lukas',
  'Marie', 'Niklas', 'Olga', 'Paul', 'Rita', 'Sven', 'Tanja', 'Uwe', 'Vera', 'Wolfgang', 'Yvonne', 'Zoe',
  'Jürgen', 'Björn', 'Sören', 'Jörg', 'Käthe', 'Günter',
]

export const PLACEHOLDER_SURNAMES = [
  'Mustermann', 'Musterfrau', 'Beispiel', 'Platzhalter', 'Testmann', 'Exempel', 'Fiktiv', 'Vorlage',
  'Probemann', 'Attrappe', 'Modellmann', 'Schablone', 'Musterhaus', 'Blindtext', 'Übungsmann', 'Größenbeispiel',
]

export const COMPANY_WORDS = [
  'Elbtal', 'Nordlicht', 'Sonnenhof', 'Lindengrund', 'Mühlbach', 'Talblick', 'Eichenwald', 'Rabenstein',
  'Wiesengrund', 'Brückenfeld', 'Hochwald', 'Seeblick', 'Bergkamm', 'Auenland', 'Kieselbach', 'Tannenhain',
  'Morgenrot', 'Steinbruch', 'Weidental', 'Falkenhorst', 'Quellgrund', 'Buchenhain', 'Ostwind', 'Heideland',
]

export const TRADES = [
  'Metallbau', 'Landtechnik', 'Werkzeugbau', 'Anlagenbau', 'Hydraulik', 'Blechtechnik', 'Fördertechnik',
  'Antriebstechnik', 'Stahlhandel', 'Elektrotechnik', 'Kunststofftechnik', 'Gießerei', 'Dreherei',
  'Schweißtechnik', 'Maschinenhandel', 'Industrieservice', 'Pumpenbau', 'Zerspanung',
]

export const LEGAL_FORMS = [
  'GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'KG', 'AG', 'e.K.', 'OHG', 'UG (haftungsbeschränkt)',
]

/** Real towns with one of their real postcodes; several eastern ones start with 0. */
export const TOWNS = [
  ['01067', 'Dresden'], ['01069', 'Dresden'], ['04109', 'Leipzig'], ['09111', 'Chemnitz'], ['02826', 'Görlitz'],
  ['02625', 'Bautzen'], ['07743', 'Jena'], ['07545', 'Gera'], ['03046', 'Cottbus'], ['06108', 'Halle (Saale)'],
  ['08056', 'Zwickau'], ['10115', 'Berlin'], ['20095', 'Hamburg'], ['30159', 'Hannover'], ['39104', 'Magdeburg'],
  ['50667', 'Köln'], ['60311', 'Frankfurt am Main'], ['70173', 'Stuttgart'], ['80331', 'München'],
  ['90402', 'Nürnberg'], ['99084', 'Erfurt'], ['28195', 'Bremen'], ['44135', 'Dortmund'], ['68159', 'Mannheim'],
]

export const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Gewerbering', 'Am Markt', 'Schulstraße', 'Lindenweg',
  'Mühlenweg', 'Gartenstraße', 'Kirchplatz', 'Werkstraße', 'Zum Hafen', 'Weißdornweg', 'Äußere Dorfstraße',
]

/** Numbers the Bundesnetzagentur keeps free for films and books ("drama numbers"): prefix + 000..999. */
export const DRAMA_PREFIXES = [
  ['030', '23125'], ['069', '90009'], ['040', '66969'], ['0221', '4710'], ['089', '99998'],
]

/** Bank codes starting with 9 belong to no German clearing area (those are 1 to 8), so no real bank. */
export const FICTIONAL_BLZ = ['90010000', '90020050', '90050500', '90070070']

export const PRODUCT_GROUPS = {
  Hydraulik: ['Hydraulikzylinder', 'Hydraulikschlauch', 'Druckventil', 'Hydraulikpumpe', 'Dichtungssatz'],
  Antrieb: ['Getriebemotor', 'Zahnriemen', 'Kettenrad', 'Kupplung', 'Wellenlager'],
  Normteile: ['Sechskantschraube M8x40, verzinkt', 'Mutter M10', 'Unterlegscheibe 12 mm', 'Gewindestange M12',
    'Passfeder 8x7x40'],
  Elektrik: ['Näherungsschalter', 'Schütz 24 V', 'Kabel 3x1,5 mm²', 'Not-Aus-Taster', 'Frequenzumrichter'],
  Blech: ['Stahlblech 2 mm', 'Edelstahlblech 1,5 mm', 'Lochblech', 'Winkelprofil 40x40', 'Flachstahl 30x5'],
  Verschleiß: ['Messerleiste', 'Förderband-Gurt', 'Gleitleiste', 'Bürstenwalze', 'Filtereinsatz'],
}

export function telephone(rand) {
  const [area, block] = rand.pick(DRAMA_PREFIXES)
  const ext = String(rand.int(0, 999)).padStart(3, '0')
  switch (rand.int(0, 4)) {
    case 0:
      return `${area} ${block} ${ext}`
    case 1:
      return `(${area}) ${block}-${ext}`
    case 2:
      return `+49 ${area.slice(1)} ${block}${ext}`
    case 3:
      return `${area}/${block}${ext}`
    default:
      return `${area}-${block}${ext}`
  }
}
