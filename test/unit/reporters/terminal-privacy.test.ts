import {describe, expect, it} from 'vitest'
import {buildPersonalDataView} from '../../../src/analyzers/personal-data/dsgvo-view.js'
import {privacySection, tablePrivacyLines} from '../../../src/reporters/terminal-privacy.js'
import {painter} from '../../../src/reporters/terminal-text.js'
import {samplePiiSources} from '../../helpers/pii-report.js'

const plain = (lang: 'de' | 'en') => ({lang, paint: painter(false), width: 120})

describe('privacySection', () => {
  it('summarises tables, rows and special categories and says what follows (German)', () => {
    const text = privacySection(buildPersonalDataView(samplePiiSources()), plain('de'), false).join('\n')
    expect(text).toContain('Personenbezogene Daten (DSGVO)')
    expect(text).toContain('2 von 3 Tabellen mit Personenbezug · 7 Spalten · 920 Zeilen in diesen Tabellen')
    expect(text).toContain('Besondere Kategorien (Art. 9/10) in 1 Tabelle: Gesundheitsdaten (Art. 9) und Religion/Konfession (Art. 9)')
    expect(text).toContain('Religion/Konfession (Art. 9): 1 Spalte in 1 Tabelle, 120 Zeilen')
    expect(text).toContain('→ Datenschutzbeauftragte früh einbeziehen: 1 Tabelle enthält besondere Kategorien (2 Spalten)')
    expect(text).toContain('„public.mitarbeiter“ (postgres://reader@erp-host/lohn)')
    expect(text).not.toContain('--no-examples')
  })

  it('lists tables with special categories first and speaks English', () => {
    const text = privacySection(buildPersonalDataView(samplePiiSources()), plain('en'), true).join('\n')
    expect(text.indexOf('public.mitarbeiter')).toBeLessThan(text.indexOf('kunden.csv'))
    expect(text).toContain('What follows:')
    expect(text).toContain('Example values switched off (--no-examples).')
  })

  it('says nothing was found when nothing was', () => {
    const text = privacySection(buildPersonalDataView([]), plain('de'), false).join('\n')
    expect(text).toContain('keine personenbezogenen Daten gefunden')
  })
})

describe('tablePrivacyLines', () => {
  it('names the categories with their columns; weak hints are left out', () => {
    const [payroll, articles] = samplePiiSources()[0].tables
    expect(tablePrivacyLines(payroll, plain('de')).join(' ')).toContain('Personenbezug: Personenname („NAME1“), Geburtsdatum („GEBDAT“)')
    expect(tablePrivacyLines(articles, plain('de'))).toEqual([])
  })

  it('paints special categories red', () => {
    const [payroll] = samplePiiSources()[0].tables
    const lines = tablePrivacyLines(payroll, {lang: 'de', paint: painter(true), width: 200}).join(' ')
    expect(lines).toContain('\u001B[31mReligion/Konfession (Art. 9)\u001B[39m')
  })
})
