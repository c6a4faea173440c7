import {describe, expect, it} from 'vitest'
import {DISTRICT_CODES} from '../../../../../src/analyzers/personal-data/validators/district-codes.js'
import {isVehiclePlate} from '../../../../../src/analyzers/personal-data/validators/vehicle-plate.js'

describe('DISTRICT_CODES', () => {
  it('holds the big-city codes, reissued old codes and the umlaut codes, one to three capitals each', () => {
    for (const code of ['B', 'M', 'HH', 'K', 'F', 'S', 'HRO', 'WÜ', 'GÖ', 'LÖ', 'BÜD', 'AIB', 'THW', 'Y']) expect(DISTRICT_CODES.has(code), code).toBe(true)
    for (const code of DISTRICT_CODES) expect(code).toMatch(/^[A-ZÄÖÜ]{1,3}$/)
    expect(DISTRICT_CODES.size).toBeGreaterThan(600)
  })

  it('leaves out letter groups that are no district', () => {
    for (const code of ['Q', 'XX', 'ABC', 'ZZZ', 'I', 'O', 'U']) expect(DISTRICT_CODES.has(code), code).toBe(false)
  })
})

describe('isVehiclePlate', () => {
  it.each(['M-AB 1234', 'HH XY 12', 'B-E 1E', 'WÜ-T 6942E', 'M AB123', 'k-ln 99', 'HRO-A 1H'])('accepts %s', (value) =>
    expect(isVehiclePlate(value)).toBe(true),
  )

  it.each([
    ['HRO-VR 7929', 'nine characters, one more than a plate has'],
    ['XX-AB 12', 'unknown district'],
    ['M-AB 0123', 'leading zero'],
    ['MAB 123', 'no separator after the district'],
    ['M-ÄB 12', 'umlaut in the letter group'],
    ['ART-4711', 'article code'],
    ['M-ABC 12', 'three letters in the letter group'],
    ['AB-2024-0012', 'order number'],
  ])('rejects %s (%s)', (value) => expect(isVehiclePlate(value)).toBe(false))
})
