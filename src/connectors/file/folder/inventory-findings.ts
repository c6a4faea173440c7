/**
 * Finding drafts from a folder inventory: the measured numbers only; the report builder words them.
 * Lists inside `data` are capped (EXAMPLE_LIMIT) so a share with thousands of copies keeps a small report.
 */
import type {FindingDraft} from '../../../findings/finding-draft.js'
import type {FolderInventory} from '../../../report/scan-report.js'
import type {FolderEntry} from './folder-walker.js'

const EXAMPLE_LIMIT = 5

/**
 * DUPLICATE_FILES, VERSIONED_COPIES, SIMILAR_HEADERS and STALE_FILES (more than half of the data files
 * last changed a year ago or earlier) come from the inventory. UNSUPPORTED_FORMAT names each .xls file
 * and SOURCE_FAILED each unreadable folder or file (and a walk stopped by the file limit); both need the
 * walked entries, which the inventory does not keep. Without `entries` there is one UNSUPPORTED_FORMAT
 * draft with the number of .xls files ({files, kind}) and no SOURCE_FAILED drafts.
 */
export function inventoryFindingDrafts(inv: FolderInventory, entries?: readonly FolderEntry[]): FindingDraft[] {
  const drafts: FindingDraft[] = []

  if (inv.duplicateContent.length > 0) {
    let files = 0
    let surplusFiles = 0
    let surplusBytes = 0
    for (const g of inv.duplicateContent) {
      files += g.paths.length
      surplusFiles += g.paths.length - 1
      surplusBytes += g.sizeBytes * (g.paths.length - 1)
    }
    drafts.push({
      code: 'DUPLICATE_FILES',
      severity: 'warning',
      data: {
        groups: inv.duplicateContent.length,
        files,
        surplusFiles,
        surplusBytes,
        examples: inv.duplicateContent.slice(0, EXAMPLE_LIMIT).map((g) => g.paths.join(' = ')),
      },
    })
  }

  if (inv.versionedCopies.length > 0) {
    drafts.push({
      code: 'VERSIONED_COPIES',
      severity: 'warning',
      data: {
        groups: inv.versionedCopies.length,
        files: inv.versionedCopies.reduce((n, g) => n + g.paths.length, 0),
        bases: inv.versionedCopies.slice(0, EXAMPLE_LIMIT).map((g) => g.base),
        examples: inv.versionedCopies.slice(0, EXAMPLE_LIMIT).map((g) => g.paths.join(', ')),
      },
    })
  }

  if (inv.similarHeaders.length > 0) {
    drafts.push({
      code: 'SIMILAR_HEADERS',
      severity: 'warning',
      data: {
        groups: inv.similarHeaders.length,
        tables: inv.similarHeaders.reduce((n, g) => n + g.tables.length, 0),
        minSimilarity: Math.min(...inv.similarHeaders.map((g) => g.similarity)),
        examples: inv.similarHeaders
          .slice(0, EXAMPLE_LIMIT)
          .map((g) => g.tables.map((t) => (t.path.endsWith(t.table) ? t.path : `${t.path} › ${t.table}`)).join(' ~ ')),
      },
    })
  }

  const bands = inv.ageBands
  const dataFiles = bands.under30Days + bands.under1Year + bands.under3Years + bands.over3Years
  const staleFiles = bands.under3Years + bands.over3Years
  if (dataFiles > 0 && staleFiles * 2 > dataFiles) {
    drafts.push({
      code: 'STALE_FILES',
      severity: 'warning',
      data: {
        dataFiles,
        staleFiles,
        share: Math.round((staleFiles / dataFiles) * 1000) / 1000,
        over3Years: bands.over3Years,
        oldestModifiedAt: inv.oldestModifiedAt ?? null,
        newestModifiedAt: inv.newestModifiedAt ?? null,
      },
    })
  }

  if (entries === undefined) {
    const xlsFiles = inv.byKind.xls?.files ?? 0
    if (xlsFiles > 0) drafts.push({code: 'UNSUPPORTED_FORMAT', severity: 'warning', data: {files: xlsFiles, kind: 'xls'}})
    return drafts
  }

  for (const e of entries) {
    if (e.problem === undefined && e.kind === 'xls') {
      drafts.push({code: 'UNSUPPORTED_FORMAT', severity: 'warning', data: {file: e.relativePath, kind: 'xls'}})
    }
  }

  for (const e of entries) {
    if (e.problem === undefined) continue
    drafts.push({
      code: 'SOURCE_FAILED',
      severity: e.problem.reason === 'file-limit' ? 'warning' : 'error',
      data: {
        file: e.relativePath,
        reason: e.problem.reason,
        errno: e.problem.errno ?? null,
        message: e.problem.message,
      },
    })
  }

  return drafts
}
