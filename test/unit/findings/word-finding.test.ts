import {describe, expect, it} from 'vitest'
import {FINDING_CODES} from '../../../src/findings/finding-codes.js'
import type {FindingDraft} from '../../../src/findings/finding-draft.js'
import {findingDraft} from '../../../src/findings/finding-params.js'
import {wordFinding} from '../../../src/findings/word-finding.js'
import type {Lang} from '../../../src/report/scan-report.js'
import {FINDING_SAMPLES} from './finding-samples.js'

const LANGS: Lang[] = ['de', 'en']

function sampleDraft(code: (typeof FINDING_CODES)[number]): FindingDraft {
  return findingDraft(code, 'warning', FINDING_SAMPLES[code], {table: 'kunden.csv', column: 'Lieferdatum'})
}

/** Traces of a template gone wrong: missing parameters, unformatted numbers, objects in text. */
const BROKEN = /undefined|NaN|null|\[object|\{\w+\}|\d{4,}\.\d+e/

describe('wordFinding', () => {
  it('keeps code, severity, place and a copy of the numbers', () => {
    const draft = sampleDraft('MIXED_DATE_FORMATS')
    const finding = wordFinding(draft, 'de', '/daten/kunden.csv')
    expect(finding).toEqual({
      code: 'MIXED_DATE_FORMATS',
      severity: 'warning',
      message: 'Spalte „Lieferdatum“ mischt Datumsformate: dd.mm.yyyy (950), yyyy-mm-dd (50). Ein einheitliches Format erleichtert Auswertungen.',
      source: '/daten/kunden.csv',
      table: 'kunden.csv',
      column: 'Lieferdatum',
      data: {formats: ['dd.mm.yyyy', 'yyyy-mm-dd'], counts: [950, 50]},
    })
    expect(finding.data?.formats).not.toBe(draft.data.formats)
  })

  it('leaves out source, table and column when the draft has none', () => {
    const finding = wordFinding({code: 'NO_HEADER', severity: 'warning', data: {}}, 'en')
    expect(Object.keys(finding).sort()).toEqual(['code', 'data', 'message', 'severity'])
  })

  it('words the English example with English numbers and quotes', () => {
    const finding = wordFinding(sampleDraft('LOW_COMPLETENESS'), 'en')
    expect(finding.message).toBe(
      'Column “Lieferdatum” is only 32.5% filled (833 of 1,234 values missing). Fill in the missing values in the source system before using the column for analysis.',
    )
  })

  it('words German numbers with German separators', () => {
    expect(wordFinding(sampleDraft('LOW_COMPLETENESS'), 'de').message).toBe(
      'Spalte „Lieferdatum“ ist nur zu 32,5 % gefüllt (833 von 1.234 Werten fehlen). Fehlende Werte im Quellsystem nachpflegen, bevor die Spalte für Auswertungen genutzt wird.',
    )
  })

  describe.each(LANGS)('every FindingCode in %s', (lang) => {
    it.each(FINDING_CODES)('%s has a concrete message', (code) => {
      const message = wordFinding(sampleDraft(code), lang, '/daten/kunden.csv').message
      expect(message.length).toBeGreaterThan(30)
      expect(message).not.toMatch(BROKEN)
      expect(message.endsWith('.')).toBe(true)
    })

    it.each(FINDING_CODES)('%s still reads well without any numbers', (code) => {
      const message = wordFinding({code, severity: 'info', data: {}}, lang).message
      expect(message.length).toBeGreaterThan(20)
      expect(message).not.toMatch(BROKEN)
      // no invented zero and no gap where a missing name would have been
      expect(message).not.toMatch(/(^|\s)0\s|\s{2}|\s[,:;]|\s\.(\s|$)/)
      expect(message.charAt(0)).toBe(message.charAt(0).toUpperCase())
    })
  })

  it('German and English messages differ for every code (nothing left untranslated)', () => {
    for (const code of FINDING_CODES) {
      expect(wordFinding(sampleDraft(code), 'de').message, code).not.toBe(wordFinding(sampleDraft(code), 'en').message)
    }
  })

  it('German messages use German quotation marks („…“), never English closing or straight ones', () => {
    for (const code of FINDING_CODES) {
      const message = wordFinding(sampleDraft(code), 'de', '/daten/kunden.csv').message
      expect(message, code).not.toMatch(/[”"]/)
      expect(message.split('„').length, code).toBe(message.split('“').length)
    }
  })

  it('a producer sending the wrong type gets a neutral sentence, not garbage', () => {
    const finding = wordFinding({code: 'RAGGED_ROWS', severity: 'warning', data: {shortRows: 'viele', columns: null, lines: 'x'}}, 'de')
    expect(finding.message).not.toMatch(BROKEN)
  })

  it('long lists are capped with a count of the rest', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F']
    const de = wordFinding({code: 'DUPLICATE_COLUMN_NAMES', severity: 'warning', data: {names}}, 'de').message
    expect(de).toContain('„A“, „B“, „C“, „D“ und 2 weitere')
    const en = wordFinding({code: 'DUPLICATE_COLUMN_NAMES', severity: 'warning', data: {names}}, 'en').message
    expect(en).toContain('“A”, “B”, “C”, “D” and 2 more')
  })

  it('reads NOTES_ABOVE_HEADER whether `lines` is a count or the list of line numbers', () => {
    const asList = wordFinding({code: 'NOTES_ABOVE_HEADER', severity: 'info', data: {lines: [1, 2], count: 2, headerLine: 3}}, 'de')
    const asCount = wordFinding({code: 'NOTES_ABOVE_HEADER', severity: 'info', data: {lines: 2, headerLine: 3}}, 'de')
    expect(asList.message).toBe(asCount.message)
    expect(asList.message).toContain('Über der Kopfzeile stehen 2 Zeilen mit Notizen oder Titeln (Kopfzeile in Zeile 3).')
  })

  it('says "einmal" / "once" for a single repeated header', () => {
    expect(wordFinding({code: 'REPEATED_HEADER', severity: 'warning', data: {count: 1}}, 'de').message).toContain('wiederholt sich einmal')
    expect(wordFinding({code: 'REPEATED_HEADER', severity: 'warning', data: {count: 1}}, 'en').message).toContain('repeats once')
  })

  it('type names in MIXED_TYPES are translated', () => {
    expect(wordFinding(sampleDraft('MIXED_TYPES'), 'de').message).toContain('Ganzzahl (950), Text (50)')
    expect(wordFinding(sampleDraft('MIXED_TYPES'), 'en').message).toContain('integer (950), text (50)')
  })
})
