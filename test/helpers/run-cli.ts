import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
/** the shared public datasets: DATENREIFE_DATASETS, else ../shared/datasets next to the checkout, else /work/shared/datasets */
export const DATASETS =
  [process.env.DATENREIFE_DATASETS, resolve(ROOT, '../shared/datasets'), '/work/shared/datasets'].find(
    (dir): dir is string => dir !== undefined && existsSync(dir),
  ) ?? resolve(ROOT, '../shared/datasets')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the built CLI as a user would (needs `npm run build`; `npm test` builds first). */
export function runCli(args: readonly string[], options: {cwd?: string; env?: Record<string, string>} = {}): CliResult {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'bin/run.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // vitest sets NODE_ENV=test, which would make oclif load the TypeScript sources instead of dist
    env: {...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', ...options.env},
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
