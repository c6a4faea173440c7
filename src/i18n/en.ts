/**
 * English wording: the same label keys and finding codes as de.ts (the compiler checks the keys, a test
 * the template parameters). Messages name the column or file, give the numbers and say what to do.
 */
import type {LabelKey} from './i18n.js'
import {enDatabaseFindings} from './en-database.js'
import {enPrivacyFindings, enPrivacyLabels} from './en-privacy.js'
import type {FindingCatalogue, Words} from './wording.js'

export const enLabels: Record<LabelKey, string> = {
  'header': '{tool} {version} · scanned {time} · took {duration}',
  'summary.sources': 'Sources: {total} · read: {ok} · not read: {failed}',
  'summary.findings':
    'Findings: {errors} {errors|error|errors} · {warnings} {warnings|warning|warnings} · {infos} {infos|note|notes}',
  'summary.noSources': 'No sources scanned.',
  'kind.csv': 'CSV file',
  'kind.xlsx': 'Excel workbook',
  'kind.xls': 'Excel workbook (old .xls format)',
  'kind.folder': 'folder',
  'kind.postgres': 'PostgreSQL database',
  'kind.mysql': 'MySQL/MariaDB database',
  'kind.mssql': 'SQL Server database',
  'kind.sqlite': 'SQLite database',
  'source.failed': 'not read',
  'source.file': '{size}, modified {date}',
  'source.error': 'Error {code}: {message}',
  'source.suggestion': '→ {text}',
  'source.noTables': 'no tables found',
  'source.inFolder': 'from folder {folder}',
  'database.facts': '{engine} {version} · database {name} · {tables} {tables|table|tables}, {views} {views|view|views}',
  'database.session': 'read-only session · sample up to {sample} rows per table · {statements} statements',
  'database.sessionWritable': 'session NOT read-only · sample up to {sample} rows per table · {statements} statements',
  'database.unsupported': 'vendor support ended on {date}',
  'database.supportedUntil': 'vendor support until {date}',
  'database.erp': 'Recognised system: {name} (confidence {confidence})',
  'table.history': 'History {column}: {from} – {to}, {months} {months|month|months} with data, {gaps} {gaps|gap|gaps}',
  'table.partial': 'profiled only partly',
  'dialect.encoding': 'encoding {encoding}',
  'dialect.bom': 'with BOM',
  'dialect.delimiter': 'delimiter {delimiter}',
  'dialect.quote': 'quote {quote}',
  'dialect.noQuote': 'no quoting',
  'dialect.lineEnding': 'line ending {lineEnding}',
  'dialect.decimalComma': 'decimal comma',
  'dialect.decimalPoint': 'decimal point',
  'dialect.headerLine': 'header on line {line}',
  'dialect.noHeader': 'no header row',
  'dialect.linesAbove': '{count} {count|line|lines} of notes above it',
  'delimiter.semicolon': 'semicolon',
  'delimiter.comma': 'comma',
  'delimiter.tab': 'tab',
  'delimiter.pipe': 'pipe',
  'lineEnding.crlf': 'CRLF (Windows)',
  'lineEnding.lf': 'LF (Unix)',
  'lineEnding.cr': 'CR (classic Mac)',
  'lineEnding.mixed': 'mixed',
  'datev.title': 'DATEV export {marker}: {name}',
  'datev.category': 'category {category}',
  'datev.version': 'format version {version}',
  'datev.fiscalYear': 'fiscal year from {date}',
  'datev.period': 'period {from} – {to}',
  'workbook.sheets': '{count} {count|sheet|sheets}',
  'workbook.hidden': 'hidden: {names}',
  'workbook.empty': 'without data: {names}',
  'table.title': 'Table {name}',
  'table.sheetTitle': 'Sheet {name}',
  'table.stats': '{rows} {rows|row|rows} · {columns} {columns|column|columns}',
  'table.completeness': '{share} filled',
  'table.sampled': 'sample of {rows} rows',
  'table.headerRow': 'header on row {row}',
  'table.hiddenSheet': 'hidden sheet',
  'table.mergedCells': '{count} merged {count|cell|cells} in the data',
  'table.formulas': 'formulas: {cells} {cells|cell|cells} ({share})',
  'table.duplicateRows': 'Duplicate rows: {rows} ({share}) in {groups} {groups|group|groups}',
  'table.noDuplicateRows': 'Duplicate rows: none',
  'table.candidateKeys': 'Candidate keys: {keys}',
  'table.keyUnique': 'unique',
  'table.keyDuplicates': '{count} duplicated {count|value|values}',
  'table.keyMissing': '{count} empty',
  'table.entities': 'Likely duplicate entries: {groups} {groups|group|groups} ({rows} surplus {rows|row|rows}) in {columns}',
  'table.entityExample': 'e.g. {variants}',
  'column.name': 'Column',
  'column.type': 'Type',
  'column.filled': 'Filled',
  'column.distinct': 'Distinct',
  'column.detail': 'Formats / range',
  'column.length': 'length {range}',
  'column.more': '… {count} more {count|column|columns} not shown',
  'column.emptyLeftOut': '… {count} empty {count|column|columns} not shown',
  'type.integer': 'integer',
  'type.decimal': 'decimal',
  'type.boolean': 'yes/no',
  'type.date': 'date',
  'type.datetime': 'date+time',
  'type.text': 'text',
  'type.empty': 'empty',
  'type.mixed': 'mixed',
  'findings.title': 'Findings',
  'findings.more': '… and {count} more',
  'findings.report': 'Findings across sources',
  'folder.title': 'Folder {location}',
  'folder.stats': '{files} {files|file|files} · {size} · {scanned} read as data sources',
  'folder.kinds': 'file types: {kinds}',
  'folder.kindOther': 'other',
  'folder.ages':
    'Last modified: {under30} in the last 30 days · {under1} in the last year · {under3} in the last 3 years · {over3} more than 3 years ago',
  'folder.range': 'oldest change {oldest}, newest {newest}',
  'folder.duplicateContent': 'Same content stored more than once: {groups} {groups|group|groups}',
  'folder.versionedCopies': 'Hand-made copies with version names: {groups} {groups|group|groups}',
  'folder.similarHeaders': 'Nearly identical headers in several files: {groups} {groups|group|groups}',
  'folder.similarity': '{share} alike',
  'folder.columns': 'columns: {columns}',
  'folder.moreGroups': '… and {count} more {count|group|groups}',
  ...enPrivacyLabels,
}

function col(w: Words): string {
  return `Column ${w.col()}`
}

function kindNames(kinds: string[]): string[] {
  return kinds.map((k) => {
    const key = `type.${k}` as LabelKey
    return key in enLabels ? enLabels[key] : k
  })
}

function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other
}

export const enFindings: FindingCatalogue = {
  EMPTY_TABLE: (w) => {
    const cols = w.num('columns')
    const head = cols === undefined ? '' : ` (only the header with ${w.n(cols)} ${plural(cols, 'column', 'columns')})`
    return `${w.tab() ? `Table ${w.tab()}` : 'The table'} has no data rows${head}. Check that the export is complete and the right sheet was chosen.`
  },
  EMPTY_COLUMN: (w) => {
    const rows = w.num('rows')
    const all = rows === undefined ? 'no row' : `none of the ${w.n(rows)} rows`
    return `${col(w)} is empty: ${all} has a value. Fill it in the source system or drop it from the export.`
  },
  CONSTANT_COLUMN: (w) => {
    const value = w.str('value')
    const count = w.num('count')
    const rows = count === undefined ? 'every row' : `all ${w.n(count)} rows with a value`
    const same = value === undefined ? 'the same value' : `the same value ${w.q(value)}`
    return `${col(w)} has ${same} in ${rows}. It does not tell records apart; check whether it is needed.`
  },
  LOW_COMPLETENESS: (w) => {
    const share = w.num('completeness')
    const missing = w.num('missing')
    const rows = w.num('rows')
    const filled = share === undefined ? 'is less than half filled' : `is only ${w.pct(share)} filled`
    const gap = missing !== undefined && rows !== undefined ? ` (${w.n(missing)} of ${w.n(rows)} values missing)` : ''
    return `${col(w)} ${filled}${gap}. Fill in the missing values in the source system before using the column for analysis.`
  },
  PLACEHOLDERS: (w) => {
    const count = w.num('count')
    const values = w.strs('values')
    const list = values.length > 0 ? `: ${w.counted(values.map((v) => w.q(v)), w.nums('counts'))}` : ''
    const many = count === undefined ? 'placeholders' : `${w.n(count)} ${plural(count, 'placeholder', 'placeholders')}`
    return `${col(w)} holds ${many} instead of real values${list}. They count as missing; leave the cell empty or enter the real value.`
  },
  MIXED_TYPES: (w) => {
    const kinds = w.strs('kinds')
    const list = kinds.length > 0 ? `: ${w.counted(kindNames(kinds), w.nums('counts'))}` : ''
    return `${col(w)} mixes value types${list}. Check the deviating values and make them consistent so the column can be analysed as one type.`
  },
  MIXED_DATE_FORMATS: (w) => {
    const formats = w.strs('formats')
    const list = formats.length > 0 ? `: ${w.counted(formats, w.nums('counts'))}` : ''
    return `${col(w)} mixes date formats${list}. A single format makes analysis easier.`
  },
  MIXED_NUMBER_FORMATS: (w) => {
    const formats = w.strs('formats')
    const list = formats.length > 0 ? `: ${w.counted(formats, w.nums('counts'))}` : ''
    return `${col(w)} mixes German and English number notation${list}. An importer then reads “1.234” as 1234 in one place and 1.234 in another; settle on one notation.`
  },
  NUMBERS_AS_TEXT: (w) => {
    const count = w.num('count')
    const many = count === undefined ? 'numbers are' : `${w.n(count)} ${plural(count, 'number is', 'numbers are')}`
    const rows = w.num('rows')
    if (w.data('database') === true) {
      const of = count !== undefined && rows !== undefined ? ` (of ${w.n(rows)} sampled rows)` : ''
      return `${col(w)}: ${many} stored as text${of}. Every analysis has to convert them first; change the column's type in the database to a numeric type (DECIMAL, INTEGER).`
    }
    return `${col(w)}: ${many} stored as text. Excel does not calculate with them; convert them to real numbers (Data › Text to Columns).`
  },
  REPEATED_HEADER: (w) => {
    const count = w.num('count')
    const lines = w.nums('lines')
    const times = count === undefined ? 'several times' : count === 1 ? 'once' : `${w.n(count)} times`
    const at = lines.length > 0 ? ` (e.g. line ${w.n(lines[0])})` : ''
    return `The header row repeats ${times} inside the data${at}. Remove these rows; usually several exports were pasted together.`
  },
  NOTES_ABOVE_HEADER: (w) => {
    const lines = w.count('count', 'linesAboveHeader', 'lines')
    const header = w.num('headerLine')
    const notes = lines === undefined ? 'Lines' : `${w.n(lines)} ${plural(lines, 'line', 'lines')}`
    const at = header === undefined ? '' : ` (header on line ${w.n(header)})`
    return `${notes} of notes or titles stand above the header row${at}. They were skipped; for automated imports, export without them.`
  },
  NOTES_BELOW_DATA: (w) => {
    const count = w.num('count')
    return `Below the data ${count === 1 ? 'is' : 'are'} ${w.many(count, 'line', 'lines')} of footnotes or source notes. They were not counted as data; for automated imports, keep notes on a separate sheet or in a separate file.`
  },
  NO_HEADER: () => 'No header row found; the columns are named by position only. Add a header row with meaningful column names.',
  DUPLICATE_COLUMN_NAMES: (w) => {
    const names = w.strs('names')
    const list = names.length > 0 ? `: ${w.names(names)}` : ''
    return `Column names occur more than once${list}. Give every column a unique name, or it is unclear which one is meant.`
  },
  RAGGED_ROWS: (w) => {
    const short = w.num('shortRows')
    const long = w.num('longRows')
    const total = short === undefined && long === undefined ? undefined : (short ?? 0) + (long ?? 0)
    const columns = w.num('columns')
    const lines = w.nums('lines')
    const parts: string[] = []
    if (short !== undefined && short > 0) parts.push(`${w.n(short)} with fewer`)
    if (long !== undefined && long > 0) parts.push(`${w.n(long)} with more`)
    const detail = parts.length > 0 ? ` (${parts.join(', ')} fields${columns === undefined ? '' : ` than the ${w.n(columns)} columns`})` : ''
    const at = lines.length > 0 ? `, e.g. line ${w.n(lines[0])}` : ''
    return `${w.many(total, 'row has', 'rows have')} a different number of fields${detail}${at}. Usually values containing the delimiter lack quotes; check the export.`
  },
  DUPLICATE_ROWS: (w) => {
    const rows = w.num('rows')
    const share = w.num('share')
    const ofAll = share === undefined ? '' : ` (${w.pct(share)} of all rows)`
    return `${w.many(rows, 'row is an exact copy of an earlier row', 'rows are exact copies of earlier rows')}${ofAll}. Remove duplicate rows, or analyses count them more than once.`
  },
  DUPLICATE_KEY_VALUES: (w) => {
    const cols = w.strs('columns')
    const dupValues = w.num('duplicatedValues')
    const surplus = w.num('surplusRows')
    const missing = w.num('missing') ?? 0
    const examples = w.strs('examples')
    const key = cols.length === 0 ? 'A key' : cols.length > 1 ? `Key ${w.names(cols)}` : `Key column ${w.names(cols)}`
    const extra = surplus === undefined ? '' : `, ${w.n(surplus)} surplus rows`
    const gaps = missing > 0 ? `; ${w.n(missing)} values missing` : ''
    const ex = examples.length > 0 ? ` (e.g. ${w.names(examples)})` : ''
    return `${key} is not unique: ${w.many(dupValues, 'value occurs', 'values occur')} more than once${ex}${extra}${gaps}. Clean up the duplicate numbers in the source system, or tables cannot be joined reliably.`
  },
  LIKELY_DUPLICATE_ENTITIES: (w) => {
    const groups = w.num('groups')
    const surplus = w.num('surplusRows')
    const example = w.strs('example')
    const cols = w.strs('columns')
    const where = cols.length > 0 ? ` in ${w.names(cols)}` : ''
    const rows = surplus === undefined ? '' : ` (${w.n(surplus)} surplus rows)`
    const ex = example.length > 1 ? `, e.g. ${example.map((v) => w.q(v)).join(' / ')}` : ''
    return `Likely duplicate entries${where}: ${w.many(groups, 'group', 'groups')} of entries written differently but meaning the same${rows}${ex}. Merge the duplicates and agree on one spelling.`
  },
  DATEV_EXPORT: (w) => {
    const parts = [w.str('marker'), w.str('formatName')].filter((p) => p !== undefined)
    const category = w.num('category')
    const version = w.num('formatVersion')
    const fy = w.str('fiscalYearStart')
    const facts = [
      category === undefined ? undefined : `category ${category}`,
      version === undefined ? undefined : `format version ${version}`,
      fy === undefined ? undefined : `fiscal year from ${w.date(fy)}`,
    ].filter((p) => p !== undefined)
    const what = parts.length > 0 ? ` ${parts.join(' ')}` : ''
    const detail = facts.length > 0 ? ` (${facts.join(', ')})` : ''
    return `DATEV export${what} recognised${detail}. The column names are on line 2; the first line describes the export.`
  },
  HIDDEN_SHEET: (w) => {
    const sheet = w.str('sheet') ?? w.table
    return `The sheet ${sheet === undefined ? '' : `${w.q(sheet)} `}is hidden. Hidden data is easily overlooked; check whether it is still needed.`
  },
  MERGED_CELLS_IN_DATA: (w) => {
    const count = w.num('count')
    const examples = w.strs('examples')
    const many = count === undefined ? 'Merged cells' : `${w.n(count)} merged ${plural(count, 'cell', 'cells')}`
    const at = examples.length > 0 ? ` (e.g. ${examples.slice(0, 2).join(', ')})` : ''
    return `${many} in the data area${at}: only the first cell of a merge holds the value, the others read as empty. Unmerge and write the value into every row.`
  },
  FORMULAS: (w) => {
    const cells = w.num('cells')
    const share = w.num('share')
    const many = cells === undefined ? 'Cells' : `${w.n(cells)} ${plural(cells, 'cell', 'cells')}`
    const ofAll = share === undefined ? '' : ` (${w.pct(share)} of the cells)`
    return `${many}${ofAll} hold formulas; their last saved results were read. For analysis, export the values rather than the calculation.`
  },
  UNSUPPORTED_FORMAT: (w) => {
    const file = w.str('file') ?? w.source
    const kind = w.str('kind')
    const name = file === undefined ? 'The file' : w.q(file)
    const fmt = kind === undefined ? 'a format that is' : `the .${kind.replace(/^\./, '')} format, which is`
    return `${name} is in ${fmt} not read. Open it in Excel, save it as .xlsx (or CSV) and scan again.`
  },
  DUPLICATE_FILES: (w) => {
    const surplus = w.num('surplusFiles')
    const groups = w.num('groups')
    const bytes = w.num('surplusBytes')
    const example = w.strs('examples')[0]
    const facts = [
      groups === undefined ? undefined : `${w.n(groups)} ${plural(groups, 'group', 'groups')}`,
      bytes === undefined ? undefined : `${w.bytes(bytes)} taken twice`,
    ].filter((p) => p !== undefined)
    const detail = facts.length > 0 ? ` (${facts.join(', ')})` : ''
    const ex = example === undefined ? '' : `, e.g. ${example}`
    return `${w.many(surplus, 'file is an identical copy', 'files are identical copies')} of other files${detail}${ex}. Decide which version is authoritative and remove the copies.`
  },
  VERSIONED_COPIES: (w) => {
    const files = w.num('files')
    const bases = w.strs('bases')
    const example = w.strs('examples')[0]
    const of = bases.length > 0 ? ` of ${w.names(bases)}` : ''
    const ex = example === undefined ? '' : ` (e.g. ${example})`
    return `${w.many(files, 'file looks', 'files look')} like hand-made copies${of}${ex}. Keep versions in a system rather than in names like “_final_v2” so it is clear which one counts.`
  },
  SIMILAR_HEADERS: (w) => {
    const tables = w.num('tables')
    const groups = w.num('groups')
    const example = w.strs('examples')[0]
    const inGroups = groups === undefined || groups <= 1 ? '' : ` (${w.n(groups)} groups)`
    const ex = example === undefined ? '' : `, e.g. ${example}`
    return `${w.many(tables, 'table', 'tables')} in different files have (nearly) the same columns${inGroups}${ex}. The same data is kept in several places; merge them into one source.`
  },
  STALE_FILES: (w) => {
    const stale = w.num('staleFiles')
    const total = w.num('dataFiles')
    const share = w.num('share')
    const over3 = w.num('over3Years')
    const of = total === undefined ? '' : ` of ${w.n(total)}`
    const pct = share === undefined ? '' : ` (${w.pct(share)})`
    const old = over3 === undefined || over3 === 0 ? '' : `, ${w.n(over3)} of them for over 3 years`
    const files = stale === undefined ? 'data files' : `${w.n(stale)}${of} data files`
    return `${files}${pct} have not changed for over a year${old}. Archive stale folders so they are not mistaken for current data.`
  },
  MORE_COLUMN_FINDINGS: (w) => {
    const count = w.num('count')
    const code = w.str('code')
    const columns = w.strs('columns')
    const which = columns.length > 0 ? `, e.g. ${w.names(columns)}` : ''
    return `${w.many(count, 'more column has', 'more columns have')} the same finding${code === undefined ? '' : ` (${code})`}${which}. They are summarised here to keep the report readable.`
  },
  INVALID_ENCODING_BYTES: (w) => {
    const count = w.num('count')
    const first = w.num('firstByte')
    const at = first === undefined || first < 0 ? '' : ` (the first at byte ${w.n(first)})`
    return `${w.many(count, 'byte sequence is', 'byte sequences are')} not valid in the file's encoding${at} and were read as "�". Part of the file was probably written in another encoding (e.g. Windows-1252); export the file again, all in UTF-8.`
  },
  SOURCE_FAILED: (w) => {
    const message = w.str('message')
    const code = w.str('code') ?? w.str('errno') ?? w.str('reason')
    const source = w.str('file') ?? w.str('source') ?? w.source
    const name = source === undefined ? 'A source' : w.q(source)
    const why = message === undefined ? '.' : `: ${message}`
    return `${name} could not be read${code === undefined ? '' : ` (${code})`}${why}`
  },
  ...enDatabaseFindings,
  ...enPrivacyFindings,
}
