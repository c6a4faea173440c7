/**
 * A small pool of scan workers (worker_threads). Created lazily on the first parallel table and closed at
 * the end of the scan. When the compiled worker file is not there (tests running the TypeScript sources),
 * `WorkerPool.create` returns null and the engine scans sequentially.
 *
 * A worker thread can die (out of memory under its resource limits, a bug that escapes the task's error
 * handling). Then only the task that worker was running fails — with an INTERNAL ScannerError that says
 * so — the dead worker leaves the pool, and a replacement is started for the tasks still queued. A pool
 * whose workers keep dying stops replacing them after MAX_CRASHES_PER_WORKER × size deaths and fails
 * what is queued, instead of restarting threads forever.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker, type ResourceLimits} from 'node:worker_threads'
import {ScannerError, type ScannerErrorCode} from '../errors.js'
import type {FileTask, RangeTask, WorkerMessage, WorkerTask} from './worker-protocol.js'

type DoneMessage = Extract<WorkerMessage, {type: 'done'}>
type FileDoneMessage = Extract<WorkerMessage, {type: 'file-done'}>

/** below this size, starting workers costs more than it saves (a CSV table is scanned in one range) */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024

/** the most worker threads --workers accepts */
export const MAX_WORKERS = 64

/** unexpected worker deaths per pool slot before the pool stops starting replacements */
export const MAX_CRASHES_PER_WORKER = 3

interface Job {
  task: WorkerTask
  resolve(message: DoneMessage | FileDoneMessage): void
  reject(error: Error): void
  onProgress(rows: number, bytes: number): void
}

export class WorkerPool {
  /** live workers: spawned, not yet stopped */
  private readonly workers = new Set<Worker>()
  private readonly idle: Worker[] = []
  /** the job each busy worker runs */
  private readonly running = new Map<Worker, Job>()
  private readonly queue: Job[] = []
  private nextTaskId = 1
  private crashes = 0
  private lastCrash = ''
  private closed = false

  private constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly spillDir: string | null,
    private readonly limits: ResourceLimits = {},
  ) {}

  /** worker threads besides the main thread, which scans a range itself: cores − 1, at most 3 */
  static defaultSize(): number {
    return Math.max(0, Math.min(availableParallelism(), 4) - 1)
  }

  static create(size: number, spillDir: string | null): WorkerPool | null {
    const url = scanWorkerUrl()
    if (size < 1 || !existsSync(fileURLToPath(url))) return null
    return new WorkerPool(url, size, spillDir)
  }

  /**
   * Starts `size` scan workers now, before any pool exists: a worker takes 150–500 ms to boot and load
   * the scan modules, and a CLI process that will surely need one starts it while the CLI framework
   * loads (early-workers.ts). The first pool of the process adopts them instead of spawning its own;
   * whatever no pool adopted ends with the first pool's close(), or with the process. `url`: another
   * script speaking the protocol (tests). Returns the workers' thread ids.
   */
  static prestart(size: number, url: URL = scanWorkerUrl()): number[] {
    const threadIds: number[] = []
    if (!existsSync(fileURLToPath(url))) return threadIds
    for (let i = 0; i < size; i++) {
      let worker: Worker
      try {
        worker = newScanWorker(url, {})
      } catch {
        break
      }
      worker.unref()
      const early: EarlyWorker = {worker, url: url.href, stopped: false}
      // an error before adoption must not be thrown as unhandled; the worker is then not adopted
      worker.once('error', () => (early.stopped = true))
      worker.once('exit', () => (early.stopped = true))
      prestarted.push(early)
      threadIds.push(worker.threadId)
    }
    return threadIds
  }

  /**
   * A pool running another worker script that speaks the same protocol (worker-protocol.ts). For tests:
   * vitest runs the TypeScript sources, where the compiled scan-worker.js does not exist. `limits` add
   * to the workers' resource limits (a test can make a worker run out of memory quickly).
   */
  static forScript(url: URL, size: number, spillDir: string | null, limits: ResourceLimits = {}): WorkerPool {
    return new WorkerPool(url, Math.max(1, Math.floor(size)), spillDir, limits)
  }

  run(task: Omit<RangeTask, 'type' | 'taskId' | 'spillDir'>, onProgress: (rows: number, bytes: number) => void): Promise<DoneMessage> {
    const full: RangeTask = {...task, type: 'range', taskId: this.nextTaskId++, spillDir: this.spillDir}
    return this.enqueue(full, onProgress) as Promise<DoneMessage>
  }

  runFile(task: Omit<FileTask, 'type' | 'taskId' | 'spillDir'>): Promise<FileDoneMessage> {
    const full: FileTask = {...task, type: 'file', taskId: this.nextTaskId++, spillDir: this.spillDir}
    return this.enqueue(full, ignoreProgress) as Promise<FileDoneMessage>
  }

  /**
   * Stops every worker. Tasks still queued or running are rejected as cancelled (not as crashes): the
   * scan is over, whoever still waits for them must not wait forever.
   */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const workers = [...this.workers, ...prestarted.splice(0).map((early) => early.worker)]
    const cancelled = [...this.running.values(), ...this.queue]
    this.workers.clear()
    this.idle.length = 0
    this.running.clear()
    this.queue.length = 0
    for (const job of cancelled) job.reject(cancelledError(job.task))
    await Promise.all(workers.map((w) => w.terminate().catch(() => 0)))
  }

  private enqueue(task: WorkerTask, onProgress: (rows: number, bytes: number) => void): Promise<DoneMessage | FileDoneMessage> {
    return new Promise((resolve, reject) => {
      const job: Job = {task, resolve, reject, onProgress}
      if (this.closed) {
        reject(cancelledError(task))
        return
      }
      this.queue.push(job)
      this.dispatch()
    })
  }

  /**
   * Starts the workers now: they load their modules (a few hundred ms) while the main thread opens and
   * samples the file, instead of after it, which left the worker's range finishing last.
   */
  warm(): void {
    while (!this.closed && this.workers.size < this.size) {
      try {
        this.idle.push(this.spawn())
      } catch {
        return
      }
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let worker = this.idle.pop()
      if (!worker) {
        if (this.workers.size >= this.size) return
        if (this.crashes >= MAX_CRASHES_PER_WORKER * this.size) {
          // live workers will come back for the queue; with none left, nobody ever would
          if (this.workers.size === 0) this.failQueue()
          return
        }
        try {
          worker = this.spawn()
        } catch (error) {
          this.crashes++
          this.lastCrash = `it could not be started (${(error as Error).message})`
          continue
        }
      }
      const job = this.queue.shift()!
      this.running.set(worker, job)
      // a busy worker keeps the process alive; an idle one must not (see spawn)
      worker.ref()
      try {
        worker.postMessage(job.task)
      } catch (error) {
        // the task could not be cloned: that task fails, the worker is fine
        this.running.delete(worker)
        this.release(worker)
        job.reject(ScannerError.from(error, taskLocation(job.task)))
      }
    }
  }

  private spawn(): Worker {
    const worker = this.adoptPrestarted() ?? newScanWorker(this.url, this.limits)
    worker.unref()
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message))
    worker.on('error', (error: Error) => this.onStopped(worker, describeError(error), error))
    worker.on('messageerror', (error: Error) => this.onStopped(worker, `its answer could not be received (${error.message})`, error))
    worker.on('exit', (code: number) => this.onStopped(worker, `it exited with code ${code}`))
    this.workers.add(worker)
    return worker
  }

  /** a live worker WorkerPool.prestart started for this pool's script (without extra limits); null if none */
  private adoptPrestarted(): Worker | null {
    if (Object.keys(this.limits).length > 0) return null
    for (let i = 0; i < prestarted.length; i++) {
      const early = prestarted[i]
      if (early.url !== this.url.href) continue
      prestarted.splice(i--, 1)
      if (!early.stopped) return early.worker
    }
    return null
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const job = this.running.get(worker)
    // a late message of a task that already failed or was cancelled
    if (!job || job.task.taskId !== message.taskId) return
    if (message.type === 'progress') {
      job.onProgress(message.rows, message.bytes)
      return
    }
    this.running.delete(worker)
    this.release(worker)
    if (message.type === 'error') {
      job.reject(new ScannerError(message.error.code as ScannerErrorCode, message.error.message, {suggestions: message.error.suggestions}))
    } else {
      job.resolve(message)
    }
    this.dispatch()
  }

  private release(worker: Worker): void {
    worker.unref()
    if (this.workers.has(worker)) this.idle.push(worker)
  }

  /** A worker died or can no longer be trusted: fail its task, drop it, let dispatch start a replacement. */
  private onStopped(worker: Worker, why: string, cause?: Error): void {
    // 'error' is followed by 'exit'; close() terminates on purpose
    if (this.closed || !this.workers.has(worker)) return
    this.workers.delete(worker)
    const idleAt = this.idle.indexOf(worker)
    if (idleAt >= 0) this.idle.splice(idleAt, 1)
    this.crashes++
    this.lastCrash = why
    const job = this.running.get(worker)
    this.running.delete(worker)
    // after 'messageerror' the thread may still run; it holds no task we could still receive
    worker.terminate().catch(() => 0)
    if (job) job.reject(crashError(job.task, why, cause))
    this.dispatch()
  }

  private failQueue(): void {
    const jobs = this.queue.splice(0)
    for (const job of jobs) {
      const where = taskLocation(job.task)
      job.reject(
        new ScannerError(
          'INTERNAL',
          `${where}: not scanned, because the scan's worker threads stopped ${this.crashes} times (the last one: ${this.lastCrash}).`,
          {location: where, suggestions: WORKER_SUGGESTIONS},
        ),
      )
    }
  }
}

interface EarlyWorker {
  worker: Worker
  /** its script */
  url: string
  /** it failed or exited before a pool adopted it */
  stopped: boolean
}

/** workers WorkerPool.prestart started that no pool has adopted yet (per thread: the main thread's) */
const prestarted: EarlyWorker[] = []

function scanWorkerUrl(): URL {
  return new URL('./scan-worker.js', import.meta.url)
}

function newScanWorker(url: URL, limits: ResourceLimits): Worker {
  // a smaller young generation than V8's default keeps the worker's heap (and the process RSS) down
  return new Worker(url, {resourceLimits: {maxYoungGenerationSizeMb: 16, ...limits}})
}

const WORKER_SUGGESTIONS = [
  'Run the scan again with --workers 0 to scan on the main thread only.',
  'If this file is very large, scan it on its own, or on a machine with more memory.',
]

function ignoreProgress(): void {}

function taskLocation(task: WorkerTask): string {
  return task.type === 'range' ? task.range.path : task.path
}

function describeError(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return 'it ran out of memory'
  return `it failed with "${error.message}"`
}

function crashError(task: WorkerTask, why: string, cause?: Error): ScannerError {
  const where = taskLocation(task)
  return new ScannerError('INTERNAL', `${where}: the worker thread scanning it stopped: ${why}.`, {
    cause,
    location: where,
    suggestions: WORKER_SUGGESTIONS,
  })
}

function cancelledError(task: WorkerTask): ScannerError {
  const where = taskLocation(task)
  return new ScannerError('INTERNAL', `${where}: not scanned, because the scan's worker threads were already shut down.`, {location: where})
}
