import type {FindingCode, Severity} from '../report/scan-report.js'

/**
 * A finding before it is worded: code, severity and the measured numbers. The report builder turns it
 * into a Finding with a message in the report language (src/i18n), so analyzers and connectors never
 * deal with wording.
 */
export interface FindingDraft {
  code: FindingCode
  severity: Severity
  table?: string
  column?: string
  data: Record<string, string | number | boolean | null | string[] | number[]>
}
