/**
 * Command-line sources → what to scan: single files, folders (walked recursively) and glob patterns.
 * A path that does not exist is not a usage error: it becomes a failed source, the rest is scanned.
 */
import {stat} from 'node:fs/promises'
import {resolve as resolvePath} from 'node:path'
import {classifyPath, walkFolder, type FolderEntry} from '../connectors/file/folder/folder-walker.js'
import {ScannerError} from '../errors.js'
import {expandGlob, isGlob} from '../util/glob.js'

export type FileKind = 'csv' | 'xlsx' | 'xls'

export type ResolvedInput =
  | {type: 'file'; path: string; kind: FileKind}
  | {type: 'folder'; root: string; entries: FolderEntry[]}
  | {type: 'missing'; path: string; kind: FileKind; error: ScannerError}

export async function resolveInputs(inputs: readonly string[]): Promise<ResolvedInput[]> {
  const resolved: ResolvedInput[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    // the same file or folder named twice (or matched by two patterns) is scanned once
    const key = resolvePath(input)
    if (seen.has(key)) continue
    seen.add(key)
    // a real path wins over a pattern reading: "Bericht {2024}.csv" is a file name
    if (isGlob(input) && !(await exists(input))) {
      const matches = await expandGlob(input)
      if (matches.length === 0) {
        resolved.push({
          type: 'missing',
          path: input,
          kind: fileKindOf(input),
          error: new ScannerError('SOURCE_NOT_FOUND', `No file matches the pattern "${input}".`, {
            location: input,
            suggestions: ['Check the pattern; quote it so that your shell passes it on unchanged.'],
          }),
        })
      }
      for (const match of matches) {
        if (seen.has(resolvePath(match))) continue
        seen.add(resolvePath(match))
        resolved.push(fileInput(match))
      }
      continue
    }
    try {
      const info = await stat(input)
      if (info.isDirectory()) resolved.push({type: 'folder', root: input, entries: await walkFolder(input)})
      else resolved.push(fileInput(input))
    } catch (error) {
      resolved.push({type: 'missing', path: input, kind: fileKindOf(input), error: ScannerError.from(error, input)})
    }
  }
  return resolved
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** Files named explicitly are read as delimited text unless they are workbooks: `.dat`, `.asc` exports too. */
function fileInput(path: string): ResolvedInput {
  return {type: 'file', path, kind: fileKindOf(path)}
}

function fileKindOf(path: string): FileKind {
  const kind = classifyPath(path)
  return kind === 'other' ? 'csv' : kind
}
