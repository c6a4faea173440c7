import {describe, expect, it} from 'vitest'
import {deFindings, deLabels} from '../../../src/i18n/de.js'
import {enFindings, enLabels} from '../../../src/i18n/en.js'
import {type LabelKey, t, templateParams, typeName} from '../../../src/i18n/i18n.js'
import {FINDING_CODES} from '../../../src/findings/finding-codes.js'
import type {InferredType} from '../../../src/report/scan-report.js'

const INFERRED_TYPES: InferredType[] = ['integer', 'decimal', 'boolean', 'date', 'datetime', 'text', 'empty', 'mixed']

describe('label catalogues', () => {
  it('English has exactly the German keys', () => {
    expect(Object.keys(enLabels).sort()).toEqual(Object.keys(deLabels).sort())
  })

  it.each(Object.keys(deLabels) as LabelKey[])('%s uses the same parameters in both languages', (key) => {
    expect(templateParams(enLabels[key])).toEqual(templateParams(deLabels[key]))
  })

  it('no label is empty and none is left untranslated (beyond shared technical terms)', () => {
    const shared = new Set(['lineEnding.crlf', 'lineEnding.lf', 'source.suggestion', 'pii.iban', 'art30.system', 'privacy.tableLine'])
    for (const key of Object.keys(deLabels) as LabelKey[]) {
      expect(enLabels[key].trim(), key).not.toBe('')
      if (!shared.has(key)) expect(enLabels[key], key).not.toBe(deLabels[key])
    }
  })
})

describe('finding catalogues', () => {
  it('both languages word every FindingCode', () => {
    for (const code of FINDING_CODES) {
      expect(typeof deFindings[code], code).toBe('function')
      expect(typeof enFindings[code], code).toBe('function')
    }
    expect(Object.keys(deFindings).sort()).toEqual([...FINDING_CODES].sort())
    expect(Object.keys(enFindings).sort()).toEqual([...FINDING_CODES].sort())
  })
})

describe('t', () => {
  it('fills parameters and formats numbers per language', () => {
    expect(t('de', 'table.stats', {rows: 1234567, columns: 12})).toBe('1.234.567 Zeilen · 12 Spalten')
    expect(t('en', 'table.stats', {rows: 1234567, columns: 12})).toBe('1,234,567 rows · 12 columns')
  })

  it('picks the singular for exactly one', () => {
    expect(t('de', 'table.stats', {rows: 1, columns: 1})).toBe('1 Zeile · 1 Spalte')
    expect(t('en', 'table.stats', {rows: 1, columns: 0})).toBe('1 row · 0 columns')
  })

  it('inserts strings unchanged', () => {
    expect(t('de', 'source.error', {code: 'FILE_EMPTY', message: 'leer.csv: 0 Bytes.'})).toBe('Fehler FILE_EMPTY: leer.csv: 0 Bytes.')
  })

  it('labels without parameters take none', () => {
    expect(t('en', 'dialect.bom')).toBe('with BOM')
  })

  it('checks parameters at compile time', () => {
    // @ts-expect-error: "columns" is missing
    expect(() => t('de', 'table.stats', {rows: 1})).not.toThrow()
    // @ts-expect-error: this label has no parameters
    t('de', 'dialect.bom', {x: 1})
  })

  it('names every inferred type in both languages', () => {
    for (const type of INFERRED_TYPES) {
      expect(typeName('de', type)).not.toMatch(/^type\./)
      expect(typeName('en', type)).not.toMatch(/^type\./)
    }
    expect(typeName('de', 'integer')).toBe('Ganzzahl')
    expect(typeName('en', 'datetime')).toBe('date+time')
  })
})
