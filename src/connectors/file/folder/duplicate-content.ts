/**
 * Files whose bytes are identical (the same export saved twice, "Kopie von …" made by Explorer).
 * Only files that share their exact size with another file are read at all, and those are hashed with
 * SHA-256 (files above 1 MiB as a stream), so memory stays flat however large the files are.
 */
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {FolderEntry} from './folder-walker.js'

export interface DuplicateContentGroup {
  sha256: string
  sizeBytes: number
  /** relative to the folder root, sorted */
  paths: string[]
}

/** How many files are hashed at once: enough to hide the latency of a network share. */
const HASH_CONCURRENCY = 8
/** Files up to this size are read in one call (cheaper than a stream); larger ones are streamed. */
const READ_WHOLE_LIMIT = 1 << 20

export async function findDuplicateContent(entries: readonly FolderEntry[]): Promise<DuplicateContentGroup[]> {
  const bySize = new Map<number, FolderEntry[]>()
  for (const e of entries) {
    // empty files are all "identical"; that says nothing about copies
    if (e.problem !== undefined || e.sizeBytes === 0) continue
    const same = bySize.get(e.sizeBytes)
    if (same === undefined) bySize.set(e.sizeBytes, [e])
    else same.push(e)
  }
  const candidates: FolderEntry[] = []
  for (const same of bySize.values()) if (same.length > 1) candidates.push(...same)

  const hashes = await mapLimited(candidates, HASH_CONCURRENCY, hashFileOrUndefined)
  const byHash = new Map<string, DuplicateContentGroup>()
  for (let i = 0; i < candidates.length; i++) {
    const sha = hashes[i]
    if (sha === undefined) continue
    const e = candidates[i]
    // the size is part of the key so that a (theoretical) hash collision across sizes cannot merge groups
    const key = `${e.sizeBytes}:${sha}`
    const group = byHash.get(key)
    if (group === undefined) byHash.set(key, {sha256: sha, sizeBytes: e.sizeBytes, paths: [e.relativePath]})
    else group.paths.push(e.relativePath)
  }
  const groups = [...byHash.values()].filter((g) => g.paths.length > 1)
  for (const g of groups) g.paths.sort(compareCodeUnits)
  groups.sort((a, b) => compareCodeUnits(a.paths[0], b.paths[0]))
  return groups
}

/** SHA-256 of a file's content in hex; files above 1 MiB are read as a stream, so memory stays flat. */
export async function sha256OfFile(filePath: string, sizeBytes = Number.POSITIVE_INFINITY): Promise<string> {
  if (sizeBytes <= READ_WHOLE_LIMIT) return createHash('sha256').update(await readFile(filePath)).digest('hex')
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    const stream = createReadStream(filePath)
    stream.on('data', (chunk) => hash.update(chunk))
    stream.on('error', reject)
    stream.on('end', () => resolve(hash.digest('hex')))
  })
}

/** A file that vanished or became unreadable since the walk cannot be compared; it is left out. */
async function hashFileOrUndefined(e: FolderEntry): Promise<string | undefined> {
  try {
    return await sha256OfFile(e.path, e.sizeBytes)
  } catch {
    return undefined
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  const workers: Array<Promise<void>> = []
  for (let w = 0; w < Math.min(limit, items.length); w++) workers.push(worker())
  await Promise.all(workers)
  return results
}

/** Plain UTF-16 code-unit order: the same on every machine and locale (unlike localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
