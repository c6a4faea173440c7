import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {art9ValueEvidence} from '../../../../src/analyzers/personal-data/art9-dictionaries.js'
import type {PiiCategory} from '../../../../src/analyzers/personal-data/categories.js'
import {
  CONFIDENCE,
  NAME_ONLY_CONFIDENCE,
  type ColumnPiiVerdict,
  detectColumnPii,
} from '../../../../src/analyzers/personal-data/column-verdict.js'
import {personNameShape} from '../../../../src/analyzers/personal-data/names/person-name.js'
import {embeddedCategories, isGermanPostalCode, isPlausibleBirthDate} from '../../../../src/analyzers/personal-data/value-matchers.js'
import {isValidEmail} from '../../../../src/analyzers/personal-data/validators/email.js'
import {isValidIban} from '../../../../src/analyzers/personal-data/validators/iban.js'
import {isValidIpAddress} from '../../../../src/analyzers/personal-data/validators/ip-address.js'
import {mod11_10CheckDigit} from '../../../../src/analyzers/personal-data/validators/iso7064.js'
import {isDriversLicenseNumber} from '../../../../src/analyzers/personal-data/validators/fuehrerschein.js'
import {isValidCardNumber} from '../../../../src/analyzers/personal-data/validators/luhn.js'
import {isValidPhone} from '../../../../src/analyzers/personal-data/validators/phone.js'
import {hasSteuerIdDigitPattern, isValidSteuerId} from '../../../../src/analyzers/personal-data/validators/steuer-id.js'
import {isValidSteuernummer} from '../../../../src/analyzers/personal-data/validators/steuernummer.js'
import {isStreetAddress} from '../../../../src/analyzers/personal-data/validators/street-address.js'
import {isValidUstIdNr} from '../../../../src/analyzers/personal-data/validators/ust-idnr.js'
import {isVehiclePlate} from '../../../../src/analyzers/personal-data/validators/vehicle-plate.js'

// Deterministic random numbers (mulberry32), so share-based expectations cannot flake.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
const digitsOf = (s: string) => Array.from(s, Number)
const randomDigits = (random: () => number, n: number) => Array.from({length: n}, () => String(Math.floor(random() * 10))).join('')

/** ten digits following the Steuer-ID repeat rule: a shuffled 0–9 with one digit doubled, first not 0 */
function steuerIdBody(random: () => number): string {
  for (;;) {
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => random() - 0.5)
    digits[Math.floor(random() * 10)] = digits[Math.floor(random() * 10)]
    if (digits[0] !== 0 && hasSteuerIdDigitPattern(digits)) return digits.join('')
  }
}
const steuerIds = (n: number, seed: number) => {
  const random = seededRandom(seed)
  return Array.from({length: n}, () => {
    const body = steuerIdBody(random)
    return body + String(mod11_10CheckDigit(digitsOf(body)))
  })
}

/** German IBAN for an 18-digit BBAN: check digits 98 − (BBAN + "DE00" as digits) mod 97; an offset makes them wrong */
function germanIban(bban: string, checkOffset = 0): string {
  const check = 98 - Number(BigInt(`${bban}131400`) % 97n)
  return `DE${String(checkOffset === 0 ? check : (check + checkOffset) % 97).padStart(2, '0')}${bban}`
}
const ibans = (n: number, seed: number) => {
  const random = seededRandom(seed)
  return Array.from({length: n}, () => germanIban(randomDigits(random, 18)))
}

const categories = (verdicts: ColumnPiiVerdict[]) => verdicts.map((v) => v.category)
const verdictFor = (verdicts: ColumnPiiVerdict[], category: PiiCategory) => verdicts.find((v) => v.category === category)

describe('detectColumnPii: checksum identifiers', () => {
  it('reports a column of valid Steuer-IDs, with the checksum as evidence', () => {
    const ids = steuerIds(40, 1)
    expect(ids.every(isValidSteuerId)).toBe(true)
    const alone = verdictFor(detectColumnPii('Merkmal_7', ids), 'tax_id_de')
    expect(alone).toMatchObject({matchShare: 1, confidence: 0.9})
    expect(alone?.evidence).toEqual(['checksum:MOD 11,10'])
    const named = verdictFor(detectColumnPii('Steuer-ID', ids), 'tax_id_de')
    expect(named?.confidence).toBeGreaterThanOrEqual(0.95)
    expect(named?.evidence).toEqual(['name:strong:steuerid', 'checksum:MOD 11,10'])
    expect(named?.exampleIndexes).toEqual([0, 1, 2])
  })

  it('does not report 11-digit article numbers that pass MOD 11,10 by chance (about one in ten)', () => {
    // the hardest case: every number follows the Steuer-ID repeat rule, only the check digit is random
    const random = seededRandom(7)
    const articles = Array.from({length: 200}, () => steuerIdBody(random) + String(Math.floor(random() * 10)))
    const share = articles.filter(isValidSteuerId).length / articles.length
    expect(share).toBeGreaterThan(0.05)
    expect(share).toBeLessThan(0.2)
    expect(detectColumnPii('Nummer', articles)).toEqual([])
    expect(detectColumnPii('Artikelnummer', articles)).toEqual([])
  })

  it('reports nothing for an Artikelnummer column of uniformly random 11-digit numbers', () => {
    const random = seededRandom(11)
    const articles = Array.from({length: 100}, () => String(1 + Math.floor(random() * 9)) + randomDigits(random, 10))
    expect(detectColumnPii('Artikelnummer', articles)).toEqual([])
  })

  it('lowers the bar to half the values with a strong name, but not with a weak one', () => {
    const half = [...steuerIds(12, 3), ...Array.from({length: 8}, (_, i) => `ohne Angabe ${i}`)]
    expect(verdictFor(detectColumnPii('Steuer-IdNr', half), 'tax_id_de')?.matchShare).toBeCloseTo(0.6)
    expect(categories(detectColumnPii('Spalte', half))).not.toContain('tax_id_de')
    // "IdNr" is weak name evidence: the value bar stays at 0.8, and only the weak name-only verdict is left
    expect(verdictFor(detectColumnPii('IdNr', half), 'tax_id_de')).toMatchObject({matchShare: 0, confidence: 0.3})
  })

  it('reports an IBAN column, spaced or compact', () => {
    const column = ibans(30, 5).map((iban, i) => (i % 2 === 0 ? iban : iban.replace(/(.{4})/g, '$1 ').trim()))
    expect(column.every(isValidIban)).toBe(true)
    const verdict = verdictFor(detectColumnPii('Bankverbindung', column), 'iban')
    expect(verdict).toMatchObject({matchShare: 1})
    expect(verdict?.evidence).toContain('checksum:mod 97')
  })

  it('does not report IBAN-shaped batch codes with wrong check digits', () => {
    const random = seededRandom(9)
    const batches = Array.from({length: 30}, () => germanIban(randomDigits(random, 18), 1 + Math.floor(random() * 90)))
    expect(batches.some(isValidIban)).toBe(false)
    expect(detectColumnPii('Charge', batches)).toEqual([])
  })
})

describe('detectColumnPii: pattern categories', () => {
  it('reports an e-mail column, role mailboxes included', () => {
    const mails = ['max.mustermann@gmx.de', 'info@mueller-gmbh.de', 'rechnung@beispiel.de', 'j.schmidt@web.de', 'kontakt@firma.com']
    const verdict = verdictFor(detectColumnPii('Kontakt', mails), 'email')
    expect(verdict).toMatchObject({matchShare: 1, confidence: CONFIDENCE.pattern.none.base + CONFIDENCE.pattern.none.perShare})
    expect(verdictFor(detectColumnPii('E_Mail', mails), 'email')?.confidence).toBeGreaterThan(verdict?.confidence ?? 1)
  })

  it('reports a phone column in German spellings, with the library as evidence', () => {
    const phones = ['0171-1234567', '(089) 123456', '+49 (0)30 12345678', '0049 30 1234567', '030/1234567', '0221 9876543']
    const verdicts = detectColumnPii('Rufnummer', phones)
    expect(categories(verdicts)).toEqual(['phone'])
    expect(verdicts[0]).toMatchObject({matchShare: 1, evidence: ['name:strong:rufnummer', 'library:libphonenumber']})
    // written the way people dial, the values speak for themselves
    expect(verdictFor(detectColumnPii('Spalte 4', phones), 'phone')?.matchShare).toBe(1)
  })

  it('needs the name before bare digit runs count as phones', () => {
    const bare = ['01711234567', '08912345678', '03012345678', '02219876543']
    expect(categories(detectColumnPii('Wert', bare))).toEqual([])
    expect(verdictFor(detectColumnPii('Telefon', bare), 'phone')?.matchShare).toBe(1)
  })

  it('drops a Telefon name whose values are article codes (a name never outweighs contradicting values)', () => {
    const random = seededRandom(13)
    const codes = Array.from({length: 25}, () => `ART-${randomDigits(random, 5)}-B`)
    expect(detectColumnPii('Telefon', codes)).toEqual([])
    // with fewer values than the contradiction rule needs, the name-only verdict stays
    expect(detectColumnPii('Telefon', codes.slice(0, 5))).toEqual([
      {category: 'phone', confidence: NAME_ONLY_CONFIDENCE.strong, matchShare: 0, evidence: ['name:strong:telefon'], exampleIndexes: []},
    ])
  })
})

describe('detectColumnPii: name-bound categories', () => {
  const dates = ['1961-04-12', '03.11.1975', '1988-07-30', '29.02.1980', '1999-12-31']

  it('reads dates in a GEBDAT column as birth dates', () => {
    const verdict = verdictFor(detectColumnPii('GEBDAT', dates), 'birth_date')
    expect(verdict).toMatchObject({matchShare: 1, evidence: ['name:strong:gebdat', 'pattern:date']})
    expect(verdict?.confidence).toBeGreaterThan(NAME_ONLY_CONFIDENCE.strong)
  })

  it('never reads an order date as a birth date', () => {
    expect(detectColumnPii('Bestelldatum', dates)).toEqual([])
  })

  it('does not count dates after today minus 14 years nor before 1900', () => {
    const year = new Date().getUTCFullYear()
    const young = [`${year - 5}-01-15`, `01.06.${year - 2}`, '1899-12-31', '31.02.1970']
    const verdict = verdictFor(detectColumnPii('Geburtsdatum', young), 'birth_date')
    expect(verdict?.matchShare ?? 0).toBe(0)
  })

  it('reads 5-digit values as postal codes only under a PLZ name', () => {
    const codes = ['01067', '10115', '80331', '50667', '99998']
    expect(verdictFor(detectColumnPii('PLZ', codes), 'postal_code')?.matchShare).toBe(1)
    expect(detectColumnPii('Menge', codes)).toEqual([])
    expect(verdictFor(detectColumnPii('PLZ', ['00123', '00999', '01000']), 'postal_code')?.matchShare ?? 0).toBe(0)
  })
})

describe('detectColumnPii: Art. 9 and free text', () => {
  it('reports a Konfession column with church-tax keys as art9_religion', () => {
    const keys = ['rk', 'ev', '--', 'rk', 'ev', 'ev', 'rk', 'lt']
    const verdict = verdictFor(detectColumnPii('Konfession', keys), 'art9_religion')
    expect(verdict).toMatchObject({matchShare: 1, evidence: ['name:strong:konfession', 'dictionary:church-tax']})
    // the keys alone are Art. 9 too (≥ 80 % of the values), with lower confidence
    const cryptic = verdictFor(detectColumnPii('KZ_7', keys), 'art9_religion')
    expect(cryptic?.confidence).toBeLessThan(verdict?.confidence ?? 0)
    // "--" and "lt" alone match only supporting entries: never an example
    expect(verdict?.exampleIndexes).toEqual([0, 1, 3])
  })

  it('finds e-mails and phones inside free text, with the share of rows that hold them', () => {
    const notes = [
      'Kunde bittet um Rückruf unter 0171 1234567 am Vormittag',
      'Rechnung per Mail an max.mustermann@gmx.de, nicht per Post',
      'Lieferung ohne Beanstandung, 3 Kartons',
      'Neue Nummer (089) 123456, Mail j.schmidt@web.de',
      'Termin am 12.03.2024 verschoben, Menge 12345',
    ]
    const verdicts = detectColumnPii('Bemerkung', notes)
    expect(verdictFor(verdicts, 'email')).toMatchObject({matchShare: 0.4, exampleIndexes: [1, 3], evidence: ['free-text', 'pattern']})
    expect(verdictFor(verdicts, 'phone')).toMatchObject({matchShare: 0.4, exampleIndexes: [0, 3]})
    expect(categories(verdicts).sort()).toEqual(['email', 'phone'])
  })

  it('finds a spaced IBAN inside free text', () => {
    const notes = ['Erstattung auf DE89 3704 0044 0532 0130 00 bitte', 'Kein Konto angegeben bisher', 'Zahlung erfolgt wie besprochen']
    expect(verdictFor(detectColumnPii('Notiz', notes), 'iban')).toMatchObject({matchShare: 1 / 3, exampleIndexes: [0]})
  })
})

describe('detectColumnPii: person names', () => {
  const people = ['Max Mustermann', 'Schmidt, Anna', 'Dr. Jörg Weber', 'Ayşe Yılmaz', 'Frau Prof. Dr. Klein', 'Łukasz Kowalski', 'Giulia Rossi', 'Hans-Peter Braun']

  it('reports a column of full names under any header, with the name lists as evidence', () => {
    const verdict = verdictFor(detectColumnPii('Feld_3', people), 'person_name')
    expect(verdict).toMatchObject({matchShare: 1, evidence: ['dictionary:names'], exampleIndexes: [0, 1, 2]})
    expect(verdict?.confidence).toBeCloseTo(CONFIDENCE.pattern.none.base + CONFIDENCE.pattern.none.perShare)
    const named = verdictFor(detectColumnPii('Ansprechpartner', people), 'person_name')
    expect(named?.evidence).toEqual(['name:strong:ansprechpartner', 'dictionary:names'])
    expect(named?.confidence).toBeGreaterThan(verdict?.confidence ?? 1)
  })

  it('reads lone first names and surnames, rare ones included, under a Vorname or Nachname header only', () => {
    const surnames = ['Müller', 'Schneider', 'Öztürk', 'Xylander', 'Brzęczyszczykiewicz', 'Nowak', 'Papadopoulos', 'Hoffmann']
    expect(verdictFor(detectColumnPii('Nachname', surnames), 'person_name')?.matchShare).toBe(1)
    // a weak person header counts the known names only
    expect(verdictFor(detectColumnPii('Kunde', surnames), 'person_name')?.matchShare).toBe(0.75)
    expect(detectColumnPii('Merkmal', surnames)).toEqual([])
  })

  it('reports a customer column once enough of it are people, and not a column of companies', () => {
    const companies = ['Müller GmbH', 'Bäckerei Schmidt', 'Autohaus Weber KG', 'Stadtwerke Bonn', 'Meier & Söhne', 'Schulz e.K.', 'Weber Bau AG']
    const mixed = [...companies, 'Max Mustermann', 'Anna Schmidt', 'Dr. Jörg Weber']
    expect(verdictFor(detectColumnPii('Kunde', mixed), 'person_name')?.matchShare).toBeCloseTo(0.3)
    expect(detectColumnPii('Firma', companies)).toEqual([])
  })

  it('reports nothing for towns, products and article descriptions, even under a weak Name header', () => {
    const towns = ['Berlin', 'Frankfurt am Main', 'Bad Homburg', 'München', 'Sankt Augustin', 'Hamburg', 'Neustadt an der Weinstraße']
    const products = ['Schraube M8 verzinkt', 'Weber Grill Spirit', 'Kaffee Crema 1 kg', 'Winterreifen 205/55 R16', 'Rosa Pullover', 'Kabel NYM-J 3x1,5']
    expect(categories(detectColumnPii('Ort', towns))).not.toContain('person_name')
    expect(detectColumnPii('Spalte', towns)).toEqual([])
    expect(detectColumnPii('Bezeichnung', products)).toEqual([])
    expect(verdictFor(detectColumnPii('Name', products), 'person_name')).toMatchObject({matchShare: 0})
  })
})

describe('detectColumnPii: addresses, plates, tax and licence numbers', () => {
  it('reports street addresses from their values, and a Straße column of bare street names', () => {
    const streets = ['Hauptstraße 12a', 'Am Markt 3', 'Karl-Marx-Allee 90', 'Lindenweg 12, 10115 Berlin', 'Industriestr. 4-6']
    expect(verdictFor(detectColumnPii('Spalte', streets), 'street_address')).toMatchObject({matchShare: 1, evidence: ['pattern:street']})
    const bare = ['Hauptstraße', 'Lindenweg', 'An der Alster', 'Schloßplatz']
    expect(verdictFor(detectColumnPii('Straße', bare), 'street_address')?.matchShare).toBe(1)
    expect(detectColumnPii('Spalte', bare)).toEqual([])
    expect(detectColumnPii('Stellplatz', ['Stellplatz 4', 'Parkplatz 12', 'Tiefgaragenplatz 3'])).toEqual([])
  })

  it('reports number plates alone only when nearly all values are plates with a real district', () => {
    const plates = ['M-AB 1234', 'HH-XY 12', 'B-E 1E', 'K-LN 99', 'WÜ-T 694', 'S-OD 3361', 'GE-C 2811', 'HRO-A 1H', 'F-KL 200', 'DO-G 252']
    expect(verdictFor(detectColumnPii('Feld', plates), 'vehicle_plate_de')).toMatchObject({matchShare: 1, evidence: ['dictionary:district-codes']})
    const someCodes = [...plates.slice(0, 7), 'XX-AB 12', 'QQ-A 1', 'ZZZ-B 3']
    expect(detectColumnPii('Feld', someCodes)).toEqual([])
    expect(verdictFor(detectColumnPii('Kennzeichen', someCodes), 'vehicle_plate_de')?.matchShare).toBeCloseTo(0.7)
    // a Kennzeichen column of flags is no plate column
    expect(detectColumnPii('Kennzeichen', Array.from({length: 25}, (_, i) => (i % 2 === 0 ? 'J' : 'N')))).toEqual([])
  })

  it('reads Steuernummern and licence numbers only under their column names', () => {
    const numbers = ['181/815/08155', '93815/08152', '133/8150/8159', '2893081508152', '75 815 08152']
    expect(verdictFor(detectColumnPii('Steuernummer', numbers), 'tax_number_de')).toMatchObject({matchShare: 1, evidence: ['name:strong:steuernummer', 'pattern:state-format']})
    expect(detectColumnPii('Wert', numbers)).toEqual([])
    const licences = ['B072RRE2I55', 'VM71044048B', 'RL213386350']
    expect(verdictFor(detectColumnPii('Führerscheinnummer', licences), 'drivers_license_de')?.matchShare).toBe(1)
    expect(detectColumnPii('Code', licences)).toEqual([])
    // licence classes do not silence the name: old paper licences had numbers of every shape
    const classes = Array.from({length: 25}, (_, i) => ['B', 'BE', 'C1E'][i % 3])
    expect(verdictFor(detectColumnPii('Führerschein', classes), 'drivers_license_de')).toMatchObject({matchShare: 0, confidence: NAME_ONLY_CONFIDENCE.weak})
  })

  it('finds health terms inside free text with the share of rows, but not in ordinary notes', () => {
    const notes = [
      'AU bis 12.3., Bandscheibenvorfall',
      'Lieferung krank? nein, alles angekommen',
      'Rückfrage zur Rechnung vom Montag',
      'Seit Montag krankgeschrieben, Vertretung klären',
    ]
    expect(verdictFor(detectColumnPii('Bemerkung', notes), 'art9_health')).toMatchObject({
      matchShare: 0.5,
      exampleIndexes: [0, 3],
      evidence: ['free-text', 'dictionary:health-text'],
    })
    expect(detectColumnPii('Bemerkung', notes.slice(1, 3))).toEqual([])
  })
})

describe('detectColumnPii: name only, sorting', () => {
  it('gives an empty column a hint only, even under a strong name (below the DSGVO view threshold)', () => {
    expect(detectColumnPii('E-Mail', ['', '  ', ''])).toEqual([
      {category: 'email', confidence: 0.3, matchShare: 0, evidence: ['name:strong:email'], exampleIndexes: []},
    ])
    expect(detectColumnPii('Konto', [])).toEqual([
      {category: 'iban', confidence: 0.3, matchShare: 0, evidence: ['name:weak:konto'], exampleIndexes: []},
    ])
  })

  it('sorts several categories by confidence', () => {
    const mixed = ['max.mustermann@gmx.de', 'j.schmidt@web.de', 'a.b@t-online.de', '0171-1234567', 'e.f@gmx.net']
    const verdicts = detectColumnPii('Kontakt Telefon', mixed)
    expect(categories(verdicts)).toEqual(['email', 'phone'])
    expect(verdicts[0].confidence).toBeGreaterThanOrEqual(verdicts[1].confidence)
  })

  it('returns nothing for ordinary business columns', () => {
    expect(detectColumnPii('Bezeichnung', ['Schraube M12', 'Mutter M10', 'Scheibe 8,4'])).toEqual([])
    expect(detectColumnPii('Betrag', ['12,50', '1.234,00', '99,99'])).toEqual([])
  })
})

/** an independent judgement whether `value` belongs to `category`, from the validators themselves */
function valueFits(category: PiiCategory, value: string): boolean {
  const embedded = embeddedCategories(value)
  switch (category) {
    case 'email':
      return isValidEmail(value) || embedded.has('email')
    case 'phone':
      return isValidPhone(value) || embedded.has('phone')
    case 'iban':
      return isValidIban(value) || embedded.has('iban')
    case 'tax_id_de':
      return isValidSteuerId(value)
    case 'vat_id':
      return isValidUstIdNr(value)
    case 'credit_card':
      return isValidCardNumber(value)
    case 'ip_address':
      return isValidIpAddress(value)
    case 'postal_code':
      return isGermanPostalCode(value)
    case 'birth_date':
      return isPlausibleBirthDate(value, new Date())
    case 'person_name':
      return personNameShape(value) !== undefined
    case 'street_address':
      return isStreetAddress(value, true)
    case 'tax_number_de':
      return isValidSteuernummer(value)
    case 'drivers_license_de':
      return isDriversLicenseNumber(value)
    case 'vehicle_plate_de':
      return isVehiclePlate(value)
    case 'art9_health':
      return embedded.has('art9_health') || art9ValueEvidence([value]).some((e) => e.category === category)
    default:
      return art9ValueEvidence([value]).some((e) => e.category === category)
  }
}

describe('detectColumnPii: example indexes', () => {
  it('always point at values that fit the verdict, at most three, and never a name-only verdict', () => {
    const pool = [
      ...steuerIds(5, 21), ...ibans(5, 22), 'max.mustermann@gmx.de', 'info@firma.de', '0171-1234567', '(089) 123456',
      '10115', '1975-03-12', 'rk', 'ev', '--', 'F32.1', '192.168.0.1', 'DE136695976', '4111 1111 1111 1111',
      'Rückruf unter 030 1234567 bitte', 'Mail an a.b@web.de gesendet heute', 'ART-4711', '12345678901', '', '  ',
      'Max Mustermann', 'Schmidt', 'Müller GmbH', 'Hauptstraße 12a', 'Lindenweg', 'M-AB 1234', '181/815/08155',
      'B072RRE2I55', 'AU bis 12.3., Bandscheibenvorfall', 'Lieferung krank? nein',
    ]
    const headers = [
      'Spalte', 'Telefon', 'E-Mail', 'PLZ', 'GEBDAT', 'Konfession', 'Steuer-ID', 'IBAN', 'Bemerkung', 'Diagnose',
      'Nachname', 'Kunde', 'Straße', 'Kennzeichen', 'Steuernummer', 'Führerscheinnummer',
    ]
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({maxLength: 12})), {maxLength: 30}), (header, values) => {
        for (const verdict of detectColumnPii(header, values)) {
          expect(verdict.exampleIndexes.length).toBeLessThanOrEqual(3)
          expect(verdict.confidence).toBeGreaterThan(0)
          expect(verdict.confidence).toBeLessThanOrEqual(1)
          if (verdict.matchShare === 0) expect(verdict.exampleIndexes).toEqual([])
          else expect(verdict.exampleIndexes.length).toBeGreaterThan(0)
          for (const i of verdict.exampleIndexes) {
            expect(values[i]?.trim()).toBeTruthy()
            expect(valueFits(verdict.category, values[i])).toBe(true)
          }
        }
      }),
      {numRuns: 400},
    )
  })

  it('lets numbers contradict a name that asks for letters (head counts under "Mitarbeiter")', () => {
    const counts = Array.from({length: 30}, (_, i) => String(5 + i * 3))
    expect(detectColumnPii('Mitarbeiter', counts)).toEqual([])
    // too few values to contradict
    expect(detectColumnPii('Mitarbeiter', counts.slice(0, 5)).map((v) => v.category)).toEqual(['person_name'])
    // numbers do not contradict categories written in digits
    expect(detectColumnPii('KRANKTAGE', counts).map((v) => v.category)).toContain('art9_health')
  })

  it('does not read phone numbers out of grouped card numbers, printed IBANs or version numbers', () => {
    const cards = Array.from({length: 30}, (_, i) => `4887 0212 3832 ${String(1000 + i)}`)
    expect(detectColumnPii('Kartennummer', cards).map((v) => v.category)).not.toContain('phone')
    const agents = Array.from({length: 30}, (_, i) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0.6478.${100 + i} Safari/537.36`)
    expect(detectColumnPii('user_agent', agents)).toEqual([])
    const notes = ['Rückruf erbeten unter 0171 2345678', 'Preis angepasst', 'Mahnung versendet', 'Lieferadresse geändert']
    expect(detectColumnPii('Notiz', notes).map((v) => v.category)).toEqual(['phone'])
  })

  it('reads a header ending in an identifier word as a reference, not as the person or address', () => {
    const ids = Array.from({length: 30}, (_, i) => String(i + 1))
    expect(detectColumnPii('address_id', ids)).toEqual([])
    expect(detectColumnPii('supplier_ids', ids)).toEqual([])
    // identifiers keep their categories
    expect(detectColumnPii('Steuer-ID', []).map((v) => v.category)).toContain('tax_id_de')
  })

  it('reads statistics about groups as no personal data, but keeps per-person counts', () => {
    const numbers = Array.from({length: 30}, (_, i) => String(100 + i * 7))
    expect(detectColumnPii('Anteil der Bevölkerung mit Migrationshintergrund in %', numbers)).toEqual([])
    expect(detectColumnPii('Einwohner mit Migrationshintergrund', numbers)).toEqual([])
    expect(detectColumnPii('Krankheitstage', numbers).map((v) => v.category)).toEqual(['art9_health'])
  })
})
