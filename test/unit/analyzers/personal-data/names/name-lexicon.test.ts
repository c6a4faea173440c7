import {describe, expect, it} from 'vitest'
import {foldName} from '../../../../../src/analyzers/personal-data/names/fold-name.js'
import {
  GERMAN_FIRST_NAMES_FEMALE_MIDDLE,
  GERMAN_FIRST_NAMES_FEMALE_OLDER,
  GERMAN_FIRST_NAMES_FEMALE_YOUNGER,
  GERMAN_FIRST_NAMES_MALE_MIDDLE,
  GERMAN_FIRST_NAMES_MALE_OLDER,
  GERMAN_FIRST_NAMES_MALE_YOUNGER,
} from '../../../../../src/analyzers/personal-data/names/german-first-names.js'
import {GERMAN_SURNAMES, REGIONAL_GERMAN_SURNAMES} from '../../../../../src/analyzers/personal-data/names/german-surnames.js'
import {
  isKnownFirstName,
  isKnownSurname,
  lexiconSizes,
  slavicSurnameForms,
} from '../../../../../src/analyzers/personal-data/names/name-lexicon.js'

const distinct = (lists: ReadonlyArray<readonly string[]>) => new Set(lists.flat().map(foldName)).size

describe('bundled name lists', () => {
  it('hold at least a thousand German first names and a thousand German surnames', () => {
    const firstNames = [
      GERMAN_FIRST_NAMES_FEMALE_OLDER,
      GERMAN_FIRST_NAMES_FEMALE_MIDDLE,
      GERMAN_FIRST_NAMES_FEMALE_YOUNGER,
      GERMAN_FIRST_NAMES_MALE_OLDER,
      GERMAN_FIRST_NAMES_MALE_MIDDLE,
      GERMAN_FIRST_NAMES_MALE_YOUNGER,
    ]
    expect(distinct(firstNames)).toBeGreaterThanOrEqual(1000)
    expect(distinct([GERMAN_SURNAMES, REGIONAL_GERMAN_SURNAMES])).toBeGreaterThanOrEqual(1000)
    const sizes = lexiconSizes()
    expect(sizes.firstNames).toBeGreaterThan(2000)
    expect(sizes.surnames).toBeGreaterThan(2000)
  })

  it('are written lower case, one word each, without hyphens (hyphenated names are read by their parts)', () => {
    for (const name of [...GERMAN_FIRST_NAMES_MALE_OLDER, ...GERMAN_FIRST_NAMES_FEMALE_YOUNGER, ...GERMAN_SURNAMES]) {
      expect(name, name).toMatch(/^\p{Ll}+$/u)
    }
  })
})

describe('lookups', () => {
  it('know German first names of old and young generations, both sexes', () => {
    for (const name of ['Gertrud', 'Wilhelm', 'Sabine', 'Thorsten', 'Mia', 'Noah', 'Jörg', 'Bärbel']) {
      expect(isKnownFirstName(foldName(name)), name).toBe(true)
    }
  })

  it('know international first names in their own letters and in German transliteration', () => {
    for (const name of ['Mehmet', 'Ayşe', 'Łukasz', 'Małgorzata', 'Sergej', 'Jewgeni', 'Giuseppe', 'Eleni', 'Mohammed', 'Željko', 'Sean']) {
      expect(isKnownFirstName(foldName(name)), name).toBe(true)
    }
  })

  it('know German and international surnames, with and without umlauts', () => {
    for (const name of ['Müller', 'Mueller', 'Muller', 'Schmidt', 'Yılmaz', 'Öztürk', 'Kowalski', 'Rossi', 'Papadopoulos', 'Horvat', 'Nguyen']) {
      expect(isKnownSurname(foldName(name)), name).toBe(true)
    }
  })

  it('adds the feminine and transliterated forms of Slavic surnames', () => {
    expect(slavicSurnameForms('kowalski')).toContain('kowalska')
    expect(slavicSurnameForms('ivanov')).toEqual(expect.arrayContaining(['ivanova', 'ivanow', 'ivanowa']))
    expect(slavicSurnameForms('nikitin')).toContain('nikitina')
    for (const name of ['Kowalska', 'Wiśniewska', 'Iwanowa', 'Petrowa', 'Smirnova']) expect(isKnownSurname(foldName(name)), name).toBe(true)
  })

  it('do not know ordinary words, towns and products', () => {
    for (const word of ['schraube', 'rechnung', 'berlin', 'hamburg', 'lieferung', 'gmbh', 'kunde', 'artikel']) {
      expect(isKnownFirstName(word) || isKnownSurname(word), word).toBe(false)
    }
  })
})
