/**
 * The folder inventory in the terminal: files, sizes, file types, age bands, and the groups that make
 * "Datenpfützen" visible (identical copies, hand-versioned copies, near-identical headers).
 */
import {t} from '../i18n/i18n.js'
import {formatBytes, formatDate, formatPercent, quote} from '../i18n/format.js'
import type {FolderInventory} from '../report/scan-report.js'
import {findingLines} from './terminal-findings.js'
import {factLines, type TerminalContext, truncate, wrap} from './terminal-text.js'

/** Groups listed per kind (copies, versions, similar headers) before "… und N weitere Gruppen". */
export const MAX_GROUPS_LISTED = 5
/** Paths named per group. */
const MAX_PATHS_PER_GROUP = 4
/** shared column names named per similar-header group */
const MAX_SHARED_COLUMNS = 6

function names(items: readonly string[], ctx: TerminalContext): string {
  const shown = items.slice(0, MAX_PATHS_PER_GROUP).map((p) => quote(p, ctx.lang))
  return items.length > MAX_PATHS_PER_GROUP ? `${shown.join(', ')}, …` : shown.join(', ')
}

function groupLines<G>(groups: readonly G[], ctx: TerminalContext, heading: string, describe: (g: G) => string): string[] {
  if (groups.length === 0) return []
  const lines = [`  ${heading}`]
  for (const group of groups.slice(0, MAX_GROUPS_LISTED)) {
    lines.push(...wrap(describe(group), ctx.width, '    - ', '      '))
  }
  if (groups.length > MAX_GROUPS_LISTED) {
    lines.push(ctx.paint.dim(`    ${t(ctx.lang, 'folder.moreGroups', {count: groups.length - MAX_GROUPS_LISTED})}`))
  }
  return lines
}

/** A scanned file's location as shown inside its folder: relative to the folder when below it. */
function inFolder(location: string, folder: FolderInventory): string {
  const root = folder.location.replace(/[\\/]+$/, '')
  const below = location.startsWith(`${root}/`) || location.startsWith(`${root}\\`)
  return below ? location.slice(root.length + 1) : location
}

/**
 * @param sourceLocation resolves the source ids of similarHeaders to the scanned file's location
 */
export function folderSection(folder: FolderInventory, ctx: TerminalContext, sourceLocation: (id: string) => string): string[] {
  const {lang, paint, width} = ctx
  const lines = [paint.bold(truncate(`■ ${t(lang, 'folder.title', {location: quote(folder.location, lang)})}`, width))]
  lines.push(
    ...factLines(
      [
        t(lang, 'folder.stats', {files: folder.fileCount, size: formatBytes(folder.totalBytes, lang), scanned: folder.scannedFiles}),
      ],
      '  ',
      width,
    ),
  )
  const kinds = Object.entries(folder.byKind)
    .sort((a, b) => b[1].files - a[1].files || a[0].localeCompare(b[0]))
    .map(([kind, k]) => `${k.files} ${kind === 'other' ? t(lang, 'folder.kindOther') : kind.toUpperCase()}`)
  if (kinds.length > 0) lines.push(...wrap(t(lang, 'folder.kinds', {kinds: kinds.join(', ')}), width, '  ', '    '))
  const bands = folder.ageBands
  lines.push(
    ...wrap(
      t(lang, 'folder.ages', {
        under30: bands.under30Days,
        under1: bands.under1Year,
        under3: bands.under3Years,
        over3: bands.over3Years,
      }),
      width,
      '  ',
      '    ',
    ),
  )
  if (folder.oldestModifiedAt && folder.newestModifiedAt) {
    lines.push(
      `  ${t(lang, 'folder.range', {oldest: formatDate(folder.oldestModifiedAt, lang), newest: formatDate(folder.newestModifiedAt, lang)})}`,
    )
  }
  lines.push(
    ...groupLines(
      folder.duplicateContent,
      ctx,
      t(lang, 'folder.duplicateContent', {groups: folder.duplicateContent.length}),
      (g) => `${names(g.paths, ctx)} (${formatBytes(g.sizeBytes, lang)})`,
    ),
    ...groupLines(
      folder.versionedCopies,
      ctx,
      t(lang, 'folder.versionedCopies', {groups: folder.versionedCopies.length}),
      (g) => `${g.base}: ${names(g.paths, ctx)}`,
    ),
    ...groupLines(
      folder.similarHeaders,
      ctx,
      t(lang, 'folder.similarHeaders', {groups: folder.similarHeaders.length}),
      (g) => {
        const tables = g.tables.map((tb) => {
          const file = inFolder(sourceLocation(tb.source), folder)
          // a CSV file's only table carries the file's name; a sheet is named after its workbook
          return file === tb.table || file.endsWith(`/${tb.table}`) ? file : `${file} › ${tb.table}`
        })
        const shown = g.columns.slice(0, MAX_SHARED_COLUMNS).join(', ') + (g.columns.length > MAX_SHARED_COLUMNS ? ', …' : '')
        const cols = g.columns.length > 0 ? `; ${t(lang, 'folder.columns', {columns: shown})}` : ''
        return `${t(lang, 'folder.similarity', {share: formatPercent(g.similarity, lang)})}: ${names(tables, ctx)}${cols}`
      },
    ),
  )
  lines.push(...findingLines(folder.findings, ctx, '  '))
  return lines
}
