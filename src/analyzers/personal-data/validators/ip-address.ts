/**
 * IP addresses (personal data under the CJEU's Breyer ruling when a provider can link them to a person):
 * dotted IPv4 without leading zeros, and IPv6 in its full, compressed and IPv4-mapped spellings. A version
 * number like 1.2.3.4 is an IPv4 address by shape — the detector needs the column name or a high share.
 */
import {isIPv4, isIPv6} from 'node:net'

export function isValidIpAddress(text: string): boolean {
  const value = text.trim()
  if (value.length < 7 || value.length > 45) return false
  // node:net accepts IPv4 parts with leading zeros nowhere, and no zone index without an interface
  return isIPv4(value) || isIPv6(value)
}
