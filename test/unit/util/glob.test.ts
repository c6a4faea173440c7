import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandGlob, globToRegExp, isGlob} from '../../../src/util/glob.js'

describe('glob', () => {
  it('recognises patterns', () => {
    expect(isGlob('exports/*.csv')).toBe(true)
    expect(isGlob('Freigabe/**/{a,b}.xlsx')).toBe(true)
    expect(isGlob('kunden.csv')).toBe(false)
  })

  it.each([
    ['*.csv', 'kunden.csv', true],
    ['*.csv', 'sub/kunden.csv', false],
    ['**/*.csv', 'kunden.csv', true],
    ['**/*.csv', 'a/b/kunden.csv', true],
    ['kunden_?.csv', 'kunden_1.csv', true],
    ['*.{csv,xlsx}', 'liste.xlsx', true],
    ['*.{csv,xlsx}', 'liste.pdf', false],
    ['Kunden (alt).csv', 'Kunden (alt).csv', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected)
  })

  it('expands patterns against the file system, sorted, skipping hidden files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datenreife-glob-'))
    mkdirSync(join(dir, 'Vertrieb/alt'), {recursive: true})
    for (const f of ['a.csv', 'b.xlsx', '.versteckt.csv', 'Vertrieb/c.csv', 'Vertrieb/alt/d.csv']) writeFileSync(join(dir, f), 'x')
    expect(await expandGlob(join(dir, '*.csv'))).toEqual([join(dir, 'a.csv')])
    expect(await expandGlob(join(dir, '**/*.csv'))).toEqual([join(dir, 'Vertrieb/alt/d.csv'), join(dir, 'Vertrieb/c.csv'), join(dir, 'a.csv')])
    expect(await expandGlob(join(dir, 'nichts/*.csv'))).toEqual([])
  })
})
