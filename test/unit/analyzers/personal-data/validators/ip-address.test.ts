import {describe, expect, it} from 'vitest'
import {isValidIpAddress} from '../../../../../src/analyzers/personal-data/validators/ip-address.js'

describe('isValidIpAddress', () => {
  it.each(['192.168.0.1', '10.0.0.255', ' 8.8.8.8 ', '2001:db8::1', 'fe80::1ff:fe23:4567:890a', '::ffff:192.0.2.128', '2001:0db8:0000:0000:0000:ff00:0042:8329'])('%s is an IP address', (t) => {
    expect(isValidIpAddress(t)).toBe(true)
  })

  it.each(['256.1.1.1', '192.168.0', '192.168.01.1', '1.2.3.4.5', '12.50', '2001:db8:::1', 'ABCD', '01.02.2024', ''])('%s is not an IP address', (t) => {
    expect(isValidIpAddress(t)).toBe(false)
  })
})
