/** English wording of the database findings (see de-database.ts). */
import type {DatabaseFindingCode} from './de-database.js'
import type {FindingWording} from './wording.js'

const STEP_EN: Record<string, string> = {
  pushdown: 'metrics',
  sample: 'sample',
  duplicates: 'duplicates',
  keys: 'keys',
  'foreign-keys': 'foreign keys',
  history: 'history',
}

export const enDatabaseFindings: Record<DatabaseFindingCode, FindingWording> = {
  NO_PRIMARY_KEY: (w) => {
    const rows = w.num('rows')
    return `${w.tab() ? `Table ${w.tab()}` : 'The table'} has no primary key${rows === undefined ? '' : ` (${w.many(rows, 'row', 'rows')})`}. Without a key, rows cannot be addressed uniquely, duplicates are not prevented and changes cannot be loaded incrementally; add a primary key.`
  },
  ORPHAN_ROWS: (w) => {
    const rows = w.num('orphanRows')
    const columns = w.strs('columns')
    const target = w.str('references')
    const link = columns.length > 0 && target !== undefined ? ` ${w.names(columns)} → ${target}` : ''
    const declared = w.data('declared') === true
    const kind = declared ? 'Foreign key' : 'Undeclared reference inferred from names'
    const examples = w.strs('examples')
    const eg = examples.length > 0 ? ` (e.g. ${w.names(examples)})` : ''
    return `${kind}${link}: ${w.many(rows, 'row points', 'rows point')} to nothing${eg}. Clean up the orphans${declared ? '' : ' and declare the foreign key in the database'}.`
  },
  UNDECLARED_FOREIGN_KEYS: (w) => {
    const count = w.num('count')
    return `${w.many(count, 'relationship between tables is', 'relationships between tables are')} visible only from column names, not declared as foreign keys (${w.names(w.strs('examples'))}). Declared foreign keys keep the data linkable.`
  },
  HISTORY_GAPS: (w) => {
    const gaps = w.num('gapMonths')
    const spanned = w.num('monthsSpanned')
    const from = w.str('earliest')
    const to = w.str('latest')
    const range = from && to ? ` between ${w.date(from)} and ${w.date(to)}` : ''
    const list = w.strs('gaps')
    const where = w.column !== undefined ? `${w.col()}${w.tab() ? ` in ${w.tab()}` : ''}: ` : ''
    const of = spanned === undefined ? '' : ` of ${w.n(spanned)}`
    const text = `${where}${w.many(gaps, 'month', 'months')}${of}${range} without records`
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${list.length > 0 ? ` (${w.names(list)})` : ''}. Gaps in the history weaken time series and forecasts; check whether data is missing or was archived.`
  },
  MYISAM_TABLES: (w) => {
    const count = w.num('count')
    return `${w.many(count, 'table uses', 'tables use')} the MyISAM storage engine (${w.names(w.strs('tables'))}): no transactions, no foreign keys, data loss possible on crashes. Convert to InnoDB.`
  },
  UNSUPPORTED_VERSION: (w) => {
    const end = w.str('endOfSupport')
    return `${w.str('product') ?? 'The database system'} (version ${w.str('version') ?? '?'}) is out of vendor support${end ? ` (support ended ${w.date(end)})` : ''}: no security updates. Plan an upgrade.`
  },
  EXPRESS_SIZE_CAP: (w) => {
    const size = w.num('sizeBytes')
    const cap = w.num('capBytes')
    const share = w.num('share')
    return `SQL Server Express limits a database to ${cap === undefined ? '10 GB' : w.bytes(cap)}; this one is ${size === undefined ? '?' : w.bytes(size)}${share === undefined ? '' : ` (${w.pct(share)} of the cap)`}. Growth and analytics will hit that limit; plan a larger edition or archiving.`
  },
  TABLE_PARTIAL: (w) => {
    const reason = w.str('reason')
    const why = reason === 'error' ? 'after an error' : reason === 'source-budget' ? "because the source's time budget was used up" : "because the table's time budget was used up"
    const skipped = w.strs('skipped').map((s) => STEP_EN[s] ?? s)
    return `${w.tab() ? `Table ${w.tab()}` : 'The table'} was profiled only partly, ${why}; left out: ${skipped.length > 0 ? w.names(skipped) : '—'}. ${reason === 'error' ? 'With --debug the scan shows the failed statement; "datenreife sources check" shows missing read rights.' : 'Raise the budget in --config or scan at a quieter time.'}`
  },
  TABLE_FAILED: (w) => {
    const code = w.str('code')
    const message = w.str('message')
    return `${w.tab() ? `Table ${w.tab()}` : 'A table'} could not be read${code === undefined ? '' : ` (${code})`}${message === undefined ? '' : `: ${message.replace(/\.$/, '')}`}. The other tables were scanned.`
  },
  SESSION_NOT_READ_ONLY: (w) =>
    `The session on ${w.str('engine') ?? 'the database'} could not be confirmed as read-only. datenreife only runs SELECT statements; for extra safety use an account with read rights only (datenreife sources check prints the GRANT statements).`,
  ERP_RECOGNIZED: (w) => {
    const confidence = w.num('confidence')
    const sample = w.data('sample') === true
    const evidence = w.strs('evidence')
    return `${sample ? 'Sample database' : 'ERP system'} recognised: ${w.str('name') ?? 'unknown'}${confidence === undefined ? '' : ` (confidence ${w.pct(confidence)})`}${evidence.length > 0 ? `, from ${w.names(evidence)}` : ''}. Core entities (customers, items, orders, invoices) are mapped to the system's tables.`
  },
}
