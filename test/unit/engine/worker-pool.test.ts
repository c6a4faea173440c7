import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../src/errors.js'
import {MAX_CRASHES_PER_WORKER, WorkerPool} from '../../../src/engine/worker-pool.js'
import type {RangeTask} from '../../../src/engine/worker-protocol.js'

// speaks the worker protocol; what it does with a task depends on the task's path (see the script)
const SCRIPT = new URL('../../fixtures/workers/scripted-worker.mjs', import.meta.url)
// every test must settle well within this; a pool that locks up fails here instead of hanging
const NO_HANG_MS = 10_000

/** what the scripted worker puts into `scanned.report` */
interface Echo {
  location: string
  threadId: number
  spillDir: string | null
}

async function echo(pool: WorkerPool, path: string): Promise<Echo> {
  const done = await pool.runFile({path, kind: 'csv'})
  return done.scanned.report as unknown as Echo
}

async function rejection(promise: Promise<unknown>): Promise<ScannerError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ScannerError)
    return error as ScannerError
  }
  throw new Error('expected the task to fail')
}

async function withPool<T>(size: number, fn: (pool: WorkerPool) => Promise<T>, url = SCRIPT): Promise<T> {
  const pool = WorkerPool.forScript(url, size, '/tmp/spill-here')
  try {
    return await fn(pool)
  } finally {
    await pool.close()
  }
}

describe('WorkerPool: answers', () => {
  it('runs file tasks on its workers and passes the spill folder along', {timeout: NO_HANG_MS}, async () => {
    await withPool(2, async (pool) => {
      const results = await Promise.all(['ok:20:a', 'ok:5:b', 'ok:0:c'].map((p) => echo(pool, p)))
      expect(results.map((r) => r.location)).toEqual(['ok:20:a', 'ok:5:b', 'ok:0:c'])
      expect(results.every((r) => r.spillDir === '/tmp/spill-here')).toBe(true)
      // never more threads than the pool's size
      expect(new Set(results.map((r) => r.threadId)).size).toBeLessThanOrEqual(2)
    })
  })

  it('reports range progress and resolves with the done message', {timeout: NO_HANG_MS}, async () => {
    await withPool(1, async (pool) => {
      const progress: Array<[number, number]> = []
      const range = {path: 'big.csv'} as unknown as RangeTask['range']
      const plan = {} as RangeTask['plan']
      const done = await pool.run({plan, range, isLastPart: true}, (rows, bytes) => progress.push([rows, bytes]))
      expect(progress).toEqual([[7, 70]])
      expect(done.type).toBe('done')
      expect(done.boundaries.nextRecordStart).toBe(70)
    })
  })

  it('a worker that answers with an error takes the next task', {timeout: NO_HANG_MS}, async () => {
    await withPool(1, async (pool) => {
      const before = await echo(pool, 'ok:0')
      const error = await rejection(pool.runFile({path: 'fail', kind: 'csv'}))
      expect(error.code).toBe('CSV_PARSE_FAILED')
      expect(error.suggestions).toEqual(['fix it'])
      const after = await echo(pool, 'ok:0')
      // the same thread: it went back to idle and no replacement was needed
      expect(after.threadId).toBe(before.threadId)
    })
  })
})

describe('WorkerPool: a worker that dies', () => {
  it('fails only its own task; healthy workers finish theirs and later tasks still run', {timeout: NO_HANG_MS}, async () => {
    await withPool(2, async (pool) => {
      const slow = echo(pool, 'ok:300:healthy')
      const crashing = pool.runFile({path: 'exit', kind: 'csv'})
      const error = await rejection(crashing)
      expect(error.code).toBe('INTERNAL')
      expect(error.message).toContain('exit: the worker thread scanning it stopped')
      expect(error.message).toContain('exited with code 3')
      expect(error.suggestions.join(' ')).toContain('--workers 0')
      expect((await slow).location).toBe('ok:300:healthy')
      const later = await Promise.all(Array.from({length: 6}, (_, i) => echo(pool, `ok:5:later-${i}`)))
      expect(later.map((r) => r.location)).toEqual(Array.from({length: 6}, (_, i) => `ok:5:later-${i}`))
    })
  })

  it('an uncaught exception in the worker names the cause; queued tasks move to a replacement', {timeout: NO_HANG_MS}, async () => {
    await withPool(1, async (pool) => {
      const first = await echo(pool, 'ok:0')
      const crashing = pool.runFile({path: 'throw', kind: 'csv'})
      // queued behind the crash on the only worker: they need a replacement thread
      const queued = [echo(pool, 'ok:0:q1'), echo(pool, 'ok:0:q2')]
      const error = await rejection(crashing)
      expect(error.code).toBe('INTERNAL')
      expect(error.message).toContain('boom in the worker')
      const answers = await Promise.all(queued)
      expect(answers.map((a) => a.location)).toEqual(['ok:0:q1', 'ok:0:q2'])
      expect(answers[0].threadId).not.toBe(first.threadId)
    })
  })

  it('a worker out of memory fails its task with a message that says so', {timeout: NO_HANG_MS}, async () => {
    const pool = WorkerPool.forScript(SCRIPT, 1, null, {maxOldGenerationSizeMb: 24})
    try {
      const error = await rejection(pool.runFile({path: 'oom', kind: 'csv'}))
      expect(error.code).toBe('INTERNAL')
      expect(error.message).toBe('oom: the worker thread scanning it stopped: it ran out of memory.')
      expect((await echo(pool, 'ok:0:after-oom')).location).toBe('ok:0:after-oom')
    } finally {
      await pool.close()
    }
  })

  it('keeps going through repeated crashes below the limit', {timeout: NO_HANG_MS}, async () => {
    await withPool(2, async (pool) => {
      const crashes = MAX_CRASHES_PER_WORKER * 2 - 1
      const tasks = Array.from({length: crashes}, (_, i) => (i % 2 === 0 ? 'exit' : 'throw'))
      const failed = await Promise.allSettled(tasks.map((path) => pool.runFile({path, kind: 'csv'})))
      expect(failed.every((r) => r.status === 'rejected')).toBe(true)
      expect((await echo(pool, 'ok:0:still')).location).toBe('ok:0:still')
    })
  })

  it('gives up on a worker that cannot start instead of restarting it forever', {timeout: NO_HANG_MS}, async () => {
    const missing = new URL('../../fixtures/workers/no-such-worker.mjs', import.meta.url)
    await withPool(
      1,
      async (pool) => {
        const tasks = ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'].map((path) => rejection(pool.runFile({path, kind: 'csv'})))
        const errors = await Promise.all(tasks)
        expect(errors.every((e) => e.code === 'INTERNAL')).toBe(true)
        const gaveUp = errors.filter((e) => e.message.includes(`stopped ${MAX_CRASHES_PER_WORKER} times`))
        expect(gaveUp.length).toBeGreaterThan(0)
        expect(gaveUp[0].message).toMatch(/^[a-e]\.csv: not scanned/)
        // a task after giving up fails at once, too
        const late = await rejection(pool.runFile({path: 'f.csv', kind: 'csv'}))
        expect(late.message).toContain('f.csv: not scanned')
      },
      missing,
    )
  })
})

describe('WorkerPool: close', () => {
  it('cancels running and queued tasks without calling it a crash, and refuses new ones', {timeout: NO_HANG_MS}, async () => {
    const pool = WorkerPool.forScript(SCRIPT, 1, null)
    // rejection() attaches its handler now: close() rejects both at once
    const running = rejection(pool.runFile({path: 'ok:5000:long', kind: 'csv'}))
    const queued = rejection(pool.runFile({path: 'ok:0:queued', kind: 'csv'}))
    // let the worker start and take the first task
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = Date.now()
    await pool.close()
    expect(Date.now() - started).toBeLessThan(3000)
    for (const error of await Promise.all([running, queued])) {
      expect(error.message).toContain('worker threads were already shut down')
      expect(error.message).not.toContain('stopped')
    }
    expect((await rejection(pool.runFile({path: 'ok:0:after', kind: 'csv'}))).message).toContain('ok:0:after: not scanned')
    // closing twice is harmless
    await pool.close()
  })
})

describe('WorkerPool: prestarted workers', () => {
  it('are adopted by the first pool of their script instead of spawning new ones', {timeout: NO_HANG_MS}, async () => {
    const [early] = WorkerPool.prestart(1, SCRIPT)
    expect(early).toBeGreaterThan(0)
    await withPool(1, async (pool) => {
      expect((await echo(pool, 'ok:0:a')).threadId).toBe(early)
    })
    // adopted once: the next pool starts its own
    await withPool(1, async (pool) => {
      expect((await echo(pool, 'ok:0:b')).threadId).not.toBe(early)
    })
  })

  it('start nothing for a script that does not exist', () => {
    expect(WorkerPool.prestart(2, new URL('./no-such-worker.mjs', SCRIPT))).toEqual([])
  })
})
