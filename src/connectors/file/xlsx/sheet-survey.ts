/**
 * A quick byte-level pass over one worksheet part, before its rows are parsed: does it hold any cell
 * value, and which cells are merged? Worksheet XML lists merged ranges (<mergeCells>) after all rows,
 * yet the header detection at the top needs them first; exceljs's streaming reader skips them entirely.
 * Inflating a part again costs little next to parsing it (zlib runs at hundreds of MB/s, the XML parser
 * at tens), and this pass only searches the raw bytes, without decoding or parsing them.
 */
import {parseRange, type CellRange} from './cell-ref.js'
import {partReadError} from './xlsx-errors.js'
import type {ZipArchive} from './zip-archive.js'

export interface SheetSurvey {
  /** at least one cell holds a value or a formula */
  hasValues: boolean
  /** merged ranges, in file order (at most MAX_STORED_MERGES) */
  merges: CellRange[]
  /** all merged ranges, also those beyond the stored ones */
  mergeCount: number
}

/** merged ranges kept per sheet; beyond this only counted (a real sheet has a few dozen) */
export const MAX_STORED_MERGES = 100_000
/** the longest <mergeCell …/> element we expect; a longer one is skipped */
const MAX_ELEMENT = 512
/** a chunk's last bytes are kept for the next one: markers and `<x:mergeCell` may straddle chunks */
const CARRY = 16

const MERGE_CELL = Buffer.from('mergeCell', 'latin1')
/** <v> holds a cell value, <is> an inline string, <f> a formula (with or without a prefix like `x:`) */
const VALUE_MARKERS = ['<v>', '<v ', ':v>', '<is>', ':is>', '<f>', '<f ', ':f>'].map((m) => Buffer.from(m, 'latin1'))

export async function surveySheet(zip: ZipArchive, part: string): Promise<SheetSurvey> {
  const stream = await zip.openPart(part, 'buffer')
  try {
    return await surveyChunks(stream as AsyncIterable<Buffer>)
  } catch (error) {
    throw partReadError(zip.location, part, error)
  } finally {
    stream.destroy()
  }
}

/** The survey of worksheet XML given as raw chunks, split anywhere. */
export async function surveyChunks(chunks: AsyncIterable<Buffer>): Promise<SheetSurvey> {
  const survey: SheetSurvey = {hasValues: false, merges: [], mergeCount: 0}
  let carry: Buffer = Buffer.alloc(0)
  for await (const chunk of chunks) {
    const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
    if (!survey.hasValues) survey.hasValues = VALUE_MARKERS.some((m) => buffer.indexOf(m) >= 0)
    carry = buffer.subarray(collectMerges(buffer, survey))
  }
  return survey
}

/**
 * Reads every complete <mergeCell ref="…"/> element in the buffer. Returns where the next chunk's search
 * must resume: at an unfinished element (with the two bytes before it, for the prefix checks), else just
 * after the last element read but at most CARRY bytes before the end.
 */
function collectMerges(buffer: Buffer, survey: SheetSurvey): number {
  let from = 0
  let done = 0
  for (;;) {
    const at = buffer.indexOf(MERGE_CELL, from)
    if (at < 0) return Math.max(done, buffer.length - CARRY)
    const after = at + MERGE_CELL.length
    if (after >= buffer.length) return Math.max(0, at - 2)
    from = after
    // `<mergeCell ` or `<x:mergeCell `; not `<mergeCells`, not a closing `</mergeCell>`
    const before = at > 0 ? buffer[at - 1] : 0
    if ((before !== 0x3c && before !== 0x3a) || !isSpace(buffer[after])) continue
    const end = buffer.indexOf(0x3e, after) // ">"
    if (end < 0) return buffer.length - at > MAX_ELEMENT ? Math.max(0, buffer.length - CARRY) : Math.max(0, at - 2)
    const range = parseRange(refAttribute(buffer.toString('latin1', after, end)))
    from = end + 1
    done = from
    if (!range) continue
    survey.mergeCount++
    if (survey.merges.length < MAX_STORED_MERGES) survey.merges.push(range)
  }
}

function refAttribute(attributes: string): string {
  const match = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/.exec(attributes)
  return match ? match[1] : ''
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
}
