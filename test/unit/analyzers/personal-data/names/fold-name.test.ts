import {describe, expect, it} from 'vitest'
import {foldName, foldNameBare} from '../../../../../src/analyzers/personal-data/names/fold-name.js'

describe('foldName', () => {
  it('expands German umlauts and ß, lower-cases', () => {
    expect(foldName('Müller')).toBe('mueller')
    expect(foldName('GROẞ')).toBe('gross')
    expect(foldName('Weiß')).toBe('weiss')
    expect(foldName('Öztürk')).toBe('oeztuerk')
  })

  it('maps the letters without a decomposition and drops other accents and apostrophes', () => {
    expect(foldName('Yılmaz')).toBe('yilmaz')
    expect(foldName('Łukasz')).toBe('lukasz')
    expect(foldName('Şahin')).toBe('sahin')
    expect(foldName('Đorđević')).toBe('dordevic')
    expect(foldName('Amélie')).toBe('amelie')
    expect(foldName("D'Angelo")).toBe('dangelo')
    expect(foldName('O’Brien')).toBe('obrien')
  })

  it('keeps dots and hyphens, which the callers read', () => {
    expect(foldName('Dipl.-Ing.')).toBe('dipl.-ing.')
    expect(foldName('Anna-Lena')).toBe('anna-lena')
  })
})

describe('foldNameBare', () => {
  it('drops the umlaut dots instead of expanding them, as exports without umlauts do', () => {
    expect(foldNameBare('Müller')).toBe('muller')
    expect(foldNameBare('Jörg')).toBe('jorg')
    expect(foldNameBare('Strauß')).toBe('strauss')
  })
})
