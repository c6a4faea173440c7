/**
 * The terminal summary of a ScanReport, in German (default) or English. Pure formatting: every number
 * shown is in the report; the only arithmetic is the table's overall filled share (the mean of its
 * columns' completeness) and the finding tally.
 */
import {t} from '../i18n/i18n.js'
import {formatBytes, formatDate, formatDateTime, formatDuration, formatPercent, joinList, quote} from '../i18n/format.js'
import type {
  CsvDialect,
  DatevFormat,
  Finding,
  KeyCandidate,
  Lang,
  ScanReport,
  SourceReport,
  TableReport,
  WorkbookFacts,
} from '../report/scan-report.js'
import {columnTable} from './terminal-columns.js'
import {findingLines} from './terminal-findings.js'
import {folderSection} from './terminal-folders.js'
import {databaseLines, tableHistoryLines} from './terminal-database.js'
import {privacySection, tablePrivacyLines} from './terminal-privacy.js'
import {scoresSection} from './terminal-scores.js'
import {factLines, painter, type TerminalContext, truncate, wrap} from './terminal-text.js'

export interface TerminalOptions {
  lang: Lang
  color: boolean
  /** line width; defaults to 100, never below 60 */
  width?: number
  /** false: the scan ran with --no-examples (the DSGVO section says so) */
  examples?: boolean
}

const DEFAULT_WIDTH = 100
const MIN_WIDTH = 60
/** candidate keys named per table */
const MAX_KEYS_SHOWN = 5

export function renderTerminal(report: ScanReport, opts: TerminalOptions): string {
  const ctx: TerminalContext = {
    lang: opts.lang,
    paint: painter(opts.color),
    width: Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH)),
  }
  const blocks: string[][] = [header(report, ctx)]
  // what a managing director reads first: the three scores and the actions
  const scores = scoresSection(report, ctx)
  if (scores.length > 0) blocks.push(scores)
  for (const source of report.sources) blocks.push(sourceSection(source, ctx))
  const locations = new Map(report.sources.map((s) => [s.id, s.location]))
  for (const folder of report.folders) blocks.push(folderSection(folder, ctx, (id) => locations.get(id) ?? id))
  if (report.personalData) blocks.push(privacySection(report.personalData, ctx, opts.examples === false))
  if (report.findings.length > 0) {
    blocks.push([ctx.paint.bold(t(ctx.lang, 'findings.report')), ...findingLines(report.findings, ctx, '  ')])
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`
}

function allFindings(report: ScanReport): Finding[] {
  const found = [...report.findings]
  for (const source of report.sources) {
    found.push(...source.findings)
    for (const table of source.tables) found.push(...table.findings)
  }
  for (const folder of report.folders) found.push(...folder.findings)
  return found
}

function header(report: ScanReport, ctx: TerminalContext): string[] {
  const {lang, paint, width} = ctx
  const lines = [
    paint.bold(
      truncate(
        t(lang, 'header', {
          tool: report.tool.name,
          version: report.tool.version,
          time: formatDateTime(report.scan.startedAt, lang),
          duration: formatDuration(report.scan.durationMs, lang),
        }),
        width,
      ),
    ),
  ]
  if (report.sources.length === 0 && report.folders.length === 0) {
    lines.push(t(lang, 'summary.noSources'))
    return lines
  }
  const failed = report.sources.filter((s) => s.status === 'failed').length
  const sources = t(lang, 'summary.sources', {total: report.sources.length, ok: report.sources.length - failed, failed})
  lines.push(failed > 0 ? paint.red(sources) : sources)
  const found = allFindings(report)
  const count = (severity: Finding['severity']): number => found.filter((f) => f.severity === severity).length
  lines.push(t(lang, 'summary.findings', {errors: count('error'), warnings: count('warning'), infos: count('info')}))
  return lines
}

function sourceSection(source: SourceReport, ctx: TerminalContext): string[] {
  const {lang, paint, width} = ctx
  const failed = source.status === 'failed'
  const facts = [t(lang, `kind.${source.kind}`)]
  if (source.file) {
    const {sizeBytes, modifiedAt} = source.file
    facts.push(t(lang, 'source.file', {size: formatBytes(sizeBytes, lang), date: formatDate(modifiedAt, lang)}))
  }
  if (failed) facts.push(t(lang, 'source.failed'))
  const mark = failed ? '✖' : '■'
  const oneLine = `${mark} ${source.location}  ·  ${facts.join(' · ')}`
  const titleLines =
    oneLine.length <= width ? [oneLine] : [truncate(`${mark} ${source.location}`, width), ...factLines(facts, '  ', width)]
  const lines = titleLines.map((l, i) => {
    const painted = i === 0 ? paint.bold(l) : l
    return failed ? paint.red(painted) : painted
  })
  if (source.error) {
    lines.push(...wrap(t(lang, 'source.error', {code: source.error.code, message: source.error.message}), width, '  ', '    '))
    for (const suggestion of source.error.suggestions ?? []) {
      lines.push(...wrap(t(lang, 'source.suggestion', {text: suggestion}), width, '  ', '    '))
    }
  }
  lines.push(...databaseLines(source, ctx))
  if (source.dialect) lines.push(...dialectLines(source.dialect, ctx))
  if (source.datev) lines.push(...datevLines(source.datev, ctx))
  if (source.workbook) lines.push(...workbookLines(source.workbook, ctx))
  lines.push(...findingLines(source.findings, ctx, '  '))
  if (!failed && source.tables.length === 0) lines.push(paint.dim(`  ${t(lang, 'source.noTables')}`))
  for (const table of source.tables) lines.push('', ...tableSection(table, source, ctx))
  return lines
}

const DELIMITER_KEY = {';': 'delimiter.semicolon', ',': 'delimiter.comma', '\t': 'delimiter.tab', '|': 'delimiter.pipe'} as const

const ENCODING_NAME: Record<CsvDialect['encoding'], string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
}

function dialectLines(d: CsvDialect, ctx: TerminalContext): string[] {
  const {lang} = ctx
  const known = DELIMITER_KEY[d.delimiter as keyof typeof DELIMITER_KEY]
  const delimiter = known ? t(lang, known) : quote(d.delimiter, lang)
  const encoding = `${ENCODING_NAME[d.encoding] ?? d.encoding}${d.bom ? ` (${t(lang, 'dialect.bom')})` : ''}`
  const header =
    d.headerLine === null
      ? t(lang, 'dialect.noHeader')
      : t(lang, 'dialect.headerLine', {line: d.headerLine}) +
        (d.linesAboveHeader > 0 ? `, ${t(lang, 'dialect.linesAbove', {count: d.linesAboveHeader})}` : '')
  return factLines(
    [
      t(lang, 'dialect.encoding', {encoding}),
      t(lang, 'dialect.delimiter', {delimiter}),
      d.quote === null ? t(lang, 'dialect.noQuote') : t(lang, 'dialect.quote', {quote: d.quote}),
      t(lang, 'dialect.lineEnding', {lineEnding: t(lang, `lineEnding.${d.lineEnding}`)}),
      t(lang, d.decimalSeparator === ',' ? 'dialect.decimalComma' : 'dialect.decimalPoint'),
      header,
    ],
    '  ',
    ctx.width,
  )
}

function dateOrText(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : value
}

function datevLines(d: DatevFormat, ctx: TerminalContext): string[] {
  const {lang} = ctx
  const facts = [t(lang, 'datev.title', {marker: d.marker, name: d.formatName})]
  if (d.category !== null) facts.push(t(lang, 'datev.category', {category: String(d.category)}))
  if (d.formatVersion !== null) facts.push(t(lang, 'datev.version', {version: String(d.formatVersion)}))
  if (d.fiscalYearStart) facts.push(t(lang, 'datev.fiscalYear', {date: dateOrText(d.fiscalYearStart, lang)}))
  if (d.periodFrom && d.periodTo) {
    facts.push(t(lang, 'datev.period', {from: dateOrText(d.periodFrom, lang), to: dateOrText(d.periodTo, lang)}))
  }
  return factLines(facts, '  ', ctx.width)
}

function quotedList(names: readonly string[], lang: Lang): string {
  return joinList(
    names.map((n) => quote(n, lang)),
    lang,
  )
}

function workbookLines(w: WorkbookFacts, ctx: TerminalContext): string[] {
  const {lang} = ctx
  const facts = [t(lang, 'workbook.sheets', {count: w.sheetCount})]
  if (w.hiddenSheets.length > 0) facts.push(t(lang, 'workbook.hidden', {names: quotedList(w.hiddenSheets, lang)}))
  if (w.emptySheets.length > 0) facts.push(t(lang, 'workbook.empty', {names: quotedList(w.emptySheets, lang)}))
  return factLines(facts, '  ', ctx.width)
}

/** Share of filled cells over the table: the mean of the columns' completeness (all have the table's rows). */
function tableCompleteness(table: TableReport): number | null {
  const known = table.columns.map((c) => c.completeness).filter((c): c is number => c !== null)
  if (known.length === 0) return null
  return known.reduce((a, b) => a + b, 0) / known.length
}

function keyText(key: KeyCandidate, lang: Lang): string {
  const name = key.columns.join(' + ')
  const notes: string[] = []
  if (key.unique) notes.push(t(lang, 'table.keyUnique'))
  if (key.duplicatedValues > 0) notes.push(t(lang, 'table.keyDuplicates', {count: key.duplicatedValues}))
  if (key.missingCount > 0) notes.push(t(lang, 'table.keyMissing', {count: key.missingCount}))
  return notes.length > 0 ? `${name} (${notes.join(', ')})` : name
}

function tableSection(table: TableReport, source: SourceReport, ctx: TerminalContext): string[] {
  const {lang, paint, width} = ctx
  const isSheet = source.kind === 'xlsx' || source.kind === 'xls' || table.sheet !== undefined
  const qualified = table.schema !== undefined ? `${table.schema}.${table.name}` : table.name
  const title = t(lang, isSheet ? 'table.sheetTitle' : 'table.title', {name: quote(qualified, lang)})
  const lines = [`  ${paint.bold(truncate(title, width - 2))}`]
  const facts = [t(lang, 'table.stats', {rows: table.rowCount, columns: table.columnCount})]
  const filled = tableCompleteness(table)
  if (filled !== null) facts.push(t(lang, 'table.completeness', {share: formatPercent(filled, lang)}))
  if (table.sampled && table.sampleRows !== undefined) facts.push(t(lang, 'table.sampled', {rows: table.sampleRows}))
  if (isSheet && table.headerRow) facts.push(t(lang, 'table.headerRow', {row: table.headerRow}))
  if (table.sheet) {
    if (table.sheet.hidden) facts.push(t(lang, 'table.hiddenSheet'))
    if (table.sheet.mergedCellsInData > 0) facts.push(t(lang, 'table.mergedCells', {count: table.sheet.mergedCellsInData}))
    if (table.sheet.formulaCells > 0) {
      const share = table.sheet.formulaShare === null ? '–' : formatPercent(table.sheet.formulaShare, lang)
      facts.push(t(lang, 'table.formulas', {cells: table.sheet.formulaCells, share}))
    }
  }
  lines.push(...factLines(facts, '    ', width))
  if (table.rowCount > 0) lines.push(...duplicateLines(table, ctx))
  lines.push(...tablePrivacyLines(table, ctx))
  lines.push(...tableHistoryLines(table, ctx))
  if (table.error) lines.push(...wrap(t(lang, 'source.error', {code: table.error.code, message: table.error.message}), width, '    ', '      ').map((l) => paint.red(l)))
  if (table.columns.length > 0) lines.push('', ...columnTable(table.columns, ctx, '    '))
  const found = findingLines(table.findings, ctx, '    ')
  if (found.length > 0) lines.push('', `    ${t(lang, 'findings.title')}:`, ...found)
  return lines
}

function duplicateLines(table: TableReport, ctx: TerminalContext): string[] {
  const {lang, width} = ctx
  const dup = table.duplicates
  const lines: string[] = []
  const rowsLine =
    dup.exactRows > 0
      ? t(lang, 'table.duplicateRows', {
          rows: dup.exactRows,
          share: dup.exactRowShare === null ? '–' : formatPercent(dup.exactRowShare, lang),
          groups: dup.duplicatedRowGroups,
        })
      : t(lang, 'table.noDuplicateRows')
  lines.push(...wrap(rowsLine, width, '    ', '      '))
  if (dup.candidateKeys.length > 0) {
    const keys = dup.candidateKeys.slice(0, MAX_KEYS_SHOWN).map((k) => keyText(k, lang))
    const more = dup.candidateKeys.length > MAX_KEYS_SHOWN ? ', …' : ''
    lines.push(...wrap(t(lang, 'table.candidateKeys', {keys: keys.join(' · ') + more}), width, '    ', '      '))
  }
  const entities = dup.likelyEntities
  if (entities && entities.groups > 0) {
    let text = t(lang, 'table.entities', {
      groups: entities.groups,
      rows: entities.surplusRows,
      columns: entities.columns.join(', '),
    })
    const variants = entities.examples[0]?.variants ?? []
    if (variants.length > 1) {
      text += ` — ${t(lang, 'table.entityExample', {variants: variants.slice(0, 3).map((v) => quote(v, lang)).join(' / ')})}`
    }
    lines.push(...wrap(text, width, '    ', '      '))
  }
  return lines
}
