import {describe, expect, it} from 'vitest'
import {formatProgressLine, TerminalProgress} from '../../../src/engine/progress.js'

function fakeStream() {
  const writes: string[] = []
  return {writes, stream: {columns: 120, write: (s: string) => writes.push(s) > 0} as unknown as NodeJS.WriteStream}
}

describe('progress', () => {
  it('shows source, table, rows, rate, share and time left (German)', () => {
    const line = formatProgressLine({source: 'Vertrieb/kunden.csv', table: 'kunden.csv', rows: 250_000, bytes: 50, totalBytes: 200, elapsedMs: 2000, lang: 'de', width: 200})
    expect(line).toBe('Vertrieb/kunden.csv · 250.000 Zeilen · 125.000 Zeilen/s · 25 % · noch ca. 6 s')
  })

  it('has no estimate when the size is unknown, and speaks English with lang en', () => {
    const line = formatProgressLine({source: 'a.xlsx', table: 'Artikel', rows: 1000, bytes: 0, elapsedMs: 1000, lang: 'en', width: 200})
    expect(line).toBe('a.xlsx › Artikel · 1,000 rows · 1,000 rows/s')
  })

  it('never draws for short tables, redraws at most every 150 ms and clears its line at the end', () => {
    let now = 0
    const {writes, stream} = fakeStream()
    const progress = new TerminalProgress(stream, 'de', () => now)
    progress.startTable('kunden.csv', 'kunden.csv', 1000)
    now = 100
    progress.update(10, 10)
    expect(writes).toEqual([])
    now = 500
    progress.update(100, 100)
    now = 550
    progress.update(110, 110)
    expect(writes).toHaveLength(1)
    expect(writes[0]).toContain('100 Zeilen')
    progress.endTable()
    expect(writes.at(-1)).toBe('\r\u001B[2K')
  })

  it('cuts lines to the terminal width', () => {
    const line = formatProgressLine({source: 'x'.repeat(300), table: 't', rows: 1, bytes: 0, elapsedMs: 1, lang: 'de', width: 80})
    expect(line.length).toBeLessThanOrEqual(80)
  })
})
