/**
 * "What to fix first" (issue 5): a ranked list built from the three hurdle scores and the report's facts.
 * Every criterion scoring below RECOMMEND_BELOW becomes one recommendation; its impact is the score points
 * its hurdle would gain if the criterion reached 100 (weight share × points missing), its effort comes from
 * the documented EFFORT_RULES, and its text names the counted fact behind it (recommendation-facts.ts).
 * The seed study's advice frames the list: build the data infrastructure, involve the data-protection
 * officer from the start (added even when no criterion asks, as soon as personal data is found), document
 * processes, and start small with one area (the closing item names the use case closest to ready).
 */
import {formatNumber, formatPercent} from '../i18n/format.js'
import type {Lang, ScanReport} from '../report/scan-report.js'
import type {CriterionResult, Evidence, HurdleId, HurdleScore, Text} from './model.js'
import {FACT_FINDERS, type FactKind} from './recommendation-facts.js'
import {evaluateUseCases} from './use-cases/index.js'

export type Effort = 'low' | 'medium' | 'high'

/** criteria at or above this score (the band "bereit") need no action */
export const RECOMMEND_BELOW = 80
/** how much an effort level costs in the ranking: priority = impact / cost */
export const EFFORT_COST: Readonly<Record<Effort, number>> = {low: 1, medium: 2, high: 4}

export interface EffortRule {
  kind: FactKind
  /** matched against the criterion id without its hurdle ("uniqueness" of "datenbasis.uniqueness") */
  pattern: RegExp
  effort: Effort
  /** the step, after the fact: "— Dublettenbereinigung vor KI-Projekt" */
  step: Text
}

/**
 * The effort table: which kind of work a criterion asks for, and how heavy that work is for an SME.
 * First match wins. Low: a decision or a small schema change; medium: cleaning or restructuring data;
 * high: new systems, migrations, or time that has to pass (history cannot be bought).
 */
export const EFFORT_RULES: readonly EffortRule[] = [
  {kind: 'involveDpo', pattern: /special|art9|art10|dpo|categor|personal/i, effort: 'low', step: {de: 'Datenschutzbeauftragten von Anfang an einbeziehen', en: 'involve the data-protection officer from the start'}},
  {kind: 'pseudonymise', pattern: /pseudonym|pii/i, effort: 'medium', step: {de: 'vor KI-Nutzung pseudonymisieren', en: 'pseudonymise before AI use'}},
  {kind: 'leadingSource', pattern: /cop(y|ies)|puddle|pfuetze|parallel|silo|version/i, effort: 'low', step: {de: 'eine führende Quelle festlegen', en: 'set one leading source'}},
  {kind: 'dedupe', pattern: /uniq|dup/i, effort: 'medium', step: {de: 'Dublettenbereinigung vor KI-Projekt', en: 'deduplicate before the AI project'}},
  {kind: 'primaryKeys', pattern: /primary|schema|keys?$/i, effort: 'low', step: {de: 'Primärschlüssel ergänzen', en: 'add primary keys'}},
  {kind: 'completeness', pattern: /complet/i, effort: 'medium', step: {de: 'Pflichtfelder festlegen und nachpflegen', en: 'define mandatory fields and fill them'}},
  {kind: 'formats', pattern: /valid|consisten|format|type/i, effort: 'medium', step: {de: 'Formate vereinheitlichen', en: 'unify formats'}},
  {kind: 'links', pattern: /link|orphan|foreign|referen/i, effort: 'medium', step: {de: 'Verknüpfungen bereinigen und Fremdschlüssel anlegen', en: 'repair links and declare foreign keys'}},
  {kind: 'history', pattern: /histor|depth|continu/i, effort: 'high', step: {de: 'Daten ab jetzt lückenlos erfassen, Altdaten archivieren statt löschen', en: 'record without gaps from now on, archive old data instead of deleting it'}},
  {kind: 'freshness', pattern: /fresh|current(?!cy)|aktual/i, effort: 'low', step: {de: 'Exporte regelmäßig aktualisieren', en: 'refresh exports regularly'}},
  {kind: 'systemUpdate', pattern: /currency|version|support|engine|express|myisam/i, effort: 'high', step: {de: 'Update des Datenbanksystems planen', en: 'plan a database system update'}},
  {kind: 'machineReadable', pattern: /machine|readab|spreadsheet-quality|layout/i, effort: 'medium', step: {de: 'Exporte als einfache Tabellen anlegen', en: 'keep exports as plain tables'}},
  {kind: 'changeTracking', pattern: /change|track|timestamp|incremental/i, effort: 'medium', step: {de: 'Anlage- und Änderungszeitpunkte mitführen', en: 'record created and modified timestamps'}},
  {kind: 'consolidate', pattern: /managed|location|share|spreadsheet/i, effort: 'high', step: {de: 'Kerndaten in einem System zusammenführen (Dateninfrastruktur aufbauen)', en: 'bring core data into one system (build the data infrastructure)'}},
  {kind: 'documentation', pattern: /comment|document|nam(e|ing)/i, effort: 'low', step: {de: 'Datenfelder und Prozesse dokumentieren', en: 'document data fields and processes'}},
  {kind: 'volume', pattern: /volume|rows|entit/i, effort: 'high', step: {de: 'mehr Geschäftsvorfälle systematisch erfassen', en: 'record more business events systematically'}},
]

/** criteria no rule matches: cleaning work of medium effort, the criterion's own action as the step */
export const DEFAULT_EFFORT: Effort = 'medium'

export interface Recommendation {
  /** stable: "rec.<criterion id>", "rec.dpo", "rec.pilot" */
  id: string
  /** 1 = do first */
  rank: number
  /** the concrete one-liner: fact — step */
  title: string
  /** the criterion's recommended action, in full */
  action: string
  /** score points the hurdle would gain (0–100 scale) */
  impact: number
  effort: Effort
  evidence: Evidence[]
  hurdle: HurdleId | null
  criterion: string | null
}

type Scores = Record<HurdleId, HurdleScore>

const HURDLES: readonly HurdleId[] = ['datenbasis', 'infrastruktur', 'datenschutz']

/** the rule for a criterion; the hurdle prefix is left out so "infrastruktur." matches no pattern by itself */
export function ruleFor(criterionId: string): EffortRule | null {
  const name = criterionId.slice(criterionId.indexOf('.') + 1)
  return EFFORT_RULES.find((rule) => rule.pattern.test(name)) ?? null
}

/** what the hurdle would gain if this criterion scored 100: its share of the measured weight × points missing */
export function impactOf(criterion: CriterionResult, hurdle: HurdleScore): number {
  if (criterion.points === null) return 0
  const weights = hurdle.criteria.filter((c) => c.points !== null).reduce((sum, c) => sum + c.weight, 0)
  return weights === 0 ? 0 : Math.round(((criterion.weight / weights) * (100 - criterion.points)) * 10) / 10
}

function measuredText(c: CriterionResult, lang: Lang): string {
  if (c.measured === null) return c.title
  const value = c.unit === 'share' ? formatPercent(c.measured, lang) : formatNumber(c.measured, lang, 1)
  return `${c.title}: ${value}`
}

function fromCriterion(report: ScanReport, hurdle: HurdleId, score: HurdleScore, c: CriterionResult, lang: Lang): Omit<Recommendation, 'rank'> {
  const rule = ruleFor(c.id)
  const fact = rule !== null ? (FACT_FINDERS[rule.kind]?.(report, lang) ?? null) : null
  const what = fact?.summary ?? measuredText(c, lang)
  const step = rule?.step[lang] ?? c.action
  return {
    id: `rec.${c.id}`,
    title: `${what} — ${step}`,
    action: c.action,
    impact: impactOf(c, score),
    effort: rule?.effort ?? DEFAULT_EFFORT,
    evidence: fact !== null && fact.evidence.length > 0 ? fact.evidence : c.evidence,
    hurdle,
    criterion: c.id,
  }
}

/** the order: most score points per unit of effort first; then more impact, then less effort, then id */
export function compareRecommendations(a: Pick<Recommendation, 'impact' | 'effort' | 'id'>, b: Pick<Recommendation, 'impact' | 'effort' | 'id'>): number {
  const priority = (r: Pick<Recommendation, 'impact' | 'effort'>): number => r.impact / EFFORT_COST[r.effort]
  return priority(b) - priority(a) || b.impact - a.impact || EFFORT_COST[a.effort] - EFFORT_COST[b.effort] || a.id.localeCompare(b.id)
}

const PILOT_TEXT: Record<Lang, (title: string, met: number, all: number) => string> = {
  de: (title, met, all) => `Klein anfangen mit einem Bereich: ${title} (${met} von ${all} Voraussetzungen erfüllt)`,
  en: (title, met, all) => `Start small with one area: ${title} (${met} of ${all} prerequisites met)`,
}

const PILOT_ACTION: Text = {
  de: 'Ein Pilotprojekt auf den Daten wählen, die schon am weitesten sind, und die fehlenden Voraussetzungen dort zuerst schließen.',
  en: 'Pick one pilot on the data that is furthest along, and close its missing prerequisites there first.',
}

function pilot(report: ScanReport, lang: Lang): Omit<Recommendation, 'rank'> | null {
  const order = {bereit: 0, teilweise: 1, 'noch nicht': 2}
  const best = evaluateUseCases({...report, scan: {...report.scan, lang}})
    .filter((u) => u.status !== 'noch nicht')
    .sort((a, b) => order[a.status] - order[b.status] || b.met.length - a.met.length)[0]
  if (best === undefined) return null
  const all = best.met.length + best.missing.length
  return {
    id: 'rec.pilot',
    title: PILOT_TEXT[lang](best.title, best.met.length, all),
    action: PILOT_ACTION[lang],
    impact: 0,
    effort: 'low',
    evidence: best.met.flatMap((m) => m.evidence).slice(0, 5),
    hurdle: null,
    criterion: null,
  }
}

/**
 * The ranked list. Pure: the scores and the report in, the recommendations out. The pilot item closes
 * the list: it raises no score, it says where to begin.
 */
export function recommend(report: ScanReport, scores: Scores, lang: Lang = report.scan.lang): Recommendation[] {
  const items: Array<Omit<Recommendation, 'rank'>> = []
  for (const hurdle of HURDLES) {
    const score = scores[hurdle]
    for (const c of score.criteria) {
      if (c.points === null || c.points >= RECOMMEND_BELOW) continue
      items.push(fromCriterion(report, hurdle, score, c, lang))
    }
  }
  // personal data found: the DPO belongs in the project from the start, whatever the scores say
  if (!items.some((i) => i.criterion !== null && ruleFor(i.criterion)?.kind === 'involveDpo')) {
    const fact = FACT_FINDERS.involveDpo?.(report, lang) ?? null
    const rule = EFFORT_RULES.find((r) => r.kind === 'involveDpo')!
    if (fact !== null) {
      items.push({id: 'rec.dpo', title: `${fact.summary} — ${rule.step[lang]}`, action: rule.step[lang], impact: 0, effort: rule.effort, evidence: fact.evidence, hurdle: 'datenschutz', criterion: null})
    }
  }
  // two criteria can lead to the same step on the same fact (both privacy criteria call for the DPO): once is enough
  const seen = new Set<string>()
  const ranked = items.sort(compareRecommendations).filter((item) => {
    if (seen.has(item.title)) return false
    seen.add(item.title)
    return true
  })
  const start = pilot(report, lang)
  if (start !== null) ranked.push(start)
  return ranked.map((r, i) => ({...r, rank: i + 1}))
}
