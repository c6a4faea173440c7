// Seeded pseudo-random numbers for the data generator: sfc32 (Chris Doty-Humphrey's Small Fast
// Counting generator, 128-bit state) seeded through splitmix32. Same seed → byte-identical file on
// every machine and Node version, because only 32-bit integer arithmetic is used.

const TWO_POW_32 = 4294967296

export class Prng {
  /** @param {number} seed any integer */
  constructor(seed) {
    let s = seed >>> 0
    const next = () => {
      // splitmix32: spreads a small seed over the whole state
      s = (s + 0x9e3779b9) >>> 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.uint32()
  }

  /** Next unsigned 32-bit integer. */
  uint32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform in [0, 1). */
  float() {
    return this.uint32() / TWO_POW_32
  }

  /** Uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.float() * n)
  }

  /** Uniform integer in [min, max] (both inclusive). */
  between(min, max) {
    return min + this.int(max - min + 1)
  }

  /** True with probability p. */
  chance(p) {
    return this.float() < p
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return items[this.int(items.length)]
  }

  /**
   * Index skewed towards the start of a list (power law), for "big cities and common names are
   * more frequent". skew 1 is uniform; larger skews favour the first entries more.
   */
  skewedIndex(n, skew) {
    return Math.min(n - 1, Math.floor(n * this.float() ** skew))
  }

  /** `count` random decimal digits as a string (leading zeros allowed). */
  digits(count) {
    let out = ''
    for (let i = 0; i < count; i++) out += String.fromCharCode(48 + this.int(10))
    return out
  }
}
