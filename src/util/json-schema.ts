/**
 * Validators for the JSON schemas the package ships in schemas/ (config file, scan report): JSON Schema
 * 2020-12 with ajv-formats (date-time, uri, …), compiled on first use and kept. A schema that cannot be
 * read means a broken install, reported as ScannerError('INTERNAL').
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Options, ValidateFunction} from 'ajv/dist/2020.js'
import {ScannerError} from '../errors.js'

// ajv is loaded on first use only: a scan whose report validator was precompiled by the build never needs it
const require = createRequire(import.meta.url)

/**
 * A function that returns the compiled validator of schemas/<fileName>, compiling it on its first call.
 * `what` names the schema in the error ("The config schema could not be loaded …").
 */
export function schemaValidator(fileName: string, what: string, options: Options): () => ValidateFunction {
  // src/util/ and dist/util/ both sit two levels below the package root
  const url = new URL(`../../schemas/${fileName}`, import.meta.url)
  let compiled: ValidateFunction | undefined
  return () => {
    if (compiled) return compiled
    let schema: object
    try {
      schema = JSON.parse(readFileSync(url, 'utf8')) as object
    } catch (error) {
      throw new ScannerError('INTERNAL', `The ${what} schema could not be loaded from ${url.pathname}.`, {
        cause: error,
        suggestions: [`Reinstall datenreife; the package must contain schemas/${fileName}.`],
      })
    }
    const {Ajv2020} = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
    const addFormats = require('ajv-formats') as typeof import('ajv-formats')
    const ajv = new Ajv2020(options)
    addFormats.default(ajv)
    compiled = ajv.compile(schema)
    return compiled
  }
}
