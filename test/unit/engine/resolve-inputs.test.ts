import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveInputs} from '../../../src/engine/resolve-inputs.js'

describe('resolveInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'datenreife-inputs-'))
  mkdirSync(join(dir, 'Vertrieb'))
  writeFileSync(join(dir, 'kunden.csv'), 'a;b\n1;2\n')
  writeFileSync(join(dir, 'Bericht {2024}.csv'), 'a;b\n1;2\n')
  writeFileSync(join(dir, 'Vertrieb/liste.xlsx'), '')
  writeFileSync(join(dir, 'export.dat'), 'a;b\n')

  it('reads files, folders and patterns, each path once', async () => {
    const resolved = await resolveInputs([join(dir, 'kunden.csv'), join(dir, '*.csv'), join(dir, 'Vertrieb'), join(dir, 'Vertrieb')])
    expect(resolved.map((r) => r.type)).toEqual(['file', 'file', 'folder'])
    expect(resolved.filter((r) => r.type === 'file').map((r) => (r.type === 'file' ? r.path : ''))).toEqual([
      join(dir, 'kunden.csv'),
      join(dir, 'Bericht {2024}.csv'),
    ])
  })

  it('takes an existing path with pattern characters literally', async () => {
    const [only] = await resolveInputs([join(dir, 'Bericht {2024}.csv')])
    expect(only).toMatchObject({type: 'file', kind: 'csv'})
  })

  it('reads other extensions named explicitly as delimited text, and keeps the kind of a missing workbook', async () => {
    const [dat, missing, noMatch] = await resolveInputs([join(dir, 'export.dat'), join(dir, 'fehlt.xlsx'), join(dir, '*.tsv')])
    expect(dat).toMatchObject({type: 'file', kind: 'csv'})
    expect(missing).toMatchObject({type: 'missing', kind: 'xlsx'})
    expect(missing.type === 'missing' && missing.error.code).toBe('SOURCE_NOT_FOUND')
    expect(noMatch.type === 'missing' && noMatch.error.code).toBe('SOURCE_NOT_FOUND')
  })
})
