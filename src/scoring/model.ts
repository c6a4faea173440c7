/**
 * The scoring model shared by the three hurdles (issue 5): a criterion is defined once as data — its
 * thresholds, weight, recommended action and the framework it builds on — and measured by a pure function
 * of the ScanReport. A criterion that cannot be measured (no date columns at all) says so and is left out
 * of its hurdle's weighting instead of guessing. score-report.ts scores every finished scan.
 */
import type {Lang, ScanReport} from '../report/scan-report.js'

export type HurdleId = 'datenbasis' | 'infrastruktur' | 'datenschutz'

export type Band = 'kritisch' | 'ausbaufähig' | 'solide' | 'bereit'

/** bands by score: below 40 kritisch, below 60 ausbaufähig, below 80 solide, from 80 bereit */
export const BANDS: ReadonlyArray<readonly [minScore: number, band: Band]> = [
  [80, 'bereit'],
  [60, 'solide'],
  [40, 'ausbaufähig'],
  [0, 'kritisch'],
]

export type Unit = 'share' | 'months' | 'count' | 'days' | 'ratio'

export interface Text {
  de: string
  en: string
}

/**
 * The points (0–100) a measured value earns: `points` at each `value`, linear in between, flat beyond the
 * first and the last. Values ascending; points may rise (more is better) or fall (less is better).
 */
export type ThresholdCurve = ReadonlyArray<{value: number; points: number}>

export interface CriterionDefinition {
  /** stable id, e.g. "datenbasis.completeness" */
  id: string
  hurdle: HurdleId
  title: Text
  unit: Unit
  thresholds: ThresholdCurve
  /** relative weight within the hurdle */
  weight: number
  /** what to do when the criterion scores low */
  action: Text
  /** the characteristics or dimensions it measures: "ISO/IEC 25012: Completeness", "DAMA: Uniqueness" */
  basis: readonly string[]
}

/** where a measurement comes from: a source, a table, a column */
export interface Evidence {
  source: string
  table?: string
  column?: string
  /** a short, language-neutral note with numbers ("3 of 12 tables", "gap 2023-04") */
  detail?: string
}

export interface Measurement {
  /** null: not measurable from this scan; `reason` says why */
  value: number | null
  evidence: Evidence[]
  reason?: string
}

export interface ScoringContext {
  /** the scan's time, for freshness and ages */
  now: Date
  lang: Lang
}

export interface Criterion {
  definition: CriterionDefinition
  measure(report: ScanReport, context: ScoringContext): Measurement
}

export interface CriterionResult {
  id: string
  title: string
  unit: Unit
  measured: number | null
  /** null when not measured */
  points: number | null
  weight: number
  thresholds: ThresholdCurve
  evidence: Evidence[]
  action: string
  basis: readonly string[]
  /** why it could not be measured */
  reason?: string
}

export interface HurdleScore {
  /** 0–100, rounded; null when no criterion could be measured */
  score: number | null
  band: Band | null
  criteria: CriterionResult[]
}

export function pointsFor(curve: ThresholdCurve, value: number): number {
  if (curve.length === 0) throw new Error('a threshold curve needs at least one point')
  if (value <= curve[0].value) return curve[0].points
  for (let i = 1; i < curve.length; i++) {
    const lower = curve[i - 1]
    const upper = curve[i]
    if (value <= upper.value) {
      const t = (value - lower.value) / (upper.value - lower.value)
      return lower.points + t * (upper.points - lower.points)
    }
  }
  return curve[curve.length - 1].points
}

export function bandFor(score: number): Band {
  for (const [minScore, band] of BANDS) if (score >= minScore) return band
  return 'kritisch'
}

export function evaluateCriterion(criterion: Criterion, report: ScanReport, context: ScoringContext): CriterionResult {
  const {definition} = criterion
  const measurement = criterion.measure(report, context)
  const result: CriterionResult = {
    id: definition.id,
    title: definition.title[context.lang],
    unit: definition.unit,
    measured: measurement.value,
    points: measurement.value === null ? null : Math.round(pointsFor(definition.thresholds, measurement.value)),
    weight: definition.weight,
    thresholds: definition.thresholds,
    evidence: measurement.evidence,
    action: definition.action[context.lang],
    basis: definition.basis,
  }
  if (measurement.reason !== undefined) result.reason = measurement.reason
  return result
}

/** the weighted mean of the measured criteria; unmeasured ones are left out of the weighting */
export function scoreHurdle(criteria: readonly Criterion[], report: ScanReport, context: ScoringContext): HurdleScore {
  const results = criteria.map((c) => evaluateCriterion(c, report, context))
  const measured = results.filter((r): r is CriterionResult & {points: number} => r.points !== null)
  const weights = measured.reduce((n, r) => n + r.weight, 0)
  if (measured.length === 0 || weights === 0) return {score: null, band: null, criteria: results}
  const score = Math.round(measured.reduce((n, r) => n + r.points * r.weight, 0) / weights)
  return {score, band: bandFor(score), criteria: results}
}
