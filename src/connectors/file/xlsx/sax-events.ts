/**
 * SAX events of one workbook part, from exceljs's own streaming XML layer (`lib/utils/parse-sax`, saxes
 * underneath): batches of open-tag / text / close-tag events per input chunk.
 *
 * We hand it strings that were decoded as one UTF-8 stream. Given Buffers, exceljs decodes every chunk on
 * its own and breaks a multi-byte character (an umlaut) that straddles two chunks into U+FFFD; measured
 * with exceljs 4.4.0's WorkbookReader: 3 of 60,000 German strings came out damaged.
 */
import {createRequire} from 'node:module'
import type {ScannerError} from '../../../errors.js'

export interface SaxTag {
  /** the qualified name as written (`c`, or `x:c` in files that prefix the main namespace) */
  name: string
  attributes: Record<string, string>
}

export type SaxEvent =
  | {eventType: 'opentag'; value: SaxTag}
  | {eventType: 'closetag'; value: SaxTag}
  | {eventType: 'text'; value: string}

type ParseSax = (input: AsyncIterable<string>) => AsyncGenerator<SaxEvent[], void, undefined>

const requireFromHere = createRequire(import.meta.url)
let parseSaxModule: ParseSax | undefined

/** exceljs's SAX layer, loaded with the first workbook: a CSV-only scan never pays its ~35 ms start-up */
function parseSax(input: AsyncIterable<string>): AsyncGenerator<SaxEvent[], void, undefined> {
  parseSaxModule ??= requireFromHere('exceljs/lib/utils/parse-sax.js') as ParseSax
  return parseSaxModule(input)
}

/**
 * Event batches of one part. Errors raised while reading or parsing (I/O, zlib, XML syntax) are passed to
 * `mapError` with `fromParser = true`; errors of the consumer's own code pass through untouched.
 */
export async function* saxBatches(
  input: AsyncIterable<string>,
  mapError: (error: unknown, fromParser: boolean) => ScannerError,
): AsyncGenerator<SaxEvent[], void, undefined> {
  const events = parseSax(input)
  try {
    for (;;) {
      let step: IteratorResult<SaxEvent[], void>
      try {
        step = await events.next()
      } catch (error) {
        throw mapError(error, true)
      }
      if (step.done) return
      yield step.value
    }
  } finally {
    await events.return(undefined).catch(() => undefined)
  }
}

/** `x:row` → `row`; names without a prefix are returned as they are (no allocation). */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** An attribute whose local name is `local` (`r:id`, or the same under another prefix). */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  const suffix = `:${local}`
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key]
  return undefined
}
