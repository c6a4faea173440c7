/**
 * German wording (the default report language): terminal labels and finding messages. Messages name
 * the column or file, give the measured numbers and say what to do. Typography: „…“, "z. B.".
 * Label templates: {name} inserts a parameter (numbers are formatted), {n|Zeile|Zeilen} picks the
 * singular when parameter n is 1.
 */
import {deDatabaseFindings} from './de-database.js'
import {dePrivacyFindings, dePrivacyLabels} from './de-privacy.js'
import type {FindingCatalogue, Words} from './wording.js'

export const deLabels = {
  'header': '{tool} {version} · Scan vom {time} · Dauer {duration}',
  'summary.sources': 'Quellen: {total} · gelesen: {ok} · nicht gelesen: {failed}',
  'summary.findings': 'Hinweise: {errors} Fehler · {warnings} {warnings|Warnung|Warnungen} · {infos} {infos|Info|Infos}',
  'summary.noSources': 'Keine Quellen gescannt.',
  'kind.csv': 'CSV-Datei',
  'kind.xlsx': 'Excel-Arbeitsmappe',
  'kind.xls': 'Excel-Arbeitsmappe (altes .xls-Format)',
  'kind.folder': 'Ordner',
  'kind.postgres': 'PostgreSQL-Datenbank',
  'kind.mysql': 'MySQL/MariaDB-Datenbank',
  'kind.mssql': 'SQL-Server-Datenbank',
  'kind.sqlite': 'SQLite-Datenbank',
  'source.failed': 'nicht gelesen',
  'source.file': '{size}, geändert am {date}',
  'source.error': 'Fehler {code}: {message}',
  'source.suggestion': '→ {text}',
  'source.noTables': 'keine Tabellen gefunden',
  'source.inFolder': 'aus Ordner {folder}',
  'database.facts': '{engine} {version} · Datenbank {name} · {tables} {tables|Tabelle|Tabellen}, {views} {views|Sicht|Sichten}',
  'database.session': 'Sitzung schreibgeschützt · Stichprobe bis {sample} Zeilen je Tabelle · {statements} Abfragen',
  'database.sessionWritable': 'Sitzung NICHT schreibgeschützt · Stichprobe bis {sample} Zeilen je Tabelle · {statements} Abfragen',
  'database.unsupported': 'Herstellersupport beendet am {date}',
  'database.supportedUntil': 'Herstellersupport bis {date}',
  'database.erp': 'Erkanntes System: {name} (Sicherheit {confidence})',
  'table.history': 'Historie {column}: {from} – {to}, {months} {months|Monat|Monate} mit Daten, {gaps} {gaps|Lücke|Lücken}',
  'table.partial': 'nur teilweise untersucht',
  'dialect.encoding': 'Kodierung {encoding}',
  'dialect.bom': 'mit BOM',
  'dialect.delimiter': 'Trennzeichen {delimiter}',
  'dialect.quote': 'Textbegrenzer {quote}',
  'dialect.noQuote': 'ohne Textbegrenzer',
  'dialect.lineEnding': 'Zeilenende {lineEnding}',
  'dialect.decimalComma': 'Dezimalkomma',
  'dialect.decimalPoint': 'Dezimalpunkt',
  'dialect.headerLine': 'Kopfzeile in Zeile {line}',
  'dialect.noHeader': 'keine Kopfzeile',
  'dialect.linesAbove': '{count} {count|Zeile|Zeilen} Notizen darüber',
  'delimiter.semicolon': 'Semikolon',
  'delimiter.comma': 'Komma',
  'delimiter.tab': 'Tabulator',
  'delimiter.pipe': 'senkrechter Strich',
  'lineEnding.crlf': 'CRLF (Windows)',
  'lineEnding.lf': 'LF (Unix)',
  'lineEnding.cr': 'CR (altes Mac-Format)',
  'lineEnding.mixed': 'gemischt',
  'datev.title': 'DATEV-Export {marker}: {name}',
  'datev.category': 'Kategorie {category}',
  'datev.version': 'Formatversion {version}',
  'datev.fiscalYear': 'Wirtschaftsjahr ab {date}',
  'datev.period': 'Zeitraum {from} – {to}',
  'workbook.sheets': '{count} {count|Blatt|Blätter}',
  'workbook.hidden': 'ausgeblendet: {names}',
  'workbook.empty': 'ohne Daten: {names}',
  'table.title': 'Tabelle {name}',
  'table.sheetTitle': 'Blatt {name}',
  'table.stats': '{rows} {rows|Zeile|Zeilen} · {columns} {columns|Spalte|Spalten}',
  'table.completeness': 'gefüllt {share}',
  'table.sampled': 'Stichprobe von {rows} Zeilen',
  'table.headerRow': 'Kopfzeile in Zeile {row}',
  'table.hiddenSheet': 'ausgeblendetes Blatt',
  'table.mergedCells': '{count} verbundene {count|Zelle|Zellen} im Datenbereich',
  'table.formulas': 'Formeln: {cells} {cells|Zelle|Zellen} ({share})',
  'table.duplicateRows': 'Doppelte Zeilen: {rows} ({share}) in {groups} {groups|Gruppe|Gruppen}',
  'table.noDuplicateRows': 'Doppelte Zeilen: keine',
  'table.candidateKeys': 'Schlüsselkandidaten: {keys}',
  'table.keyUnique': 'eindeutig',
  'table.keyDuplicates': '{count} doppelte {count|Wert|Werte}',
  'table.keyMissing': '{count} leer',
  'table.entities':
    'Vermutlich doppelte Einträge: {groups} {groups|Gruppe|Gruppen} ({rows} überzählige {rows|Zeile|Zeilen}) in {columns}',
  'table.entityExample': 'z. B. {variants}',
  'column.name': 'Spalte',
  'column.type': 'Typ',
  'column.filled': 'Gefüllt',
  'column.distinct': 'Verschieden',
  'column.detail': 'Formate / Bereich',
  'column.length': 'Länge {range}',
  'column.more': '… {count} weitere {count|Spalte|Spalten} nicht gezeigt',
  'column.emptyLeftOut': '… {count} leere {count|Spalte|Spalten} nicht gezeigt',
  'type.integer': 'Ganzzahl',
  'type.decimal': 'Dezimalzahl',
  'type.boolean': 'Ja/Nein',
  'type.date': 'Datum',
  'type.datetime': 'Datum+Zeit',
  'type.text': 'Text',
  'type.empty': 'leer',
  'type.mixed': 'gemischt',
  'findings.title': 'Hinweise',
  'findings.more': '… und {count} {count|weiterer|weitere}',
  'findings.report': 'Übergreifende Hinweise',
  'folder.title': 'Ordner {location}',
  'folder.stats': '{files} {files|Datei|Dateien} · {size} · {scanned} als Datenquelle gelesen',
  'folder.kinds': 'Dateiarten: {kinds}',
  'folder.kindOther': 'andere',
  'folder.ages':
    'Zuletzt geändert: {under30} in den letzten 30 Tagen · {under1} im letzten Jahr · {under3} in den letzten 3 Jahren · {over3} vor mehr als 3 Jahren',
  'folder.range': 'älteste Änderung {oldest}, neueste {newest}',
  'folder.duplicateContent': 'Gleicher Inhalt mehrfach gespeichert: {groups} {groups|Gruppe|Gruppen}',
  'folder.versionedCopies': 'Handkopien mit Versionsnamen: {groups} {groups|Gruppe|Gruppen}',
  'folder.similarHeaders': 'Fast gleiche Spaltenköpfe in mehreren Dateien: {groups} {groups|Gruppe|Gruppen}',
  'folder.similarity': '{share} gleich',
  'folder.columns': 'Spalten: {columns}',
  'folder.moreGroups': '… und {count} weitere {count|Gruppe|Gruppen}',
  ...dePrivacyLabels,
} as const satisfies Record<string, string>

/** the subject of column findings: Spalte „Lieferdatum“ */
function spalte(w: Words): string {
  return `Spalte ${w.col()}`
}

function kindNames(kinds: string[]): string[] {
  return kinds.map((k) => {
    const key = `type.${k}` as keyof typeof deLabels
    return key in deLabels ? deLabels[key] : k
  })
}

export const deFindings: FindingCatalogue = {
  EMPTY_TABLE: (w) => {
    const cols = w.num('columns')
    const head = cols === undefined ? '' : ` (nur die Kopfzeile mit ${w.n(cols)} ${cols === 1 ? 'Spalte' : 'Spalten'})`
    return `${w.tab() ? `Tabelle ${w.tab()}` : 'Die Tabelle'} enthält keine Datenzeilen${head}. Prüfen, ob der Export vollständig ist und das richtige Blatt gewählt wurde.`
  },
  EMPTY_COLUMN: (w) => {
    const rows = w.num('rows')
    const all = rows === undefined ? 'keine Zeile' : `keine der ${w.n(rows)} Zeilen`
    return `${spalte(w)} ist leer: ${all} hat einen Wert. Im Quellsystem befüllen oder die Spalte aus dem Export nehmen.`
  },
  CONSTANT_COLUMN: (w) => {
    const value = w.str('value')
    const count = w.num('count')
    const rows = count === undefined ? 'allen Zeilen' : `allen ${w.n(count)} Zeilen mit Wert`
    const same = value === undefined ? 'denselben Wert' : `denselben Wert ${w.q(value)}`
    return `${spalte(w)} hat in ${rows} ${same}. Sie unterscheidet keine Datensätze; prüfen, ob sie gebraucht wird.`
  },
  LOW_COMPLETENESS: (w) => {
    const share = w.num('completeness')
    const missing = w.num('missing')
    const rows = w.num('rows')
    const filled = share === undefined ? 'ist zu weniger als der Hälfte gefüllt' : `ist nur zu ${w.pct(share)} gefüllt`
    const gap = missing !== undefined && rows !== undefined ? ` (${w.n(missing)} von ${w.n(rows)} Werten fehlen)` : ''
    return `${spalte(w)} ${filled}${gap}. Fehlende Werte im Quellsystem nachpflegen, bevor die Spalte für Auswertungen genutzt wird.`
  },
  PLACEHOLDERS: (w) => {
    const count = w.num('count')
    const values = w.strs('values')
    const list = values.length > 0 ? `: ${w.counted(values.map((v) => w.q(v)), w.nums('counts'))}` : ''
    const many = count === undefined ? 'Platzhalter' : `${w.n(count)} Platzhalter`
    return `${spalte(w)} enthält ${many} statt echter Werte${list}. Sie zählen als fehlend; besser leer lassen oder den richtigen Wert eintragen.`
  },
  MIXED_TYPES: (w) => {
    const kinds = w.strs('kinds')
    const list = kinds.length > 0 ? `: ${w.counted(kindNames(kinds), w.nums('counts'))}` : ''
    return `${spalte(w)} mischt Werttypen${list}. Abweichende Werte prüfen und vereinheitlichen, damit die Spalte als ein Typ ausgewertet werden kann.`
  },
  MIXED_DATE_FORMATS: (w) => {
    const formats = w.strs('formats')
    const list = formats.length > 0 ? `: ${w.counted(formats, w.nums('counts'))}` : ''
    return `${spalte(w)} mischt Datumsformate${list}. Ein einheitliches Format erleichtert Auswertungen.`
  },
  MIXED_NUMBER_FORMATS: (w) => {
    const formats = w.strs('formats')
    const list = formats.length > 0 ? `: ${w.counted(formats, w.nums('counts'))}` : ''
    return `${spalte(w)} mischt deutsche und englische Zahlenschreibweise${list}. Beim Einlesen wird dann z. B. „1.234“ mal als 1234, mal als 1,234 verstanden; eine Schreibweise festlegen.`
  },
  NUMBERS_AS_TEXT: (w) => {
    const count = w.num('count')
    const many = count === undefined ? 'Zahlen sind' : `${w.n(count)} ${count === 1 ? 'Zahl ist' : 'Zahlen sind'}`
    const rows = w.num('rows')
    const of = count !== undefined && rows !== undefined && w.data('database') === true ? ` (von ${w.n(rows)} Zeilen der Stichprobe)` : ''
    if (w.data('database') === true) {
      return `${spalte(w)}: ${many} als Text gespeichert${of}. Auswertungen müssen sie erst umwandeln; den Spaltentyp in der Datenbank auf einen Zahlentyp (DECIMAL, INTEGER) ändern.`
    }
    return `${spalte(w)}: ${many} als Text gespeichert. Excel rechnet nicht mit ihnen; in echte Zahlen umwandeln (Daten › Text in Spalten).`
  },
  REPEATED_HEADER: (w) => {
    const count = w.num('count')
    const lines = w.nums('lines')
    const times = count === undefined ? 'mehrfach' : count === 1 ? 'einmal' : `${w.n(count)}-mal`
    const at = lines.length > 0 ? ` (z. B. Zeile ${w.n(lines[0])})` : ''
    return `Die Kopfzeile wiederholt sich ${times} mitten in den Daten${at}. Diese Zeilen entfernen; oft wurden mehrere Exporte zusammenkopiert.`
  },
  NOTES_ABOVE_HEADER: (w) => {
    const lines = w.count('count', 'linesAboveHeader', 'lines')
    const header = w.num('headerLine')
    const notes = lines === undefined ? 'Zeilen' : `${w.n(lines)} ${lines === 1 ? 'Zeile' : 'Zeilen'}`
    const at = header === undefined ? '' : ` (Kopfzeile in Zeile ${w.n(header)})`
    return `Über der Kopfzeile ${lines === 1 ? 'steht' : 'stehen'} ${notes} mit Notizen oder Titeln${at}. ${lines === 1 ? 'Sie wurde' : 'Sie wurden'} übersprungen; für automatische Importe den Export ohne diese Zeilen erzeugen.`
  },
  NOTES_BELOW_DATA: (w) => {
    const count = w.num('count')
    return `Unter den Daten ${count === 1 ? 'steht' : 'stehen'} ${w.many(count, 'Zeile', 'Zeilen')} mit Fußnoten oder Quellenangaben. Sie wurden nicht als Daten gezählt; für automatische Importe Anmerkungen in ein eigenes Blatt oder eine eigene Datei legen.`
  },
  NO_HEADER: () =>
    'Keine Kopfzeile erkannt; die Spalten sind nur nach ihrer Position benannt. Eine Kopfzeile mit sprechenden Spaltennamen ergänzen.',
  DUPLICATE_COLUMN_NAMES: (w) => {
    const names = w.strs('names')
    const list = names.length > 0 ? `: ${w.names(names)}` : ''
    return `Spaltennamen kommen mehrfach vor${list}. Eindeutige Namen vergeben, sonst ist unklar, welche Spalte gemeint ist.`
  },
  RAGGED_ROWS: (w) => {
    const short = w.num('shortRows')
    const long = w.num('longRows')
    const total = short === undefined && long === undefined ? undefined : (short ?? 0) + (long ?? 0)
    const columns = w.num('columns')
    const lines = w.nums('lines')
    const parts: string[] = []
    if (short !== undefined && short > 0) parts.push(`${w.n(short)} mit weniger`)
    if (long !== undefined && long > 0) parts.push(`${w.n(long)} mit mehr`)
    const detail = parts.length > 0 ? ` (${parts.join(', ')} Feldern${columns === undefined ? '' : ` als die ${w.n(columns)} Spalten`})` : ''
    const at = lines.length > 0 ? `, z. B. Zeile ${w.n(lines[0])}` : ''
    return `${w.many(total, 'Zeile hat', 'Zeilen haben')} eine abweichende Anzahl von Feldern${detail}${at}. Meist fehlen Anführungszeichen um Werte, die das Trennzeichen enthalten; den Export prüfen.`
  },
  DUPLICATE_ROWS: (w) => {
    const rows = w.num('rows')
    const share = w.num('share')
    const ofAll = share === undefined ? '' : ` (${w.pct(share)} aller Zeilen)`
    return `${w.many(rows, 'Zeile ist eine exakte Kopie einer früheren', 'Zeilen sind exakte Kopien früherer Zeilen')}${ofAll}. Doppelte Zeilen entfernen, sonst zählen Auswertungen sie mehrfach.`
  },
  DUPLICATE_KEY_VALUES: (w) => {
    const cols = w.strs('columns')
    const dupValues = w.num('duplicatedValues')
    const surplus = w.num('surplusRows')
    const missing = w.num('missing') ?? 0
    const examples = w.strs('examples')
    const key = cols.length === 0 ? 'Ein Schlüssel' : cols.length > 1 ? `Schlüssel aus ${w.names(cols)}` : `Schlüsselspalte ${w.names(cols)}`
    const extra = surplus === undefined ? '' : `, ${w.n(surplus)} überzählige Zeilen`
    const gaps = missing > 0 ? `; ${w.n(missing)} Werte fehlen` : ''
    const ex = examples.length > 0 ? ` (z. B. ${w.names(examples)})` : ''
    return `${key} ist nicht eindeutig: ${w.many(dupValues, 'Wert kommt', 'Werte kommen')} mehrfach vor${ex}${extra}${gaps}. Doppelte Nummern im Quellsystem bereinigen, sonst lassen sich Tabellen nicht sicher verknüpfen.`
  },
  LIKELY_DUPLICATE_ENTITIES: (w) => {
    const groups = w.num('groups')
    const surplus = w.num('surplusRows')
    const example = w.strs('example')
    const cols = w.strs('columns')
    const where = cols.length > 0 ? ` in ${w.names(cols)}` : ''
    const rows = surplus === undefined ? '' : ` (${w.n(surplus)} überzählige Zeilen)`
    const ex = example.length > 1 ? `, z. B. ${example.map((v) => w.q(v)).join(' / ')}` : ''
    return `Vermutlich doppelte Einträge${where}: ${w.many(groups, 'Gruppe', 'Gruppen')} unterschiedlich geschriebener, aber gleicher Einträge${rows}${ex}. Dubletten zusammenführen und eine Schreibweise festlegen.`
  },
  DATEV_EXPORT: (w) => {
    const parts = [w.str('marker'), w.str('formatName')].filter((p) => p !== undefined)
    const category = w.num('category')
    const version = w.num('formatVersion')
    const fy = w.str('fiscalYearStart')
    const facts = [
      category === undefined ? undefined : `Kategorie ${category}`,
      version === undefined ? undefined : `Formatversion ${version}`,
      fy === undefined ? undefined : `Wirtschaftsjahr ab ${w.date(fy)}`,
    ].filter((p) => p !== undefined)
    const what = parts.length > 0 ? ` ${parts.join(' ')}` : ''
    const detail = facts.length > 0 ? ` (${facts.join(', ')})` : ''
    return `DATEV-Export${what} erkannt${detail}. Die Spaltennamen stehen in Zeile 2; die erste Zeile beschreibt den Export.`
  },
  HIDDEN_SHEET: (w) => {
    const sheet = w.str('sheet') ?? w.table
    return `Das Blatt ${sheet === undefined ? '' : `${w.q(sheet)} `}ist ausgeblendet. Ausgeblendete Daten werden leicht übersehen; prüfen, ob sie noch gebraucht werden.`
  },
  MERGED_CELLS_IN_DATA: (w) => {
    const count = w.num('count')
    const examples = w.strs('examples')
    const many = count === undefined ? 'Verbundene Zellen' : `${w.n(count)} verbundene ${count === 1 ? 'Zelle' : 'Zellen'}`
    const at = examples.length > 0 ? ` (z. B. ${examples.slice(0, 2).join(', ')})` : ''
    return `${many} im Datenbereich${at}: Nur die erste Zelle eines Verbunds trägt den Wert, die übrigen gelten als leer. Verbund aufheben und den Wert in jede Zeile schreiben.`
  },
  FORMULAS: (w) => {
    const cells = w.num('cells')
    const share = w.num('share')
    const many = cells === undefined ? 'Zellen' : `${w.n(cells)} ${cells === 1 ? 'Zelle' : 'Zellen'}`
    const ofAll = share === undefined ? '' : ` (${w.pct(share)} der Zellen)`
    return `${many}${ofAll} enthalten Formeln; gelesen wurden die zuletzt gespeicherten Ergebnisse. Für Auswertungen die Werte exportieren, nicht die Berechnung.`
  },
  UNSUPPORTED_FORMAT: (w) => {
    const file = w.str('file') ?? w.source
    const kind = w.str('kind')
    const name = file === undefined ? 'Die Datei' : w.q(file)
    const fmt = kind === undefined ? 'ein Format' : `das Format .${kind.replace(/^\./, '')}`
    return `${name} hat ${fmt}, das nicht gelesen wird. In Excel öffnen und als .xlsx (oder CSV) speichern, dann erneut scannen.`
  },
  DUPLICATE_FILES: (w) => {
    const surplus = w.num('surplusFiles')
    const groups = w.num('groups')
    const bytes = w.num('surplusBytes')
    const example = w.strs('examples')[0]
    const facts = [
      groups === undefined ? undefined : `${w.n(groups)} ${groups === 1 ? 'Gruppe' : 'Gruppen'}`,
      bytes === undefined ? undefined : `${w.bytes(bytes)} doppelt belegt`,
    ].filter((p) => p !== undefined)
    const detail = facts.length > 0 ? ` (${facts.join(', ')})` : ''
    const ex = example === undefined ? '' : `, z. B. ${example}`
    return `${w.many(surplus, 'Datei ist eine inhaltsgleiche Kopie', 'Dateien sind inhaltsgleiche Kopien')} anderer Dateien${detail}${ex}. Eine Fassung als maßgeblich festlegen und die Kopien entfernen.`
  },
  VERSIONED_COPIES: (w) => {
    const files = w.num('files')
    const bases = w.strs('bases')
    const example = w.strs('examples')[0]
    const of = bases.length > 0 ? ` von ${w.names(bases)}` : ''
    const ex = example === undefined ? '' : ` (z. B. ${example})`
    return `${w.many(files, 'Datei sieht', 'Dateien sehen')} nach Handkopien${of} aus${ex}. Versionen in einem System führen statt in Dateinamen wie „_final_v2“, damit klar ist, welche Fassung gilt.`
  },
  SIMILAR_HEADERS: (w) => {
    const tables = w.num('tables')
    const groups = w.num('groups')
    const example = w.strs('examples')[0]
    const inGroups = groups === undefined || groups <= 1 ? '' : ` (${w.n(groups)} Gruppen)`
    const ex = example === undefined ? '' : `, z. B. ${example}`
    return `${w.many(tables, 'Tabelle', 'Tabellen')} in verschiedenen Dateien haben (fast) die gleichen Spalten${inGroups}${ex}. Dieselben Daten werden mehrfach gepflegt; zu einer gemeinsamen Quelle zusammenführen.`
  },
  STALE_FILES: (w) => {
    const stale = w.num('staleFiles')
    const total = w.num('dataFiles')
    const share = w.num('share')
    const over3 = w.num('over3Years')
    const of = total === undefined ? '' : ` von ${w.n(total)}`
    const pct = share === undefined ? '' : ` (${w.pct(share)})`
    const old = over3 === undefined || over3 === 0 ? '' : `, ${w.n(over3)} davon seit über 3 Jahren`
    const files = stale === undefined ? 'Datendateien' : `${w.n(stale)}${of} Datendateien`
    return `${files}${pct} wurden seit über einem Jahr nicht geändert${old}. Veraltete Ablagen archivieren, damit sie nicht für aktuelle Daten gehalten werden.`
  },
  MORE_COLUMN_FINDINGS: (w) => {
    const count = w.num('count')
    const code = w.str('code')
    const columns = w.strs('columns')
    const which = columns.length > 0 ? `, z. B. ${w.names(columns)}` : ''
    return `${w.many(count, 'weitere Spalte hat', 'weitere Spalten haben')} denselben Hinweis${code === undefined ? '' : ` (${code})`}${which}. Sie sind hier zusammengefasst, damit der Bericht lesbar bleibt.`
  },
  INVALID_ENCODING_BYTES: (w) => {
    const count = w.num('count')
    const first = w.num('firstByte')
    const at = first === undefined || first < 0 ? '' : ` (das erste bei Byte ${w.n(first)})`
    return `${w.many(count, 'Bytefolge ist', 'Bytefolgen sind')} in der Kodierung der Datei ungültig${at} und wurden als „�“ gelesen. Vermutlich wurde ein Teil der Datei in einer anderen Kodierung (etwa Windows-1252) geschrieben; die Datei einheitlich als UTF-8 neu exportieren.`
  },
  SOURCE_FAILED: (w) => {
    const message = w.str('message')
    const code = w.str('code') ?? w.str('errno') ?? w.str('reason')
    const source = w.str('file') ?? w.str('source') ?? w.source
    const name = source === undefined ? 'Eine Quelle' : w.q(source)
    const why = message === undefined ? '.' : `: ${message}`
    return `${name} konnte nicht gelesen werden${code === undefined ? '' : ` (${code})`}${why}`
  },
  ...deDatabaseFindings,
  ...dePrivacyFindings,
}
