import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {ROOT} from './run-cli.js'

/** An ajv validator compiled independently of the reporter, so the test checks the reporter, not itself. */
export function reportValidator() {
  const schema = JSON.parse(readFileSync(resolve(ROOT, 'schemas/scan-report.schema.json'), 'utf8'))
  const ajv = new Ajv2020({allErrors: true, strict: false})
  addFormats.default(ajv)
  return ajv.compile(schema)
}
