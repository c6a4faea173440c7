/**
 * The bundled name lists are written as whitespace-separated lower-case words, the way they read in a
 * register, so that a list of a thousand names stays a short, reviewable file. Hyphenated first names
 * ("Anna-Lena", "Hans-Peter") are not listed: they are recognised by their parts. Multi-word surnames
 * are listed by their core ("de Luca" → "luca", "van den Berg" → "berg"): particles are read separately.
 */
export function nameList(text: string): readonly string[] {
  return text.split(/\s+/).filter((word) => word.length > 0)
}
