/**
 * Minimal glob expansion for sources given as patterns (`exports/*.csv`, `Freigabe/**\/*.xlsx`): shells on
 * Windows do not expand them, and quoted patterns reach us unexpanded everywhere. Supports `*`, `?`,
 * `**` and `{a,b}`; hidden files are skipped; symlinked folders are not followed.
 */
import {readdir} from 'node:fs/promises'
import {join, sep} from 'node:path'

export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern)
}

export function globToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders
        const slash = pattern[i + 2] === '/'
        re += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else re += '[^/]*'
    } else if (ch === '?') re += '[^/]'
    else if (ch === '{') {
      const close = pattern.indexOf('}', i)
      if (close < 0) re += '\\{'
      else {
        re += `(?:${pattern.slice(i + 1, close).split(',').map(escapeRegExp).join('|')})`
        i = close
      }
    } else re += escapeRegExp(ch)
  }
  return new RegExp(`^${re}$`, 'u')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&')
}

/** Expands a pattern to the matching files (sorted), relative paths kept relative. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const normalized = pattern.split(sep).join('/')
  const parts = normalized.split('/')
  const firstGlob = parts.findIndex((p) => isGlob(p))
  const baseParts = parts.slice(0, firstGlob)
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/'
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'))
  const deep = parts.slice(firstGlob).some((p) => p.includes('**')) || parts.length - firstGlob > 1
  const found: string[] = []
  await walk(base, '', deep, matcher, found)
  found.sort()
  return found.map((rel) => (baseParts.length === 0 ? rel : join(base, rel)))
}

async function walk(base: string, rel: string, deep: boolean, matcher: RegExp, found: string[]): Promise<void> {
  let entries
  try {
    entries = await readdir(rel ? join(base, rel) : base, {withFileTypes: true})
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const child = rel ? `${rel}/${entry.name}` : entry.name
    if (entry.isFile() && matcher.test(child)) found.push(child)
    else if (entry.isDirectory() && deep) await walk(base, child, deep, matcher, found)
  }
}
