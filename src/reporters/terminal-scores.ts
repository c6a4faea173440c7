/**
 * The first lines of the terminal summary: the three hurdle scores with their bands, the use cases by
 * readiness, and the five actions to take first. Formats report.scores, useCases and recommendations only.
 */
import {t} from '../i18n/i18n.js'
import type {ScanReport} from '../report/scan-report.js'
import type {Band, HurdleId} from '../scoring/model.js'
import {type TerminalContext, wrap} from './terminal-text.js'

const HURDLES: readonly HurdleId[] = ['datenbasis', 'infrastruktur', 'datenschutz']
/** actions listed in the summary; the report holds them all */
const TOP_ACTIONS = 5

function paintBand(ctx: TerminalContext, band: Band | null, text: string): string {
  if (band === 'kritisch') return ctx.paint.red(text)
  if (band === 'ausbaufähig') return ctx.paint.yellow(text)
  if (band === 'bereit' || band === 'solide') return ctx.paint.green(text)
  return text
}

export function scoresSection(report: ScanReport, ctx: TerminalContext): string[] {
  const {lang, paint, width} = ctx
  const scored = HURDLES.filter((h) => report.scores[h] !== undefined)
  if (scored.length === 0) return []
  const lines = [paint.bold(t(lang, 'scores.title'))]
  for (const hurdle of scored) {
    const score = report.scores[hurdle]!
    const value =
      score.score === null || score.band === null
        ? t(lang, 'scores.unmeasured')
        : t(lang, 'scores.value', {score: score.score, band: t(lang, `band.${score.band}`)})
    const measured = score.criteria.filter((c) => c.points !== null).length
    const text = `${t(lang, `hurdle.${hurdle}`)}: ${value} · ${t(lang, 'scores.criteria', {measured, total: score.criteria.length})}`
    lines.push(...wrap(paintBand(ctx, score.band, text), width, '  ', '    '))
  }
  if (report.useCases.length > 0) {
    const byStatus = report.useCases.map((u) => `${u.title} (${t(lang, `useCase.${u.status === 'noch nicht' ? 'notYet' : u.status}`)})`)
    lines.push(...wrap(t(lang, 'scores.useCases', {list: byStatus.join(', ')}), width, '  ', '    '))
  }
  const actions = report.recommendations.slice(0, TOP_ACTIONS)
  if (actions.length > 0) {
    lines.push(`  ${t(lang, 'scores.actions')}`)
    for (const action of actions) lines.push(...wrap(`${action.rank}. ${action.title}`, width, '    ', '       '))
  }
  return lines
}
