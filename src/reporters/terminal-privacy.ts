/**
 * The personal-data parts of the terminal summary: one line per table naming its categories (special
 * categories in red), and the DSGVO section after the sources — how many tables and rows hold personal
 * data, where the special categories are, and what follows. Formats report.personalData only.
 */
import {t} from '../i18n/i18n.js'
import {joinList, quote} from '../i18n/format.js'
import type {Lang, PersonalDataView, TableReport} from '../report/scan-report.js'
import {countedCategories} from '../analyzers/personal-data/dsgvo-view.js'
import {isSpecialCategory, type PiiCategory} from '../analyzers/personal-data/categories.js'
import {type TerminalContext, wrap} from './terminal-text.js'

/** tables listed by name in the DSGVO section; the rest are counted */
const MAX_TABLES_LISTED = 12

export function categoryName(category: string, lang: Lang): string {
  return t(lang, `pii.${category as PiiCategory}`)
}

function categoryNames(categories: readonly string[], ctx: TerminalContext): string {
  return joinList(
    categories.map((c) => {
      const name = categoryName(c, ctx.lang)
      return isSpecialCategory(c as PiiCategory) ? ctx.paint.red(name) : name
    }),
    ctx.lang,
  )
}

/** "Personenbezug: E-Mail-Adresse (E-Mail), Religion/Konfession (Art. 9) (KONF)" under a table */
export function tablePrivacyLines(table: TableReport, ctx: TerminalContext): string[] {
  const byCategory = new Map<string, string[]>()
  for (const column of table.columns) {
    for (const category of countedCategories(column)) byCategory.set(category, [...(byCategory.get(category) ?? []), column.name])
  }
  if (byCategory.size === 0) return []
  const parts = [...byCategory].map(([category, columns]) => {
    const name = categoryName(category, ctx.lang)
    const painted = isSpecialCategory(category as PiiCategory) ? ctx.paint.red(name) : name
    return `${painted} (${columns.map((c) => quote(c, ctx.lang)).join(', ')})`
  })
  return wrap(t(ctx.lang, 'privacy.column', {categories: parts.join(', ')}), ctx.width, '    ', '      ')
}

export function privacySection(view: PersonalDataView, ctx: TerminalContext, examplesOff: boolean): string[] {
  const {lang, paint, width} = ctx
  const lines = [paint.bold(t(lang, 'privacy.title'))]
  const say = (text: string, indent = '  ') => lines.push(...wrap(text, width, indent, `${indent}  `))
  if (view.tablesWithPersonalData > 0) {
    say(
      t(lang, 'privacy.summary', {
        tables: view.tablesWithPersonalData,
        scanned: view.tablesScanned,
        columns: view.columnsWithPersonalData,
        rows: view.rowsWithPersonalData,
      }),
    )
    if (view.specialCategories.length > 0) {
      say(paint.red(t(lang, 'privacy.special', {tables: view.tablesWithSpecialCategories, categories: joinList(view.specialCategories.map((c) => categoryName(c, lang)), lang)})))
    } else {
      say(t(lang, 'privacy.noSpecial'))
    }
    for (const count of view.byCategory) {
      const text = t(lang, 'privacy.category', {category: categoryName(count.category, lang), columns: count.columns, tables: count.tables, rows: count.rows})
      say(count.special ? paint.red(text) : text, '    ')
    }
    lines.push(`  ${t(lang, 'privacy.tables')}`)
    // tables with special categories first: they are the ones to act on
    const tables = [...view.tables].sort((a, b) => b.specialCategories.length - a.specialCategories.length)
    for (const table of tables.slice(0, MAX_TABLES_LISTED)) {
      const name = table.schema ? `${table.schema}.${table.table}` : table.table
      say(t(lang, 'privacy.tableLine', {table: `${quote(name, lang)} (${table.location})`, categories: categoryNames(table.categories, ctx)}), '    ')
    }
    if (tables.length > MAX_TABLES_LISTED) say(t(lang, 'privacy.moreTables', {count: tables.length - MAX_TABLES_LISTED}), '    ')
  }
  lines.push(`  ${t(lang, 'privacy.nextSteps')}`)
  for (const action of view.actions) {
    const text =
      action.code === 'NONE_FOUND'
        ? t(lang, 'action.NONE_FOUND')
        : t(lang, `action.${action.code}`, {tables: action.tables.length, columns: action.columns})
    say(`→ ${action.code === 'INVOLVE_DPO' ? paint.red(text) : text}`, '    ')
  }
  if (examplesOff) say(paint.dim(t(lang, 'privacy.examplesOff')))
  return lines
}
