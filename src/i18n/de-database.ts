/**
 * German wording of the database findings (src/engine/database/). Kept apart from de.ts so
 * that each catalogue file stays readable; de.ts spreads these in.
 */
import type {DATABASE_FINDING_CODES} from '../findings/finding-codes.js'
import type {FindingWording} from './wording.js'

export type DatabaseFindingCode = (typeof DATABASE_FINDING_CODES)[number]

const STEP_DE: Record<string, string> = {
  pushdown: 'Kennzahlen',
  sample: 'Stichprobe',
  duplicates: 'Dubletten',
  keys: 'Schlüssel',
  'foreign-keys': 'Fremdschlüssel',
  history: 'Historie',
}

export const deDatabaseFindings: Record<DatabaseFindingCode, FindingWording> = {
  NO_PRIMARY_KEY: (w) => {
    const rows = w.num('rows')
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Die Tabelle'} hat keinen Primärschlüssel${rows === undefined ? '' : ` (${w.many(rows, 'Zeile', 'Zeilen')})`}. Ohne Schlüssel lassen sich Zeilen nicht eindeutig ansprechen, Dubletten nicht verhindern und Änderungen nicht nachladen; einen Primärschlüssel anlegen.`
  },
  ORPHAN_ROWS: (w) => {
    const rows = w.num('orphanRows')
    const columns = w.strs('columns')
    const target = w.str('references')
    const link = columns.length > 0 && target !== undefined ? ` ${w.names(columns)} → ${target}` : ''
    const declared = w.data('declared') === true
    const kind = declared ? 'Fremdschlüssel' : 'Nicht deklarierter, aus den Namen erschlossener Bezug'
    const examples = w.strs('examples')
    const eg = examples.length > 0 ? ` (z. B. ${w.names(examples)})` : ''
    return `${kind}${link}: ${w.many(rows, 'Zeile verweist', 'Zeilen verweisen')} ins Leere${eg}. Verwaiste Verweise bereinigen${declared ? '' : ' und den Fremdschlüssel in der Datenbank deklarieren'}.`
  },
  UNDECLARED_FOREIGN_KEYS: (w) => {
    const count = w.num('count')
    return `${w.many(count, 'Beziehung zwischen Tabellen ist', 'Beziehungen zwischen Tabellen sind')} nur an den Spaltennamen erkennbar, nicht als Fremdschlüssel deklariert (${w.names(w.strs('examples'))}). Deklarierte Fremdschlüssel sichern die Verknüpfbarkeit der Daten.`
  },
  HISTORY_GAPS: (w) => {
    const gaps = w.num('gapMonths')
    const spanned = w.num('monthsSpanned')
    const from = w.str('earliest')
    const to = w.str('latest')
    const range = from && to ? ` zwischen ${w.date(from)} und ${w.date(to)}` : ''
    const list = w.strs('gaps')
    const where = w.column !== undefined ? `${w.col()}${w.tab() ? ` in ${w.tab()}` : ''}: ` : ''
    const of = spanned === undefined ? '' : ` von ${w.n(spanned)}`
    return `${where}${w.many(gaps, 'Monat', 'Monate')}${of}${range} ohne Datensätze${list.length > 0 ? ` (${w.names(list)})` : ''}. Lücken in der Historie schwächen Zeitreihen und Prognosen; prüfen, ob Daten fehlen oder archiviert wurden.`
  },
  MYISAM_TABLES: (w) => {
    const count = w.num('count')
    return `${w.many(count, 'Tabelle nutzt', 'Tabellen nutzen')} die Speicher-Engine MyISAM (${w.names(w.strs('tables'))}): keine Transaktionen, keine Fremdschlüssel, Datenverlust bei Abstürzen möglich. Auf InnoDB umstellen.`
  },
  UNSUPPORTED_VERSION: (w) => {
    const end = w.str('endOfSupport')
    return `${w.str('product') ?? 'Das Datenbanksystem'} (Version ${w.str('version') ?? '?'}) wird vom Hersteller nicht mehr unterstützt${end ? ` (Support-Ende ${w.date(end)})` : ''}: keine Sicherheitsupdates. Ein Update einplanen.`
  },
  EXPRESS_SIZE_CAP: (w) => {
    const size = w.num('sizeBytes')
    const cap = w.num('capBytes')
    const share = w.num('share')
    return `SQL Server Express begrenzt eine Datenbank auf ${cap === undefined ? '10 GB' : w.bytes(cap)}; diese ist ${size === undefined ? '?' : w.bytes(size)} groß${share === undefined ? '' : ` (${w.pct(share)} der Grenze)`}. Wachstum und Auswertungen stoßen an diese Grenze; eine größere Edition oder Archivierung planen.`
  },
  TABLE_PARTIAL: (w) => {
    const reason = w.str('reason')
    const why = reason === 'error' ? 'nach einem Fehler' : reason === 'source-budget' ? 'weil das Zeitbudget der Quelle aufgebraucht war' : 'weil das Zeitbudget der Tabelle aufgebraucht war'
    const skipped = w.strs('skipped').map((s) => STEP_DE[s] ?? s)
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Die Tabelle'} wurde nur teilweise untersucht, ${why}; ausgelassen: ${skipped.length > 0 ? w.names(skipped) : '—'}. ${reason === 'error' ? 'Mit --debug zeigt der Scan die gescheiterte Abfrage; fehlende Leserechte zeigt „datenreife sources check“.' : 'Budget in --config erhöhen oder zu einer ruhigeren Zeit scannen.'}`
  },
  TABLE_FAILED: (w) => {
    const code = w.str('code')
    const message = w.str('message')
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Eine Tabelle'} konnte nicht gelesen werden${code === undefined ? '' : ` (${code})`}${message === undefined ? '' : `: ${message.replace(/\.$/, '')}`}. Die übrigen Tabellen wurden gescannt.`
  },
  SESSION_NOT_READ_ONLY: (w) =>
    `Die Sitzung bei ${w.str('engine') ?? 'der Datenbank'} ließ sich nicht als schreibgeschützt bestätigen. datenreife führt nur SELECT-Abfragen aus; für zusätzliche Sicherheit ein Konto mit reinen Leserechten verwenden (datenreife sources check zeigt die GRANT-Befehle).`,
  ERP_RECOGNIZED: (w) => {
    const confidence = w.num('confidence')
    const sample = w.data('sample') === true
    const evidence = w.strs('evidence')
    return `${sample ? 'Beispieldatenbank' : 'ERP-System'} erkannt: ${w.str('name') ?? 'unbekannt'}${confidence === undefined ? '' : ` (Sicherheit ${w.pct(confidence)})`}${evidence.length > 0 ? `, anhand von ${w.names(evidence)}` : ''}. Die Kernobjekte (Kunden, Artikel, Aufträge, Rechnungen) werden den Tabellen des Systems zugeordnet.`
  },
}
