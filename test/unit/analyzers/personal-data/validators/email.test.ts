import {describe, expect, it} from 'vitest'
import {isPersonalEmail, isValidEmail} from '../../../../../src/analyzers/personal-data/validators/email.js'

describe('isValidEmail', () => {
  it.each(['max.mustermann@example.com', 'j.mueller@gmx.de', 'a+b@sub.example.org', 'kontakt@müller-gmbh.de', ' info@example.net '])('%s is an address', (t) => {
    expect(isValidEmail(t)).toBe(true)
  })

  it.each(['max.mustermann', '@example.com', 'max@', 'max@example', 'max@@example.com', 'max..m@example.com', 'max@-example.com', 'max@example.c0m', 'a@b.c', 'Müller GmbH'])('%s is not an address', (t) => {
    expect(isValidEmail(t)).toBe(false)
  })
})

describe('isPersonalEmail', () => {
  it('a person-like local part is personal, a role mailbox is not', () => {
    expect(isPersonalEmail('j.mueller@example.com')).toBe(true)
    expect(isPersonalEmail('Rechnung@example.com')).toBe(false)
    expect(isPersonalEmail('info@example.com')).toBe(false)
    expect(isPersonalEmail('not an address')).toBe(false)
  })
})
