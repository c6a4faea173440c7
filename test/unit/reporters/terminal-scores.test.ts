import {describe, expect, it} from 'vitest'
import {scoresSection} from '../../../src/reporters/terminal-scores.js'
import {painter} from '../../../src/reporters/terminal-text.js'
import {maximalReport, minimalReport} from '../../fixtures/reports/reports.js'
import type {ScanReport} from '../../../src/report/scan-report.js'

const ctx = (lang: 'de' | 'en') => ({lang, paint: painter(false), width: 120})

describe('scoresSection', () => {
  it('shows the three hurdles, the use cases and the first actions', () => {
    const report = maximalReport() as unknown as ScanReport
    const de = scoresSection(report, ctx('de')).join('\n')
    expect(de).toContain('KI-Bereitschaft')
    expect(de).toContain('Datenbasis: 62 von 100 (solide) · 1 von 1 Kriterien gemessen')
    expect(de).toContain('Anwendungsfälle: Absatzprognose (teilweise)')
    expect(de).toContain('1. Kundenstamm: 12 Dubletten — Dublettenbereinigung vor KI-Projekt')
    expect(scoresSection(report, ctx('en')).join('\n')).toContain('Data basis: 62 of 100 (solid)')
  })

  it('says when a hurdle could not be measured, and shows nothing for an unscored report', () => {
    const report = maximalReport() as unknown as ScanReport
    report.scores.datenschutz = {score: null, band: null, criteria: []}
    expect(scoresSection(report, ctx('de')).join('\n')).toContain('Datenschutz: nicht messbar')
    expect(scoresSection(minimalReport(), ctx('de'))).toEqual([])
  })
})
