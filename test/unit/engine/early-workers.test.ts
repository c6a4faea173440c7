import {mkdtempSync, rmSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {earlyWorkerCount} from '../../../src/engine/early-workers.js'
import {PARALLEL_MIN_BYTES} from '../../../src/engine/worker-pool.js'

const dir = mkdtempSync(join(tmpdir(), 'early-workers-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function fileOf(name: string, bytes: number): string {
  const path = join(dir, name)
  writeFileSync(path, '')
  // sparse: no disk space for the big ones
  truncateSync(path, bytes)
  return path
}

const big = fileOf('kunden.csv', PARALLEL_MIN_BYTES)
const bigTxt = fileOf('EXPORT.TXT', PARALLEL_MIN_BYTES + 1)
const small = fileOf('klein.csv', PARALLEL_MIN_BYTES - 1)
const bigWorkbook = fileOf('mappe.xlsx', PARALLEL_MIN_BYTES * 2)

describe('earlyWorkerCount', () => {
  it('starts the default number of workers for a scan naming a big text file', () => {
    expect(earlyWorkerCount(['scan', big, '--json'], 3)).toBe(3)
    expect(earlyWorkerCount(['scan', small, bigTxt], 1)).toBe(1)
  })

  it('starts none for small files, workbooks, folders, missing paths and other commands', () => {
    expect(earlyWorkerCount(['scan', small], 3)).toBe(0)
    expect(earlyWorkerCount(['scan', bigWorkbook], 3)).toBe(0)
    expect(earlyWorkerCount(['scan', dir], 3)).toBe(0)
    expect(earlyWorkerCount(['scan', join(dir, 'fehlt.csv')], 3)).toBe(0)
    expect(earlyWorkerCount(['sources', 'check', big], 3)).toBe(0)
    expect(earlyWorkerCount([], 3)).toBe(0)
  })

  it('honours --workers and starts none for --help, --dry-run or a --workers value oclif refuses', () => {
    expect(earlyWorkerCount(['scan', '--workers', '2', big], 1)).toBe(2)
    expect(earlyWorkerCount(['scan', big, '--workers=0'], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', big, '--workers', 'viele'], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', big, '--workers', '65'], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', big, '--help'], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', big, '--dry-run'], 1)).toBe(0)
  })

  it('does not take the value of a flag for a source', () => {
    expect(earlyWorkerCount(['scan', '--out', big, small], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', '-c', big, small], 1)).toBe(0)
    expect(earlyWorkerCount(['scan', '--out', dir, big], 1)).toBe(1)
  })
})
