import {describe, expect, it} from 'vitest'
import type {FolderEntry} from '../../../../../src/connectors/file/folder/folder-walker.js'
import {classifyPath} from '../../../../../src/connectors/file/folder/folder-walker.js'
import {copyBaseName, findVersionedCopies} from '../../../../../src/connectors/file/folder/versioned-copies.js'

function entry(relativePath: string): FolderEntry {
  const kind = classifyPath(relativePath)
  return {path: `/r/${relativePath}`, relativePath, kind, sizeBytes: 1, modifiedAt: new Date(0)}
}

describe('copyBaseName', () => {
  it.each([
    ['Kundenliste_final.xlsx', 'Kundenliste'],
    ['Kundenliste_final_v2.xlsx', 'Kundenliste'],
    ['Kopie von Kundenliste_final.xlsx', 'Kundenliste'],
    ['Kopie (2) von Kundenliste.xlsx', 'Kundenliste'],
    ['Copy of Kundenliste.xlsx', 'Kundenliste'],
    ['Kundenliste - Kopie.xlsx', 'Kundenliste'],
    ['Kundenliste - Kopie (3).xlsx', 'Kundenliste'],
    ['Kundenliste copy 2.xlsx', 'Kundenliste'],
    ['Kundenliste (1).csv', 'Kundenliste'],
    ['Kundenliste(12).csv', 'Kundenliste'],
    ['Preise v3.csv', 'Preise'],
    ['Preise-V2.1.csv', 'Preise'],
    ['Preise_neu.csv', 'Preise'],
    ['Preise_NEU_alt.csv', 'Preise'],
    ['Preise_old.csv', 'Preise'],
    ['Preise_backup.csv', 'Preise'],
    ['Preise.bak.csv', 'Preise'],
    ['Preise_2023-05-01.csv', 'Preise'],
    ['Preise_20230501.csv', 'Preise'],
    ['Preise_01.05.2023.csv', 'Preise'],
    ['2023-05-01_Preise.csv', 'Preise'],
    ['Preise_final_final (2).csv', 'Preise'],
  ])('%s → %s', (name, base) => {
    expect(copyBaseName(name)).toEqual({base, marked: true})
  })

  it.each([
    'Gehalt.xlsx', // ends in "alt" without a separator
    'Preisliste_2019.xls', // a year alone is not a copy marker
    'Artikel_12345678.csv', // eight digits that are no date
    'Artikel_20231399.csv', // month 13
    'Finale Abrechnung.xlsx',
    'Neu.xlsx', // nothing but a marker: the name stays
    'final.csv',
    'Kopiervorlage.xlsx',
    'Photocopy.csv',
  ])('%s carries no copy marker', (name) => {
    expect(copyBaseName(name).marked).toBe(false)
  })
})

describe('findVersionedCopies', () => {
  it('groups hand-made versions of one file across folders, with a readable base', () => {
    const groups = findVersionedCopies([
      entry('Vertrieb/Kundenliste_final.xlsx'),
      entry('Vertrieb/Kundenliste_final_v2.xlsx'),
      entry('Archiv/Kopie von Kundenliste_final.xlsx'),
      entry('Einkauf/Artikelstamm.xlsx'),
    ])
    expect(groups).toEqual([
      {
        base: 'Kundenliste',
        paths: [
          'Archiv/Kopie von Kundenliste_final.xlsx',
          'Vertrieb/Kundenliste_final.xlsx',
          'Vertrieb/Kundenliste_final_v2.xlsx',
        ],
      },
    ])
  })

  it('ignores case, umlauts and separators when comparing names', () => {
    const groups = findVersionedCopies([entry('Kunden-Übersicht.csv'), entry('kunden_uebersicht_alt.csv')])
    expect(groups).toHaveLength(1)
    expect(groups[0].paths).toEqual(['Kunden-Übersicht.csv', 'kunden_uebersicht_alt.csv'])
  })

  it('groups csv, tsv and txt exports together but keeps workbooks and other files apart', () => {
    const groups = findVersionedCopies([
      entry('Kunden.csv'),
      entry('Kunden_v2.txt'),
      entry('Kunden_v3.xlsx'),
      entry('Kunden_alt.pdf'),
      entry('Kunden.docx'),
    ])
    expect(groups).toEqual([{base: 'Kunden', paths: ['Kunden.csv', 'Kunden_v2.txt']}])
  })

  it('does not group files that merely share a plain name', () => {
    expect(findVersionedCopies([entry('Vertrieb/Kunden.xlsx'), entry('Archiv/Kunden.xlsx')])).toEqual([])
  })

  it('does not group a single marked file, nor a year series', () => {
    expect(findVersionedCopies([entry('Kunden_final.xlsx')])).toEqual([])
    expect(findVersionedCopies([entry('Preisliste_2019.xlsx'), entry('Preisliste_2020.xlsx')])).toEqual([])
  })

  it('leaves out problem entries', () => {
    const broken: FolderEntry = {...entry('Kunden_alt.csv'), problem: {reason: 'unreadable-file', message: 'x'}}
    expect(findVersionedCopies([entry('Kunden.csv'), broken])).toEqual([])
  })
})
