/**
 * In-place ascending sort of 53-bit hashes (non-negative safe integers in a Float64Array), optionally
 * carrying a parallel 32-bit payload array along (the variant hashes of sorted-hash-pair-runs.ts):
 * a least-significant-digit radix sort, five passes of 11 bits over the low 32 and the high 21 bits.
 * About twice as fast as the native TypedArray sort on the 65,536-entry runs of the sorted-hash
 * sketches, and it moves a payload, which the native sort cannot.
 *
 * Scratch buffers are module-level (per thread) and grow to the largest run seen; they are never part
 * of an analyzer state.
 */

const BITS = 11
const BUCKETS = 1 << BITS
const MASK = BUCKETS - 1
const PASSES = 5
const TWO_32 = 4294967296

let loA = new Uint32Array(0)
let hiA = new Uint32Array(0)
let loB = new Uint32Array(0)
let hiB = new Uint32Array(0)
let payloadA = new Uint32Array(0)
let payloadB = new Uint32Array(0)
const offsets = new Int32Array(PASSES * BUCKETS)
const skip = new Uint8Array(PASSES)

function ensureScratch(length: number, withPayload: boolean): void {
  if (loA.length < length) {
    loA = new Uint32Array(length)
    hiA = new Uint32Array(length)
    loB = new Uint32Array(length)
    hiB = new Uint32Array(length)
  }
  if (withPayload && payloadA.length < length) {
    payloadA = new Uint32Array(length)
    payloadB = new Uint32Array(length)
  }
}

/** digit `pass` (0..4) of the 53-bit value split into lo (32 bits) and hi (21 bits) */
function digit(pass: number, lo: number, hi: number): number {
  switch (pass) {
    case 0:
      return lo & MASK
    case 1:
      return (lo >>> 11) & MASK
    case 2:
      return lo >>> 22
    case 3:
      return hi & MASK
    default:
      return (hi >>> 11) & MASK
  }
}

/** Sorts keys[0, length) ascending; when given, payload[i] moves with keys[i]. */
export function radixSortHashes(keys: Float64Array, length: number, payload?: Uint32Array): void {
  if (length < 2) return
  const withPayload = payload !== undefined
  ensureScratch(length, withPayload)
  offsets.fill(0)
  for (let i = 0; i < length; i++) {
    const h = keys[i]
    const lo = h >>> 0
    const hi = (h / TWO_32) >>> 0
    loA[i] = lo
    hiA[i] = hi
    offsets[lo & MASK]++
    offsets[BUCKETS + ((lo >>> 11) & MASK)]++
    offsets[2 * BUCKETS + (lo >>> 22)]++
    offsets[3 * BUCKETS + (hi & MASK)]++
    offsets[4 * BUCKETS + ((hi >>> 11) & MASK)]++
  }
  if (withPayload) payloadA.set(payload.subarray(0, length))
  for (let p = 0; p < PASSES; p++) {
    let sum = 0
    skip[p] = 0
    for (let d = p * BUCKETS; d < (p + 1) * BUCKETS; d++) {
      const count = offsets[d]
      // every entry has the same digit here (small tables, equal hashes): the pass would move nothing
      if (count === length) skip[p] = 1
      offsets[d] = sum
      sum += count
    }
  }
  let srcLo = loA
  let srcHi = hiA
  let dstLo = loB
  let dstHi = hiB
  let srcPay = payloadA
  let dstPay = payloadB
  for (let p = 0; p < PASSES; p++) {
    const base = p * BUCKETS
    if (skip[p] === 1) continue
    for (let i = 0; i < length; i++) {
      const lo = srcLo[i]
      const hi = srcHi[i]
      const at = offsets[base + digit(p, lo, hi)]++
      dstLo[at] = lo
      dstHi[at] = hi
      if (withPayload) dstPay[at] = srcPay[i]
    }
    let swap = srcLo
    srcLo = dstLo
    dstLo = swap
    swap = srcHi
    srcHi = dstHi
    dstHi = swap
    const swapPay = srcPay
    srcPay = dstPay
    dstPay = swapPay
  }
  for (let i = 0; i < length; i++) keys[i] = srcHi[i] * TWO_32 + srcLo[i]
  if (withPayload) payload.set(srcPay.subarray(0, length))
}
