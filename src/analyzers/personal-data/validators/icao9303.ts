// ICAO Doc 9303 check digit ("7-3-1"), used in machine-readable travel documents and therefore in
// the German Personalausweis and Reisepass serial numbers.

const WEIGHTS = [7, 3, 1] as const

/** The value ICAO 9303 gives a character: digits as themselves, A=10 … Z=35, the filler '<' = 0. */
function charValue(char: string): number {
  const code = char.charCodeAt(0)
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 65 && code <= 90) return code - 55
  if (char === '<') return 0
  throw new RangeError(`ICAO 9303 has no value for ${JSON.stringify(char)}`)
}

/**
 * The check digit over `chars` (digits, upper-case letters, '<'): the values weighted 7, 3, 1
 * repeating, summed, mod 10. Throws a RangeError for any other character.
 */
export function icaoCheckDigit(chars: string): number {
  let sum = 0
  for (let i = 0; i < chars.length; i++) sum += charValue(chars[i]) * WEIGHTS[i % 3]
  return sum % 10
}
