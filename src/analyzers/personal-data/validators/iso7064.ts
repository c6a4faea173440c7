// ISO/IEC 7064 MOD 11,10: the hybrid system behind the Steuer-ID and the German USt-IdNr. It
// detects every single-digit error and most adjacent transpositions.

/**
 * The MOD 11,10 check digit for `digits` (each 0–9): start with p = 10; for each digit
 * s = (d + p) mod 10, with 0 read as 10, then p = 2s mod 11; the check digit is (11 − p) mod 10.
 */
export function mod11_10CheckDigit(digits: readonly number[]): number {
  let product = 10
  for (const digit of digits) {
    const sum = (digit + product) % 10 || 10
    product = (2 * sum) % 11
  }
  return (11 - product) % 10
}
