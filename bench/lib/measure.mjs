// Runs one command under GNU time and returns wall time, CPU time and peak RSS.
//
// Peak RSS is GNU time's "Maximum resident set size": the largest RSS of any single process it
// waited for (the tool and its children), which is the whole tool for every command measured
// here — worker threads and DuckDB's threads live inside the one process.

import {spawn} from 'node:child_process'
import {closeSync, existsSync, openSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'

export const GNU_TIME = '/usr/bin/time'
const STDERR_TAIL_CHARS = 4000

/**
 * @typedef {object} Measurement
 * @property {number} wallS        wall time from spawn to exit, measured here (ms resolution)
 * @property {number} userS        user CPU seconds (GNU time)
 * @property {number} sysS         system CPU seconds (GNU time)
 * @property {number} maxRssKiB    peak resident set size in KiB (GNU time)
 * @property {number | null} exitCode  the tool's exit status (null if killed by a signal)
 * @property {boolean} timedOut
 * @property {string} stderrTail   last characters of the tool's stderr
 */

/**
 * @param {{command: string, args: string[], cwd: string, stdoutPath: string, timeoutS: number,
 *          env?: NodeJS.ProcessEnv, workDir: string}} spec
 * @returns {Promise<Measurement>}
 */
export async function measure({command, args, cwd, stdoutPath, timeoutS, env, workDir}) {
  const timeFile = join(workDir, 'gnu-time.txt')
  const stdoutFd = openSync(stdoutPath, 'w')
  const started = process.hrtime.bigint()
  // own process group (detached), so a timeout can stop the tool together with its children
  const child = spawn(GNU_TIME, ['-v', '-o', timeFile, command, ...args], {
    cwd, env: env ?? process.env, stdio: ['ignore', stdoutFd, 'pipe'], detached: true,
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text) => {
    stderr = (stderr + text).slice(-STDERR_TAIL_CHARS)
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }, timeoutS * 1000)
  const spawnError = await new Promise((resolve) => {
    child.on('error', resolve)
    child.on('close', () => resolve(null))
  })
  clearTimeout(timer)
  const wallS = Number(process.hrtime.bigint() - started) / 1e9
  closeSync(stdoutFd)
  if (spawnError) throw new Error(`cannot start ${GNU_TIME}: ${spawnError.message}`)

  // empty when the timeout killed GNU time itself (it shares the process group)
  const report = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : ''
  rmSync(timeFile, {force: true})
  const exitMatch = /Exit status: (\d+)/.exec(report)
  return {
    wallS,
    userS: numberAfter(report, 'User time (seconds):'),
    sysS: numberAfter(report, 'System time (seconds):'),
    maxRssKiB: numberAfter(report, 'Maximum resident set size (kbytes):'),
    // GNU time reports "Command terminated by signal N" instead of a status after a kill
    exitCode: exitMatch && !/terminated by signal/.test(report) ? Number(exitMatch[1]) : null,
    timedOut,
    stderrTail: stderr.trim(),
  }
}

function numberAfter(report, label) {
  const at = report.indexOf(label)
  if (at === -1) return Number.NaN
  return Number.parseFloat(report.slice(at + label.length))
}

/** Median of a non-empty list. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
