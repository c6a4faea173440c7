import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runScan} from '../../../src/engine/scan-service.js'

describe('invalid bytes in a UTF-8 export', () => {
  it('are read as U+FFFD where they sit, counted and reported; the rest of the file stays intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datenreife-enc-'))
    const rows = ['Kundennummer;Name;Ort']
    for (let i = 0; i < 3000; i++) rows.push(`${i};Müller GmbH;Köln`)
    const good = Buffer.from(`${rows.join('\n')}\n`, 'utf8')
    // one Latin-1 "ü" (0xFC) deep inside, as when two exports in different encodings are glued together
    const stray = Buffer.from('3000;M\xfcller KG;Bonn\n', 'latin1')
    writeFileSync(join(dir, 'kunden.csv'), Buffer.concat([good, stray, Buffer.from('3001;Müller GmbH;Köln\n', 'utf8')]))
    const report = await runScan({inputs: [join(dir, 'kunden.csv')], lang: 'de', workers: 0})
    const table = report.sources[0].tables[0]
    expect(report.sources[0].dialect?.encoding).toBe('utf-8')
    expect(table.rowCount).toBe(3002)
    const finding = table.findings.find((f) => f.code === 'INVALID_ENCODING_BYTES')
    expect(finding?.data).toEqual({count: 1, firstByte: good.length + 6})
    expect(finding?.message).toContain('UTF-8')
    const name = table.columns.find((c) => c.name === 'Name')!
    expect(name.distinctCount).toBe(2)
    expect(name.topValues?.[0].count).toBe(3001)
  })
})
