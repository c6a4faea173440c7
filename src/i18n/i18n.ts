/**
 * The report languages: `t(lang, key, params)` for labels and `findingMessage` for finding sentences.
 * The German catalogue defines the label keys and their parameters; the English one must have the same
 * keys (checked by the compiler) and the same parameters (checked by a test).
 */
import type {FindingDraft} from '../findings/finding-draft.js'
import type {InferredType, Lang} from '../report/scan-report.js'
import {deFindings, deLabels} from './de.js'
import {enFindings, enLabels} from './en.js'
import {formatNumber} from './format.js'
import {type FindingCatalogue, Words} from './wording.js'

export type LabelKey = keyof typeof deLabels

/** Parameter names of a template: "{rows} {rows|Zeile|Zeilen} in {name}" → "rows" | "name". */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? (Inner extends `${infer Name}|${string}` ? Name : Inner) | PlaceholderNames<Rest>
  : never

export type LabelParams<K extends LabelKey> = Record<PlaceholderNames<(typeof deLabels)[K]>, string | number>

type ParamsArg<K extends LabelKey> = [PlaceholderNames<(typeof deLabels)[K]>] extends [never] ? [] : [LabelParams<K>]

const LABELS: Record<Lang, Record<LabelKey, string>> = {de: deLabels, en: enLabels}
const FINDINGS: Record<Lang, FindingCatalogue> = {de: deFindings, en: enFindings}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?:\|([^|}]*)\|([^}]*))?\}/g

/**
 * A label in the report language. Numbers are formatted for the language (1.234 / 1,234); a
 * `{n|one|other}` placeholder picks the singular form when n is 1.
 */
export function t<K extends LabelKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  const template = LABELS[lang][key]
  const values = (params[0] ?? {}) as Record<string, string | number>
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = values[name]
    if (one !== undefined && other !== undefined) return value === 1 ? one : other
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value, lang) : value
  })
}

/** The parameter names a label template uses (for the catalogue consistency test). */
export function templateParams(template: string): string[] {
  const names = new Set<string>()
  for (const m of template.matchAll(PLACEHOLDER)) names.add(m[1])
  return [...names].sort()
}

export function typeName(lang: Lang, type: InferredType): string {
  return t(lang, `type.${type}`)
}

/** The sentence for a finding draft in the report language. */
export function findingMessage(draft: FindingDraft, lang: Lang, source?: string): string {
  const message = FINDINGS[lang][draft.code](new Words(draft, lang, source))
  // a wording may start with a counted phrase whose count is missing ("rows are …")
  return message.charAt(0).toUpperCase() + message.slice(1)
}
