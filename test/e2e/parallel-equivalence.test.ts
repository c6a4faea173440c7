import {copyFileSync, cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {ScanReport} from '../../src/report/scan-report.js'
import {DATASETS, ROOT, runCli} from '../helpers/run-cli.js'

/**
 * The worker-thread path (byte ranges, merged states) must give exactly the report of the sequential
 * path: the merge law of every analyzer, end to end. The file is big enough to be split (> 16 MB) and has
 * quoted fields with line breaks, duplicates, placeholders and mixed formats.
 */
function germanCsv(rows: number): string {
  const lines = ['Kundennummer;Name;Straße;PLZ;Ort;Umsatz;Kunde seit;Aktiv;Bemerkung']
  const names = ['Müller GmbH', 'Mueller GmbH', 'Schäfer KG', 'Weiß & Söhne OHG', 'Bäckerei Groß', 'Özdemir e.K.']
  const streets = ['Hauptstr. 5', 'Hauptstraße 5', 'Am Ring 12', 'Lindenallee 3a']
  let seed = 12345
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let i = 0; i < rows; i++) {
    const dup = i > 10 && rnd(50) === 0
    const id = dup ? i - 1 - rnd(10) : i
    const umsatz = rnd(10) === 0 ? 'k.A.' : `${rnd(100000)},${String(rnd(100)).padStart(2, '0')}`
    const datum = rnd(20) === 0 ? `20${10 + rnd(14)}-0${1 + rnd(9)}-1${rnd(9)}` : `1${rnd(9)}.0${1 + rnd(9)}.20${10 + rnd(14)}`
    const note = rnd(40) === 0 ? '"Rückruf; bitte\nmit ""Frau X"" sprechen"' : rnd(3) === 0 ? '' : 'Stammkunde'
    const line = `${10000 + id};${names[id % names.length]} ${id % 997};${streets[id % streets.length]};0${1000 + (id % 8999)};Köln;${umsatz};${datum};${rnd(2) ? 'ja' : 'nein'};${note}`
    lines.push(line)
    if (dup) lines.push(line)
  }
  return `${lines.join('\r\n')}\r\n`
}

function stable(report: ScanReport): unknown {
  const {scan: _scan, ...rest} = report
  return JSON.parse(JSON.stringify(rest, (key, value) => (key === 'durationMs' ? undefined : value)))
}

describe('parallel scan equals sequential scan (built CLI)', () => {
  let file: string
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'datenreife-par-'))
    file = join(dir, 'kunden-gross.csv')
    const text = germanCsv(260_000)
    expect(Buffer.byteLength(text)).toBeGreaterThan(17 * 1024 * 1024)
    writeFileSync(file, text)
  })

  it('gives identical reports with a worker and without', () => {
    const sequential = runCli(['scan', file, '--json', '--workers', '0'])
    const parallel = runCli(['scan', file, '--json', '--workers', '1'], {env: {DATENREIFE_DEBUG: '1'}})
    expect(parallel.stderr).toMatch(/2 byte ranges scanned in parallel \(1 in workers\) and merged/)
    expect(sequential.status).toBe(0)
    expect(parallel.status).toBe(0)
    const a = JSON.parse(sequential.stdout) as ScanReport
    const b = JSON.parse(parallel.stdout) as ScanReport
    expect(a.sources[0].tables[0].rowCount).toBeGreaterThan(260_000)
    expect(stable(b)).toEqual(stable(a))
  }, 120_000)

  it('scans the files of a folder side by side in workers with the same report as one after another', () => {
    // more than PARALLEL_FILES_MIN_BYTES of workbooks, so the folder is shared with a worker
    const dir = mkdtempSync(join(tmpdir(), 'datenreife-files-'))
    const workbook = resolve(DATASETS, 'destatis-sonderauswertung-sterbefaelle-2020/germany_total_source_2020_04_19.xlsx')
    for (let i = 1; i <= 10; i++) copyFileSync(workbook, join(dir, `sterbefaelle_${i}.xlsx`))
    cpSync(resolve(ROOT, 'demo/Vertrieb'), join(dir, 'Vertrieb'), {recursive: true})
    const sequential = runCli(['scan', dir, '--json', '--workers', '0'])
    const parallel = runCli(['scan', dir, '--json', '--workers', '1'], {env: {DATENREIFE_DEBUG: '1'}})
    expect(parallel.stderr).toMatch(/scanned in a worker thread/)
    expect(sequential.status).toBe(0)
    expect(parallel.status).toBe(0)
    const a = JSON.parse(sequential.stdout) as ScanReport
    const b = JSON.parse(parallel.stdout) as ScanReport
    expect(a.sources.length).toBe(14)
    expect(stable(b)).toEqual(stable(a))
  }, 120_000)
})
