import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mod11_10CheckDigit} from '../../../../../src/analyzers/personal-data/validators/iso7064.js'
import {hasSteuerIdDigitPattern, isValidSteuerId} from '../../../../../src/analyzers/personal-data/validators/steuer-id.js'

const digitsOf = (s: string) => Array.from(s, Number)
const withCheck = (body: string) => body + String(mod11_10CheckDigit(digitsOf(body)))

// An oracle written independently of the implementation: the sorted digit counts of the body must
// be [2, 1, 1, …] or [3, 1, 1, …], with no digit three times in a row.
function repeatRuleHolds(body: string): boolean {
  const counts = [...new Set(body)].map((d) => body.split(d).length - 1).sort((a, b) => b - a)
  return (counts[0] === 2 || counts[0] === 3) && (counts[1] ?? 0) <= 1 && !/(\d)\1\1/.test(body)
}

// Ten-digit bodies that are close to the rule: a permutation of 0–9 with one or two positions
// overwritten by another position's digit (a double or a triple, adjacent or not), plus plain
// random bodies that mostly break it.
const nearPatternBody = fc
  .tuple(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], {minLength: 10, maxLength: 10}), fc.nat(9), fc.nat(9), fc.nat(9), fc.boolean())
  .map(([perm, from, to, to2, triple]) => {
    const body = [...perm]
    body[to] = body[from]
    if (triple) body[to2] = body[from]
    return body.join('')
  })
const randomBody = fc.stringMatching(/^[0-9]{10}$/)
const body = fc.oneof(nearPatternBody, randomBody).filter((b) => b[0] !== '0')

// Deterministic so the statistics test cannot flake (mulberry32).
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('isValidSteuerId', () => {
  it('accepts published examples, also with separators', () => {
    expect(isValidSteuerId('36574261809')).toBe(true)
    expect(isValidSteuerId('86095742719')).toBe(true)
    expect(isValidSteuerId('36 574 261 809')).toBe(true)
    expect(isValidSteuerId('36/574/261/809')).toBe(true)
    expect(isValidSteuerId('36.574.261.809')).toBe(true)
  })

  it('rejects a changed digit, a transposition, a wrong length and other characters', () => {
    expect(isValidSteuerId('36574261808')).toBe(false) // check digit
    expect(isValidSteuerId('36574261709')).toBe(false) // one digit
    expect(isValidSteuerId('35674261809')).toBe(false) // 6 and 5 swapped
    expect(isValidSteuerId('3657426180')).toBe(false)
    expect(isValidSteuerId('365742618090')).toBe(false)
    expect(isValidSteuerId('36-574-261-809')).toBe(false)
    expect(isValidSteuerId('')).toBe(false)
  })

  it('rejects a leading zero even with a correct check digit', () => {
    const body = '0657421386'
    expect(hasSteuerIdDigitPattern(digitsOf(body))).toBe(true)
    expect(isValidSteuerId(withCheck(body))).toBe(false)
  })

  it('applies the repeat rule although the check digit fits', () => {
    expect(isValidSteuerId('47151856729')).toBe(false) // 1, 5 and 7 each twice
    expect(isValidSteuerId(withCheck('1234567890'))).toBe(false) // no digit repeated
    expect(isValidSteuerId(withCheck('1123456789'))).toBe(true) // one double, adjacent is fine
    expect(isValidSteuerId(withCheck('1213145678'))).toBe(true) // triple, not adjacent
    expect(isValidSteuerId(withCheck('1112345678'))).toBe(false) // triple, adjacent
    expect(isValidSteuerId(withCheck('1212123456'))).toBe(false) // two digits three times
    expect(isValidSteuerId(withCheck('1211134567'))).toBe(false) // a digit four times
  })

  it('with the right check digit appended, is valid exactly when the repeat rule holds', () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(isValidSteuerId(withCheck(b))).toBe(repeatRuleHolds(b))
      }),
      {numRuns: 2000},
    )
  })

  it('becomes invalid when any single digit of a valid number changes', () => {
    const valid = body.filter((b) => repeatRuleHolds(b)).map(withCheck)
    fc.assert(
      fc.property(valid, fc.nat(10), fc.integer({min: 1, max: 9}), (id, i, delta) => {
        const changed = id.slice(0, i) + String((Number(id[i]) + delta) % 10) + id.slice(i + 1)
        expect(isValidSteuerId(changed)).toBe(false)
      }),
      {numRuns: 1000},
    )
  })

  it('lets few random 11-digit numbers through: ~1 in 10 pass the check digit, ~4 in 1000 pass both', () => {
    // Exact expectations for a uniform body with a non-zero first digit: the check digit matches
    // with p = 1/10; the repeat rule holds with p = (10·9·10!/2 + 10·36·(10!/3! − 8!)) / 10¹⁰
    // = 0.03665, so both hold with p = 0.003665 (73 of 20,000). The bands are about ±4.5 σ.
    const random = seededRandom(20_240_501)
    const samples = 20_000
    let checkDigitFits = 0
    let valid = 0
    for (let n = 0; n < samples; n++) {
      let number = String(1 + Math.floor(random() * 9))
      for (let i = 1; i < 11; i++) number += String(Math.floor(random() * 10))
      if (mod11_10CheckDigit(digitsOf(number.slice(0, 10))) === Number(number[10])) checkDigitFits++
      if (isValidSteuerId(number)) valid++
    }
    expect(checkDigitFits / samples).toBeGreaterThan(0.09)
    expect(checkDigitFits / samples).toBeLessThan(0.11)
    expect(valid / samples).toBeGreaterThan(0.0018)
    expect(valid / samples).toBeLessThan(0.0056)
  })
})
