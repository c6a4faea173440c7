import {describe, expect, it} from 'vitest'
import {
  CHURCH_TAX_KEYS,
  art9ValueEvidence,
  compactValue,
  isGdbValue,
  isPflegegradValue,
  looksLikeIcd10,
} from '../../../../src/analyzers/personal-data/art9-dictionaries.js'

const byDictionary = (values: readonly string[]) =>
  Object.fromEntries(art9ValueEvidence(values).map((e) => [e.dictionary, e]))

describe('compactValue', () => {
  it('folds case, umlauts and punctuation', () => {
    expect(compactValue(' Röm.-Kath. ')).toBe('roemkath')
    expect(compactValue('ver.di')).toBe('verdi')
    expect(compactValue('IG Metall')).toBe('igmetall')
  })
})

describe('looksLikeIcd10', () => {
  it.each(['F32.1', 'M54.5', 'm54.5', 'S72.01', 'J06.9 G', 'S82.1 R', 'S82.1 R G', 'F32.-', 'U07.1!', 'G63.2*', 'E11', 'Z00.0', 'S72.001A'])(
    'accepts %s',
    (code) => expect(looksLikeIcd10(code)).toBe(true),
  )

  it.each(['F3', 'F321', 'F32.', 'F32.12345', '1F32', 'FF32', 'F32.A', '4711', 'A-12', 'F32.1 X', 'DE89370400440532013000', ''])(
    'rejects %j',
    (code) => expect(looksLikeIcd10(code)).toBe(false),
  )

  it('also accepts the known false positives (threads, Torx, sockets, article codes): the shape alone decides nothing', () => {
    for (const code of ['M12', 'T25', 'E27', 'A12', 'B12']) expect(looksLikeIcd10(code)).toBe(true)
  })
})

describe('isGdbValue / isPflegegradValue', () => {
  it('accepts GdB 20–100 in steps of 10 and nothing else', () => {
    expect(['20', '30', '50', '90', '100', ' 60 '].every(isGdbValue)).toBe(true)
    expect(['10', '25', '110', '0', '5', '200', 'fünfzig'].some(isGdbValue)).toBe(false)
  })

  it('accepts Pflegegrad 1–5', () => {
    expect(['1', '3', '5'].every(isPflegegradValue)).toBe(true)
    expect(['0', '6', '12', 'II'].some(isPflegegradValue)).toBe(false)
  })
})

describe('art9ValueEvidence', () => {
  it('finds church-tax keys from a payroll export, spouses\' keys and "--" included', () => {
    const values = ['rk', 'ev', '--', 'RK', 'ev ', 'lt', 'ev/rk', 'rk --', '', '  ']
    const religion = byDictionary(values)['church-tax']
    expect(religion.category).toBe('art9_religion')
    expect(religion.matchShare).toBe(1) // 8 of 8 non-empty
    expect(religion.matched).toEqual(['--', 'ev', 'ev/rk', 'lt', 'rk', 'rk/--'])
  })

  it('finds spelled-out confessions', () => {
    const values = ['römisch-katholisch', 'evangelisch', 'konfessionslos', 'Röm.-kath.', 'ev.-luth.', 'islamisch', 'Sonstige']
    const religion = byDictionary(values)['church-tax']
    expect(religion.matchShare).toBeCloseTo(6 / 7)
    expect(religion.matched).toContain('roemischkatholisch')
  })

  it('documents every church-tax key', () => {
    for (const [key, meaning] of Object.entries(CHURCH_TAX_KEYS)) {
      expect(key).toMatch(/^[a-z]{2}$/)
      expect(meaning.length).toBeGreaterThan(5)
    }
    expect(Object.keys(CHURCH_TAX_KEYS)).toEqual(expect.arrayContaining(['rk', 'ev', 'lt', 'rf', 'ak', 'fr', 'is', 'jd']))
  })

  it('does not read religion into ISO country codes or placeholders', () => {
    expect(byDictionary(['DE', 'FR', 'IL', 'LT', 'IS', 'AT', 'CH', 'FR'])['church-tax']).toBeUndefined()
    expect(byDictionary(['--', '--', 'keine', '--'])['church-tax']).toBeUndefined()
  })

  it('measures health terms in an absence-reason column', () => {
    const values = ['Urlaub', 'Krank', 'AU', 'Urlaub', 'Fortbildung', 'Kur', 'Krankmeldung', 'Mutterschutz', 'Sonderurlaub', 'GdB 50']
    const health = byDictionary(values)['health-terms']
    expect(health.category).toBe('art9_health')
    expect(health.matchShare).toBeCloseTo(6 / 10)
    expect(health.matched).toEqual(['GdB n', 'au', 'krank', 'krankmeldung', 'kur', 'mutterschutz'])
  })

  it('counts a sick child as health data, spelled as payroll tools write it', () => {
    const health = byDictionary(['Kind krank', 'Urlaub', 'Kind-krank', 'Kinderkrank'])['health-terms']
    expect(health.matchShare).toBeCloseTo(3 / 4)
    expect(health.matched).toEqual(['kinderkrank', 'kindkrank'])
  })

  it('ignores ambiguous health words without a distinctive one (AU = Australia, Kur in a name)', () => {
    expect(byDictionary(['AU', 'DE', 'AU', 'NZ'])['health-terms']).toBeUndefined()
  })

  it('does not count bare numbers as GdB or Pflegegrad', () => {
    expect(art9ValueEvidence(['10', '20', '30', '50', '100', '3', '1'])).toEqual([])
  })

  it('reports ICD-10 shapes as their own dictionary, with the share of matching values', () => {
    const diagnoses = byDictionary(['F32.1', 'M54.5 G', 'J06.9', 'Z00.0', 'keine Angabe'])
    expect(diagnoses.icd10).toEqual({category: 'art9_health', dictionary: 'icd10', matchShare: 0.8, matched: ['ICD-10 code']})
    // article numbers look the same: the share is high, so the combiner needs a column name (Diagnose, ICD)
    expect(byDictionary(['A12', 'B20', 'C07', 'D45']).icd10.matchShare).toBe(1)
    expect(byDictionary(['4711-A', 'ART-0815', 'X-100', 'A1']).icd10).toBeUndefined()
  })

  it('finds union and party names in their spellings', () => {
    const unions = byDictionary(['IG Metall', 'ver.di', 'Verdi', 'IG BCE', 'keine', 'NGG', 'GEW', '']).unions
    expect(unions.category).toBe('art9_union')
    expect(unions.matchShare).toBe(1)
    expect(unions.matched).toEqual(['gew', 'igbce', 'igmetall', 'keine', 'ngg', 'verdi'])
    const parties = byDictionary(['SPD', 'CDU', 'Bündnis 90/Die Grünen', 'parteilos', 'Die Linke']).parties
    expect(parties.category).toBe('art9_political')
    expect(parties.matchShare).toBe(1)
    expect(byDictionary(['grüne', 'linke', 'rot', 'blau']).parties).toBeUndefined()
  })

  it('finds nothing in ordinary business columns', () => {
    const columns = [
      ['Müller GmbH', 'Schmidt & Co. KG', 'Bäckerei Weber'],
      ['Kugellager 6204', 'Schraube M8x20', 'Mutter M10'],
      ['offen', 'bezahlt', 'storniert', 'offen'],
      ['1.234,56', '99,00', '0,50'],
      ['Vertrieb', 'Einkauf', 'Lager', 'Verwaltung'],
    ]
    for (const values of columns) expect(art9ValueEvidence(values)).toEqual([])
  })

  it('counts only non-empty values and returns nothing for an empty column', () => {
    expect(art9ValueEvidence([])).toEqual([])
    expect(art9ValueEvidence(['', ' ', '\t'])).toEqual([])
    expect(byDictionary(['rk', '', '', 'Urlaub'])['church-tax'].matchShare).toBe(0.5)
  })
})
