import {describe, expect, it} from 'vitest'
import {PII_SAMPLE_VALUES, detectSamplePii, detectSamplePiiAhead, detectTablePii, personalDataDetectionMs, sampleText} from '../../../../src/analyzers/personal-data/table-pii.js'

const IBANS = ['DE89370400440532013000', 'DE02120300000000202051', 'DE02500105170137075030', 'DE88100900001234567892']

describe('sampleText', () => {
  it('reads sampled values as the recognisers do', () => {
    expect(sampleText('a')).toBe('a')
    expect(sampleText(12345678901)).toBe('12345678901')
    expect(sampleText(new Date(Date.UTC(1985, 2, 14)))).toBe('1985-03-14')
    expect(sampleText(true)).toBe('')
    expect(sampleText(null)).toBe('')
    expect(sampleText(undefined)).toBe('')
    expect(sampleText(Number.NaN)).toBe('')
  })
})

describe('detectTablePii', () => {
  it('gives every column its verdicts, with masked examples only', () => {
    const sample = Array.from({length: 40}, (_, i) => [i + 1, IBANS[i % IBANS.length], `kunde${i}@gmx.de`, 'Schraube M8'])
    const columns = ['Nr', 'Bankverbindung', 'Mail', 'Artikel'].map((name, position) => ({name, position}))
    const before = personalDataDetectionMs()
    const [nr, iban, mail, article] = detectTablePii(columns, sample)
    expect(nr).toEqual([])
    expect(article).toEqual([])
    expect(iban[0]).toMatchObject({category: 'iban', matchShare: 1})
    expect(iban[0].evidence).toContain('checksum:mod 97')
    expect(iban[0].examples).toEqual(['DE89 **** **** **** **30 00', 'DE02 **** **** **** **20 51', 'DE02 **** **** **** **50 30'])
    expect(mail[0]).toMatchObject({category: 'email', matchShare: 1, examples: ['k***@gmx.de', 'k***@gmx.de', 'k***@gmx.de']})
    const text = JSON.stringify([iban, mail])
    for (const raw of [...IBANS, 'kunde0@gmx.de']) expect(text).not.toContain(raw)
    expect(personalDataDetectionMs()).toBeGreaterThan(before)
  })

  it('reads a column at its position in the sample rows, whatever its order in the list', () => {
    const sample = Array.from({length: 30}, (_, i) => ['x', `person${i}@web.de`])
    expect(detectTablePii([{name: 'E-Mail', position: 1}], sample)[0][0].category).toBe('email')
  })

  it('thins a bigger sample evenly to PII_SAMPLE_VALUES rows instead of cutting it', () => {
    // the first half holds no e-mails at all: a cut sample would find none
    const rows = PII_SAMPLE_VALUES * 4
    const sample = Array.from({length: rows}, (_, i) => [i < rows / 2 ? 'keine Angabe' : `k${i}@gmx.de`])
    const [verdicts] = detectTablePii([{name: 'E-Mail', position: 0}], sample)
    expect(verdicts.find((v) => v.category === 'email')?.matchShare).toBeCloseTo(0.5, 2)
  })

  it('hands verdicts worked out ahead to the report builder once, then detects anew', () => {
    const sample = Array.from({length: 30}, (_, i) => [`kunde${i}@gmx.de`])
    const columns = [{name: 'E-Mail', position: 0}]
    detectSamplePiiAhead(columns, sample)
    const before = personalDataDetectionMs()
    const first = detectSamplePii(columns, sample)
    expect(personalDataDetectionMs()).toBe(before)
    expect(first[0][0].category).toBe('email')
    expect(detectSamplePii(columns, sample)).toEqual(first)
    expect(personalDataDetectionMs()).toBeGreaterThan(before)
  })
})
