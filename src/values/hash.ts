/**
 * 53-bit non-cryptographic hashes, exact as JS numbers (safe integers), so they can live in
 * Float64Arrays and be sorted and compared without BigInt. Two 32-bit multiply-xorshift lanes.
 * Collisions: about n²/2^54 expected pairs, i.e. ~0.001 for 5 million distinct values.
 */

const TWO_32 = 4294967296

export function hashString(s: string, seed = 0): number {
  return hashRange(s, 0, s.length, seed)
}

/**
 * hashString(s.slice(from, to)) without the slice. The hot loops of cell-parser.ts (per cell),
 * normalize-entity.ts and duplicate-rows.ts repeat these lanes with literal constants on purpose:
 * imported constants are read through the module context on every char (measured slower); tests hold
 * every copy equal to this one.
 */
export function hashRange(s: string, from: number, to: number, seed = 0): number {
  let a = 0x9e3779b9 ^ seed
  let b = 0x85ebca6b ^ seed
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x9e3779b1)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return finish(a, b)
}

/** Order-sensitive combination of a running hash with the next 53-bit hash (rows from cell hashes). */
export function hashCombine(acc: number, h: number): number {
  const lo = h >>> 0
  const hi = (h / TWO_32) >>> 0
  let a = (acc >>> 0) ^ Math.imul(lo, 0xcc9e2d51)
  let b = ((acc / TWO_32) >>> 0) ^ Math.imul(hi ^ 0x1b873593, 0x85ebca6b)
  a = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ b
  b = Math.imul(b ^ (b >>> 13), 0x297a2d39) ^ a
  return finish(a, b)
}

function finish(a: number, b: number): number {
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35)
  // 21 high bits from b, 32 low bits from a: a safe integer in [0, 2^53)
  return (b & 0x1fffff) * TWO_32 + (a >>> 0)
}
