import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Missing} from '../../../src/values/cell.js'
import {classifyMissing, isSpaceCode, LONGEST_PLACEHOLDER, PLACEHOLDERS} from '../../../src/values/missing.js'

describe('classifyMissing', () => {
  it('empty and whitespace-only text (incl. NBSP, tabs, BOM) is Empty', () => {
    for (const text of ['', ' ', '   ', '\t', '\r\n', '\u00a0', '\u00a0 \u2007', '\ufeff', '\u3000']) {
      expect(classifyMissing(text), JSON.stringify(text)).toBe(Missing.Empty)
    }
  })

  it('whitespace agrees with String.prototype.trim for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      expect(isSpaceCode(c), c.toString(16)).toBe(ch.trim() === '')
    }
  })

  it('every listed placeholder is one, in any case and padded', () => {
    for (const p of PLACEHOLDERS) {
      expect(classifyMissing(p), p).toBe(Missing.Placeholder)
      expect(classifyMissing(p.toUpperCase()), p).toBe(Missing.Placeholder)
      expect(classifyMissing(` ${p}\u00a0`), p).toBe(Missing.Placeholder)
    }
  })

  it('the German and English spellings asked for are listed', () => {
    for (const text of ['n/a', 'NA', 'n.a.', 'k.A.', 'K.A.', 'keine Angabe', '-', '--', '---', '?', '??', '.', '..', '...', 'NULL', 'nil', 'None', 'unbekannt', 'Unknown', 'TBD', 'xxx', '0000-00-00', '00.00.0000', '00.00.00', '0000-00-00 00:00:00', '#N/A', '#NV']) {
      expect(classifyMissing(text), text).toBe(Missing.Placeholder)
    }
  })

  it('values that look close are values', () => {
    for (const text of ['x', 'X', '0', '00', 'keine', 'n', 'ja', 'nein', '-5', '- 5', 'NAME', 'nana', 'k.A.x', '01.01.2000', '2000-01-01', 'unbekannter Kunde', 'Null-Tarif', '0000-00-01', 'ka', 'leer']) {
      expect(classifyMissing(text), text).toBe(Missing.Value)
    }
  })

  it('the list is lower-case, trimmed and free of duplicates', () => {
    for (const p of PLACEHOLDERS) {
      expect(p).toBe(p.toLowerCase())
      expect(p).toBe(p.trim())
      expect(p.length).toBeLessThanOrEqual(LONGEST_PLACEHOLDER)
    }
    expect(new Set(PLACEHOLDERS).size).toBe(PLACEHOLDERS.length)
  })

  it('agrees with the plain definition on arbitrary text', () => {
    const lowerSet = new Set(PLACEHOLDERS)
    const reference = (text: string) => {
      const t = text.trim()
      if (t === '') return Missing.Empty
      return lowerSet.has(t.toLowerCase()) ? Missing.Placeholder : Missing.Value
    }
    const pieces = fc.constantFrom(...PLACEHOLDERS, ' ', '\u00a0', 'a', 'K', '0', '.', '-', 'x', 'ü')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, {maxLength: 4}).map((a) => a.join(''))), (text) => {
        expect(classifyMissing(text)).toBe(reference(text))
      }),
      {numRuns: 2000},
    )
  })
})
