/**
 * The scoring of one scan: the three hurdle scores, the use-case readiness and the ranked actions, all
 * pure functions of the finished report (so a stored report can be scored again). The scan service calls
 * this last, once every source, the folder inventory and the DSGVO view are in the report.
 */
import type {ScanReport} from '../report/scan-report.js'
import {DATENBASIS_CRITERIA} from './datenbasis/index.js'
import {DATENSCHUTZ_CRITERIA} from './datenschutz/index.js'
import {INFRASTRUKTUR_CRITERIA} from './infrastruktur/index.js'
import {type HurdleId, type HurdleScore, scoreHurdle} from './model.js'
import {type Recommendation, recommend} from './recommendations.js'
import {evaluateUseCases} from './use-cases/index.js'
import type {UseCaseResult} from './use-cases/use-case-model.js'

export interface ReportScoring {
  scores: Record<HurdleId, HurdleScore>
  useCases: UseCaseResult[]
  recommendations: Recommendation[]
}

export function scoreReport(report: ScanReport, now: Date): ReportScoring {
  const context = {now, lang: report.scan.lang}
  const scores: Record<HurdleId, HurdleScore> = {
    datenbasis: scoreHurdle(DATENBASIS_CRITERIA, report, context),
    infrastruktur: scoreHurdle(INFRASTRUKTUR_CRITERIA, report, context),
    datenschutz: scoreHurdle(DATENSCHUTZ_CRITERIA, report, context),
  }
  return {scores, useCases: evaluateUseCases(report), recommendations: recommend(report, scores, report.scan.lang)}
}
