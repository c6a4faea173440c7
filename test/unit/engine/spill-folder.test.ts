import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, type TestContext} from 'vitest'
import {spillDirectory} from '../../../src/analyzers/sketches/spill-store.js'
import {openSpillFolder} from '../../../src/engine/spill-folder.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const CHILD_SCRIPT = path.resolve('test/fixtures/engine/spill-folder-child.mjs')

// os.tmpdir() reads TMPDIR on every call (POSIX); TEMP and TMP on Windows
const TEMP_VARS = ['TMPDIR', 'TEMP', 'TMP'] as const

function pointTempAt(dir: string): void {
  for (const name of TEMP_VARS) process.env[name] = dir
}

function listenerCounts(): number[] {
  return [...SIGNALS, 'exit' as const].map((s) => process.listenerCount(s))
}

describe('openSpillFolder', () => {
  let tempRoot = ''
  const saved = new Map<string, string | undefined>()

  beforeEach(() => {
    tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datenreife-spill-folder-test-'))
    for (const name of TEMP_VARS) saved.set(name, process.env[name])
    pointTempAt(tempRoot)
  })
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    rmSync(tempRoot, {recursive: true, force: true})
  })

  it('creates a folder under the temp folder, points spilling at it, and removes both on close', () => {
    const before = listenerCounts()
    const spill = openSpillFolder()
    expect(spill.dir).not.toBeNull()
    expect(path.dirname(spill.dir!)).toBe(tempRoot)
    expect(path.basename(spill.dir!)).toMatch(/^datenreife-/)
    expect(spill.memoryFallback).toBeNull()
    expect(spillDirectory()).toBe(spill.dir)
    // one handler per signal and one for 'exit' while the folder is open
    expect(listenerCounts()).toEqual(before.map((n) => n + 1))

    spill.close()
    expect(existsSync(spill.dir!)).toBe(false)
    expect(spillDirectory()).toBeNull()
    expect(listenerCounts()).toEqual(before)
    // closing twice does no harm
    spill.close()
  })

  it('falls back to memory with a flag saying why when no folder can be created', () => {
    const missing = path.join(tempRoot, 'does', 'not', 'exist')
    pointTempAt(missing)
    const before = listenerCounts()
    const spill = openSpillFolder()
    expect(spill.dir).toBeNull()
    expect(spill.memoryFallback?.tempDir).toBe(missing)
    expect(spill.memoryFallback?.reason).toContain('ENOENT')
    expect(spillDirectory()).toBeNull()
    // nothing to clean up, so no handlers
    expect(listenerCounts()).toEqual(before)
    spill.close()
  })
})

/**
 * The signal test needs a separate process running the compiled module (vitest runs the TypeScript
 * sources; a plain `node` child cannot). `npm test` builds first, so under CI the build must be there
 * and current; elsewhere a missing or outdated build skips this test with the reason.
 * DATENREIFE_DIST_DIR points at another build output (e.g. `tsc --outDir /tmp/x`).
 */
function compiledSpillFolder(ctx: TestContext): string {
  const distDir = path.resolve(process.env.DATENREIFE_DIST_DIR ?? 'dist')
  const compiled = path.join(distDir, 'engine', 'spill-folder.js')
  const source = path.resolve('src/engine/spill-folder.ts')
  let problem = ''
  if (!existsSync(compiled)) problem = `${compiled} does not exist`
  else if (statSync(compiled).mtimeMs < statSync(source).mtimeMs) problem = `${compiled} is older than ${source}`
  if (problem) {
    const reason = `${problem}: run \`npm run build\` first (\`npm test\` does)`
    if (process.env.CI) throw new Error(reason)
    ctx.skip(reason)
  }
  return compiled
}

interface ChildResult {
  dir: string
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
}

/** Runs the child, waits for its folder line, sends `signal`, and waits for it to end. */
function signalChild(compiled: string, tempRoot: string, signal: NodeJS.Signals, mode = 'plain'): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, compiled, mode], {
      env: {...process.env, TMPDIR: tempRoot, TEMP: tempRoot, TMP: tempRoot},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let dir = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the child did not end in time; stdout: ${stdout}; stderr: ${stderr}`))
    }, 10_000)
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (!dir && stdout.includes('\n')) {
        dir = (JSON.parse(stdout.split('\n')[0]) as {dir: string}).dir
        // the folder exists and holds a file while the child runs
        if (readdirSync(dir).length !== 1) reject(new Error(`expected one file in ${dir}`))
        child.kill(signal)
      }
    })
    child.on('error', reject)
    child.on('close', (code, sig) => {
      clearTimeout(timer)
      if (!dir) reject(new Error(`the child ended before opening its folder; stderr: ${stderr}`))
      else resolve({dir, code, signal: sig, stdout})
    })
  })
}

describe.skipIf(process.platform === 'win32')('openSpillFolder in a process that gets a signal (POSIX signals)', () => {
  let tempRoot = ''
  beforeEach(() => {
    tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datenreife-spill-signal-test-'))
  })
  afterEach(() => {
    rmSync(tempRoot, {recursive: true, force: true})
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes the folder on ${signal} and still ends by ${signal}`, {timeout: 20_000}, async (ctx) => {
      const compiled = compiledSpillFolder(ctx)
      const result = await signalChild(compiled, tempRoot, signal)
      expect(path.dirname(result.dir)).toBe(tempRoot)
      expect(existsSync(result.dir)).toBe(false)
      expect(readdirSync(tempRoot)).toEqual([])
      // raised again after cleaning up: the shell sees 128 + signal, as without our handler
      expect(result.signal).toBe(signal)
      expect(result.code).toBeNull()
    })
  }

  it('with a SIGINT handler of the program, cleans up and leaves the exit to that handler', {timeout: 20_000}, async (ctx) => {
    const compiled = compiledSpillFolder(ctx)
    const result = await signalChild(compiled, tempRoot, 'SIGINT', 'own-handler')
    expect(existsSync(result.dir)).toBe(false)
    expect(result.code).toBe(7)
    // the program's handler ran once: the signal was not raised a second time
    expect(result.stdout.match(/own handler/g)).toHaveLength(1)
  })
})
