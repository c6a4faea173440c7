import {describe, expect, it} from 'vitest'
import {checkPhone, isValidPhone} from '../../../../../src/analyzers/personal-data/validators/phone.js'

describe('checkPhone', () => {
  it.each([
    ['0171-1234567', 'mobile'],
    ['0171 1234567', 'mobile'],
    ['(089) 1234567', 'fixed'],
    ['030/12345678', 'fixed'],
    ['+49 (0)30 1234567', 'fixed'],
    ['+49 171 1234567', 'mobile'],
    ['0049 30 1234567', 'fixed'],
    ['0800 1234567', 'toll-free'],
    ['Tel. 030 1234567', 'fixed'],
  ])('%s is a German %s number', (text, type) => {
    expect(checkPhone(text)).toEqual({valid: true, country: 'DE', type})
  })

  it('international numbers keep their own country', () => {
    expect(checkPhone('+43 1 5123456')).toMatchObject({valid: true, country: 'AT'})
    expect(checkPhone('0041 44 668 18 00')).toMatchObject({valid: true, country: 'CH'})
  })

  it.each([
    '12345678901', // an 11-digit article number
    '4012888888881881', // a card number
    '01.02.2024', // a date
    'A-1234-567', // an article code with letters
    '12,50', // an amount
    '', // empty
    '0171', // too short
    '01067', // a PLZ
  ])('%s is not a phone number', (text) => {
    expect(isValidPhone(text)).toBe(false)
  })
})
