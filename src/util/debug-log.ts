/**
 * Diagnostics for `--debug` (DATENREIFE_DEBUG=1): one line on stderr, never in reports. Each line says
 * when it was written, in ms since the process started (start-up and sampling show as the first gap).
 */
export function debugLog(message: string): void {
  if (process.env.DATENREIFE_DEBUG) process.stderr.write(`[datenreife +${Math.round(performance.now())} ms] ${message}\n`)
}
