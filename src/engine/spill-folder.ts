/**
 * The scan's temporary folder for spilled hash runs (exact duplicate detection keeps 8–12 bytes per row;
 * beyond a few MB per stream those bytes go to disk instead of memory). Created per scan under the
 * system temp folder (TMPDIR), removed when the scan ends — also when the process exits early or is
 * stopped by Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP). Never inside a source folder:
 * datenreife does not write to sources.
 *
 * Signals: Node's 'exit' event does not fire when a signal ends the process, so while a folder is open
 * its handlers remove the folder synchronously and then raise the same signal again, so the process ends
 * the conventional way (exit status 128 + signal number, which shells and CI understand). When someone
 * else also listens for that signal (the command, a test runner), this handler only cleans up and leaves
 * the decision to them: raising it again would run their handler twice.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {constants, tmpdir} from 'node:os'
import {join} from 'node:path'
import {configureSpill} from '../analyzers/sketches/spill-store.js'
import {debugLog} from '../util/debug-log.js'

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type CleanupSignal = (typeof CLEANUP_SIGNALS)[number]

export interface SpillFolder {
  /** null when no folder could be created: then everything stays in memory */
  dir: string | null
  /**
   * Set when the temporary folder could not be created (full disk, no permission, TMPDIR pointing
   * nowhere): duplicate detection then keeps its hashes in memory, 8–12 bytes per row and stream, so
   * memory grows with the row count. Meant for a visible warning; null when spilling works.
   */
  memoryFallback: {tempDir: string; reason: string} | null
  close(): void
}

export function openSpillFolder(): SpillFolder {
  let dir: string | null
  let memoryFallback: SpillFolder['memoryFallback'] = null
  const tempDir = tmpdir()
  try {
    dir = mkdtempSync(join(tempDir, 'datenreife-'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    debugLog(`no temporary folder in ${tempDir} (${reason}); duplicate detection keeps its hashes in memory`)
    memoryFallback = {tempDir, reason}
    dir = null
  }

  const remove = () => {
    if (dir) rmSync(dir, {recursive: true, force: true})
  }
  const onSignal = (signal: CleanupSignal) => {
    try {
      remove()
    } catch {
      // the process is ending either way; a folder left in TMPDIR is the lesser harm than hanging
    }
    dir = null
    unregister()
    if (process.listenerCount(signal) === 0) raiseAgain(signal)
  }
  const unregister = () => {
    process.removeListener('exit', remove)
    for (const signal of CLEANUP_SIGNALS) process.removeListener(signal, onSignal)
  }

  if (dir) {
    process.once('exit', remove)
    for (const signal of CLEANUP_SIGNALS) process.on(signal, onSignal)
  }
  configureSpill({dir})
  return {
    dir,
    memoryFallback,
    close() {
      configureSpill({dir: null})
      unregister()
      try {
        remove()
      } catch (error) {
        // a leftover folder in TMPDIR costs disk space, not the scan's report
        debugLog(`could not remove the temporary folder ${dir}: ${(error as Error).message}`)
      }
      dir = null
    },
  }
}

/** Ends the process by `signal` now that no handler of ours is installed (the default action applies). */
function raiseAgain(signal: CleanupSignal): void {
  try {
    process.kill(process.pid, signal)
  } catch {
    // platforms that cannot signal themselves (Windows for some signals): the conventional status
    process.exit(128 + (constants.signals[signal] ?? 1))
  }
}
