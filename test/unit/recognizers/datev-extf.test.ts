import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {datevCategoryName, recognizeDatev} from '../../../src/recognizers/datev-extf.js'
import {DATASETS as SHARED_DATASETS} from '../../helpers/run-cli.js'

const DATEV = resolve(SHARED_DATASETS, 'datev-extf-ledermann')

/** the first line split at ';' with the quotes left on: recognizeDatev takes quoted or unquoted fields */
function firstLineFields(file: string): string[] {
  const text = iconv.decode(readFileSync(resolve(DATEV, file)), 'windows-1252')
  return text.slice(0, text.indexOf('\r\n')).split(';')
}

describe('recognizeDatev', () => {
  it('reads the Buchungsstapel header of the ledermann example', () => {
    expect(recognizeDatev(firstLineFields('EXTF_Buchungsstapel.csv'))).toEqual({
      marker: 'EXTF',
      versionNumber: 700,
      category: 21,
      formatName: 'Buchungsstapel',
      formatVersion: 9,
      createdAt: '2018-03-06T10:25:00.000',
      consultantNumber: '1001',
      clientNumber: '456',
      fiscalYearStart: '2018-01-01',
      accountLength: 4,
      periodFrom: '2018-02-01',
      periodTo: '2018-02-28',
      currency: 'EUR',
    })
  })

  it('reads Debitoren/Kreditoren (16) and Kontenbeschriftungen (20), which have no period', () => {
    const master = recognizeDatev(firstLineFields('EXTF_Stammdaten.csv'))
    expect(master).toMatchObject({category: 16, formatName: 'Debitoren/Kreditoren', formatVersion: 5, fiscalYearStart: '2018-01-01'})
    expect(master?.periodFrom).toBeUndefined()
    const accounts = recognizeDatev(firstLineFields('EXTF_Kontenbeschriftungen.csv'))
    expect(accounts).toMatchObject({category: 20, formatName: 'Kontenbeschriftungen', formatVersion: 2})
    expect(accounts?.currency).toBeUndefined()
  })

  it('accepts unquoted fields and the DTVF marker (made by DATEV itself)', () => {
    const fields = 'DTVF;510;21;Buchungsstapel;7;20160623152500000;;XY;Chief Accounting Officer;;123;456;20160101;4;20160601;20160630;Beispiel;;1;;;EUR'.split(';')
    expect(recognizeDatev(fields)).toMatchObject({marker: 'DTVF', versionNumber: 510, category: 21, fiscalYearStart: '2016-01-01', periodTo: '2016-06-30', currency: 'EUR'})
  })

  it('rejects lines that are not a DATEV header', () => {
    expect(recognizeDatev(['Buchungstag', 'Wertstellung', 'Umsatzart', 'Betrag'])).toBeNull()
    expect(recognizeDatev(['EXTF', 'abc', '21', 'Buchungsstapel'])).toBeNull()
    expect(recognizeDatev(['EXTF', '700', 'x', 'Buchungsstapel'])).toBeNull()
    expect(recognizeDatev(['EXTF', '700', '21'])).toBeNull()
    // a known category must carry its own name
    expect(recognizeDatev(['"EXTF"', '700', '21', '"Debitoren/Kreditoren"', '5'])).toBeNull()
  })

  it('accepts an unknown category by marker and numbers, and drops impossible dates', () => {
    const format = recognizeDatev(['"EXTF"', '700', '99', '"Neues Format"', '1', '20181340102500000', '', '', '', '', '', '', '20180231'])
    expect(format).toMatchObject({category: 99, formatName: 'Neues Format', formatVersion: 1})
    expect(format?.createdAt).toBeUndefined()
    expect(format?.fiscalYearStart).toBeUndefined()
  })

  it('knows the names of the documented categories', () => {
    expect(datevCategoryName(21)).toBe('Buchungsstapel')
    expect(datevCategoryName(65)).toBe('Wiederkehrende Buchungen')
    expect(datevCategoryName(1)).toBeUndefined()
  })
})
