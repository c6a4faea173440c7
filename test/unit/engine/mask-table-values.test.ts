import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {columnPrivacy, maskTableValues} from '../../../src/engine/mask-table-values.js'
import type {ColumnReport, InferredType, PiiFinding, TableReport} from '../../../src/report/scan-report.js'
import {isMailProvider, keepsWord} from '../../../src/values/mask-value.js'

function column(name: string, inferredType: InferredType, shown: Partial<ColumnReport>): ColumnReport {
  return {
    name,
    position: 0,
    inferredType,
    typeCounts: {},
    nullCount: 0,
    emptyCount: 0,
    placeholderCount: 0,
    completeness: 1,
    distinctCount: 3,
    distinctApprox: false,
    pii: [],
    ...shown,
  }
}

function table(columns: ColumnReport[], duplicates: Partial<TableReport['duplicates']> = {}): TableReport {
  return {
    name: 't',
    rowCount: 10,
    columnCount: columns.length,
    sampled: false,
    duplicates: {exactRows: 0, duplicatedRowGroups: 0, exactRowShare: 0, candidateKeys: [], ...duplicates},
    columns,
    findings: [],
  }
}

function maskedColumn(col: ColumnReport): ColumnReport {
  const t = table([col])
  maskTableValues(t)
  return t.columns[0]
}

const tops = (...values: string[]) => values.map((value, i) => ({value, count: 10 - i}))

describe('columnPrivacy', () => {
  it.each([
    ['Name', 'name'],
    ['Vorname', 'name'],
    ['Nachname', 'name'],
    ['Kunde', 'name'],
    ['Firma', 'name'],
    ['Ansprechpartner', 'name'],
    ['Kontoinhaber', 'name'],
    ['Name 2', 'name'],
    ['Sachbearbeiter', 'name'],
    ['Briefanrede', 'name'],
    ['Straße', 'address'],
    ['Anschrift', 'address'],
    ['Lieferadresse', 'address'],
    ['Adresszusatz', 'address'],
    ['E-Mail', 'contact'],
    ['E-Mail-Adresse', 'contact'],
    ['Telefon', 'contact'],
    ['Tel.', 'contact'],
    ['Mobil', 'contact'],
    ['IBAN', 'contact'],
    ['IBAN Kontoinhaber', 'contact'],
    ['Kontonummer', 'contact'],
    ['Steuer-ID', 'contact'],
    ['Kundennummer', 'plain'],
    ['Kunde seit', 'plain'],
    ['Mitarbeiter-Nr.', 'plain'],
    ['PLZ', 'plain'],
    ['Ort', 'plain'],
    ['Betrag', 'plain'],
    ['Artikelname', 'plain'],
    ['', 'plain'],
  ])('%j → %s', (header, expected) => {
    expect(columnPrivacy(header)).toBe(expected)
  })
})

describe('maskTableValues by column type', () => {
  it('leaves date and date-time columns readable', () => {
    const dates = maskedColumn(column('Geburtsdatum', 'date', {min: '1961-03-12', max: '2001-11-30', topValues: tops('07.03.2024', '2024-03-07')}))
    expect(dates.min).toBe('1961-03-12')
    expect(dates.max).toBe('2001-11-30')
    expect(dates.topValues?.map((t) => t.value)).toEqual(['07.03.2024', '2024-03-07'])
    const times = maskedColumn(column('Erstellt', 'datetime', {min: '2024-01-15T10:30:00', max: '2024-02-01T08:00:00'}))
    expect([times.min, times.max]).toEqual(['2024-01-15T10:30:00', '2024-02-01T08:00:00'])
  })

  it('leaves boolean and decimal columns alone, even with long numbers', () => {
    expect(maskedColumn(column('Aktiv', 'boolean', {topValues: tops('ja', 'nein')})).topValues?.map((t) => t.value)).toEqual(['ja', 'nein'])
    const amounts = maskedColumn(column('Umsatz', 'decimal', {min: 0.5, max: 123456789, topValues: tops('12.345.678,90')}))
    expect([amounts.min, amounts.max, amounts.topValues?.[0].value]).toEqual([0.5, 123456789, '12.345.678,90'])
  })

  it('masks integers of 8+ digits in integer columns, keeps shorter ones', () => {
    const ids = maskedColumn(column('Kennziffer', 'integer', {min: 1234567, max: 12345678901, topValues: tops('12345678901', '10007')}))
    expect(ids.min).toBe(1234567)
    expect(ids.max).toBe('12*******01')
    expect(ids.topValues?.map((t) => t.value)).toEqual(['12*******01', '10007'])
    const customers = maskedColumn(column('Kunde', 'integer', {min: 100001, max: 9999999}))
    expect([customers.min, customers.max]).toEqual([100001, 9999999])
  })

  it('masks from 6 digits in integer contact columns', () => {
    const phones = maskedColumn(column('Telefon', 'integer', {min: 12345, max: 2312567}))
    expect([phones.min, phones.max]).toEqual([12345, '23***67'])
  })

  it('applies the value mask to plain text and mixed columns, with known names masked inside', () => {
    const plain = maskedColumn(
      column('Status', 'text', {
        min: 'Anruf 07.03.2024 von 0221 123456',
        max: 'Müller zahlt per DE89370400440532013000',
        topValues: tops('jana@gmx.de', 'Müller GmbH', 'Kunde seit 2019', 'Rückruf Hans Franke'),
      }),
    )
    expect(plain.min).toBe('Anruf 07.03.2024 von 02** ****56')
    expect(plain.max).toBe('M***** zahlt per DE89****************00')
    expect(plain.topValues?.map((t) => t.value)).toEqual(['j***@gmx.de', 'M***** GmbH', 'Kunde seit 2019', 'Rückruf H*** F*****'])
    const mixed = maskedColumn(column('Wert', 'mixed', {topValues: tops('07.03.2024', '123456789', 'k.A.')}))
    expect(mixed.topValues?.map((t) => t.value)).toEqual(['07.03.2024', '12*****89', 'k.A.'])
  })

  it('masks a notes column as text: every word to its initial, cut to 40 characters', () => {
    const notes = maskedColumn(column('Bemerkung', 'text', {min: 'Anruf 07.03.2024 von 0221 123456', max: 'Zahlt per DE89370400440532013000'}))
    expect(notes.min).toBe('A**** 07.03.2024 v** 02** ****56')
    expect(notes.max).toBe('Z**** p** D*89****************00')
  })

  it('masks names to initials and keeps legal forms', () => {
    const names = maskedColumn(column('Firma', 'text', {min: 'Aachener Bau GmbH', max: 'Zimmerei Weg & Söhne OHG', topValues: tops('Müller GmbH & Co. KG')}))
    expect(names.min).toBe('A******* B** GmbH')
    // in a name column "Weg" is a name
    expect(names.max).toBe('Z******* W** & S**** OHG')
    expect(names.topValues?.[0].value).toBe('M***** GmbH & Co. KG')
    expect(maskedColumn(column('Vorname', 'text', {min: 'Anna', max: 'Zoë'})).max).toBe('Z**')
  })

  it('masks streets but keeps street words, house numbers and PLZ', () => {
    const streets = maskedColumn(column('Straße', 'text', {min: 'Am Ring 7', max: 'Zollstr. 12a', topValues: tops('Berliner Straße 5, 10115 Berlin')}))
    expect([streets.min, streets.max]).toEqual(['A* Ring 7', 'Z******. 12a'])
    expect(streets.topValues?.[0].value).toBe('B******* Straße 5, 10115 B*****')
  })

  it('masks e-mail, IBAN and phone columns', () => {
    expect(maskedColumn(column('E-Mail', 'text', {min: 'anna@mueller-bau.de', max: 'zoe@web.de'}))).toMatchObject({min: 'a***@m******-b**.de', max: 'z***@web.de'})
    expect(maskedColumn(column('IBAN', 'text', {min: 'DE89 3704 0044 0532 0130 00'})).min).toBe('DE89 **** **** **** **30 00')
    expect(maskedColumn(column('Telefon', 'text', {min: '0221 12345', max: '+49 171 2345678'}))).toMatchObject({min: '02** ***45', max: '+49 *** *****78'})
  })

  it('adds no min/max where there was none', () => {
    const col = maskedColumn(column('Name', 'text', {topValues: tops('Anna')}))
    expect('min' in col).toBe(false)
    expect('max' in col).toBe(false)
  })
})

describe('maskTableValues on duplicates', () => {
  it('keeps plain candidate-key values unless they are long digit runs, e-mails or IBANs', () => {
    const t = table([], {
      candidateKeys: [
        {columns: ['Kundennummer'], unique: false, distinctCount: 9, distinctApprox: false, missingCount: 0, duplicatedValues: 3, surplusRows: 3, examples: ['10007', 'K-2024-01', '123456789', 'a@b.de']},
        {columns: ['Name'], unique: false, distinctCount: 9, distinctApprox: false, missingCount: 0, duplicatedValues: 1, surplusRows: 1, examples: ['Müller', 'Schmidt | Hauptstr. 5']},
      ],
    })
    maskTableValues(t)
    expect(t.duplicates.candidateKeys[0].examples).toEqual(['10007', 'K-2024-01', '12*****89', 'a***@b.de'])
    expect(t.duplicates.candidateKeys[1].examples).toEqual(['M*****', 'S****** | H*******. 5'])
  })

  it('word-masks duplicate-entity keys and variants, keeping their spelling structure', () => {
    const t = table([], {
      likelyEntities: {
        columns: ['Firma', 'Straße', 'PLZ'],
        groups: 1,
        surplusRows: 1,
        examples: [
          {
            key: 'mueller | hauptstrasse 5 | 50667',
            variants: ['Müller GmbH | Hauptstr. 5 | 50667', 'Mueller GmbH & Co. KG | Hauptstraße 5 | 50667'],
            rows: 2,
          },
        ],
      },
    })
    maskTableValues(t)
    expect(t.duplicates.likelyEntities?.examples[0]).toEqual({
      key: 'm****** | h*********** 5 | 50667',
      variants: ['M***** GmbH | H*******. 5 | 50667', 'M****** GmbH & Co. KG | H********** 5 | 50667'],
      rows: 2,
    })
  })
})

// ---- property: personal values placed in name-like or address-like columns ----

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ']
const digits = (min: number, max: number) => fc.string({unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max})
const word = fc.string({unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 12})
const nameValue = fc.array(fc.oneof({weight: 4, arbitrary: word}, {weight: 1, arbitrary: fc.constantFrom('GmbH', '&', 'Co.', 'KG', 'e.V.', 'Dr.')}), {minLength: 1, maxLength: 4}).map((w) => w.join(' '))
const streetValue = fc
  .tuple(word, fc.constantFrom('str.', 'straße', ' Straße', ' Weg', ''), fc.integer({min: 1, max: 999}), fc.constantFrom('', ', 50667 Köln', ' 10115'))
  .map(([w, suffix, n, place]) => `${w}${suffix} ${n}${place}`)
const emailValue = fc
  .tuple(fc.string({unit: fc.constantFrom(...LETTERS.slice(0, 26), '.', '-'), minLength: 1, maxLength: 12}), word, fc.constantFrom('de', 'com'))
  .filter(([, domain, tld]) => !isMailProvider(`${domain}.${tld}`))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`)
const ibanValue = digits(20, 20).map((d) => `DE${d}`)
const phoneValue = fc.tuple(fc.constantFrom('0', '+49 '), digits(2, 4), fc.constantFrom(' ', '/', '-'), digits(4, 8)).map(([p, a, s, n]) => `${p}${a}${s}${n}`)
const personal = fc.oneof(nameValue, streetValue, emailValue, ibanValue, phoneValue)
const header = fc.constantFrom('Name', 'Vorname', 'Nachname', 'Kunde', 'Firma', 'Ansprechpartner', 'Kontoinhaber', 'Straße', 'Anschrift', 'E-Mail', 'Telefon', 'IBAN')

const LETTER_RUN = /[\p{L}\p{M}]+/gu

describe('maskTableValues property', () => {
  it('shows no 3+-letter word and no 6+-digit run of a personal value in a name-like or address-like column', () => {
    fc.assert(
      fc.property(header, fc.array(personal, {minLength: 2, maxLength: 4}), (name, values) => {
        const col = maskedColumn(column(name, 'text', {min: values[0], max: values[1], topValues: tops(...values)}))
        const shown = [col.min, col.max, ...(col.topValues ?? []).map((t) => t.value)].join(' ')
        const shownWords = new Set((shown.match(LETTER_RUN) ?? []).map((w) => w.toLowerCase()))
        const input = values.join(' ')
        const style = columnPrivacy(name) === 'address' ? 'address' : 'name'
        for (const w of input.match(LETTER_RUN) ?? []) {
          // kept on purpose: legal forms, street words in address columns, the ".com" of an e-mail
          if ([...w].length < 3 || keepsWord(w, style) || w === 'com') continue
          expect(shownWords.has(w.toLowerCase()), `"${w}" shown in ${shown}`).toBe(false)
        }
        for (const run of input.match(/\d{6,}/g) ?? []) expect(shown).not.toContain(run)
      }),
      {numRuns: 300},
    )
  })

  it('masks the orphan examples of foreign keys like key examples: by their columns\' privacy', () => {
    const t = table([])
    t.foreignKeys = [
      {columns: ['kunden_nr'], references: {schema: null, table: 'kunde', columns: ['nr']}, declared: false, orphanRows: 3, examples: ['10007', '123456789']},
      {columns: ['email'], references: {schema: null, table: 'kontakt', columns: ['email']}, declared: true, orphanRows: 1, examples: ['a@b.de']},
    ]
    maskTableValues(t)
    expect(t.foreignKeys[0].examples).toEqual(['10007', '12*****89'])
    expect(t.foreignKeys[1].examples).not.toContain('a@b.de')
    expect(t.foreignKeys[1].examples![0]).toMatch(/\*/)
  })

  describe('by detected category', () => {
    const sure = (category: PiiFinding['category']): PiiFinding[] => [{category, confidence: 0.95, matchShare: 1, evidence: ['test']}]

    it('never shows more than the word mask would, where a value does not fit its category', () => {
      const mail = maskedColumn(column('Kontakt', 'text', {pii: sure('email'), topValues: tops('Anna Schmidt <a.schmidt@firma.de>', 'jana@gmx.de')}))
      expect(mail.topValues?.[0].value).toBe('A*** S****** <a***@f****.de>')
      expect(mail.topValues?.[1].value).toBe('j***@gmx.de')
      const phone = maskedColumn(column('Telefon', 'text', {pii: sure('phone'), min: 'Tel. Hr. Müller 0171 1234567'}))
      expect(phone.min).not.toContain('Müller')
    })

    it('masks Art. 9 values as text', () => {
      const religion = maskedColumn(column('KONF', 'text', {pii: sure('art9_religion'), topValues: tops('rk', 'ev')}))
      expect(religion.topValues?.map((t) => t.value)).toEqual(['r*', 'e*'])
      const diagnosis = maskedColumn(column('Diagnose', 'text', {pii: sure('art9_health'), min: 'F32.1 Depression'}))
      expect(diagnosis.min).toBe('F32.1 D*********')
    })

    it('masks key and reference examples part by part with each part’s column', () => {
      const t = table(
        [column('Reisepass', 'text', {pii: sure('passport_de')}), column('Nachname', 'text', {}), column('Geburtsdatum', 'date', {pii: sure('birth_date')})],
        {
          candidateKeys: [
            {columns: ['Reisepass'], unique: false, distinctCount: 9, distinctApprox: false, missingCount: 0, duplicatedValues: 1, surplusRows: 1, examples: ['C01X00T47']},
            {columns: ['Nachname', 'Geburtsdatum'], unique: false, distinctCount: 9, distinctApprox: false, missingCount: 0, duplicatedValues: 1, surplusRows: 1, examples: ['Müller | 1985-03-12']},
          ],
        },
      )
      maskTableValues(t)
      expect(t.duplicates.candidateKeys[0].examples).toEqual(['C0*****47'])
      expect(t.duplicates.candidateKeys[1].examples).toEqual(['M***** | **.**.1985'])
    })
  })
})
