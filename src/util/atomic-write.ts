/**
 * Writes a report file atomically: a temp file in the same folder renamed over the target, so a reader
 * (a scheduler picking up the monthly report) never sees half a file. Creates the folder when missing.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {ScannerError} from '../errors.js'

export async function writeFileAtomically(target: string, content: string, what: string): Promise<string> {
  const folder = dirname(target)
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(folder, {recursive: true})
    await writeFile(temp, content, 'utf8')
    await rename(temp, target)
  } catch (error) {
    await rm(temp, {force: true}).catch(() => {})
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ScannerError('OUTPUT_WRITE_FAILED', `The ${what} could not be written to ${target} (${reason}).`, {
      cause: error,
      location: target,
      suggestions: ['Check that the --out folder is writable and the disk is not full, or choose another folder.'],
    })
  }
  return target
}
