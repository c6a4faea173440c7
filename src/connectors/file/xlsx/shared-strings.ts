/**
 * The shared string table (xl/sharedStrings.xml): cells of type "s" hold an index into it. It is the one
 * structure that must stay in memory while sheets stream (any row may point anywhere into it); its size
 * is that of the workbook's distinct texts, not of its rows. Rich text runs are joined into one string;
 * phonetic guides (<rPh>, Japanese furigana) are not part of the text and are left out.
 */
import {partReadError} from './xlsx-errors.js'
import {localName, saxBatches} from './sax-events.js'
import type {ZipArchive} from './zip-archive.js'

export async function readSharedStrings(zip: ZipArchive, part: string): Promise<string[]> {
  const strings: string[] = []
  const location = zip.location
  const stream = await zip.openPart(part)
  let text = ''
  let inText = false
  let phoneticDepth = 0
  try {
    for await (const batch of saxBatches(stream, (e, fromParser) => partReadError(location, part, e, fromParser))) {
      for (const event of batch) {
        if (event.eventType === 'text') {
          if (inText && phoneticDepth === 0) text += event.value
          continue
        }
        const name = localName(event.value.name)
        if (event.eventType === 'opentag') {
          if (name === 't') inText = true
          else if (name === 'rPh') phoneticDepth++
          else if (name === 'si') text = ''
        } else if (name === 't') {
          inText = false
        } else if (name === 'rPh') {
          phoneticDepth--
        } else if (name === 'si') {
          strings.push(decodeEscapes(text))
        }
      }
    }
  } finally {
    stream.destroy()
  }
  return strings
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g

/**
 * OOXML writes characters XML cannot carry (control characters such as a carriage return) as `_xHHHH_`;
 * a literal "_x" in the text is itself escaped as `_x005F_`.
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}
