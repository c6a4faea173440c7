import {describe, expect, it} from 'vitest'
import {isNationalSteuernummer, isValidSteuernummer} from '../../../../../src/analyzers/personal-data/validators/steuernummer.js'

describe('isValidSteuernummer', () => {
  it.each([
    ['181/815/08155', 'Bavaria, FFF/BBB/UUUUP'],
    ['93/815/08152', 'FF/BBB/UUUUP'],
    ['93815/08152', 'Baden-Württemberg, FFBBB/UUUUP'],
    ['133/8150/8159', 'North Rhine-Westphalia, FFF/BBBB/UUUP'],
    ['22/815/0815/4', 'Rhineland-Palatinate, FF/BBB/UUUU/P'],
    ['75 815 08152', 'Bremen, spaces'],
    ['013 815 08153', 'Hessen, spaces'],
    ['143 / 123 / 45678', 'slashes with spaces'],
    ['2181508150', 'compact regional, 10 digits'],
    ['9181081508155', 'national, Bavaria'],
    ['2893081508152', 'national, Baden-Württemberg'],
    ['5133081508159', 'national, North Rhine-Westphalia'],
    ['1121081508150', 'national, Berlin'],
  ])('accepts %s (%s)', (value) => expect(isValidSteuernummer(value)).toBe(true))

  it.each([
    ['1234567890123', 'no state prefix 12'],
    ['9181181508155', 'fifth digit not 0'],
    ['181-815-08155', 'hyphens are no Steuernummer separator'],
    ['18/1815/08155', 'a grouping no state prints'],
    ['12.03.2024', 'a date'],
    ['0171/1234567', 'a phone number'],
    ['000/000/00000', 'only zeros'],
    ['DE136695976', 'a USt-IdNr'],
    ['123456789', 'too short'],
  ])('rejects %s (%s)', (value) => expect(isValidSteuernummer(value)).toBe(false))

  it('checks the national prefix per state', () => {
    for (const prefix of ['10', '11', '21', '22', '23', '24', '26', '27', '28', '30', '31', '32', '40', '41']) {
      expect(isNationalSteuernummer(`${prefix}81081508155`), prefix).toBe(true)
    }
    for (const prefix of ['12', '20', '25', '29', '33', '42', '60', '80']) expect(isNationalSteuernummer(`${prefix}81081508155`), prefix).toBe(false)
  })
})
