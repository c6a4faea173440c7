/**
 * A list of findings for the terminal: most severe first, each wrapped under its severity mark, capped
 * so one noisy table does not push everything else off the screen.
 */
import {SEVERITY_ORDER} from '../findings/finding-codes.js'
import {t} from '../i18n/i18n.js'
import type {Finding} from '../report/scan-report.js'
import {paintSeverity, SEVERITY_MARK, type TerminalContext, wrap} from './terminal-text.js'

/** Findings listed per table, source or folder before "… und N weitere". */
export const MAX_FINDINGS_LISTED = 8

/** Most severe first; equal severities keep the order in which they were reported. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({finding, index}))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map((e) => e.finding)
}

export function findingLines(findings: readonly Finding[], ctx: TerminalContext, indent: string, limit = MAX_FINDINGS_LISTED): string[] {
  if (findings.length === 0) return []
  const sorted = sortFindings(findings)
  const lines: string[] = []
  for (const finding of sorted.slice(0, limit)) {
    const mark = SEVERITY_MARK[finding.severity]
    const wrapped = wrap(finding.message, ctx.width, `${indent}${mark} `, `${indent}  `)
    lines.push(paintSeverity(ctx, finding.severity, wrapped[0].slice(0, indent.length + 1)) + wrapped[0].slice(indent.length + 1))
    lines.push(...wrapped.slice(1))
  }
  if (sorted.length > limit) {
    lines.push(ctx.paint.dim(`${indent}${t(ctx.lang, 'findings.more', {count: sorted.length - limit})}`))
  }
  return lines
}
