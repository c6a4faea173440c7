import {mkdir, mkdtemp, rm, symlink, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {ScannerError} from '../../../../../src/errors.js'
import {
  classifyPath,
  isSkippedName,
  readableFiles,
  walkFolder,
} from '../../../../../src/connectors/file/folder/folder-walker.js'

// Running as root (CI does) makes chmod useless for unreadable folders, so failures are injected:
// any path whose last part is in `failing` fails with that errno.
const failing = new Map<string, {op: 'readdir' | 'lstat'; code: string}>()
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const fail = (op: 'readdir' | 'lstat', p: unknown): void => {
    const rule = failing.get(path.basename(String(p)))
    if (rule?.op === op) throw Object.assign(new Error(`${rule.code}: ${String(p)}`), {code: rule.code})
  }
  return {
    ...real,
    readdir: (async (p: string, o: unknown) => {
      fail('readdir', p)
      return (real.readdir as (a: string, b: unknown) => Promise<unknown>)(p, o)
    }) as typeof real.readdir,
    lstat: (async (p: string) => {
      fail('lstat', p)
      return real.lstat(p)
    }) as typeof real.lstat,
  }
})

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'datenreife-walk-'))
  failing.clear()
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function put(rel: string, content = 'x'): Promise<void> {
  const p = path.join(root, rel)
  await mkdir(path.dirname(p), {recursive: true})
  await writeFile(p, content)
}

describe('classifyPath', () => {
  it.each([
    ['Kunden.csv', 'csv'],
    ['export.TSV', 'csv'],
    ['Umsaetze_2024.txt', 'csv'],
    ['daten.tab', 'csv'],
    ['Artikel.xlsx', 'xlsx'],
    ['Makros.XLSM', 'xlsx'],
    ['Preisliste_2019.xls', 'xls'],
    ['Bericht.pdf', 'other'],
    ['daten.dat', 'other'],
    ['ohne_endung', 'other'],
    ['/a/b.c/Kunden.CSV', 'csv'],
  ])('%s → %s', (name, kind) => {
    expect(classifyPath(name)).toBe(kind)
  })
})

describe('isSkippedName', () => {
  it.each(['.git', '.DS_Store', '~$Kunden.xlsx', 'Thumbs.db', 'DESKTOP.INI', '$RECYCLE.BIN'])('skips %s', (n) => {
    expect(isSkippedName(n)).toBe(true)
  })
  it.each(['Kunden.xlsx', '~Kunden.xlsx', 'Kunden~$.xlsx', 'git'])('keeps %s', (n) => {
    expect(isSkippedName(n)).toBe(false)
  })
})

describe('walkFolder', () => {
  it('lists files recursively, sorted by relative path, with kind, size and time', async () => {
    await put('Vertrieb/Kunden.csv', 'a;b\r\n1;2\r\n')
    await put('Vertrieb/Alt/Kunden_alt.xlsx', 'zip')
    await put('Archiv/Preise.xls')
    await put('Notiz.docx')
    await put('Vertrieb-Liste.txt')
    const when = new Date('2023-05-01T10:00:00Z')
    await utimes(path.join(root, 'Archiv/Preise.xls'), when, when)

    const entries = await walkFolder(root)

    expect(entries.map((e) => e.relativePath)).toEqual([
      'Archiv/Preise.xls',
      'Notiz.docx',
      'Vertrieb-Liste.txt',
      'Vertrieb/Alt/Kunden_alt.xlsx',
      'Vertrieb/Kunden.csv',
    ])
    expect(entries.map((e) => e.kind)).toEqual(['xls', 'other', 'csv', 'xlsx', 'csv'])
    const csv = entries[4]
    expect(csv.sizeBytes).toBe(10)
    expect(csv.path).toBe(path.join(root, 'Vertrieb', 'Kunden.csv'))
    expect(entries[0].modifiedAt.toISOString()).toBe(when.toISOString())
    expect(entries.every((e) => e.problem === undefined)).toBe(true)
  })

  it('skips hidden files and folders, Office lock files and Windows housekeeping files', async () => {
    await put('.git/config')
    await put('.hidden.csv')
    await put('Vertrieb/~$Kunden.xlsx')
    await put('Vertrieb/Kunden.xlsx')
    await put('Vertrieb/Thumbs.db')
    await put('desktop.ini')
    expect((await walkFolder(root)).map((e) => e.relativePath)).toEqual(['Vertrieb/Kunden.xlsx'])
  })

  it('follows no symbolic links: neither out of the tree, nor into a loop, nor to a file twice', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'datenreife-outside-'))
    try {
      await writeFile(path.join(outside, 'fremd.csv'), 'x')
      await put('a/echt.csv')
      await symlink(outside, path.join(root, 'a', 'nach-draussen'))
      await symlink(root, path.join(root, 'a', 'schleife'))
      await symlink(path.join(root, 'a', 'echt.csv'), path.join(root, 'verweis.csv'))
      expect((await walkFolder(root)).map((e) => e.relativePath)).toEqual(['a/echt.csv'])
    } finally {
      await rm(outside, {recursive: true, force: true})
    }
  })

  it('walks a root that is itself a link to a folder', async () => {
    await put('daten/k.csv')
    const link = `${root}-link`
    await symlink(path.join(root, 'daten'), link)
    try {
      expect((await walkFolder(link)).map((e) => e.relativePath)).toEqual(['k.csv'])
    } finally {
      await rm(link, {force: true})
    }
  })

  it('reports an unreadable subfolder as a problem entry and still lists the rest', async () => {
    await put('Personal/gehalt.xlsx')
    await put('Vertrieb/Kunden.csv')
    failing.set('Personal', {op: 'readdir', code: 'EACCES'})

    const entries = await walkFolder(root)

    expect(entries.map((e) => e.relativePath)).toEqual(['Personal', 'Vertrieb/Kunden.csv'])
    const problem = entries[0].problem
    expect(problem?.reason).toBe('unreadable-folder')
    expect(problem?.errno).toBe('EACCES')
    expect(problem?.message).toContain('Personal')
    expect(problem?.message).toContain('account that may read')
    expect(entries[0].kind).toBe('other')
    expect(entries[0].sizeBytes).toBe(0)
    expect(readableFiles(entries).map((e) => e.relativePath)).toEqual(['Vertrieb/Kunden.csv'])
  })

  it('reports a file that cannot be stat-ed as a problem entry', async () => {
    await put('kaputt.csv')
    await put('gut.csv')
    failing.set('kaputt.csv', {op: 'lstat', code: 'EIO'})
    const entries = await walkFolder(root)
    expect(entries.map((e) => [e.relativePath, e.problem?.reason])).toEqual([
      ['gut.csv', undefined],
      ['kaputt.csv', 'unreadable-file'],
    ])
    expect(entries[1].problem?.message).toContain('EIO')
  })

  it('stops at maxFiles and says so with one problem entry', async () => {
    for (const n of ['a', 'b', 'c', 'd']) await put(`x/${n}.csv`)
    await put('y/e.csv')
    const entries = await walkFolder(root, {maxFiles: 3})
    expect(readableFiles(entries).map((e) => e.relativePath)).toEqual(['x/a.csv', 'x/b.csv', 'x/c.csv'])
    const limit = entries.filter((e) => e.problem !== undefined)
    expect(limit).toHaveLength(1)
    expect(limit[0].problem?.reason).toBe('file-limit')
    expect(limit[0].problem?.message).toContain('3')
  })

  it('adds no problem entry when the tree holds exactly maxFiles files', async () => {
    for (const n of ['a', 'b']) await put(`${n}.csv`)
    const entries = await walkFolder(root, {maxFiles: 2})
    expect(entries).toHaveLength(2)
    expect(entries.every((e) => e.problem === undefined)).toBe(true)
  })

  it('gives an empty list for an empty folder', async () => {
    expect(await walkFolder(root)).toEqual([])
  })

  it('throws SOURCE_NOT_FOUND for a missing root, naming it', async () => {
    const missing = path.join(root, 'gibt-es-nicht')
    const err = await walkFolder(missing).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ScannerError)
    expect((err as ScannerError).code).toBe('SOURCE_NOT_FOUND')
    expect((err as ScannerError).message).toContain('gibt-es-nicht')
  })

  it('throws SOURCE_UNREADABLE when the root itself cannot be listed', async () => {
    failing.set(path.basename(root), {op: 'readdir', code: 'EACCES'})
    const err = await walkFolder(root).catch((e: unknown) => e)
    expect((err as ScannerError).code).toBe('SOURCE_UNREADABLE')
    expect((err as ScannerError).message).toContain(root)
  })

  it('accepts a root written with a trailing separator', async () => {
    await put('a/k.csv')
    expect((await walkFolder(`${root}${path.sep}`)).map((e) => [e.relativePath, e.path])).toEqual([
      ['a/k.csv', path.join(root, 'a', 'k.csv')],
    ])
  })

  it('throws SOURCE_UNREADABLE when the root is a file', async () => {
    await put('k.csv')
    const err = await walkFolder(path.join(root, 'k.csv')).catch((e: unknown) => e)
    expect((err as ScannerError).code).toBe('SOURCE_UNREADABLE')
  })

  it('lists exactly the files of any tree, once each, in sorted order (property)', async () => {
    const segment = fc.constantFrom('a', 'b', 'A', 'Ä', 'b-c', 'b c', 'x.csv', 'y.xlsx', 'z.txt', '.h', '~$l.xlsx')
    const tree = fc.uniqueArray(fc.array(segment, {minLength: 1, maxLength: 3}), {
      maxLength: 12,
      selector: (parts) => parts.join('/'),
    })
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const dir = await mkdtemp(path.join(tmpdir(), 'datenreife-prop-'))
        try {
          const written = new Set<string>()
          for (const parts of files) {
            const p = path.join(dir, ...parts)
            // a path may need to be a file and a folder at once; those collisions are simply not written
            try {
              await mkdir(path.dirname(p), {recursive: true})
              await writeFile(p, parts.join('/'))
              written.add(parts.join('/'))
            } catch {
              // EEXIST / ENOTDIR / EISDIR: skip
            }
          }
          for (const w of [...written]) {
            if ([...written].some((o) => o.startsWith(`${w}/`))) written.delete(w)
          }
          const expected = [...written].filter((w) => !w.split('/').some(isSkippedName)).sort()
          const got = (await walkFolder(dir)).map((e) => e.relativePath)
          expect(got).toEqual(expected)
        } finally {
          await rm(dir, {recursive: true, force: true})
        }
      }),
      {numRuns: 25},
    )
  })
})
