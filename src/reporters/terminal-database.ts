/** Terminal lines for what a database source says about itself (engine, support, session, ERP). */
import {t} from '../i18n/i18n.js'
import {formatDate, formatPercent, quote} from '../i18n/format.js'
import type {SourceReport, TableReport} from '../report/scan-report.js'
import {type TerminalContext, wrap} from './terminal-text.js'

export function databaseLines(source: SourceReport, ctx: TerminalContext): string[] {
  const {lang, width, paint} = ctx
  const db = source.database
  const system = source.system
  if (!db || !system) return []
  const facts = [
    t(lang, 'database.facts', {engine: system.engine, version: system.version ?? '', name: quote(db.name, lang), tables: db.tableCount, views: db.viewCount}),
  ]
  const support = system.support
  if (support?.endOfSupport) {
    facts.push(t(lang, support.status === 'unsupported' ? 'database.unsupported' : 'database.supportedUntil', {date: formatDate(support.endOfSupport, lang)}))
  }
  const lines = wrap(facts.join(' · '), width, '  ', '    ')
  const session = t(lang, db.readOnlySession ? 'database.session' : 'database.sessionWritable', {sample: db.sampleRowsPerTable, statements: db.statementCount})
  lines.push(...wrap(db.readOnlySession ? session : paint.red(session), width, '  ', '    '))
  if (system.erp) {
    lines.push(...wrap(t(lang, 'database.erp', {name: system.erp.name, confidence: formatPercent(system.erp.confidence, lang)}), width, '  ', '    '))
  }
  return lines
}

export function tableHistoryLines(table: TableReport, ctx: TerminalContext): string[] {
  const {lang, width} = ctx
  const lines: string[] = []
  for (const h of table.history ?? []) {
    const text = t(lang, 'table.history', {column: quote(h.column, lang), from: formatDate(h.earliest, lang), to: formatDate(h.latest, lang), months: h.monthsWithRows, gaps: h.gapMonths})
    lines.push(...wrap(text, width, '    ', '      '))
  }
  if (table.partial) lines.push(`    ${ctx.paint.red(t(lang, 'table.partial'))}`)
  return lines
}
