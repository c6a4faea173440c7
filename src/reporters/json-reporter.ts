/**
 * The JSON report: validated against the committed schema (schemas/scan-report.schema.json) before it
 * is printed or written, so a report that drifted from the contract never leaves the tool.
 */
import {join} from 'node:path'
import {createRequire} from 'node:module'
import type {ErrorObject, ValidateFunction} from 'ajv/dist/2020.js'
import {ScannerError} from '../errors.js'
import type {ScanReport} from '../report/scan-report.js'
import {schemaValidator} from '../util/json-schema.js'
import {writeFileAtomically} from '../util/atomic-write.js'

export const REPORT_FILE_NAME = 'datenreife-report.json'

/** How many schema violations an REPORT_INVALID message lists. */
const MAX_LISTED_ERRORS = 5

// allErrors: list several problems at once; union types ("string" | "null") are part of the contract
const compileFromSchema = schemaValidator('scan-report.schema.json', 'report', {allErrors: true, allowUnionTypes: true})

const require = createRequire(import.meta.url)
let precompiled: ValidateFunction | null | undefined

/**
 * The build compiles the schema into dist/reporters/report-validator.cjs (scripts/compile-validator.mjs),
 * which spares a scan loading ajv and compiling (~100 ms); without it (tests running from src) the
 * schema is compiled here, with the same options.
 */
function validator(): ValidateFunction {
  if (precompiled === undefined) {
    try {
      precompiled = require('./report-validator.cjs') as ValidateFunction
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error
      precompiled = null
    }
  }
  return precompiled ?? compileFromSchema()
}

/**
 * Loads (or, without the build's precompiled module, compiles: ~100 ms) the schema validator ahead of
 * time. The scan command calls this on an idle turn of the event loop while the scan runs, so validating
 * the finished report does not wait for it.
 * A schema that fails to load is reported when the report is validated, not here.
 */
export function prepareValidator(): void {
  try {
    validator()
  } catch {
    // validateReport/renderJson call validator() again and throw the error there
  }
}

function describe(error: ErrorObject): string {
  const path = error.instancePath === '' ? '/' : error.instancePath
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') return `${path}: unknown field "${String(params.additionalProperty)}"`
  if (error.keyword === 'required') return `${path}: missing field "${String(params.missingProperty)}"`
  if (error.keyword === 'enum') return `${path}: ${error.message} (${(params.allowedValues as unknown[]).join(', ')})`
  return `${path}: ${error.message ?? error.keyword}`
}

function check(parsed: unknown): void {
  const validate = validator()
  if (validate(parsed)) return
  const errors = validate.errors ?? []
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map(describe)
  const more = errors.length > MAX_LISTED_ERRORS ? `; and ${errors.length - MAX_LISTED_ERRORS} more` : ''
  throw new ScannerError(
    'REPORT_INVALID',
    `The scan report does not match schemas/scan-report.schema.json: ${listed.join('; ')}${more}.`,
    {suggestions: ['This is a bug in datenreife; please report it with the command you ran.']},
  )
}

/**
 * Validates the report as it will be serialised (after a JSON round trip, so `undefined` fields vanish
 * and non-finite numbers show up as the nulls JSON turns them into). Throws REPORT_INVALID.
 */
export function validateReport(report: ScanReport): void {
  check(JSON.parse(JSON.stringify(report)))
}

/** The report as pretty-printed JSON (2 spaces), validated first. */
export function renderJson(report: ScanReport): string {
  const text = JSON.stringify(report, null, 2)
  check(JSON.parse(text))
  return text
}

/**
 * Writes `datenreife-report.json` into outDir (created when missing) atomically: a temp file in the same
 * folder renamed over the target, so a reader never sees half a report. Returns the written path.
 */
export async function writeJsonReport(report: ScanReport, outDir: string): Promise<string> {
  return writeJsonText(renderJson(report), outDir)
}

/** writeJsonReport for a report already rendered (and so validated) by renderJson */
export async function writeJsonText(text: string, outDir: string): Promise<string> {
  return writeFileAtomically(join(outDir, REPORT_FILE_NAME), `${text}\n`, 'report')
}
