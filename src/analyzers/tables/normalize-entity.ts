/**
 * Normalisation of names and addresses, so that spellings of one customer meet on one key:
 * "MÜLLER GMBH & CO. KG" = "Müller GmbH" = "Mueller GmbH" → "mueller"; "Hauptstr. 5" = "Hauptstraße 5"
 * → "hauptstrasse 5"; "Dr. Hans Müller" → "hans mueller".
 *
 * Rules: lower case; ä → ae, ö → oe, ü → ue, ß → ss (also capitals and decomposed "u" + U+0308); other
 * accents stripped (é → e, ł → l, æ → ae); apostrophes vanish ("O'Neil" → "oneil"); "&" reads as "und";
 * every other punctuation and whitespace separates words; a digit after a letter starts a new word
 * ("Hauptstr.5"); legal forms are dropped (entity-words.ts); titles are dropped; "str"/"…str" become
 * "strasse"/"…strasse" and a lone street word fuses with the word before it ("Berliner Str." =
 * "Berlinerstraße"); a single letter after a house number joins it ("5 a" = "5a").
 *
 * Speed: it runs once per row per name/address column, so it is one char-code loop into a reused
 * Uint16Array (fold-chars.ts: table lookups for Latin letters, a cached slow path for the rest), word
 * roles looked up by a hash computed on the way, a memo for repeated values, and the key hashed from the
 * buffer — a string is built only for the keys kept as examples. No regular expressions per row.
 */
import {FNV_OFFSET, FNV_PRIME, Role, wordRoles} from './entity-words.js'
import {hashRange} from '../../values/hash.js'
import {AMPERSAND, FIRST, SECOND, SEPARATE, TABLE_SIZE, VANISH, foldRare} from './fold-chars.js'

const MEMO_SLOTS = 1 << 12
/** a house number longer than this many digits is not split off (appendStreetMemo) */
const MAX_HOUSE_NUMBER = 6
/** the length a street-part memo records for a part that must not be split off its number */
const WHOLE_ONLY = 255
/** longer results are not memoised (a slot holds this many codes) */
const MEMO_MAX_LENGTH = 40

/**
 * Recent normalisation results by the input's 53-bit hash: direct-mapped, codes stored inline, so a hit
 * allocates nothing. First names, surnames, PLZ and streets repeat across rows, and a hit costs a copy
 * instead of a normalisation. Use one memo per column (a column of unique values would otherwise push
 * out the others' entries). About 370 KB each; per thread, never part of an analyzer state.
 */
export class TextMemo {
  readonly hashes = new Float64Array(MEMO_SLOTS).fill(-1)
  readonly lengths = new Uint8Array(MEMO_SLOTS)
  readonly codes = new Uint16Array(MEMO_SLOTS * MEMO_MAX_LENGTH)
}

/**
 * Builds a normalised text from one or more inputs into a reused buffer. The entity analyzer writes its
 * whole key with one builder ("mueller | hauptstrasse 5 | 12345") and hashes the buffer, so a row costs
 * no string at all.
 */
export class NormalizedTextBuilder {
  /** the output */
  private out: Uint16Array = new Uint16Array(256)
  private outLength = 0
  /** whether the current part (since reset/separate) has words */
  private partHasWords = false
  /** scratch: the folded words of the input being appended */
  private codes: Uint16Array = new Uint16Array(256)
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)
  private hashes = new Int32Array(64)
  private roles = new Int32Array(64)
  /** set when dropTrailingLegalForms dropped a word (appendStreetMemo needs to know) */
  private droppedTrailing = false
  /** per word: 0 = dropped, else bit flags 1 = kept, 2 = fused with the word before, 4 = append "asse" */
  private fate = new Uint8Array(64)
  private words = 0

  get length(): number {
    return this.outLength
  }

  reset(): void {
    this.outLength = 0
    this.partHasWords = false
  }

  /** starts the next part of a composite key: " | " */
  separate(): void {
    this.ensureOut(3)
    this.out[this.outLength++] = 32
    this.out[this.outLength++] = 124
    this.out[this.outLength++] = 32
    this.partHasWords = false
  }

  /**
   * Appends the normalised words of `text` — or of text[start, end), a field inside its record's text —
   * space-separated from earlier words of this part.
   */
  append(text: string, start = 0, end = text.length): number {
    const before = this.outLength
    this.splitWords(text, start, end)
    if (this.words === 0) return 0
    this.decide()
    this.write()
    return this.outLength - before
  }

  /**
   * append(text, start, end) for a text whose hashString is `hash` (a Cell's hash), served from `memo`
   * when the same text was normalised recently.
   */
  appendMemo(text: string, start: number, end: number, hash: number, memo: TextMemo): number {
    const slot = hash & (MEMO_SLOTS - 1)
    const at = slot * MEMO_MAX_LENGTH
    if (memo.hashes[slot] === hash) {
      const length = memo.lengths[slot]
      if (length === 0) return 0
      this.ensureOut(length + 1)
      const out = this.out
      const codes = memo.codes
      const before = this.outLength
      let o = before
      if (this.partHasWords) out[o++] = 32
      // a loop, not set(subarray()): a view object per row would be garbage on the hot path
      for (let i = 0; i < length; i++) out[o++] = codes[at + i]
      this.outLength = o
      this.partHasWords = true
      return o - before
    }
    const before = this.outLength
    const hadWords = this.partHasWords
    const appended = this.append(text, start, end)
    // the stored form has no leading separator: it is added on use when the part already has words
    const skip = appended > 0 && hadWords ? 1 : 0
    const length = appended - skip
    if (length <= MEMO_MAX_LENGTH) {
      memo.hashes[slot] = hash
      memo.lengths[slot] = length
      const out = this.out
      const codes = memo.codes
      for (let i = 0; i < length; i++) codes[at + i] = out[before + skip + i]
    }
    return appended
  }

  /**
   * appendMemo for a street value, which mostly ends in a house number: "Wiesenstraße 164" is the street
   * part, normalised once and memoised in `parts` by its own hash, and the number written after it. That
   * equals normalising the whole value, because a word of digits has no role and changes nothing before
   * it — except that a legal form at the end of the street part is dropped only without the number, so a
   * part that lost one is marked in `parts` and such values are normalised whole. Streets repeat far
   * more often than street-and-number values, which mostly missed the memo.
   */
  appendStreetMemo(text: string, start: number, end: number, hash: number, memo: TextMemo, parts: TextMemo): number {
    let digits = end
    while (digits > start && isDigit(text.charCodeAt(digits - 1))) digits--
    const partEnd = digits - 1
    if (digits === end || end - digits > MAX_HOUSE_NUMBER || partEnd <= start || text.charCodeAt(partEnd) !== 32 || memo.hashes[hash & (MEMO_SLOTS - 1)] === hash) {
      return this.appendMemo(text, start, end, hash, memo)
    }
    const partHash = hashRange(text, start, partEnd)
    const slot = partHash & (MEMO_SLOTS - 1)
    const before = this.outLength
    if (parts.hashes[slot] === partHash) {
      if (parts.lengths[slot] === WHOLE_ONLY) return this.appendMemo(text, start, end, hash, memo)
      this.appendMemo(text, start, partEnd, partHash, parts)
    } else {
      const hadWords = this.partHasWords
      this.droppedTrailing = false
      this.appendMemo(text, start, partEnd, partHash, parts)
      if (this.droppedTrailing) {
        this.outLength = before
        this.partHasWords = hadWords
        parts.hashes[slot] = partHash
        parts.lengths[slot] = WHOLE_ONLY
        return this.appendMemo(text, start, end, hash, memo)
      }
    }
    // the house number: one word of digits, written as it is
    this.ensureOut(end - digits + 1)
    const out = this.out
    let o = this.outLength
    if (this.partHasWords) out[o++] = 32
    for (let i = digits; i < end; i++) out[o++] = text.charCodeAt(i)
    this.outLength = o
    this.partHasWords = true
    return o - before
  }

  toString(): string {
    const out = this.out
    let text = ''
    for (let i = 0; i < this.outLength; i += 8192) {
      const piece = out.subarray(i, Math.min(this.outLength, i + 8192))
      text += String.fromCharCode.apply(null, piece as unknown as number[])
    }
    return text
  }

  /**
   * hashString(this.toString()) without building the string: the entity analyzer needs a string only for
   * the few keys it keeps as examples. Same two-lane algorithm as src/values/hash.ts (a test holds them
   * equal); it belongs there as a hash over char codes.
   */
  hash(): number {
    const out = this.out
    let a = 0x9e3779b9
    let b = 0x85ebca6b
    for (let i = 0; i < this.outLength; i++) {
      const c = out[i]
      a = Math.imul(a ^ c, 0x9e3779b1)
      b = Math.imul(b ^ c, 0x5bd1e995)
    }
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
    b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35)
    return (b & 0x1fffff) * 4294967296 + (a >>> 0)
  }

  /** whether the output equals `text` (lets normalizeEntityText return its input without a copy) */
  equals(text: string): boolean {
    if (text.length !== this.outLength) return false
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== this.out[i]) return false
    return true
  }

  /** Phase 1: fold chars into words in `codes`, with word bounds and hashes. */
  private splitWords(text: string, from: number, to: number): void {
    const n = to - from
    if (this.codes.length < 3 * n + 16) this.codes = new Uint16Array(3 * n + 64)
    if (this.starts.length < n + 2) this.growWords(n + 2)
    let codes = this.codes
    let length = 0
    let start = 0
    let hash = FNV_OFFSET
    let lastDigit = false
    this.words = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      let first: number
      let second = 0
      let rare: string | null = null
      if (c < TABLE_SIZE) {
        first = FIRST[c]
        second = SECOND[c]
      } else if (c === 0x308) {
        // a decomposed umlaut: "u" + U+0308 is "ü" → "ue"
        const prev = length > start ? codes[length - 1] : 0
        if (prev !== 97 && prev !== 111 && prev !== 117) continue
        first = 101
      } else {
        let codePoint = c
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
          // a surrogate pair is one character (CJK extensions, historic scripts): fold it whole
          const low = text.charCodeAt(i + 1)
          if (low >= 0xdc00 && low < 0xe000) {
            codePoint = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00)
            i++
          }
        }
        rare = foldRare(codePoint)
        first = rare === null ? SEPARATE : rare.length === 0 ? VANISH : -1
      }
      if (first === VANISH) continue
      if (first === SEPARATE || first === AMPERSAND) {
        if (length > start) this.endWord(start, length, hash)
        start = length
        hash = FNV_OFFSET
        if (first === AMPERSAND) {
          codes[length++] = 117 // u
          codes[length++] = 110 // n
          codes[length++] = 100 // d
          this.endWord(start, length, fnvUnd)
          start = length
        }
        continue
      }
      if (rare !== null) {
        // a rare fold may be longer than the 3 codes per char reserved above
        if (codes.length < length + rare.length + 3 * (to - i)) {
          codes = this.codes = growCodes(codes, length, rare.length + 3 * n)
        }
        for (let k = 0; k < rare.length; k++) {
          const code = rare.charCodeAt(k)
          codes[length++] = code
          hash = Math.imul(hash ^ code, FNV_PRIME)
        }
        lastDigit = false
        continue
      }
      const digit = first >= 48 && first <= 57
      if (digit && !lastDigit && length > start) {
        // "Hauptstr.5", "Hauptstraße5": the house number is a word of its own
        this.endWord(start, length, hash)
        start = length
        hash = FNV_OFFSET
      }
      lastDigit = digit
      codes[length++] = first
      hash = Math.imul(hash ^ first, FNV_PRIME)
      if (second !== 0) {
        codes[length++] = second
        hash = Math.imul(hash ^ second, FNV_PRIME)
      }
    }
    if (length > start) this.endWord(start, length, hash)
  }

  private endWord(start: number, end: number, hash: number): void {
    const w = this.words++
    this.starts[w] = start
    this.ends[w] = end
    this.hashes[w] = hash
  }

  /** Phase 2: which words stay, which fuse, which become "…strasse". */
  private decide(): void {
    const n = this.words
    const roles = this.roles
    const fate = this.fate
    for (let w = 0; w < n; w++) {
      roles[w] = wordRoles(this.codes, this.starts[w], this.ends[w] - this.starts[w], this.hashes[w])
      fate[w] = 1
    }
    for (let w = 0; w < n; w++) {
      const r = roles[w]
      const prevDropped = w > 0 && fate[w - 1] === 0 ? roles[w - 1] : 0
      if ((r & (Role.Legal | Role.Title)) !== 0) fate[w] = 0
      else if ((r & Role.DoctorSuffix) !== 0 && (prevDropped & (Role.Doctor | Role.DoctorSuffix)) !== 0) fate[w] = 0
      else if ((r & Role.DiplomaSuffix) !== 0 && (prevDropped & (Role.Diploma | Role.DiplomaSuffix)) !== 0) fate[w] = 0
      else if ((r & Role.Registered) !== 0 && w + 1 < n && (roles[w + 1] & Role.RegisteredSuffix) !== 0) {
        fate[w] = 0
        fate[++w] = 0
      } else if ((r & Role.Company) !== 0 && w + 1 < n && (roles[w + 1] & Role.Legal) !== 0) {
        fate[w] = 0
        if (w > 0 && (roles[w - 1] & Role.And) !== 0) fate[w - 1] = 0
      }
    }
    this.dropTrailingLegalForms()
    let prev = -1
    for (let w = 0; w < n; w++) {
      if (fate[w] === 0) continue
      const start = this.starts[w]
      const end = this.ends[w]
      const len = end - start
      const codes = this.codes
      const endsWithStr = len >= 3 && codes[end - 3] === 115 && codes[end - 2] === 116 && codes[end - 1] === 114
      if (endsWithStr) fate[w] |= 4
      if (prev >= 0) {
        const prevLast = codes[this.ends[prev] - 1]
        const prevLetter = prevLast >= 97 && prevLast <= 122
        const prevLen = this.ends[prev] - this.starts[prev]
        if ((roles[w] & Role.Street) !== 0 && prevLetter && prevLen >= 2 && (roles[prev] & Role.StreetStop) === 0) {
          fate[w] |= 2
        } else if (len === 1 && codes[start] >= 97 && codes[start] <= 122 && prevLast >= 48 && prevLast <= 57) {
          fate[w] |= 2
        }
      }
      prev = w
    }
  }

  /** Drops legal forms and "& Co" at the end of a name, but never the first word. */
  private dropTrailingLegalForms(): void {
    const fate = this.fate
    const roles = this.roles
    let last = this.words - 1
    for (;;) {
      while (last >= 0 && fate[last] === 0) last--
      let before = last - 1
      while (before >= 0 && fate[before] === 0) before--
      if (before < 0 || (roles[last] & (Role.LegalTrailing | Role.Company)) === 0) return
      fate[last] = 0
      this.droppedTrailing = true
      if ((roles[last] & Role.Company) !== 0 && (roles[before] & Role.And) !== 0) fate[before] = 0
    }
  }

  /** Phase 3: copy the kept words to the output. */
  private write(): void {
    this.ensureOut(this.ends[this.words - 1] + 6 * this.words + 1)
    const out = this.out
    let length = this.outLength
    for (let w = 0; w < this.words; w++) {
      const fate = this.fate[w]
      if (fate === 0) continue
      if ((fate & 2) === 0 && this.partHasWords) out[length++] = 32
      for (let i = this.starts[w]; i < this.ends[w]; i++) out[length++] = this.codes[i]
      if ((fate & 4) !== 0) {
        out[length++] = 97 // a
        out[length++] = 115 // s
        out[length++] = 115 // s
        out[length++] = 101 // e
      }
      this.partHasWords = true
    }
    this.outLength = length
  }

  private ensureOut(extra: number): void {
    if (this.outLength + extra <= this.out.length) return
    const grown = new Uint16Array(2 * (this.outLength + extra))
    grown.set(this.out.subarray(0, this.outLength))
    this.out = grown
  }

  private growWords(size: number): void {
    this.starts = new Int32Array(2 * size)
    this.ends = new Int32Array(2 * size)
    this.hashes = new Int32Array(2 * size)
    this.roles = new Int32Array(2 * size)
    this.fate = new Uint8Array(2 * size)
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}


const fnvUnd = [117, 110, 100].reduce((h, c) => Math.imul(h ^ c, FNV_PRIME), FNV_OFFSET)

function growCodes(codes: Uint16Array, used: number, extra: number): Uint16Array {
  const grown = new Uint16Array(2 * (used + extra))
  grown.set(codes.subarray(0, used))
  return grown
}

const shared = new NormalizedTextBuilder()

/** The normalised form of one name or address text (see the file header for the rules). */
export function normalizeEntityText(s: string): string {
  shared.reset()
  shared.append(s)
  return shared.equals(s) ? s : shared.toString()
}
