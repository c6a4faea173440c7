import {findingMessage} from '../i18n/i18n.js'
import type {Finding, Lang} from '../report/scan-report.js'
import type {FindingDraft} from './finding-draft.js'

/**
 * Turns a draft into the report's Finding: the sentence in the report language plus where it applies
 * and the numbers behind it (copied, so the report never shares arrays with a draft).
 */
export function wordFinding(draft: FindingDraft, lang: Lang, source?: string): Finding {
  const finding: Finding = {code: draft.code, severity: draft.severity, message: findingMessage(draft, lang, source)}
  if (source !== undefined) finding.source = source
  if (draft.table !== undefined) finding.table = draft.table
  if (draft.column !== undefined) finding.column = draft.column
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(draft.data ?? {})) {
    if (value !== undefined) data[key] = Array.isArray(value) ? [...value] : value
  }
  finding.data = data
  return finding
}
