import {describe, expect, it} from 'vitest'
import {digitsOnly, letterOrdinal, stripSeparators, toDigits} from '../../../../../src/analyzers/personal-data/validators/normalize.js'

describe('digitsOnly', () => {
  it('strips spaces, slashes and dots by default', () => {
    expect(digitsOnly('365 742 618 09')).toBe('36574261809')
    expect(digitsOnly(' 36/574.261\u00a0809 ')).toBe('36574261809')
  })

  it('rejects any other character instead of dropping it', () => {
    expect(digitsOnly('365-742-618-09')).toBeNull()
    expect(digitsOnly('36574261809a')).toBeNull()
    expect(digitsOnly('Tel. 0171 123')).toBeNull()
    expect(digitsOnly('')).toBeNull()
    expect(digitsOnly(' / . ')).toBeNull()
  })

  it('takes the separators it is given', () => {
    expect(digitsOnly('4111-1111-1111-1111', ' -')).toBe('4111111111111111')
    expect(digitsOnly('4111/1111', ' -')).toBeNull()
  })
})

describe('stripSeparators', () => {
  it('removes only the listed characters; a space in the list covers no-break spaces', () => {
    expect(stripSeparators('DE89 3704\u202f0044', ' ')).toBe('DE8937040044')
    expect(stripSeparators('DE89-3704', ' ')).toBe('DE89-3704')
    expect(stripSeparators('  a b  ', '')).toBe('a b')
  })
})

describe('toDigits and letterOrdinal', () => {
  it('convert digit strings and letters', () => {
    expect(toDigits('3059')).toEqual([3, 0, 5, 9])
    expect(letterOrdinal('A')).toBe('01')
    expect(letterOrdinal('C')).toBe('03')
    expect(letterOrdinal('Z')).toBe('26')
  })
})
