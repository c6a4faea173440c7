/**
 * Starts the scan's worker threads first thing in a `datenreife scan` process that will surely use them:
 * one that names a (non-workbook) file of at least PARALLEL_MIN_BYTES. A worker needs 150–500 ms to boot and
 * load the scan modules; started when the big file is about to be opened (after the CLI framework and
 * the command have loaded), its byte range began 0.2–0.5 s after the main thread's. Started here, it
 * loads while the CLI framework does, and the pool adopts it (WorkerPool.prestart).
 *
 * Only a cheap look at the command line: globs, folders and --config sources are not resolved, and a
 * miss only means the workers start at the usual time. --workers is honoured, --help and --dry-run start
 * none.
 */
import {statSync} from 'node:fs'
import {extname} from 'node:path'
import {MAX_WORKERS, PARALLEL_MIN_BYTES, WorkerPool} from './worker-pool.js'

/** a file named on the command line is read as delimited text unless it is a workbook (resolve-inputs.ts) */
const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xlsm', '.xls'])
/** flags of `scan` that take a value (the value is not a source) */
const VALUE_FLAGS: ReadonlySet<string> = new Set(['--format', '--config', '-c', '--sample-rows', '--out', '-o', '--lang', '--workers'])
const NO_WORKER_FLAGS: ReadonlySet<string> = new Set(['--help', '-h', '--dry-run'])

/** `argv`: the arguments after the script (process.argv.slice(2)) */
export function prestartScanWorkers(argv: readonly string[]): void {
  const workers = earlyWorkerCount(argv, WorkerPool.defaultSize())
  if (workers > 0) WorkerPool.prestart(workers)
}

/** how many workers a process with these arguments starts early: 0, or --workers / `defaultSize` */
export function earlyWorkerCount(argv: readonly string[], defaultSize: number): number {
  if (argv[0] !== 'scan') return 0
  let workers = defaultSize
  let bigTextFile = false
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]
    if (NO_WORKER_FLAGS.has(arg)) return 0
    if (arg === '--workers' || arg.startsWith('--workers=')) {
      const value = Number(arg === '--workers' ? argv[i + 1] : arg.slice('--workers='.length))
      // oclif will refuse the value; nothing to start
      if (!Number.isInteger(value) || value < 0 || value > MAX_WORKERS) return 0
      workers = value
    }
    if (VALUE_FLAGS.has(arg)) i++
    else if (!arg.startsWith('-') && !bigTextFile) bigTextFile = isBigTextFile(arg)
  }
  return bigTextFile ? workers : 0
}

function isBigTextFile(path: string): boolean {
  if (WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) return false
  try {
    const stats = statSync(path)
    return stats.isFile() && stats.size >= PARALLEL_MIN_BYTES
  } catch {
    return false
  }
}
