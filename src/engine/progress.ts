/**
 * Progress on stderr for long scans: source, table, rows done, rows/s and an estimate when the size is
 * known. Only when stderr is a terminal and JSON is not requested — otherwise the no-op sink is used, so
 * pipes, CI logs and `--json` stay clean.
 */

export interface ProgressSink {
  startTable(source: string, table: string, totalBytes?: number): void
  /** cumulative rows and bytes of the current table */
  update(rows: number, bytes: number): void
  endTable(): void
  close(): void
}

export const silentProgress: ProgressSink = {
  startTable() {},
  update() {},
  endTable() {},
  close() {},
}

const REDRAW_MS = 150
/** tables that finish faster than this never show a progress line */
const QUIET_START_MS = 400

export class TerminalProgress implements ProgressSink {
  private source = ''
  private table = ''
  private totalBytes: number | undefined
  private startedAt = 0
  private lastDraw = 0
  private drawn = false

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly lang: 'de' | 'en',
    private readonly now: () => number = () => Date.now(),
  ) {}

  startTable(source: string, table: string, totalBytes?: number): void {
    this.source = source
    this.table = table
    this.totalBytes = totalBytes
    this.startedAt = this.now()
    this.lastDraw = 0
  }

  update(rows: number, bytes: number): void {
    const t = this.now()
    if (t - this.startedAt < QUIET_START_MS || t - this.lastDraw < REDRAW_MS) return
    this.lastDraw = t
    this.draw(formatProgressLine({
      source: this.source,
      table: this.table,
      rows,
      bytes,
      totalBytes: this.totalBytes,
      elapsedMs: t - this.startedAt,
      lang: this.lang,
      // a terminal that reports no size (0 columns) gets a sensible width instead of a cut-off line
      width: this.stream.columns && this.stream.columns >= 40 ? this.stream.columns : 100,
    }))
  }

  endTable(): void {
    this.clear()
  }

  close(): void {
    this.clear()
  }

  private draw(line: string): void {
    this.stream.write(`\r\u001B[2K${line}`)
    this.drawn = true
  }

  private clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\u001B[2K')
    this.drawn = false
  }
}

export interface ProgressLineInput {
  source: string
  table: string
  rows: number
  bytes: number
  totalBytes?: number
  elapsedMs: number
  lang: 'de' | 'en'
  width: number
}

export function formatProgressLine(p: ProgressLineInput): string {
  const locale = p.lang === 'de' ? 'de-DE' : 'en-GB'
  const seconds = Math.max(p.elapsedMs / 1000, 0.001)
  const rate = Math.round(p.rows / seconds)
  const parts = [
    // a CSV's table is named after its file: say it once
    p.source.endsWith(p.table) ? p.source : `${p.source} › ${p.table}`,
    `${p.rows.toLocaleString(locale)} ${p.lang === 'de' ? 'Zeilen' : 'rows'}`,
    `${rate.toLocaleString(locale)} ${p.lang === 'de' ? 'Zeilen/s' : 'rows/s'}`,
  ]
  if (p.totalBytes && p.totalBytes > 0 && p.bytes > 0) {
    const share = Math.min(p.bytes / p.totalBytes, 1)
    const remaining = (seconds / share) * (1 - share)
    parts.push(`${Math.floor(share * 100)} %`)
    parts.push(`${p.lang === 'de' ? 'noch ca.' : 'about'} ${formatDuration(remaining)}${p.lang === 'de' ? '' : ' left'}`)
  }
  const line = parts.join(' · ')
  return line.length > p.width - 1 ? `${line.slice(0, Math.max(p.width - 2, 10))}…` : line
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`
}
