// Build step: compiles schemas/scan-report.schema.json into a standalone validator module
// (dist/reporters/report-validator.cjs), so a scan does not load ajv and compile the schema (~100 ms)
// before it can print its report. src/reporters/json-reporter.ts falls back to compiling with ajv where
// the module is missing (tests running from src). Same ajv options as there.
import {readFileSync, writeFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'

const root = new URL('../', import.meta.url)
const schema = JSON.parse(readFileSync(new URL('schemas/scan-report.schema.json', root), 'utf8'))
const ajv = new Ajv2020({allErrors: true, allowUnionTypes: true, code: {source: true}})
addFormats.default(ajv)
const code = standaloneCode.default(ajv, ajv.compile(schema))
writeFileSync(new URL('dist/reporters/report-validator.cjs', root), code)
