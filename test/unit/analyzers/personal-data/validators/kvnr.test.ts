import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isValidKvnr} from '../../../../../src/analyzers/personal-data/validators/kvnr.js'

const validChecks = (front: string) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((check) => isValidKvnr(front + check))
const front = fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.stringMatching(/^[0-9]{8}$/)).map(([l, d]) => l + d)

describe('isValidKvnr', () => {
  it('accepts the example from § 290 SGB V, Anlage 1', () => {
    expect(isValidKvnr('A000500015')).toBe(true)
    expect(isValidKvnr('a 000 500 015')).toBe(true)
  })

  it('rejects a changed digit, a changed letter, a transposition and wrong shapes', () => {
    expect(isValidKvnr('A000500016')).toBe(false)
    expect(isValidKvnr('A000600015')).toBe(false)
    expect(isValidKvnr('B000500015')).toBe(false)
    expect(isValidKvnr('A000050015')).toBe(false) // 5 and 0 swapped
    expect(isValidKvnr('A00050001')).toBe(false)
    expect(isValidKvnr('1000500015')).toBe(false)
    expect(isValidKvnr('AB00500015')).toBe(false)
  })

  it('has exactly one valid check digit per front, and a single changed digit breaks it', () => {
    fc.assert(
      fc.property(front, fc.integer({min: 1, max: 9}), fc.integer({min: 1, max: 9}), (f, i, delta) => {
        const checks = validChecks(f)
        expect(checks).toHaveLength(1)
        const valid = f + checks[0]
        const changed = valid.slice(0, i) + String((Number(valid[i]) + delta) % 10) + valid.slice(i + 1)
        expect(isValidKvnr(changed)).toBe(false)
      }),
      {numRuns: 1000},
    )
  })
})
