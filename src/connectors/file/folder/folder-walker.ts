/**
 * Lists the files of a folder tree for a scan: what kind each file is (by extension), its size and age.
 * It never reads file contents; the inventory (folder-inventory.ts) and the file connectors do that.
 *
 * Problems inside the tree never fail the walk. A subfolder that cannot be listed, a file that cannot
 * be stat'ed, or the `maxFiles` limit being reached becomes one entry with `problem` set (kind 'other',
 * sizeBytes 0), so the caller can report it next to the files it did get. Only a root that is missing,
 * not a folder, or cannot be listed at all throws a ScannerError.
 */
import {lstat, readdir, stat} from 'node:fs/promises'
import type {Dirent, Stats} from 'node:fs'
import path from 'node:path'
import {ScannerError} from '../../../errors.js'

export type FolderEntryKind = 'csv' | 'xlsx' | 'xls' | 'other'

export interface FolderEntryProblem {
  /** what went wrong: a folder that could not be listed, a file that could not be stat'ed, the file limit */
  reason: 'unreadable-folder' | 'unreadable-file' | 'file-limit'
  /** the operating system's error code (EACCES, EPERM, EIO …) when there is one */
  errno?: string
  /** an English sentence naming the path, the problem and what to do */
  message: string
}

export interface FolderEntry {
  /** the path as the scanner opens it (root joined with relativePath, platform separators) */
  path: string
  /** relative to the walked root, always with '/' separators; '.' for a problem about the root itself */
  relativePath: string
  kind: FolderEntryKind
  sizeBytes: number
  modifiedAt: Date
  /** set when this entry reports a problem instead of a readable file */
  problem?: FolderEntryProblem
}

export interface WalkOptions {
  /** stop after this many files; one 'file-limit' problem entry then says so */
  maxFiles?: number
}

const KIND_BY_EXTENSION: ReadonlyMap<string, FolderEntryKind> = new Map([
  ['.csv', 'csv'],
  ['.tsv', 'csv'],
  ['.txt', 'csv'],
  ['.tab', 'csv'],
  ['.xlsx', 'xlsx'],
  ['.xlsm', 'xlsx'],
  ['.xls', 'xls'],
])

/** The kind of a file by its extension (case-insensitive); used for files named on the command line too. */
export function classifyPath(filePath: string): FolderEntryKind {
  return KIND_BY_EXTENSION.get(path.extname(filePath).toLowerCase()) ?? 'other'
}

/** Housekeeping files of Windows, macOS and NAS boxes that no one keeps data in (lower case). */
const SKIPPED_NAMES: ReadonlySet<string> = new Set([
  'thumbs.db',
  'ehthumbs.db',
  'desktop.ini',
  '$recycle.bin',
  'system volume information',
  '@eadir',
])

/**
 * Hidden or housekeeping: dot files and folders (.git, .DS_Store), Office lock files (`~$Kunden.xlsx`)
 * and the names above. Lock files would otherwise show up as broken workbooks while someone has the file open.
 */
export function isSkippedName(name: string): boolean {
  const first = name.charCodeAt(0)
  if (first === 0x2e /* . */) return true
  if (first === 0x7e /* ~ */ && name.charCodeAt(1) === 0x24 /* $ */) return true
  return SKIPPED_NAMES.has(name.toLowerCase())
}

/** How many stat calls run at once per folder: enough to hide network-share latency, few enough for handles. */
const STAT_CONCURRENCY = 32

/**
 * Every file below `root` (recursively), sorted by relativePath (code-unit order, so the result is the
 * same on every machine). Symbolic links are not followed: a link whose target lies inside the tree would
 * count that file twice (and look like a duplicate), one pointing out of the tree belongs to another
 * source, and skipping them rules out loops. A folder reached twice (bind mounts) is walked once.
 */
export async function walkFolder(root: string, opts: WalkOptions = {}): Promise<FolderEntry[]> {
  const rootStat = await statRoot(root)
  const maxFiles = opts.maxFiles ?? Number.POSITIVE_INFINITY
  const walk: WalkState = {root, entries: [], fileCount: 0, maxFiles, limitHit: false, seen: new Set()}
  walk.seen.add(folderKey(rootStat))
  await walkDirectory(walk, root, '')
  walk.entries.sort(byRelativePath)
  return walk.entries
}

interface WalkState {
  root: string
  entries: FolderEntry[]
  fileCount: number
  maxFiles: number
  limitHit: boolean
  /** dev:ino of every folder already walked */
  seen: Set<string>
}

async function statRoot(root: string): Promise<Stats> {
  let st: Stats
  try {
    // stat (not lstat): a root given as a link to a folder is what the user asked for
    st = await stat(root)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ScannerError('SOURCE_NOT_FOUND', `${root}: the folder does not exist.`, {
        cause: err,
        location: root,
        suggestions: ['Check the path and spelling; quote paths that contain spaces.'],
      })
    }
    throw ScannerError.from(err, root)
  }
  if (!st.isDirectory()) {
    throw new ScannerError('SOURCE_UNREADABLE', `${root}: is a file, not a folder.`, {
      location: root,
      suggestions: ['Name the file directly as a source, or give the folder that contains it.'],
    })
  }
  return st
}

async function walkDirectory(walk: WalkState, dir: string, relDir: string): Promise<void> {
  let dirents: Dirent[]
  try {
    dirents = await readdir(dir, {withFileTypes: true})
  } catch (err) {
    // nothing at all can be listed: the whole source fails (EACCES → SOURCE_UNREADABLE)
    if (relDir === '') throw ScannerError.from(err, walk.root)
    walk.entries.push(await problemEntry(dir, relDir, 'unreadable-folder', err))
    return
  }
  // sorted so that the files kept under a maxFiles limit are the same on every run
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  const files: Dirent[] = []
  const folders: Dirent[] = []
  for (const d of dirents) {
    if (isSkippedName(d.name)) continue
    if (d.isFile()) files.push(d)
    else if (d.isDirectory()) folders.push(d)
    // symbolic links, sockets, devices and pipes are not data files of this tree
  }

  for (let i = 0; i < files.length && !walk.limitHit; i += STAT_CONCURRENCY) {
    const batch = files.slice(i, i + STAT_CONCURRENCY)
    const stated = await Promise.all(batch.map((d) => statFile(dir, relDir, d.name)))
    for (const entry of stated) {
      if (entry === undefined) continue
      if (entry.problem === undefined) {
        if (walk.fileCount >= walk.maxFiles) {
          limitReached(walk, dir, relDir)
          break
        }
        walk.fileCount++
      }
      walk.entries.push(entry)
    }
  }

  for (const d of folders) {
    if (walk.limitHit) return
    const childPath = path.join(dir, d.name)
    const childRel = relDir === '' ? d.name : `${relDir}/${d.name}`
    let st: Stats
    try {
      st = await lstat(childPath)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue // removed while we walked
      walk.entries.push(await problemEntry(childPath, childRel, 'unreadable-folder', err))
      continue
    }
    const key = folderKey(st)
    if (walk.seen.has(key)) continue
    walk.seen.add(key)
    await walkDirectory(walk, childPath, childRel)
  }
}

function limitReached(walk: WalkState, dir: string, relDir: string): void {
  walk.limitHit = true
  walk.entries.push({
    path: dir,
    relativePath: relDir || '.',
    kind: 'other',
    sizeBytes: 0,
    modifiedAt: new Date(0),
    problem: {
      reason: 'file-limit',
      message:
        `${walk.root}: stopped listing files at ${walk.maxFiles} (in ${dir}); the rest of the folder was not ` +
        'scanned. Scan subfolders one by one or raise the file limit.',
    },
  })
}

/** undefined: the file vanished between listing and stat, so it is simply not there any more. */
async function statFile(dir: string, relDir: string, name: string): Promise<FolderEntry | undefined> {
  const filePath = path.join(dir, name)
  const relativePath = relDir === '' ? name : `${relDir}/${name}`
  try {
    const st = await lstat(filePath)
    if (!st.isFile()) return undefined
    return {path: filePath, relativePath, kind: classifyPath(name), sizeBytes: st.size, modifiedAt: st.mtime}
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return problemEntry(filePath, relativePath, 'unreadable-file', err)
  }
}

async function problemEntry(
  fsPath: string,
  relativePath: string,
  reason: 'unreadable-folder' | 'unreadable-file',
  err: unknown,
): Promise<FolderEntry> {
  const errno = (err as NodeJS.ErrnoException).code
  const what = reason === 'unreadable-folder' ? 'folder could not be listed' : 'file could not be read'
  const hint =
    errno === 'EACCES' || errno === 'EPERM'
      ? 'Run the scan with an account that may read it.'
      : 'Check the network share and that no program locks it.'
  // the folder's own time is still known when only listing it failed (no read permission)
  let modifiedAt = new Date(0)
  try {
    modifiedAt = (await lstat(fsPath)).mtime
  } catch {
    // not even its time is readable; keep the epoch
  }
  return {
    path: fsPath,
    relativePath,
    kind: 'other',
    sizeBytes: 0,
    modifiedAt,
    problem: {reason, errno, message: `${fsPath}: the ${what}${errno ? ` (${errno})` : ''}. ${hint}`},
  }
}

function folderKey(st: Stats): string {
  return `${st.dev}:${st.ino}`
}

function byRelativePath(a: FolderEntry, b: FolderEntry): number {
  return a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0
}

/** The entries that are readable files (no problem), e.g. to hand to the file connectors. */
export function readableFiles(entries: readonly FolderEntry[]): FolderEntry[] {
  return entries.filter((e) => e.problem === undefined)
}

