/**
 * The scan's temporary folder for spilled hash runs (exact duplicate detection keeps 8–12 bytes per row;
 * beyond a few MB per stream those bytes go to disk instead of memory). Created per scan under the
 * system temp folder (TMPDIR), removed when the scan ends — also when the process is interrupted.
 * Never inside a source folder: datenreife does not write to sources.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {configureSpill} from '../analyzers/sketches/spill-store.js'
import {debugLog} from '../util/debug-log.js'

export interface SpillFolder {
  /** null when no folder could be created: then everything stays in memory */
  dir: string | null
  close(): void
}

export function openSpillFolder(): SpillFolder {
  let dir: string | null
  try {
    dir = mkdtempSync(join(tmpdir(), 'datenreife-'))
  } catch (error) {
    debugLog(`no temporary folder (${(error as Error).message}); duplicate detection keeps its hashes in memory`)
    dir = null
  }
  const remove = () => {
    if (dir) rmSync(dir, {recursive: true, force: true})
  }
  process.once('exit', remove)
  configureSpill({dir})
  return {
    dir,
    close() {
      configureSpill({dir: null})
      remove()
      process.removeListener('exit', remove)
      dir = null
    },
  }
}
