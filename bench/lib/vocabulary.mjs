// Word lists for the fictional customer export. Names are common German given names and surnames
// (plus invented compounds), combined at random: no row describes a real person or company.
// Umlauts and ß are deliberately frequent, because transliteration (Müller/Mueller) is what the
// near-duplicate detection has to see through.

export const FIRST_NAMES_MALE = [
  'Jürgen', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Peter', 'Klaus', 'Wolfgang', 'Frank', 'Uwe',
  'Jörg', 'Björn', 'Sören', 'Günter', 'Günther', 'Hans-Jürgen', 'Karl-Heinz', 'Dieter', 'Horst', 'Bernd',
  'Matthias', 'Markus', 'Christian', 'Tobias', 'Florian', 'Sebastian', 'Jan', 'Lukas', 'Jonas', 'Felix',
  'Maximilian', 'Paul', 'Leon', 'Finn', 'Niklas', 'Tim', 'Dirk', 'Rüdiger', 'Lothar', 'Helmut',
  'Ralf', 'Holger', 'Torsten', 'Sven', 'Kai', 'Till', 'Jens', 'Volker', 'Gerd', 'Hartmut',
  'Mehmet', 'Ali', 'Piotr', 'Luca', 'Mathias', 'Ömer', 'Emil', 'Anton', 'Moritz', 'Timo',
]

export const FIRST_NAMES_FEMALE = [
  'Sabine', 'Petra', 'Monika', 'Ursula', 'Andrea', 'Claudia', 'Susanne', 'Birgit', 'Karin', 'Renate',
  'Bärbel', 'Käthe', 'Dörte', 'Jördis', 'Hannelore', 'Gisela', 'Ingrid', 'Helga', 'Brigitte', 'Elke',
  'Anna', 'Julia', 'Laura', 'Lea', 'Sophie', 'Marie', 'Lena', 'Hannah', 'Emma', 'Mia',
  'Katharina', 'Stefanie', 'Nicole', 'Sandra', 'Melanie', 'Daniela', 'Tanja', 'Anja', 'Silke', 'Heike',
  'Kerstin', 'Martina', 'Christiane', 'Gabriele', 'Angelika', 'Jutta', 'Doris', 'Ute', 'Marlies', 'Lieselotte',
  'Ayşe', 'Fatma', 'Agnieszka', 'Zoë', 'Chloé', 'Maike', 'Frauke', 'Wiebke', 'Inés', 'Jülide',
]

export const SURNAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
  'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
  'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert',
  'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz',
  'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Martin',
  'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel', 'Heinrich',
  'Brandt', 'Haas', 'Schreiber', 'Graf', 'Schulte', 'Dietrich', 'Ziegler', 'Kuhn', 'Kühn', 'Pohl',
  'Engel', 'Horn', 'Busch', 'Bergmann', 'Thomas', 'Voigt', 'Sauer', 'Arnold', 'Wolff', 'Pfeiffer',
  'Jürgens', 'Lübke', 'Hübner', 'Gärtner', 'Förster', 'Müller-Lüdenscheidt', 'Nußbaum', 'Strauß', 'Fröhlich', 'Dörfler',
  'Yılmaz', 'Kaya', 'Nowak', 'Kowalski', 'Öztürk', 'Rossi', 'Papadopoulos', 'Nguyen', 'Schößler', 'Götz',
]

// Invented compound surnames: prefix + suffix, so that Nachname has thousands of distinct values.
export const SURNAME_PREFIXES = [
  'Brand', 'Klein', 'Groß', 'Hof', 'Stein', 'Wald', 'Berg', 'Lind', 'Rosen', 'Mühl',
  'Schön', 'Kirch', 'Feld', 'Sonn', 'Eich', 'Dörr', 'Kött', 'Bräu', 'Häus', 'Wiesen',
  'Hohl', 'Fried', 'Lütt', 'Brück', 'Steg', 'Kamp', 'Rühr', 'Tann', 'Söll', 'Grün',
]
export const SURNAME_SUFFIXES = [
  'mann', 'er', 'hofer', 'berger', 'meier', 'bauer', 'müller', 'schmidt', 'städter', 'felder',
  'wald', 'hausen', 'brück', 'thaler', 'häuser', 'ke', 'ing', 'inger', 'mayr', 'huber',
  'ner', 'ler', 'maier', 'bach', 'born', 'kötter', 'beck', 'dorf', 'höfer', 'stätter',
]

// Street names as [stem, kind]: kind 'compound' → "Hauptstraße", 'separate' → "Berliner Straße",
// 'other' → the name is complete ("Am Markt", "Lindenweg").
export const STREETS = [
  ['Haupt', 'compound'], ['Bahnhof', 'compound'], ['Schul', 'compound'], ['Garten', 'compound'],
  ['Dorf', 'compound'], ['Kirch', 'compound'], ['Berg', 'compound'], ['Wald', 'compound'],
  ['Ring', 'compound'], ['Mühlen', 'compound'], ['Linden', 'compound'], ['Goethe', 'compound'],
  ['Schiller', 'compound'], ['Friedhof', 'compound'], ['Industrie', 'compound'], ['Feld', 'compound'],
  ['Post', 'compound'], ['Wiesen', 'compound'], ['Sonnen', 'compound'], ['Rosen', 'compound'],
  ['Brunnen', 'compound'], ['Blumen', 'compound'], ['Kant', 'compound'], ['Schloss', 'compound'],
  ['Poststraße ', 'other'], ['Talstraße ', 'other'], ['Südstraße ', 'other'], ['Mörikestraße ', 'other'],
  ['Berliner', 'separate'], ['Hamburger', 'separate'], ['Münchner', 'separate'], ['Kölner', 'separate'],
  ['Frankfurter', 'separate'], ['Leipziger', 'separate'], ['Dresdner', 'separate'], ['Lübecker', 'separate'],
  ['Alte', 'separate'], ['Neue', 'separate'], ['Lange', 'separate'], ['Breite', 'separate'],
  ['Am Markt ', 'other'], ['Lindenweg ', 'other'], ['Birkenweg ', 'other'], ['Ahornweg ', 'other'],
  ['Buchenweg ', 'other'], ['Am Bahnhof ', 'other'], ['Im Winkel ', 'other'], ['An der Kirche ', 'other'],
  ['Marktplatz ', 'other'], ['Kastanienallee ', 'other'], ['Mühlgasse ', 'other'], ['Heideweg ', 'other'],
  ['Am Sportplatz ', 'other'], ['Zur Mühle ', 'other'], ['Auf dem Kamp ', 'other'], ['Grüner Weg ', 'other'],
  ['Fichtenstraße ', 'other'], ['Ulmenallee ', 'other'], ['Eichendorffring ', 'other'], ['Hölderlinweg ', 'other'],
]

// German cities, largest first (the generator favours the start of the list), with a real
// postcode range each; the Saxon ones start with 0, so PLZ keeps leading zeros.
/** @type {ReadonlyArray<readonly [string, number, number]>} */
export const CITIES_DE = [
  ['Berlin', 10115, 14199], ['Hamburg', 20095, 22769], ['München', 80331, 81929], ['Köln', 50667, 51149],
  ['Frankfurt am Main', 60306, 60599], ['Stuttgart', 70173, 70629], ['Düsseldorf', 40210, 40629],
  ['Leipzig', 4103, 4357], ['Dortmund', 44135, 44388], ['Essen', 45127, 45359], ['Bremen', 28195, 28779],
  ['Dresden', 1067, 1328], ['Hannover', 30159, 30669], ['Nürnberg', 90402, 90491], ['Duisburg', 47051, 47279],
  ['Bochum', 44787, 44894], ['Wuppertal', 42103, 42399], ['Bielefeld', 33602, 33739], ['Bonn', 53111, 53229],
  ['Münster', 48143, 48167], ['Mannheim', 68159, 68309], ['Karlsruhe', 76131, 76229], ['Augsburg', 86150, 86199],
  ['Wiesbaden', 65183, 65207], ['Mönchengladbach', 41061, 41239], ['Gelsenkirchen', 45879, 45899],
  ['Aachen', 52062, 52080], ['Braunschweig', 38100, 38126], ['Chemnitz', 9111, 9247], ['Kiel', 24103, 24159],
  ['Halle (Saale)', 6108, 6132], ['Magdeburg', 39104, 39130], ['Freiburg im Breisgau', 79098, 79117],
  ['Krefeld', 47798, 47839], ['Mainz', 55116, 55131], ['Lübeck', 23552, 23570], ['Erfurt', 99084, 99099],
  ['Oberhausen', 46045, 46149], ['Rostock', 18055, 18147], ['Kassel', 34117, 34134], ['Hagen', 58089, 58139],
  ['Potsdam', 14467, 14482], ['Saarbrücken', 66111, 66133], ['Hamm', 59063, 59077],
  ['Ludwigshafen am Rhein', 67059, 67071], ['Oldenburg', 26121, 26135], ['Osnabrück', 49074, 49090],
  ['Leverkusen', 51371, 51381], ['Heidelberg', 69115, 69126], ['Darmstadt', 64283, 64297],
  ['Solingen', 42651, 42719], ['Regensburg', 93047, 93059], ['Paderborn', 33098, 33106],
  ['Ingolstadt', 85049, 85057], ['Würzburg', 97070, 97084], ['Fürth', 90762, 90768], ['Ulm', 89073, 89081],
  ['Göttingen', 37073, 37085], ['Gütersloh', 33330, 33335], ['Zwickau', 8056, 8066], ['Görlitz', 2826, 2829],
  ['Weißenfels', 6667, 6667],
]

// A few customers abroad: four-digit postcodes, other IBAN countries.
/** @type {ReadonlyArray<readonly [string, number, number, string, string]>} [city, plzMin, plzMax, Land, IBAN country] */
export const CITIES_ABROAD = [
  ['Wien', 1010, 1230, 'Österreich', 'AT'], ['Graz', 8010, 8063, 'Österreich', 'AT'],
  ['Salzburg', 5020, 5026, 'Österreich', 'AT'], ['Zürich', 8001, 8099, 'Schweiz', 'CH'],
  ['Basel', 4001, 4059, 'Schweiz', 'CH'], ['Bern', 3001, 3027, 'Schweiz', 'CH'],
]

export const AREA_CODES = [
  '030', '040', '089', '0221', '069', '0711', '0211', '0341', '0231', '0201', '0421', '0351', '0511',
  '0911', '0203', '0234', '0202', '0521', '0228', '0251', '0621', '0721', '0821', '0611', '0371', '0431',
]
export const MOBILE_PREFIXES = ['0151', '0152', '0160', '0162', '0170', '0171', '0172', '0175', '0176', '0177', '0178', '0179']

export const BRANCHES = [
  'Metallbau', 'Elektrotechnik', 'Bäckerei', 'Sanitär- und Heizungstechnik', 'Holzbau', 'Logistik',
  'Druckerei', 'Gartenbau', 'Dachdeckerei', 'Steuerberatung', 'Software', 'Maschinenbau', 'Autohaus',
  'Malerbetrieb', 'Fliesenhandel', 'Getränkehandel', 'Schreinerei', 'Reisebüro', 'Kfz-Werkstatt',
  'Feinkost', 'Büroservice', 'Zahntechnik', 'Glaserei', 'Großhandel', 'Immobilien', 'Optik',
]

// Legal forms with their share among companies (weights sum to 100).
/** @type {ReadonlyArray<readonly [string, number]>} */
export const LEGAL_FORMS = [
  ['GmbH', 40], ['GmbH & Co. KG', 15], ['e.K.', 10], ['AG', 5], ['KG', 8], ['OHG', 5],
  ['UG (haftungsbeschränkt)', 7], ['GbR', 10],
]

// How a legal form gets typed differently in a second record of the same company.
/** @type {Readonly<Record<string, readonly string[]>>} */
export const LEGAL_FORM_VARIANTS = {
  'GmbH': ['Gmbh', 'G.m.b.H.', 'GMBH', 'mbH'],
  'GmbH & Co. KG': ['GmbH & Co KG', 'GmbH u. Co. KG', 'GmbH&Co.KG'],
  'e.K.': ['e. K.', 'eK', 'e.Kfm.'],
  'AG': ['Aktiengesellschaft', 'A.G.'],
  'KG': ['K.G.', 'Kommanditgesellschaft'],
  'OHG': ['oHG', 'o.H.G.'],
  'UG (haftungsbeschränkt)': ['UG (haftungsbeschraenkt)', 'UG', 'UG (h.b.)'],
  'GbR': ['G.b.R.', 'Gesellschaft bürgerlichen Rechts'],
}

export const REMARKS_PLAIN = [
  'Zahlung per Lastschrift', 'Skonto 2 % bei Zahlung binnen 10 Tagen', 'Lieferung nur werktags',
  'Newsletter abbestellt', 'Stammkunde seit Messe', 'Rechnung per E-Mail', 'Mahnstufe 1', 'Bonität geprüft',
  'Ansprechpartner wechselt', 'Bitte nicht vor 9 Uhr anrufen', 'Kundenkarte verloren, neue ausgestellt',
  'Adresse geprüft', 'Umzug gemeldet', 'Großkunde', 'Sonderkonditionen lt. Vertrag', 'Zahlungsziel 30 Tage',
  'Lieferung frei Haus', 'Vorkasse', 'Übernahme aus Altsystem', 'Dublette? Bitte prüfen', 'Grüße an Frau Schäfer',
]
export const REMARKS_SEMICOLON = [
  'Lieferung an Filiale; Rechnung an Zentrale', 'Rabatt vereinbart; gilt bis Jahresende',
  'Mahnung 1; Mahnung 2 offen', 'Tel. tagsüber; E-Mail bevorzugt',
]
export const REMARKS_QUOTED = [
  'Kunde wünscht "Expressversand"', 'Stichwort "Frühbucher" nennen', 'Vermerk: "nur mit Termin"',
  'Abteilung "Einkauf" zuständig',
]
export const REMARKS_MULTILINE = [
  'Rückruf erbeten\nab 14 Uhr erreichbar', 'Lieferadresse abweichend:\nHinterhof, 2. OG',
  'Achtung:\naltes Konto gesperrt; neues folgt', 'Notiz vom Außendienst:\n"Interesse an Wartungsvertrag"',
]
