/**
 * infrastruktur.systemCurrency: whether the database systems are current: a version out of vendor
 * support, SQL Server Express with its size cap per database, MySQL tables on MyISAM (no transactions, no
 * foreign keys). Each database starts at 1 and loses the penalties that apply; the value is the mean over
 * the databases. A scan without a database has nothing to judge here.
 */
import type {Criterion, CriterionDefinition, Evidence, Measurement, ThresholdCurve} from '../model.js'
import {pointsFor} from '../model.js'
import type {ScanReport, SourceReport} from '../../report/scan-report.js'
import {capEvidence, isDatabase} from './data-tables.js'

export const SYSTEM_CURRENCY: CriterionDefinition = {
  id: 'infrastruktur.systemCurrency',
  hurdle: 'infrastruktur',
  title: {de: 'Aktualität der Systeme', en: 'Currency of systems'},
  unit: 'share',
  thresholds: [
    {value: 0, points: 0},
    {value: 1, points: 100},
  ],
  weight: 1.5,
  action: {
    de: 'Datenbankserver auf eine unterstützte Version heben; bei SQL Server Express nahe der 10-GB-Grenze auf Standard wechseln; MyISAM-Tabellen nach InnoDB umstellen.',
    en: 'Upgrade database servers to a supported version; move SQL Server Express near its 10 GB cap to Standard; convert MyISAM tables to InnoDB.',
  },
  basis: [
    'ISO/IEC 25012: Availability, Recoverability, Portability (system-dependent)',
    'Lawrence DRL: C (accessibility of the system holding the data)',
  ],
}

/** what each problem costs a database (out of 1) */
export const CURRENCY_PENALTIES = {
  /** the vendor no longer ships security fixes */
  unsupportedVersion: 0.5,
  /** all tables on MyISAM; a part costs its share */
  myisamTables: 0.3,
} as const

/** SQL Server Express: the penalty by how full the capped database is (share of the cap) */
export const EXPRESS_CAP_PENALTY: ThresholdCurve = [
  {value: 0, points: 0.1},
  {value: 0.5, points: 0.2},
  {value: 0.9, points: 0.5},
]

export interface CurrencyVerdict {
  value: number
  problems: string[]
}

export function databaseCurrency(source: SourceReport): CurrencyVerdict {
  const problems: string[] = []
  let value = 1
  const system = source.system
  if (system?.support?.status === 'unsupported') {
    value -= CURRENCY_PENALTIES.unsupportedVersion
    const end = system.support.endOfSupport ? ` (support ended ${system.support.endOfSupport})` : ''
    problems.push(`${system.support.product} out of vendor support${end}`)
  }
  if (system?.sizeCapBytes !== undefined && system.sizeCapBytes > 0) {
    const size = source.database?.sizeBytes
    const fill = size === undefined ? 0 : size / system.sizeCapBytes
    value -= pointsFor(EXPRESS_CAP_PENALTY, fill)
    problems.push(size === undefined ? 'size-capped edition (Express)' : `Express size cap ${Math.round(fill * 100)} % used`)
  }
  const tables = source.tables.filter((t) => t.kind !== 'view' && t.error === undefined)
  const myisam = tables.filter((t) => t.engine?.toLowerCase() === 'myisam').length
  if (myisam > 0) {
    value -= CURRENCY_PENALTIES.myisamTables * (myisam / tables.length)
    problems.push(`${myisam} of ${tables.length} tables on MyISAM`)
  }
  return {value: Math.max(0, value), problems}
}

function measure(report: ScanReport): Measurement {
  const databases = report.sources.filter((s) => isDatabase(s) && s.status === 'ok')
  if (databases.length === 0) return {value: null, evidence: [], reason: 'no database was scanned'}
  const verdicts = databases.map((source) => ({source, verdict: databaseCurrency(source)}))
  const value = verdicts.reduce((n, v) => n + v.verdict.value, 0) / verdicts.length
  const evidence: Evidence[] = verdicts.map(({source, verdict}) => {
    const engine = source.system ? `${source.system.engine}${source.system.version ? ` ${source.system.version}` : ''}` : source.kind
    const unknown = source.system?.support === undefined || source.system.support.status === 'unknown' ? '; support status unknown' : ''
    return {source: source.location, detail: verdict.problems.length === 0 ? `${engine}: current${unknown}` : `${engine}: ${verdict.problems.join('; ')}`}
  })
  return {value, evidence: capEvidence(evidence)}
}

export const systemCurrency: Criterion = {definition: SYSTEM_CURRENCY, measure}
