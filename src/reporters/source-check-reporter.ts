/** Terminal text of `datenreife sources check` (German or English); formats only. */
import type {SourceCheck} from '../engine/database/source-check.js'
import type {Lang} from '../report/scan-report.js'
import {formatDate, formatNumber} from '../i18n/format.js'

const WORDS = {
  de: {
    ok: 'Verbindung in Ordnung',
    failed: 'Verbindung fehlgeschlagen',
    server: 'Server',
    database: 'Datenbank',
    user: 'Konto',
    support: 'Herstellersupport',
    supported: 'ja',
    supportedUntil: 'bis',
    unsupported: 'beendet am',
    unknown: 'unbekannt',
    session: 'Sitzung',
    readOnly: 'schreibgeschützt',
    notReadOnly: 'NICHT schreibgeschützt (datenreife liest trotzdem nur)',
    account: 'Schreibrechte des Kontos',
    canWrite: 'JA — für den Scan ein Konto mit reinen Leserechten anlegen',
    cannotWrite: 'keine (gut)',
    visible: 'Sichtbar',
    tables: 'Tabellen',
    views: 'Sichten',
    rows: 'Zeilen (geschätzt)',
    schemas: 'Schemata',
    more: 'weitere',
    erp: 'Erkanntes System',
    grants: 'Befehle für ein Konto mit reinen Leserechten (Passwort ersetzen):',
  },
  en: {
    ok: 'Connection OK',
    failed: 'Connection failed',
    server: 'Server',
    database: 'Database',
    user: 'Account',
    support: 'Vendor support',
    supported: 'yes',
    supportedUntil: 'until',
    unsupported: 'ended on',
    unknown: 'unknown',
    session: 'Session',
    readOnly: 'read-only',
    notReadOnly: 'NOT read-only (datenreife still only reads)',
    account: 'Write privileges of the account',
    canWrite: 'YES — create an account with read rights only for the scan',
    cannotWrite: 'none (good)',
    visible: 'Visible',
    tables: 'tables',
    views: 'views',
    rows: 'rows (estimated)',
    schemas: 'schemas',
    more: 'more',
    erp: 'Recognised system',
    grants: 'Statements for an account with read rights only (replace the password):',
  },
} as const

export function renderSourceChecks(checks: readonly SourceCheck[], lang: Lang): string {
  const w = WORDS[lang]
  const n = (v: number) => formatNumber(v, lang)
  const lines: string[] = []
  for (const check of checks) {
    lines.push(`${check.ok ? '✔' : '✖'} ${check.location} — ${check.ok ? w.ok : w.failed}`)
    if (check.error) {
      lines.push(`  ${check.error.code}: ${check.error.message}`)
      for (const s of check.error.suggestions) lines.push(`  → ${s}`)
    }
    if (check.server) {
      const s = check.server
      const end = s.support.endOfSupport ? formatDate(s.support.endOfSupport, lang) : undefined
      const support =
        s.support.status === 'unsupported'
          ? `${w.unsupported}${end ? ` ${end}` : ''}`
          : s.support.status === 'supported'
            ? end ? `${w.supported}, ${w.supportedUntil} ${end}` : w.supported
            : w.unknown
      lines.push(`  ${w.server}: ${s.engine} ${s.version}${s.edition ? ` (${s.edition})` : ''} · ${w.support}: ${support}`)
      lines.push(`  ${w.database}: ${s.database}${s.user ? ` · ${w.user}: ${s.user}` : ''}`)
    }
    if (check.readOnlySession !== undefined) lines.push(`  ${w.session}: ${check.readOnlySession ? w.readOnly : w.notReadOnly}`)
    if (check.privileges) {
      lines.push(`  ${w.account}: ${check.privileges.canWrite ? w.canWrite : w.cannotWrite}`)
      for (const e of check.privileges.evidence) lines.push(`    · ${e}`)
    }
    if (check.visible) {
      const v = check.visible
      const schemas = v.schemas.length > 0 ? ` · ${w.schemas}: ${v.schemas.join(', ')}` : ''
      lines.push(`  ${w.visible}: ${n(v.tables)} ${w.tables}, ${n(v.views)} ${w.views}, ~${n(v.rowEstimate)} ${w.rows}${schemas}`)
      if (v.listed.length > 0) lines.push(`    ${v.listed.join(', ')}${v.tables > v.listed.length ? ` … (+${n(v.tables - v.listed.length)} ${w.more})` : ''}`)
    }
    if (check.erp) lines.push(`  ${w.erp}: ${check.erp.name} (${Math.round(check.erp.confidence * 100)} %)`)
    if (check.grants.length > 0) {
      lines.push(`  ${w.grants}`)
      for (const g of check.grants) lines.push(`    ${g}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
