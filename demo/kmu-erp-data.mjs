// The "KMU ERP" database of the fictional Muster Maschinenbau GmbH: German table names, and the flaws a
// real SME ERP database has after ten years (no primary keys, undeclared foreign keys with orphans,
// duplicate customers, numbers and dates kept as text, placeholders, mojibake, gaps in the order history).
// One definition for three places: demo/wawi.db (SQLite, make-demo-db.mjs) and the PostgreSQL and
// MariaDB test databases (test/fixtures/kmu-erp.ts). Every value follows from SEED, so every load holds
// the same rows, and TRUTH says what a correct scan must find (the fixture tests count it with plain SQL).
import {createRandom} from './.generator/random.mjs'
import {
  COMPANY_WORDS, FICTIONAL_BLZ, FIRST_NAMES, LEGAL_FORMS, PLACEHOLDER_SURNAMES, PRODUCT_GROUPS, STREETS, TOWNS,
  TRADES, telephone,
} from './.generator/pools.mjs'

const SEED = 20250317

const col = (name, type, nullable = true, extra = {}) => ({name, type, nullable, ...extra})

/** Tables in load order (parents first). `mysql` holds what only the MySQL/MariaDB variant has. */
export const KMU_ERP_TABLES = [
  {name: 'kunde', description: 'Kundenstamm', primaryKey: ['nr'], foreignKeys: [], indexes: [],
    columns: [
      col('nr', 'int', false), col('name', 'varchar(100)', false), col('strasse', 'varchar(100)'),
      col('plz', 'varchar(10)'), col('ort', 'varchar(60)', true, {mysql: {charset: 'latin1'}}),
      col('land', 'varchar(3)'), col('telefon', 'varchar(40)'), col('email', 'varchar(100)'),
      col('fax', 'varchar(40)'), col('ust_id', 'varchar(20)'), col('kunde_seit', 'varchar(10)'),
      col('gesperrt', 'bool', false), col('mandant', 'int', false),
      col('erstellt_am', 'datetime', false), col('geaendert_am', 'datetime'),
    ]},
  {name: 'lieferant', description: 'Lieferanten', primaryKey: ['nr'], foreignKeys: [], indexes: [],
    columns: [
      col('nr', 'int', false), col('name', 'varchar(100)', false), col('ansprechpartner', 'varchar(80)'),
      col('strasse', 'varchar(100)'), col('plz', 'varchar(10)'), col('ort', 'varchar(60)'), col('land', 'varchar(3)'),
      col('telefon', 'varchar(40)'), col('email', 'varchar(100)'), col('iban', 'varchar(34)'), col('ust_id', 'varchar(20)'),
    ]},
  {name: 'mitarbeiter', description: 'Mitarbeiter', primaryKey: ['mitarbeiter_nr'], foreignKeys: [], indexes: [],
    columns: [
      col('mitarbeiter_nr', 'int', false), col('vorname', 'varchar(40)', false), col('nachname', 'varchar(60)', false),
      col('kuerzel', 'varchar(20)', false), col('abteilung', 'varchar(40)'), col('email', 'varchar(100)'),
      col('telefon', 'varchar(40)'), col('iban', 'varchar(34)'), col('geburtsdatum', 'date'),
      col('eintrittsdatum', 'date'), col('aktiv', 'bool', false),
      // payroll data of the kind an HR export carries: Art. 9 (church-tax key, days of sick leave)
      col('konfession', 'varchar(2)'), col('krankheitstage', 'int'),
    ]},
  {name: 'artikel', description: 'Artikelstamm', primaryKey: ['artikel_nr'], foreignKeys: [], indexes: [],
    columns: [
      col('artikel_nr', 'varchar(20)', false), col('bezeichnung', 'varchar(120)', false),
      col('warengruppe', 'varchar(40)'), col('einheit', 'varchar(10)'), col('preis', 'varchar(20)'),
      col('ek_preis', 'decimal(10,2)'), col('waehrung', 'varchar(3)', false), col('lieferant_nr', 'int'),
      col('bestand', 'int'), col('aktiv', 'bool', false), col('erstellt_am', 'datetime', false),
      col('geaendert_am', 'datetime'),
    ]},
  {name: 'auftrag', description: 'Aufträge', primaryKey: ['auftrag_nr'], foreignKeys: [],
    indexes: [{name: 'ix_auftrag_kunden_nr', columns: ['kunden_nr'], unique: false}],
    columns: [
      col('auftrag_nr', 'int', false), col('kunden_nr', 'int', false), col('mitarbeiter_nr', 'int'),
      col('auftragsdatum', 'date', false), col('lieferdatum', 'date'), col('status', 'varchar(20)', false),
      col('bemerkung', 'text'), col('erstellt_am', 'datetime', false),
    ]},
  {name: 'auftrag_position', description: 'Auftragspositionen (ohne Primärschlüssel)', primaryKey: null,
    foreignKeys: [], indexes: [{name: 'ix_auftrag_position_auftrag_nr', columns: ['auftrag_nr'], unique: false}],
    columns: [
      col('auftrag_nr', 'int', false), col('pos_nr', 'int', false), col('artikel_nr', 'varchar(20)', false),
      col('menge', 'int', false), col('einzelpreis', 'decimal(10,2)', false),
    ]},
  {name: 'rechnung', description: 'Rechnungen', primaryKey: ['rechnung_nr'], indexes: [],
    foreignKeys: [{name: 'fk_rechnung_auftrag', columns: ['auftrag_nr'], references: {table: 'auftrag', columns: ['auftrag_nr']}}],
    columns: [
      col('rechnung_nr', 'int', false), col('auftrag_nr', 'int', false), col('rechnungsdatum', 'date', false),
      col('betrag_netto', 'decimal(12,2)', false), col('mwst_satz', 'decimal(4,2)', false),
      col('bezahlt', 'bool', false), col('bezahlt_am', 'date'),
    ]},
  {name: 'protokoll', description: 'Änderungsprotokoll und Notizen (ohne Primärschlüssel)', primaryKey: null,
    foreignKeys: [], indexes: [], mysql: {engine: 'MyISAM'},
    columns: [
      col('zeitpunkt', 'datetime', false), col('benutzer', 'varchar(20)'), col('tabelle', 'varchar(30)'),
      col('datensatz', 'varchar(20)'), col('aktion', 'varchar(10)'), col('notiz', 'text'),
    ]},
]

/** The months without a single order, inside the span 2019-01 … 2024-06 (66 months, 61 with orders). */
const GAP_MONTHS = ['2019-08', '2020-04', '2021-12', '2022-07', '2023-02']

/** Customers entered more than once, spelled differently: 6 entities, 14 rows, 8 surplus rows. */
const DUPLICATE_CUSTOMERS = [
  {town: ['04109', 'Leipzig'], spellings: [['Müller GmbH', 'Hauptstraße 12'], ['Mueller GmbH', 'Hauptstr. 12'], ['MÜLLER GMBH', 'Hauptstraße 12']]},
  {town: ['50667', 'Köln'], spellings: [['Schäfer Metallbau GmbH & Co. KG', 'Bahnhofstraße 5'], ['Schaefer Metallbau GmbH & Co KG', 'Bahnhofstr. 5']]},
  {town: ['80331', 'München'], spellings: [['Weiß Landtechnik KG', 'Industriestraße 44'], ['Weiss Landtechnik KG', 'Industriestr. 44']]},
  {town: ['01067', 'Dresden'], spellings: [['Hoffmann & Söhne OHG', 'Am Markt 3'], ['Hoffmann & Soehne OHG', 'Am Markt 3'], ['hoffmann & söhne ohg', 'Am Markt 3']]},
  {town: ['90402', 'Nürnberg'], spellings: [['Krüger Antriebstechnik AG', 'Gartenstraße 8'], ['Krueger Antriebstechnik AG', 'Gartenstr. 8']]},
  {town: ['20095', 'Hamburg'], spellings: [['Größer Hydraulik e.K.', 'Werkstraße 21'], ['Groesser Hydraulik e. K.', 'Werkstr. 21']]},
]

/** What a correct scan finds. Every number is designed or measured once and checked by the fixture tests. */
export const TRUTH = {
  rowCounts: {kunde: 200, lieferant: 30, mitarbeiter: 24, artikel: 150, auftrag: 2000, auftrag_position: 5995, rechnung: 1860, protokoll: 600},
  tablesWithoutPrimaryKey: ['auftrag_position', 'protokoll'],
  declaredForeignKeys: [{table: 'rechnung', column: 'auftrag_nr', references: {table: 'auftrag', column: 'auftrag_nr'}, orphanRows: 0}],
  /** likely foreign keys nobody declared; orphanValues = distinct child values without a parent */
  undeclaredForeignKeys: [
    {table: 'auftrag', column: 'kunden_nr', references: {table: 'kunde', column: 'nr'}, orphanRows: 7, orphanValues: 5, nullRows: 0},
    {table: 'auftrag_position', column: 'artikel_nr', references: {table: 'artikel', column: 'artikel_nr'}, orphanRows: 23, orphanValues: 3, nullRows: 0},
    {table: 'artikel', column: 'lieferant_nr', references: {table: 'lieferant', column: 'nr'}, orphanRows: 3, orphanValues: 2, nullRows: 5},
    {table: 'auftrag_position', column: 'auftrag_nr', references: {table: 'auftrag', column: 'auftrag_nr'}, orphanRows: 0, orphanValues: 0, nullRows: 0},
    {table: 'auftrag', column: 'mitarbeiter_nr', references: {table: 'mitarbeiter', column: 'mitarbeiter_nr'}, orphanRows: 0, orphanValues: 0, nullRows: 0},
  ],
  /** exact duplicate rows: surplus copies (rows − distinct rows) and the number of duplicated rows */
  duplicateRows: {
    kunde: {surplusRows: 0, groups: 0}, lieferant: {surplusRows: 0, groups: 0}, mitarbeiter: {surplusRows: 0, groups: 0},
    artikel: {surplusRows: 0, groups: 0}, auftrag: {surplusRows: 0, groups: 0}, auftrag_position: {surplusRows: 11, groups: 10},
    rechnung: {surplusRows: 0, groups: 0}, protokoll: {surplusRows: 0, groups: 0},
  },
  /** kunde: the same company under different spellings (name, street) */
  likelyDuplicateCustomers: {groups: 6, rows: 14, surplusRows: 8, spellings: DUPLICATE_CUSTOMERS.map((g) => g.spellings.map(([name]) => name))},
  /** per column: NULLs, empty strings and placeholders (values listed) */
  missing: {
    'kunde.telefon': {null: 11, empty: 9, placeholder: 10, placeholders: {'k.A.': 6, '-': 4}},
    'kunde.email': {null: 14, empty: 3, placeholder: 5, placeholders: {'n/a': 5}},
    'kunde.fax': {null: 140, empty: 60, placeholder: 0, placeholders: {}},
    'kunde.ust_id': {null: 121, empty: 0, placeholder: 0, placeholders: {}},
    'kunde.kunde_seit': {null: 12, empty: 0, placeholder: 0, placeholders: {}},
    'kunde.geaendert_am': {null: 37, empty: 0, placeholder: 0, placeholders: {}},
    'artikel.lieferant_nr': {null: 5, empty: 0, placeholder: 0, placeholders: {}},
  },
  emptyColumns: ['kunde.fax'],
  constantColumns: {'kunde.mandant': 1, 'artikel.waehrung': 'EUR'},
  /** text columns holding dates in two formats */
  textDates: {'kunde.kunde_seit': {'dd.mm.yyyy': 120, 'yyyy-mm-dd': 68, null: 12}},
  /** text columns holding German decimal numbers ('12,50', '1.234,50') */
  textNumbers: {'artikel.preis': {rows: 150, withThousandsSeparator: 20}},
  /** UTF-8 read as Latin-1 ('KÃ¶ln'); in MySQL/MariaDB kunde.ort is additionally a latin1 column */
  mojibake: {'kunde.ort': 9},
  mysql: {latin1Columns: ['kunde.ort'], myisamTables: ['protokoll'], databaseCharset: 'utf8mb4'},
  timestampColumns: {kunde: ['erstellt_am', 'geaendert_am'], artikel: ['erstellt_am', 'geaendert_am'], auftrag: ['erstellt_am'], protokoll: ['zeitpunkt'],
    lieferant: [], mitarbeiter: [], auftrag_position: [], rechnung: []},
  personalData: {kunde: ['telefon', 'email'], lieferant: ['ansprechpartner', 'telefon', 'email', 'iban'],
    mitarbeiter: ['vorname', 'nachname', 'email', 'telefon', 'iban', 'geburtsdatum', 'konfession', 'krankheitstage'], protokoll: ['notiz']},
  /** Art. 9 special categories */
  specialCategories: {'mitarbeiter.konfession': 'art9_religion', 'mitarbeiter.krankheitstage': 'art9_health'},
  /** distinct non-null values; chosen so that case- or accent-insensitive collations do not change them */
  distinct: {'kunde.mandant': 1, 'kunde.land': 2, 'kunde.plz': 24, 'artikel.warengruppe': 6, 'auftrag.status': 4,
    'auftrag.kunden_nr': 205, 'auftrag_position.artikel_nr': 153, 'rechnung.mwst_satz': 1},
  minMax: {
    'kunde.nr': [10001, 10200], 'auftrag.auftrag_nr': [100001, 102000], 'auftrag.auftragsdatum': ['2019-01-02', '2024-06-28'],
    'artikel.ek_preis': [0.63, 1452.87], 'mitarbeiter.geburtsdatum': ['1960-04-02', '2002-04-13'],
  },
  history: {'auftrag.auftragsdatum': {firstMonth: '2019-01', lastMonth: '2024-06', monthsSpanned: 66, monthsWithRows: 61, gapMonths: GAP_MONTHS}},
}

// ---- formatting helpers ------------------------------------------------------------------------------

const pad = (n, width = 2) => String(n).padStart(width, '0')
const isoDate = (d) => d.toISOString().slice(0, 10)
const isoDateTime = (d) => d.toISOString().slice(0, 19).replace('T', ' ')
const germanDate = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
const addDays = (d, days) => new Date(d.getTime() + days * 86_400_000)
const cents = (x) => Math.round(x * 100) / 100
/** 1234.5 → '1.234,50' */
function germanAmount(value) {
  const [whole, fraction] = value.toFixed(2).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`
}
const transliterate = (s) => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
const slug = (s) => transliterate(s.toLowerCase()).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
/** UTF-8 bytes read as Latin-1: 'Köln' → 'KÃ¶ln' */
const mojibake = (s) => Buffer.from(s, 'utf8').toString('latin1')

/** A German IBAN with valid mod-97 check digits on a bank code no real bank has (see pools.mjs). */
function iban(rand) {
  const bban = `${rand.pick(FICTIONAL_BLZ)}${pad(rand.int(0, 9_999_999_999), 10)}`
  let rest = 0
  for (const digit of `${bban}131400`) rest = (rest * 10 + Number(digit)) % 97 // D=13, E=14, check digits 00
  return `DE${pad(98 - rest)}${bban}`
}

/** Chooses disjoint row indexes for each special value: {value: count} → Map(index → value). */
function specialValues(rand, rowCount, counts) {
  const order = rand.shuffle([...Array(rowCount).keys()])
  const chosen = new Map()
  let next = 0
  for (const [value, count] of counts) for (let i = 0; i < count; i++) chosen.set(order[next++], value)
  return chosen
}

// ---- generation --------------------------------------------------------------------------------------

function makeKunden(rand) {
  const pairs = rand.shuffle(COMPANY_WORDS.flatMap((word) => TRADES.map((trade) => [word, trade])))
  const regular = pairs.slice(0, 200 - TRUTH.likelyDuplicateCustomers.rows).map(([word, trade]) => {
    const [plz, ort] = rand.pick(TOWNS)
    return {name: `${word} ${trade} ${rand.pick(LEGAL_FORMS)}`, strasse: `${rand.pick(STREETS)} ${rand.int(1, 120)}`, plz, ort, duplicate: false}
  })
  const duplicates = DUPLICATE_CUSTOMERS.flatMap(({town: [plz, ort], spellings}) =>
    spellings.map(([name, strasse]) => ({name, strasse, plz, ort, duplicate: true})))
  const all = rand.shuffle([...regular, ...duplicates])
  const n = all.length
  const telefon = specialValues(rand, n, [[null, 11], ['', 9], ['k.A.', 6], ['-', 4]])
  const email = specialValues(rand, n, [[null, 14], ['', 3], ['n/a', 5]])
  const fax = specialValues(rand, n, [[null, 140], ['', 60]])
  const ustId = specialValues(rand, n, [[null, 121]])
  const seit = specialValues(rand, n, [[null, 12], ['iso', 68], ['de', 120]])
  const geaendert = specialValues(rand, n, [[null, 37]])
  const land = specialValues(rand, n, [['D', 7]])
  const gesperrt = specialValues(rand, n, [[true, 6]])
  // mojibake only where a umlaut can break, and not in the duplicate groups (their spelling is the point)
  const broken = new Set(rand.shuffle(all.map((k, i) => (!k.duplicate && /[äöüß]/.test(k.ort) ? i : -1)).filter((i) => i >= 0))
    .slice(0, TRUTH.mojibake['kunde.ort']))
  return all.map((k, i) => {
    // created and changed before the snapshot at the end of June 2024
    const created = new Date(Date.UTC(rand.int(2015, 2022), rand.int(0, 11), rand.int(1, 28), rand.int(7, 18), rand.int(0, 59), rand.int(0, 59)))
    const since = isoDate(rand.date(new Date(Date.UTC(2005, 0, 1)), new Date(Date.UTC(2023, 11, 31))))
    return {
      nr: 10001 + i, name: k.name, strasse: k.strasse, plz: k.plz, ort: broken.has(i) ? mojibake(k.ort) : k.ort,
      land: land.get(i) ?? 'DE',
      telefon: telefon.has(i) ? telefon.get(i) : telephone(rand),
      email: email.has(i) ? email.get(i) : `${rand.pick(['info', 'einkauf', 'buchhaltung'])}.${slug(k.name)}@example.org`,
      fax: fax.get(i), ust_id: ustId.has(i) ? null : `DE${rand.int(100_000_000, 999_999_999)}`,
      kunde_seit: seit.get(i) === null ? null : seit.get(i) === 'iso' ? since : germanDate(since),
      gesperrt: gesperrt.get(i) ?? false, mandant: 1, erstellt_am: isoDateTime(created),
      geaendert_am: geaendert.has(i) ? null : isoDateTime(addDays(created, rand.int(1, 500))),
    }
  })
}

function makeLieferanten(rand) {
  const kinds = ['Industriebedarf', 'Werkstoffe', 'Zulieferteile', 'Normteile', 'Elektrohandel']
  const pairs = rand.shuffle(COMPANY_WORDS.flatMap((word) => kinds.map((kind) => [word, kind]))).slice(0, 30)
  return pairs.map(([word, kind], i) => {
    const [plz, ort] = rand.pick(TOWNS)
    const name = `${word} ${kind} ${rand.pick(LEGAL_FORMS)}`
    return {
      nr: 70001 + i, name, ansprechpartner: `${rand.pick(FIRST_NAMES)} ${rand.pick(PLACEHOLDER_SURNAMES)}`,
      strasse: `${rand.pick(STREETS)} ${rand.int(1, 80)}`, plz, ort, land: 'DE', telefon: telephone(rand),
      email: `vertrieb.${slug(name)}@example.org`, iban: iban(rand), ust_id: `DE${rand.int(100_000_000, 999_999_999)}`,
    }
  })
}

function makeMitarbeiter(rand) {
  const names = rand.shuffle(FIRST_NAMES.flatMap((first) => PLACEHOLDER_SURNAMES.map((last) => [first, last]))).slice(0, 24)
  const departments = ['Vertrieb', 'Einkauf', 'Lager', 'Buchhaltung', 'Produktion', 'Geschäftsführung']
  return names.map(([vorname, nachname], i) => {
    const born = rand.date(new Date(Date.UTC(1960, 0, 1)), new Date(Date.UTC(2002, 11, 31)))
    const adult = new Date(Date.UTC(born.getUTCFullYear() + 18, born.getUTCMonth(), 1))
    return {
      mitarbeiter_nr: 501 + i, vorname, nachname, kuerzel: slug(`${vorname[0]}${nachname}`).slice(0, 20),
      abteilung: departments[i % departments.length],
      email: `${slug(vorname)}.${slug(nachname)}@example.com`, telefon: telephone(rand), iban: iban(rand),
      geburtsdatum: isoDate(born),
      eintrittsdatum: isoDate(rand.date(adult > new Date(Date.UTC(1998, 0, 1)) ? adult : new Date(Date.UTC(1998, 0, 1)), new Date(Date.UTC(2023, 11, 31)))),
      aktiv: i % 8 !== 7,
      // derived from the position, not drawn: the random sequence of every later table stays as it was
      konfession: CHURCH_TAX_KEYS[i % CHURCH_TAX_KEYS.length], krankheitstage: (i * 7) % 23,
    }
  })
}

/** Kirchensteuermerkmale as payroll exports write them: rk, ev, none (--), altkatholisch, …  */
const CHURCH_TAX_KEYS = ['rk', 'ev', '--', 'rk', 'ev', '--', 'ak', 'ev', 'rk', '--', 'lt', 'rf']

function makeArtikel(rand, lieferanten) {
  const groups = Object.keys(PRODUCT_GROUPS)
  const supplier = specialValues(rand, 150, [[null, 5], [70097, 2], [70099, 1]])
  return Array.from({length: 150}, (_, i) => {
    const group = groups[i % groups.length]
    const ek = cents(Math.exp(rand.next() * Math.log(2500)) * 0.6) // 0.60 … 1,500 €, most of them cheap
    const created = new Date(Date.UTC(rand.int(2012, 2022), rand.int(0, 11), rand.int(1, 28), rand.int(7, 18), rand.int(0, 59), 0))
    return {
      artikel_nr: `A-${10001 + i}`, bezeichnung: `${rand.pick(PRODUCT_GROUPS[group])} Typ ${100 + i}`, warengruppe: group,
      einheit: rand.pick(['Stk', 'Stk', 'Stk', 'm', 'kg', 'Satz']), preis: germanAmount(cents(ek * (1.35 + rand.next() * 0.45))),
      ek_preis: ek, waehrung: 'EUR', lieferant_nr: supplier.has(i) ? supplier.get(i) : rand.pick(lieferanten).nr,
      bestand: rand.int(0, 400), aktiv: rand.chance(0.93), erstellt_am: isoDateTime(created),
      geaendert_am: rand.chance(0.7) ? isoDateTime(addDays(created, rand.int(1, 500))) : null,
    }
  })
}

/** 2019-01 … 2024-06 without GAP_MONTHS: one order per month first, so no other month stays empty. */
function orderDates(rand, count) {
  const months = []
  for (let y = 2019; y <= 2024; y++) for (let m = 1; m <= 12; m++) {
    const key = `${y}-${pad(m)}`
    if (key <= '2024-06' && !GAP_MONTHS.includes(key)) months.push(key)
  }
  const dates = months.map((m) => `${m}-${pad(rand.int(2, 28))}`)
  while (dates.length < count) dates.push(`${rand.pick(months)}-${pad(rand.int(2, 28))}`)
  dates.sort()
  dates[0] = '2019-01-02'
  dates[dates.length - 1] = '2024-06-28'
  return dates
}

function makeAuftraege(rand, kunden, mitarbeiter) {
  const orphanCustomers = [19001, 19002, 19003, 19004, 19005, 19001, 19003] // 7 rows, 5 values
  const orphanAt = new Set(rand.shuffle([...Array(2000).keys()]).slice(0, orphanCustomers.length))
  let nextOrphan = 0
  const sales = mitarbeiter.filter((m) => m.abteilung === 'Vertrieb' || m.abteilung === 'Geschäftsführung')
  return orderDates(rand, 2000).map((auftragsdatum, i) => {
    const cancelled = rand.chance(0.03)
    const status = cancelled ? 'storniert'
      : auftragsdatum >= '2024-05-01' ? rand.pick(['offen', 'geliefert'])
        : auftragsdatum >= '2024-03-01' ? rand.pick(['geliefert', 'berechnet', 'berechnet']) : 'berechnet'
    const day = new Date(`${auftragsdatum}T00:00:00Z`)
    return {
      auftrag_nr: 100001 + i, kunden_nr: orphanAt.has(i) ? orphanCustomers[nextOrphan++] : rand.pick(kunden).nr,
      mitarbeiter_nr: rand.pick(sales).mitarbeiter_nr, auftragsdatum,
      lieferdatum: status === 'geliefert' || status === 'berechnet' ? isoDate(addDays(day, rand.int(2, 14))) : null,
      status, bemerkung: rand.chance(0.08) ? rand.pick(['Eilauftrag', 'Teillieferung', 'Abholung durch Kunde', 'Rahmenvertrag']) : null,
      erstellt_am: isoDateTime(new Date(day.getTime() + rand.int(7 * 3600, 18 * 3600) * 1000)),
    }
  })
}

function makePositionen(rand, auftraege, artikel) {
  const lines = []
  for (const a of auftraege) {
    const count = rand.int(1, 5)
    for (let pos = 1; pos <= count; pos++) {
      const item = rand.pick(artikel)
      const price = Number(item.preis.replace(/\./g, '').replace(',', '.'))
      lines.push({auftrag_nr: a.auftrag_nr, pos_nr: pos, artikel_nr: item.artikel_nr, menge: rand.int(1, 40),
        einzelpreis: cents(price * rand.pick([1, 1, 1, 0.95, 0.9]))})
    }
  }
  // items deleted from the item master years ago: 23 lines, 3 article numbers
  const order = rand.shuffle([...lines.keys()])
  const deleted = ['A-09901', 'A-09902', 'A-09903']
  order.slice(0, 23).forEach((index, k) => { lines[index] = {...lines[index], artikel_nr: deleted[k % deleted.length]} })
  // a double import: 10 lines copied once more, one of them twice (11 surplus rows)
  const copied = new Map(order.slice(23, 33).map((index, k) => [index, k === 0 ? 2 : 1]))
  return lines.flatMap((line, index) => [line, ...Array.from({length: copied.get(index) ?? 0}, () => ({...line}))])
}

function makeRechnungen(rand, auftraege, positionen) {
  const totals = new Map()
  const seen = new Set()
  for (const p of positionen) {
    const key = `${p.auftrag_nr}/${p.pos_nr}`
    if (seen.has(key)) continue // the double-imported copies were never invoiced
    seen.add(key)
    totals.set(p.auftrag_nr, (totals.get(p.auftrag_nr) ?? 0) + p.menge * p.einzelpreis)
  }
  return auftraege.filter((a) => a.status === 'berechnet').map((a, i) => {
    const rechnungsdatum = isoDate(addDays(new Date(`${a.lieferdatum}T00:00:00Z`), rand.int(0, 5)))
    const bezahlt = rechnungsdatum < '2024-05-15' ? rand.chance(0.98) : rand.chance(0.3)
    return {
      rechnung_nr: 500001 + i, auftrag_nr: a.auftrag_nr, rechnungsdatum, betrag_netto: cents(totals.get(a.auftrag_nr)),
      mwst_satz: 19, bezahlt, bezahlt_am: bezahlt ? isoDate(addDays(new Date(`${rechnungsdatum}T00:00:00Z`), rand.int(5, 40))) : null,
    }
  })
}

function makeProtokoll(rand, mitarbeiter, kunden) {
  let time = Date.UTC(2024, 0, 2, 7, 0, 0)
  const notes = [
    () => null, () => null, () => null, () => 'Preis angepasst', () => 'Lieferadresse geändert', () => 'Mahnung versendet',
    () => `Rückruf erbeten unter ${telephone(rand)}`, () => `Kunde ${rand.pick(kunden).name} hat angerufen`,
    () => `Ansprechpartner jetzt ${rand.pick(FIRST_NAMES)} ${rand.pick(PLACEHOLDER_SURNAMES)}`,
  ]
  return Array.from({length: 600}, () => {
    time += rand.int(1, 300) * 60_000 // strictly increasing: no two entries are the same row
    const tabelle = rand.pick(['kunde', 'artikel', 'auftrag', 'rechnung'])
    return {
      zeitpunkt: isoDateTime(new Date(time)), benutzer: rand.pick(mitarbeiter).kuerzel, tabelle,
      datensatz: String(rand.int(1, 2000)), aktion: rand.pick(['INSERT', 'UPDATE', 'UPDATE', 'DELETE']), notiz: rand.pick(notes)(),
    }
  })
}

let generated
function generate() {
  // one stream of random numbers per table, so changing one table leaves the others as they are
  const rand = (salt) => createRandom(SEED + salt)
  const kunde = makeKunden(rand(1))
  const lieferant = makeLieferanten(rand(2))
  const mitarbeiter = makeMitarbeiter(rand(3))
  const artikel = makeArtikel(rand(4), lieferant)
  const auftrag = makeAuftraege(rand(5), kunde, mitarbeiter)
  const auftrag_position = makePositionen(rand(6), auftrag, artikel)
  const rechnung = makeRechnungen(rand(7), auftrag, auftrag_position)
  const protokoll = makeProtokoll(rand(8), mitarbeiter, kunde)
  return {kunde, lieferant, mitarbeiter, artikel, auftrag, auftrag_position, rechnung, protokoll}
}

/** The rows of one table, each row an object keyed by column name in the column order of KMU_ERP_TABLES. */
export function kmuErpRows(tableName) {
  generated ??= generate()
  const table = KMU_ERP_TABLES.find((t) => t.name === tableName)
  if (!table) throw new Error(`no KMU ERP table ${tableName}`)
  return generated[tableName].map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])))
}

// ---- DDL ---------------------------------------------------------------------------------------------

const SQL_TYPES = {
  postgres: {int: 'integer', text: 'text', date: 'date', datetime: 'timestamp', bool: 'boolean', decimal: 'numeric'},
  mysql: {int: 'int', text: 'text', date: 'date', datetime: 'datetime', bool: 'tinyint(1)', decimal: 'decimal'},
  sqlite: {int: 'INTEGER', text: 'TEXT', date: 'DATE', datetime: 'DATETIME', bool: 'BOOLEAN', decimal: 'DECIMAL'},
  // SQL Server: Unicode text everywhere (umlauts); nvarchar(4000) rather than (max), which is a large object
  mssql: {int: 'int', text: 'nvarchar(4000)', varchar: 'nvarchar', date: 'date', datetime: 'datetime2(0)', bool: 'bit', decimal: 'decimal'},
}

function sqlType(type, dialect) {
  const [, base, args] = /^(\w+)(\(.*\))?$/.exec(type)
  return `${SQL_TYPES[dialect][base] ?? base}${args ?? ''}`
}

/** CREATE TABLE and CREATE INDEX statements for 'postgres', 'mysql' (MariaDB too), 'sqlite' or 'mssql', in load order. */
export function kmuErpCreateStatements(dialect) {
  if (!SQL_TYPES[dialect]) throw new Error(`unknown dialect ${dialect}`)
  return KMU_ERP_TABLES.flatMap((table) => {
    const lines = table.columns.map((c) => {
      const charset = dialect === 'mysql' && c.mysql?.charset ? ` CHARACTER SET ${c.mysql.charset}` : ''
      return `  ${c.name} ${sqlType(c.type, dialect)}${charset}${c.nullable ? '' : ' NOT NULL'}`
    })
    if (table.primaryKey) lines.push(`  CONSTRAINT pk_${table.name} PRIMARY KEY (${table.primaryKey.join(', ')})`)
    for (const fk of table.foreignKeys) {
      lines.push(`  CONSTRAINT ${fk.name} FOREIGN KEY (${fk.columns.join(', ')}) REFERENCES ${fk.references.table} (${fk.references.columns.join(', ')})`)
    }
    const options = dialect === 'mysql' ? ` ENGINE=${table.mysql?.engine ?? 'InnoDB'}` : ''
    return [
      `CREATE TABLE ${table.name} (\n${lines.join(',\n')}\n)${options}`,
      ...table.indexes.map((ix) => `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${ix.name} ON ${table.name} (${ix.columns.join(', ')})`),
    ]
  })
}
