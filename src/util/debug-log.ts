/** Diagnostics for `--debug` (DATENREIFE_DEBUG=1): one line on stderr, never in reports. */
export function debugLog(message: string): void {
  if (process.env.DATENREIFE_DEBUG) process.stderr.write(`[datenreife] ${message}\n`)
}
