/**
 * Frees the disk space of a finished table. A table's fold state refers to its spilled hash runs by path
 * (SpilledRun in src/analyzers/sketches/spill-store.ts), and spill-store never deletes a file, because
 * states cross threads and are merged. Once a table's report is built, its state is dropped and nothing
 * refers to those files any more: deleting them then keeps the disk use of a folder scan at the largest
 * table's instead of the sum over all tables.
 *
 * Only files directly inside the scan's spill folder are touched, so a state that happens to hold some
 * other `{path, length}` record can never make this delete a user's file.
 */
import {unlinkSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {debugLog} from '../util/debug-log.js'

/**
 * Deletes every spilled run file `state` refers to (objects with a string `path` directly inside
 * `spillDir` and a numeric `length`) and returns how many files it deleted. Never throws: a file that is
 * already gone is fine. `state` must not be queried afterwards. `spillDir` null (spilling off): nothing.
 */
export function releaseSpilledRuns(state: unknown, spillDir: string | null): number {
  if (spillDir === null) return 0
  const paths = new Set<string>()
  try {
    collectRunPaths(state, resolve(spillDir), paths, new Set())
  } catch (error) {
    // an odd state (a getter that throws): keep what was found; the folder goes at the end of the scan
    debugLog(`releasing spilled runs: ${(error as Error).message}`)
  }
  let removed = 0
  for (const file of paths) {
    try {
      unlinkSync(file)
      removed++
    } catch {
      // already deleted (merged states may share a run), or the folder is gone: nothing left to free
    }
  }
  return removed
}

function collectRunPaths(value: unknown, dir: string, out: Set<string>, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  // typed arrays and buffers are most of a state's bytes and never hold a path
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return
  seen.add(value)
  if (value instanceof Map) {
    for (const [k, v] of value) {
      collectRunPaths(k, dir, out, seen)
      collectRunPaths(v, dir, out, seen)
    }
    return
  }
  if (value instanceof Set) {
    for (const v of value) collectRunPaths(v, dir, out, seen)
    return
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectRunPaths(value[i], dir, out, seen)
    return
  }
  const record = value as Record<string, unknown>
  if (typeof record.path === 'string' && typeof record.length === 'number') {
    const file = resolve(record.path)
    if (dirname(file) === dir) out.add(file)
    return
  }
  for (const key in record) collectRunPaths(record[key], dir, out, seen)
}
