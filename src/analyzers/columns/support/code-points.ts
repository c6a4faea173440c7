/**
 * Strings by Unicode code point, not by UTF-16 code unit: JavaScript's `<` orders an emoji (a surrogate
 * pair, D83D…) before U+E000–U+FFFF (fullwidth forms, the replacement character), code point order
 * puts it after them. Lengths count an emoji as one character.
 */

/** a < b in code point order */
export function codePointLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return orderKey(x) < orderKey(y)
  }
  return a.length < b.length
}

/** surrogates (code points ≥ U+10000) move above U+E000–U+FFFF, keeping their own order */
export function orderKey(unit: number): number {
  if (unit < 0xd800) return unit
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800
}

/** Number of code points (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}
