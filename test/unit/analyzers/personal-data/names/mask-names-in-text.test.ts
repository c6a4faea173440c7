import {describe, expect, it} from 'vitest'
import {maskNamesInText} from '../../../../../src/analyzers/personal-data/names/mask-names-in-text.js'

describe('maskNamesInText', () => {
  it('masks known first names and surnames inside a text, keeping their initials', () => {
    expect(maskNamesInText('Kunde Hans Franke hat angerufen')).toBe('Kunde H*** F***** hat angerufen')
    expect(maskNamesInText('Rückruf an Frau Özdemir-Yılmaz')).toBe('Rückruf an Frau Ö******-Y*****')
    expect(maskNamesInText('Ansprechpartner jetzt Anna-Lena Schmidt')).toBe('Ansprechpartner jetzt A***-L*** S******')
    expect(maskNamesInText('RUECKRUF HANS MÜLLER GMBH')).toBe('RUECKRUF H*** M***** GMBH')
  })

  it('leaves words that are no names, parts of compounds and lower-case words alone', () => {
    expect(maskNamesInText('Schraube M8 verzinkt, 100 Stück')).toBe('Schraube M8 verzinkt, 100 Stück')
    expect(maskNamesInText('Kochtopf Edelstahl')).toBe('Kochtopf Edelstahl')
    expect(maskNamesInText('lieferung an schmidt')).toBe('lieferung an schmidt')
  })
})
