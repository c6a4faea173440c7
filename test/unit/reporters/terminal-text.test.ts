import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {factLines, painter, truncate, truncateMiddle, wrap} from '../../../src/reporters/terminal-text.js'

const word = fc.stringMatching(/^[a-zäöüß0-9.,„“-]{1,12}$/)

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('Kundennummer', 20)).toBe('Kundennummer')
    expect(truncate('Kundennummer', 6)).toBe('Kunde…')
    expect(truncate('Kundennummer', 1)).toBe('…')
    expect(truncate('Kundennummer', 0)).toBe('')
  })
})

describe('truncateMiddle', () => {
  it('keeps both ends of a long name', () => {
    expect(truncateMiddle('Bevölkerung und Haushalte Anzahl der Haushalte', 20)).toBe('Bevölkerun…Haushalte')
    expect(truncateMiddle('kurz', 20)).toBe('kurz')
  })

  it('never exceeds the width', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 80}), fc.integer({min: 0, max: 60}), (text, max) => {
        expect(truncateMiddle(text, max).length).toBeLessThanOrEqual(max)
      }),
    )
  })
})

describe('wrap', () => {
  it('breaks at spaces with a hanging indent', () => {
    expect(wrap('eins zwei drei vier', 12, '- ', '  ')).toEqual(['- eins zwei', '  drei vier'])
  })

  it('cuts a single word longer than the line', () => {
    expect(wrap('Donaudampfschifffahrt', 10, '', '')).toEqual(['Donaudamp…'])
  })

  it('keeps every line within the width and every word in order', () => {
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 40}), fc.integer({min: 16, max: 80}), (words, width) => {
        const out = wrap(words.join(' '), width, '  • ', '    ')
        for (const line of out) expect(line.length).toBeLessThanOrEqual(width)
        expect(out.join(' ').split(/\s+/).filter((w) => w !== '' && w !== '•')).toEqual(words)
      }),
    )
  })
})

describe('factLines', () => {
  it('joins facts with a middle dot and breaks between facts', () => {
    expect(factLines(['Kodierung UTF-8', 'Trennzeichen Semikolon', 'Dezimalkomma'], '  ', 42)).toEqual([
      '  Kodierung UTF-8 · Trennzeichen Semikolon',
      '  Dezimalkomma',
    ])
  })

  it('skips empty facts', () => {
    expect(factLines(['a', '', 'b'], '', 80)).toEqual(['a · b'])
  })
})

describe('painter', () => {
  it('is the identity without colour', () => {
    const plain = painter(false)
    expect(plain.red('x') + plain.bold('y') + plain.dim('z')).toBe('xyz')
  })

  it('wraps text in escape codes with colour, but leaves empty text alone', () => {
    const colour = painter(true)
    expect(colour.red('x')).toBe('\u001B[31mx\u001B[39m')
    expect(colour.bold('')).toBe('')
  })
})
