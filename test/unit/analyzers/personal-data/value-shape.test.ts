import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SHAPE_GATES, valueShape} from '../../../../src/analyzers/personal-data/value-shape.js'
import {type MatchContext, VALUE_MATCHERS} from '../../../../src/analyzers/personal-data/value-matchers.js'

/** the most permissive context: every header supports every category */
const PERMISSIVE: MatchContext = {nameSaysPhone: true, today: new Date(Date.UTC(2026, 10, 26)), nameSupport: () => 'strong'}

const TABLES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pii-eval', 'tables')
const fixtureValues = [
  ...new Set(
    readdirSync(TABLES).flatMap((file) =>
      readFileSync(join(TABLES, file), 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .flatMap((line) => line.split(';')),
    ),
  ),
]

function gateRejectsAMatch(value: string): string | undefined {
  const shape = valueShape(value)
  for (const matcher of VALUE_MATCHERS) {
    const gate = SHAPE_GATES[matcher.category]
    if (gate !== undefined && !gate(shape) && matcher.matches(value, PERMISSIVE)) return matcher.category
  }
  return undefined
}

describe('valueShape', () => {
  it('counts letters (umlauts too) and digits and notes @ . :', () => {
    expect(valueShape(' Müller-Straße 12a ')).toEqual({length: 17, letters: 14, digits: 2, at: false, dot: false, colon: false})
    expect(valueShape('a.b@c.de')).toMatchObject({at: true, dot: true, letters: 5})
    expect(valueShape('fe80::1')).toMatchObject({colon: true, digits: 3, letters: 2})
  })
})

describe('SHAPE_GATES', () => {
  it(`never reject a value its matcher accepts: the ${fixtureValues.length} distinct values of the evaluation set`, () => {
    const rejected = fixtureValues.flatMap((v) => {
      const category = gateRejectsAMatch(v)
      return category === undefined ? [] : [`${category}: ${v}`]
    })
    expect(rejected).toEqual([])
  })

  it('never reject a value its matcher accepts: generated identifier-like strings', () => {
    const piece = fc.oneof(fc.stringMatching(/^[0-9]{1,6}$/), fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,8}$/), fc.constantFrom(' ', '-', '/', '.', ':', '@', '+', '(', ')', ', '))
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 8}), (pieces) => {
        expect(gateRejectsAMatch(pieces.join(''))).toBeUndefined()
      }),
      {numRuns: 20000},
    )
  })

  it('reject what cannot be: an amount is no e-mail, a word no card number', () => {
    expect(SHAPE_GATES.email?.(valueShape('1.234,56'))).toBe(false)
    expect(SHAPE_GATES.credit_card?.(valueShape('Schraube'))).toBe(false)
    expect(SHAPE_GATES.person_name?.(valueShape('A-10023'))).toBe(false)
  })
})
