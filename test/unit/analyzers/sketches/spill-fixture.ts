/**
 * Test helper: a temporary spill folder for the tests of one describe block (or file), removed
 * afterwards, and a way to run code with spilling off (the unspilled reference).
 */
import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll} from 'vitest'
import {configureSpill, spillOptions} from '../../../../src/analyzers/sketches/spill-store.js'

export interface SpillFolder {
  /** the folder (valid inside the tests of the block) */
  readonly dir: string
  /** switches spilling on with this read block size (the folder stays) */
  configure(readBufferEntries?: number): void
  /** how many run files the folder holds */
  files(): number
}

/** Registers beforeAll/afterAll hooks: spilling on into a fresh folder, then off and the folder removed. */
export function useSpillFolder(readBufferEntries?: number): SpillFolder {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'datenreife-test-'))
    configureSpill({dir, readBufferEntries})
  })
  afterAll(() => {
    configureSpill({dir: null})
    rmSync(dir, {recursive: true, force: true})
  })
  return {
    get dir() {
      return dir
    },
    configure(blockEntries?: number) {
      configureSpill({dir, readBufferEntries: blockEntries})
    },
    files() {
      return readdirSync(dir).length
    },
  }
}

/** Runs `fn` with spilling off and restores the previous setting. */
export function unspilled<T>(fn: () => T): T {
  const before = spillOptions()
  configureSpill({dir: null})
  try {
    return fn()
  } finally {
    configureSpill(before)
  }
}
