import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {codePointLength, codePointLess} from '../../../../../src/analyzers/columns/support/code-points.js'

/** the plain definition: compare arrays of code points */
function referenceLess(a: string, b: string): boolean {
  const x = Array.from(a, (ch) => ch.codePointAt(0)!)
  const y = Array.from(b, (ch) => ch.codePointAt(0)!)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i]
  return x.length < y.length
}

const text = fc.string({unit: fc.constantFrom('a', 'b', 'Ä', '\uff21', '\ufffd', '😀', '𝔸', 'ß'), maxLength: 5})

describe('code points', () => {
  it('codePointLess orders by code point, also across surrogate pairs and U+E000–U+FFFF', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(codePointLess(a, b)).toBe(referenceLess(a, b))
    }), {numRuns: 3000})
    expect(codePointLess('\uff21', '😀')).toBe(true)
    expect('\uff21' < '😀').toBe(false) // why the function exists
  })

  it('codePointLength counts a surrogate pair once', () => {
    fc.assert(fc.property(text, (s) => {
      expect(codePointLength(s)).toBe(Array.from(s).length)
    }), {numRuns: 1000})
    expect(codePointLength('Zoë😀')).toBe(4)
  })
})
