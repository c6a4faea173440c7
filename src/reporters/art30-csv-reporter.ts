/**
 * A draft of the record of processing activities (Art. 30 DSGVO) as CSV: one row per table holding
 * personal data, with the system, the table, its row count, the categories, the special categories, the
 * columns and what they need before AI use. A draft for the data-protection officer to complete (purpose,
 * legal basis, recipients and deletion periods are not in the data), formatted for Excel: UTF-8 with a
 * byte-order mark, ';' between fields in German, ',' in English, CRLF line ends.
 */
import {join} from 'node:path'
import {t} from '../i18n/i18n.js'
import type {Lang, PersonalDataView, PiiHandling} from '../report/scan-report.js'
import {writeFileAtomically} from '../util/atomic-write.js'
import {categoryName} from './terminal-privacy.js'

export const ART30_FILE_NAME = 'datenreife-art30.csv'

const DELIMITER: Readonly<Record<Lang, string>> = {de: ';', en: ','}

function field(value: string | number, delimiter: string): string {
  const text = String(value)
  return text.includes(delimiter) || /["\r\n]/u.test(text) || /^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Excel would run a cell starting with = + - @ as a formula: such table or column names get a leading apostrophe */
function safeCell(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text
}

export function renderArt30Csv(view: PersonalDataView, lang: Lang): string {
  const delimiter = DELIMITER[lang]
  const row = (cells: ReadonlyArray<string | number>) => cells.map((c) => field(typeof c === 'string' ? safeCell(c) : c, delimiter)).join(delimiter)
  const categories = (codes: readonly string[]) => codes.map((c) => categoryName(c, lang)).join(', ')
  const lines = [
    row([
      t(lang, 'art30.system'),
      t(lang, 'art30.location'),
      t(lang, 'art30.table'),
      t(lang, 'art30.rows'),
      t(lang, 'art30.categories'),
      t(lang, 'art30.special'),
      t(lang, 'art30.columns'),
      t(lang, 'art30.handling'),
    ]),
  ]
  for (const table of view.tables) {
    const handlings = new Map<PiiHandling, string[]>()
    for (const column of table.columns) handlings.set(column.handling, [...(handlings.get(column.handling) ?? []), column.name])
    const handling = (['remove', 'pseudonymise', 'generalise', 'review'] as const)
      .filter((h) => handlings.has(h))
      .map((h) => `${t(lang, `handling.${h}`)}: ${(handlings.get(h) ?? []).join(', ')}`)
      .join('; ')
    lines.push(
      row([
        table.system,
        table.location,
        table.schema ? `${table.schema}.${table.table}` : table.table,
        table.rowCount,
        categories(table.categories.filter((c) => !table.specialCategories.includes(c))),
        categories(table.specialCategories),
        table.columns.map((c) => c.name).join(', '),
        handling,
      ]),
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export async function writeArt30Csv(view: PersonalDataView, lang: Lang, outDir: string): Promise<string> {
  return writeFileAtomically(join(outDir, ART30_FILE_NAME), renderArt30Csv(view, lang), 'Art. 30 inventory')
}
