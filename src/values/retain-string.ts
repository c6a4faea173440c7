/**
 * A copy of `s` that does not keep the text it was cut from alive.
 *
 * The CSV tokenizer cuts fields out of a decoded ~1 MB chunk with substring; V8 represents cuts of 13 or
 * more characters as "sliced strings" that point into the chunk. A state that keeps one field (an example,
 * a min/max, a top value) would pin its whole chunk: with examples spread over a file that is every chunk,
 * i.e. memory growing with the file. Concatenating and slicing makes V8 flatten into a fresh string.
 * Shorter cuts are already copies. Call it only where a value is kept, never per cell.
 */
const SLICED_STRING_MIN_LENGTH = 13

export function retainString(s: string): string {
  return s.length < SLICED_STRING_MIN_LENGTH ? s : ` ${s}`.slice(1)
}
