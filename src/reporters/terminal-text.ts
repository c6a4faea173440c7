/**
 * Plain-text layout for the terminal report: optional ANSI colours, truncation, word wrapping and
 * "a · b · c" fact lines that break between facts. Widths count UTF-16 units, which is exact for the
 * Latin text, umlauts and the few symbols the report uses.
 */
import type {Lang, Severity} from '../report/scan-report.js'

export interface Painter {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  cyan(text: string): string
}

function ansi(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001B[${open}m${text}\u001B[${close}m`)
}

const COLOR_PAINTER: Painter = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
}

const identity = (text: string): string => text
const PLAIN_PAINTER: Painter = {bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity}

export function painter(color: boolean): Painter {
  return color ? COLOR_PAINTER : PLAIN_PAINTER
}

/** What every section renderer needs. */
export interface TerminalContext {
  lang: Lang
  paint: Painter
  /** total line width in characters */
  width: number
}

export const SEVERITY_MARK: Record<Severity, string> = {error: '✖', warning: '▲', info: '•'}

export function paintSeverity(ctx: TerminalContext, severity: Severity, text: string): string {
  if (severity === 'error') return ctx.paint.red(text)
  if (severity === 'warning') return ctx.paint.yellow(text)
  return ctx.paint.dim(text)
}

/** Cuts text to `max` characters, ending in "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return ''
  if (text.length <= max) return text
  return max === 1 ? '…' : `${text.slice(0, max - 1)}…`
}

/**
 * Cuts the middle out of text longer than `max`: "Bevölkerung und…Anzahl der Haushalte". Column names
 * built from stacked header rows share their beginning, so the end is what tells them apart.
 */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max || max < 5) return truncate(text, max)
  const head = Math.ceil((max - 1) / 2)
  const tail = max - 1 - head
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`
}

export function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

export function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text
}

/**
 * Wraps text at spaces into lines of at most `width` characters (a single longer word is cut). The first
 * line starts with `first`, the following ones with `rest` (hanging indent).
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = []
  let line = first
  let lineHasWord = false
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = lineHasWord ? `${line} ${word}` : line + word
    if (candidate.length <= width || !lineHasWord) {
      line = candidate.length <= width ? candidate : truncate(candidate, width)
      lineHasWord = true
      continue
    }
    lines.push(line)
    const next = rest + word
    line = next.length <= width ? next : truncate(next, width)
  }
  if (lineHasWord || lines.length === 0) lines.push(line)
  return lines
}

/** Facts joined with " · ", broken between facts so no line exceeds the width. */
export function factLines(facts: readonly string[], indent: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const fact of facts) {
    if (fact === '') continue
    if (line === '') {
      line = indent + fact
    } else if (line.length + 3 + fact.length <= width) {
      line += ` · ${fact}`
    } else {
      lines.push(line)
      line = indent + fact
    }
  }
  if (line !== '') lines.push(line)
  return lines.map((l) => truncate(l, width))
}
