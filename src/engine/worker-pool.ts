/**
 * A small pool of scan workers (worker_threads). Created lazily on the first parallel table and closed at
 * the end of the scan. When the compiled worker file is not there (tests running the TypeScript sources),
 * `WorkerPool.create` returns null and the engine scans sequentially.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {ScannerError, type ScannerErrorCode} from '../errors.js'
import type {FileTask, RangeTask, WorkerMessage, WorkerTask} from './worker-protocol.js'

type DoneMessage = Extract<WorkerMessage, {type: 'done'}>
type FileDoneMessage = Extract<WorkerMessage, {type: 'file-done'}>

interface Pending {
  resolve(message: DoneMessage | FileDoneMessage): void
  reject(error: Error): void
  onProgress(rows: number, bytes: number): void
}

export class WorkerPool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: Array<{task: WorkerTask; pending: Pending}> = []
  private readonly pending = new Map<number, Pending>()
  private nextTaskId = 1

  private constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly spillDir: string | null,
  ) {}

  /** worker threads besides the main thread, which scans a range itself: cores − 1, at most 3 */
  static defaultSize(): number {
    return Math.max(0, Math.min(availableParallelism(), 4) - 1)
  }

  static create(size: number, spillDir: string | null): WorkerPool | null {
    const url = new URL('./scan-worker.js', import.meta.url)
    if (size < 1 || !existsSync(fileURLToPath(url))) return null
    return new WorkerPool(url, size, spillDir)
  }

  run(task: Omit<RangeTask, 'type' | 'taskId' | 'spillDir'>, onProgress: (rows: number, bytes: number) => void): Promise<DoneMessage> {
    const full: RangeTask = {...task, type: 'range', taskId: this.nextTaskId++, spillDir: this.spillDir}
    return this.enqueue(full, onProgress) as Promise<DoneMessage>
  }

  runFile(task: Omit<FileTask, 'type' | 'taskId' | 'spillDir'>): Promise<FileDoneMessage> {
    const full: FileTask = {...task, type: 'file', taskId: this.nextTaskId++, spillDir: this.spillDir}
    return this.enqueue(full, () => {}) as Promise<FileDoneMessage>
  }

  private enqueue(task: WorkerTask, onProgress: (rows: number, bytes: number) => void): Promise<DoneMessage | FileDoneMessage> {
    return new Promise((resolve, reject) => {
      this.queue.push({task, pending: {resolve, reject, onProgress}})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
    this.workers.length = 0
    this.idle.length = 0
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined)
      if (!worker) return
      const {task, pending} = this.queue.shift()!
      this.pending.set(task.taskId, pending)
      worker.postMessage(task)
    }
  }

  private spawn(): Worker {
    // a smaller young generation than V8's default keeps the worker's heap (and the process RSS) down
    const worker = new Worker(this.url, {resourceLimits: {maxYoungGenerationSizeMb: 16}})
    worker.unref()
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message))
    worker.on('error', (error) => this.failAll(error))
    this.workers.push(worker)
    return worker
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const pending = this.pending.get(message.taskId)
    if (!pending) return
    if (message.type === 'progress') {
      pending.onProgress(message.rows, message.bytes)
      return
    }
    this.pending.delete(message.taskId)
    this.idle.push(worker)
    if (message.type === 'done' || message.type === 'file-done') pending.resolve(message)
    else pending.reject(new ScannerError(message.error.code as ScannerErrorCode, message.error.message, {suggestions: message.error.suggestions}))
    this.dispatch()
  }

  /** A crashed worker (out of memory, a bug) fails every task in flight; the pool is not reused. */
  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
    for (const {pending} of this.queue) pending.reject(error)
    this.queue.length = 0
  }
}
