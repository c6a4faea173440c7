/**
 * File names that are hand-made versions of one another: `Kundenliste_final.xlsx`,
 * `Kundenliste_final_v2.xlsx`, `Kopie von Kundenliste_final.xlsx`, `Preise (1).csv`, `Preise_2023-05-01.csv`.
 * Only clear copy markers are removed (see COPY_MARKERS); a bare year or initials are not markers, because
 * `Preisliste_2019` and `Preisliste_2020` are usually different price lists, not copies.
 */
import path from 'node:path'
import {compareCodeUnits} from './duplicate-content.js'
import type {FolderEntry} from './folder-walker.js'

export interface VersionedCopyGroup {
  /** the name without copy markers, e.g. "Kundenliste" */
  base: string
  /** relative to the folder root, sorted */
  paths: string[]
}

export interface CopyBaseName {
  /** the base name with every copy marker removed (case kept) */
  base: string
  /** true when at least one marker was removed */
  marked: boolean
}

const SEP = String.raw`[\s_\-.]`

/**
 * Markers that Windows Explorer, macOS Finder, browsers and people add to copies. Every word marker needs
 * a separator before it, so `Gehalt` never loses its `alt`. Dates are checked for being real dates.
 */
const COPY_MARKERS: readonly RegExp[] = [
  // Explorer (older Windows) and English systems: "Kopie von X", "Kopie (2) von X", "Copy of X"
  /^(?:kopie|copy)(?:\s*\(\d+\))?\s+(?:von|of)\s+/i,
  // Explorer and Finder: "X - Kopie", "X - Kopie (2)", "X Kopie", "X copy 2"
  new RegExp(`${SEP}+(?:kopie|copy)(?:\\s*\\(\\d+\\)|\\s*\\d+)?$`, 'i'),
  // browsers: "X (1)", "X(2)"
  /\s*\(\d{1,3}\)$/,
  // version numbers: "X_v2", "X v3", "X-V2.1", "X_Version 2"
  new RegExp(`${SEP}+v(?:ersion)?\\s?\\d{1,3}(?:[._]\\d{1,3})?$`, 'i'),
  // status words
  new RegExp(`${SEP}+(?:final|neu|alt|old|backup|bak|sicherung)$`, 'i'),
]

/** A trailing or leading full date: 2023-05-01, 2023_05_01, 20230501, 01.05.2023, 01.05.23 */
const DATE_FORMS = String.raw`\d{4}[-_]\d{2}[-_]\d{2}|\d{8}|\d{2}\.\d{2}\.\d{4}|\d{2}\.\d{2}\.\d{2}`
const TRAILING_DATE = new RegExp(`${SEP}+(${DATE_FORMS})$`)
const LEADING_DATE = new RegExp(`^(\\d{4}[-_]\\d{2}[-_]\\d{2}|\\d{8})${SEP}+`)

/** The base name of a file (without folder and extension) with its copy markers removed. */
export function copyBaseName(fileName: string): CopyBaseName {
  const original = path.basename(fileName, path.extname(fileName))
  let base = original
  for (;;) {
    const next = stripOneMarker(base)
    if (next === base) break
    base = next
  }
  base = base.replace(/^[\s_\-.]+|[\s_\-.]+$/g, '')
  // a name that is nothing but markers ("Neu.xlsx", "final.csv") keeps its name
  if (base === '') return {base: original, marked: false}
  return {base, marked: base !== original}
}

function stripOneMarker(name: string): string {
  for (const re of COPY_MARKERS) {
    const stripped = name.replace(re, '')
    if (stripped !== name && stripped.trim() !== '') return stripped
  }
  const trailing = TRAILING_DATE.exec(name)
  if (trailing !== null && isPlausibleDate(trailing[1]) && trailing.index > 0) return name.slice(0, trailing.index)
  const leading = LEADING_DATE.exec(name)
  if (leading !== null && isPlausibleDate(leading[1]) && leading[0].length < name.length) {
    return name.slice(leading[0].length)
  }
  return name
}

/** True for dates between 1990 and 2099 with a valid month and day; filters article numbers like 12345678. */
function isPlausibleDate(text: string): boolean {
  const digits = text.replace(/[^0-9]/g, '')
  let year: number
  let month: number
  let day: number
  if (/^\d{4}[-_]/.test(text) || (digits.length === 8 && !text.includes('.'))) {
    year = Number(digits.slice(0, 4))
    month = Number(digits.slice(4, 6))
    day = Number(digits.slice(6, 8))
  } else {
    day = Number(digits.slice(0, 2))
    month = Number(digits.slice(2, 4))
    year = digits.length === 8 ? Number(digits.slice(4, 8)) : 2000 + Number(digits.slice(4, 6))
  }
  return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** Case, umlauts and separators do not make two names different: "Kunden-Liste" = "kunden liste". */
function comparableName(base: string): string {
  return base
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\s_\-.]+/g, ' ')
    .trim()
}

/** csv/tsv/txt exports group together, as do xlsx/xlsm; other files only with the same extension. */
function kindKey(e: FolderEntry): string {
  return e.kind === 'other' ? `other${path.extname(e.relativePath).toLowerCase()}` : e.kind
}

/**
 * Groups of at least two files (of one kind) whose names agree once copy markers are removed, where at
 * least one name carried a marker. Files with the same plain name in two folders are not grouped unless
 * a marked copy joins them; identical bytes are found by findDuplicateContent instead.
 */
export function findVersionedCopies(entries: readonly FolderEntry[]): VersionedCopyGroup[] {
  const groups = new Map<string, {bases: string[]; paths: string[]; marked: boolean}>()
  for (const e of entries) {
    if (e.problem !== undefined) continue
    const {base, marked} = copyBaseName(path.posix.basename(e.relativePath))
    const key = `${kindKey(e)}\u0000${comparableName(base)}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, {bases: [base], paths: [e.relativePath], marked})
    else {
      group.bases.push(base)
      group.paths.push(e.relativePath)
      group.marked ||= marked
    }
  }
  const result: VersionedCopyGroup[] = []
  for (const g of groups.values()) {
    if (g.paths.length < 2 || !g.marked) continue
    const order = g.paths.map((_, i) => i).sort((a, b) => compareCodeUnits(g.paths[a], g.paths[b]))
    result.push({base: g.bases[order[0]], paths: order.map((i) => g.paths[i])})
  }
  result.sort((a, b) => compareCodeUnits(a.paths[0], b.paths[0]))
  return result
}
