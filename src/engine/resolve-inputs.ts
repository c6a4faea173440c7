/**
 * Command-line sources → what to scan: single files, folders (walked recursively) and glob patterns.
 * A path that does not exist is not a usage error: it becomes a failed source, the rest is scanned.
 */
import {stat} from 'node:fs/promises'
import {classifyPath, walkFolder, type FolderEntry} from '../connectors/file/folder/folder-walker.js'
import {ScannerError} from '../errors.js'
import {expandGlob, isGlob} from '../util/glob.js'

export type FileKind = 'csv' | 'xlsx' | 'xls'

export type ResolvedInput =
  | {type: 'file'; path: string; kind: FileKind}
  | {type: 'folder'; root: string; entries: FolderEntry[]}
  | {type: 'missing'; path: string; error: ScannerError}

export async function resolveInputs(inputs: readonly string[]): Promise<ResolvedInput[]> {
  const resolved: ResolvedInput[] = []
  for (const input of inputs) {
    if (isGlob(input)) {
      const matches = await expandGlob(input)
      if (matches.length === 0) {
        resolved.push({
          type: 'missing',
          path: input,
          error: new ScannerError('SOURCE_NOT_FOUND', `No file matches the pattern "${input}".`, {
            location: input,
            suggestions: ['Check the pattern; quote it so that your shell passes it on unchanged.'],
          }),
        })
      }
      for (const match of matches) resolved.push(fileInput(match))
      continue
    }
    try {
      const info = await stat(input)
      if (info.isDirectory()) resolved.push({type: 'folder', root: input, entries: await walkFolder(input)})
      else resolved.push(fileInput(input))
    } catch (error) {
      resolved.push({type: 'missing', path: input, error: ScannerError.from(error, input)})
    }
  }
  return resolved
}

/** Files named explicitly are read as delimited text unless they are workbooks: `.dat`, `.asc` exports too. */
function fileInput(path: string): ResolvedInput {
  const kind = classifyPath(path)
  return {type: 'file', path, kind: kind === 'other' ? 'csv' : kind}
}
