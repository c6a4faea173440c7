/**
 * Quality and process monitoring from time series (Qualitäts- und Prozessüberwachung): learns the normal
 * course of machine, sensor or inspection values and raises an alarm on deviations. It needs timestamped
 * numeric measurements, many of them, recorded without long breaks (a missing month hides the anomaly).
 */
import {formatNumber} from '../../i18n/format.js'
import type {UseCaseDefinition} from './use-case-model.js'

/** measurements below this are too few to learn a normal course from */
export const MONITORING_MIN_ROWS = 10_000
/** regular recording: no month without values between the first and the last */
export const MONITORING_MAX_GAP_SHARE = 0
/** at least a quarter of recordings, so a normal course can be told from a one-off */
export const MONITORING_MIN_MONTHS = 3

export const MONITORING: UseCaseDefinition = {
  id: 'monitoring',
  title: {de: 'Qualitäts- und Prozessüberwachung', en: 'Quality and process monitoring'},
  description: {
    de: 'Erkennt Abweichungen in Mess-, Maschinen- oder Prüfwerten über die Zeit (Anomalie-Erkennung).',
    en: 'Detects deviations in measurement, machine or inspection values over time (anomaly detection).',
  },
  prerequisites: [
    {
      id: 'time-series',
      core: true,
      text: {de: 'Zeitreihe: Tabelle mit Zeitstempel und numerischen Messwerten', en: 'time series: a table with timestamps and numeric measures'},
      need: {kind: 'table', kinds: ['measurements'], columns: ['timestamp', 'measure'], namedColumnsSuffice: true},
    },
    {
      id: 'rows',
      core: false,
      text: {de: `mindestens ${formatNumber(MONITORING_MIN_ROWS, 'de')} Messungen`, en: `at least ${formatNumber(MONITORING_MIN_ROWS, 'en')} measurements`},
      need: {kind: 'rows', of: 'time-series', min: MONITORING_MIN_ROWS},
    },
    {
      id: 'history',
      core: false,
      text: {de: `Aufzeichnung über mindestens ${MONITORING_MIN_MONTHS} Monate`, en: `recording over at least ${MONITORING_MIN_MONTHS} months`},
      need: {kind: 'history', of: 'time-series', minMonths: MONITORING_MIN_MONTHS},
    },
    {
      id: 'regular',
      core: false,
      text: {de: 'regelmäßige Aufzeichnung ohne Monatslücken', en: 'regular recording without gap months'},
      need: {kind: 'continuity', of: 'time-series', maxGapShare: MONITORING_MAX_GAP_SHARE},
    },
  ],
}
