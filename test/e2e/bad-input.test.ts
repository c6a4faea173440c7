import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {ScanReport} from '../../src/report/scan-report.js'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {reportValidator} from '../helpers/schema.js'

/**
 * One folder with one good file and every kind of bad input the issue names. Each bad file must fail on
 * its own with a code and a readable message; the good file is still scanned; exit code 3; no stack trace.
 */
describe('bad input (built CLI)', () => {
  let dir: string
  let report: ScanReport
  let status: number | null
  let stderr: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'datenreife-bad-'))
    writeFileSync(join(dir, 'gut.csv'), 'Kundennummer;Name;Ort\r\n1;Müller GmbH;Köln\r\n2;Schmidt KG;Berlin\r\n')
    writeFileSync(join(dir, 'leer.csv'), '')
    const binary = Buffer.alloc(4096)
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256
    writeFileSync(join(dir, 'binaer.csv'), binary)
    writeFileSync(join(dir, 'kein-zip.xlsx'), 'Dies ist keine Arbeitsmappe, nur Text.\n')
    const workbook = readFileSync(resolve(ROOT, 'test/fixtures/xlsx/multi-sheet.xlsx'))
    writeFileSync(join(dir, 'abgeschnitten.xlsx'), workbook.subarray(0, Math.floor(workbook.length / 2)))
    copyFileSync(resolve(ROOT, 'test/fixtures/xlsx/encrypted.xlsx'), join(dir, 'passwort.xlsx'))
    // a 50 MB "CSV" without a single line break
    writeFileSync(join(dir, 'eine-zeile.csv'), Buffer.alloc(50 * 1024 * 1024, 'a;'))

    const result = runCli(['scan', dir, '--json'])
    status = result.status
    stderr = result.stderr
    report = JSON.parse(result.stdout) as ScanReport
  }, 120_000)

  it('exits with 3 and still reports every source, schema-valid', () => {
    expect(status).toBe(3)
    const validate = reportValidator()
    expect(validate(report)).toBe(true)
    expect(report.sources).toHaveLength(7)
  })

  it('scans the good file', () => {
    const good = report.sources.find((s) => s.location.endsWith('gut.csv'))!
    expect(good.status).toBe('ok')
    expect(good.tables[0].rowCount).toBe(2)
  })

  it.each([
    ['leer.csv', 'FILE_EMPTY'],
    ['binaer.csv', 'FILE_BINARY'],
    ['kein-zip.xlsx', 'FILE_NOT_ZIP'],
    ['abgeschnitten.xlsx', 'FILE_TRUNCATED'],
    ['passwort.xlsx', 'FILE_ENCRYPTED'],
    ['eine-zeile.csv', 'RECORD_TOO_LARGE'],
  ])('%s fails with %s and a message naming the file', (file, code) => {
    const source = report.sources.find((s) => s.location.endsWith(file))!
    expect(source.status).toBe('failed')
    expect(source.error?.code).toBe(code)
    expect(source.error?.message).toContain(file)
    expect(source.error?.message).not.toMatch(/\n\s+at /)
  })

  it('never prints a stack trace', () => {
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('names a missing path as a failed source with exit code 3', () => {
    const result = runCli(['scan', join(dir, 'gibt-es-nicht.csv'), join(dir, 'gut.csv'), '--json'])
    expect(result.status).toBe(3)
    const r = JSON.parse(result.stdout) as ScanReport
    expect(r.sources.map((s) => s.status)).toEqual(['failed', 'ok'])
    expect(r.sources[0].error?.code).toBe('SOURCE_NOT_FOUND')
  })
})
