/**
 * The inventory of a folder: how many files of which kind, how big, how old, which bytes are stored
 * twice, which names are hand-made versions, which tables repeat another file's header. It is the raw
 * material of the "Datenpfützen" score; findings are worded by the report builder from
 * inventoryFindingDrafts (inventory-findings.ts), so `findings` stays empty here.
 *
 * Ages (`ageBands`, `oldestModifiedAt`, `newestModifiedAt`) describe the data files (csv, xlsx, xls):
 * whether the data is current is the question, and a folder of old PDFs next to fresh exports is not
 * stale data. Counts and sizes (`fileCount`, `totalBytes`, `byKind`) cover every readable file.
 * Entries with a `problem` (unreadable folders, the file limit) are left out of all numbers.
 */
import type {FolderInventory} from '../../../report/scan-report.js'
import {findDuplicateContent} from './duplicate-content.js'
import type {FolderEntry, FolderEntryKind} from './folder-walker.js'
import {findSimilarHeaders, type HeaderTable} from './similar-headers.js'
import {findVersionedCopies} from './versioned-copies.js'

export {inventoryFindingDrafts} from './inventory-findings.js'

export interface FolderInventoryInput {
  id: string
  root: string
  entries: FolderEntry[]
  /** the tables scanned from this folder's files, with their header names */
  tables: HeaderTable[]
  /** the moment ages are measured from (the scan start) */
  now: Date
}

const DAY_MS = 86_400_000
const KINDS: readonly FolderEntryKind[] = ['csv', 'xlsx', 'xls', 'other']

export async function buildFolderInventory(input: FolderInventoryInput): Promise<FolderInventory> {
  const files = input.entries.filter((e) => e.problem === undefined)

  const byKind: FolderInventory['byKind'] = {}
  for (const k of KINDS) byKind[k] = {files: 0, bytes: 0}
  let totalBytes = 0
  let scannedFiles = 0
  for (const f of files) {
    byKind[f.kind].files++
    byKind[f.kind].bytes += f.sizeBytes
    totalBytes += f.sizeBytes
    if (f.kind === 'csv' || f.kind === 'xlsx') scannedFiles++
  }

  const dataFiles = files.filter((f) => f.kind !== 'other')
  const ages = ageFacts(dataFiles, input.now)

  const inventory: FolderInventory = {
    id: input.id,
    location: input.root,
    fileCount: files.length,
    totalBytes,
    byKind,
    scannedFiles,
    ageBands: ages.ageBands,
    duplicateContent: await findDuplicateContent(files),
    versionedCopies: findVersionedCopies(files),
    similarHeaders: findSimilarHeaders(input.tables),
    findings: [],
  }
  if (ages.oldest !== undefined) inventory.oldestModifiedAt = ages.oldest.toISOString()
  if (ages.newest !== undefined) inventory.newestModifiedAt = ages.newest.toISOString()
  return inventory
}

interface AgeFacts {
  ageBands: FolderInventory['ageBands']
  oldest?: Date
  newest?: Date
}

/**
 * Bands by days since the last change: under 30 days, under 365, under 3 × 365, older. The bands do not
 * overlap, so they add up to the number of data files. A time in the future (clock skew on a share)
 * counts as fresh.
 */
export function ageFacts(files: readonly FolderEntry[], now: Date): AgeFacts {
  const ageBands = {under30Days: 0, under1Year: 0, under3Years: 0, over3Years: 0}
  let oldest: Date | undefined
  let newest: Date | undefined
  const nowMs = now.getTime()
  for (const f of files) {
    const t = f.modifiedAt.getTime()
    const days = (nowMs - t) / DAY_MS
    if (days < 30) ageBands.under30Days++
    else if (days < 365) ageBands.under1Year++
    else if (days < 3 * 365) ageBands.under3Years++
    else ageBands.over3Years++
    if (oldest === undefined || t < oldest.getTime()) oldest = f.modifiedAt
    if (newest === undefined || t > newest.getTime()) newest = f.modifiedAt
  }
  return {ageBands, oldest, newest}
}
