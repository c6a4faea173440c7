import {describe, expect, it} from 'vitest'
import {ScannerError} from '../../../src/errors.js'
import {schemaValidator} from '../../../src/util/json-schema.js'

describe('schemaValidator: the shipped schemas, compiled once', () => {
  it('compiles on the first call and returns the same validator afterwards', () => {
    const validator = schemaValidator('scan-report.schema.json', 'report', {allErrors: true, allowUnionTypes: true})
    const first = validator()
    expect(validator()).toBe(first)
  })

  it('passes the ajv options: allErrors lists every missing field, not only the first', () => {
    const validate = schemaValidator('scan-report.schema.json', 'report', {allErrors: true, allowUnionTypes: true})()
    expect(validate({})).toBe(false)
    const missing = (validate.errors ?? []).filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty)
    expect(missing).toEqual(expect.arrayContaining(['schemaVersion', 'tool', 'scan', 'findings']))
  })

  it('knows the formats of ajv-formats (date-time)', () => {
    const validate = schemaValidator('scan-report.schema.json', 'report', {allErrors: true, allowUnionTypes: true})()
    validate({scan: {id: 'x', startedAt: 'yesterday', finishedAt: '2024-05-01T10:00:00Z', durationMs: 1, lang: 'de'}})
    const formatErrors = (validate.errors ?? []).filter((e) => e.keyword === 'format')
    expect(formatErrors.map((e) => e.instancePath)).toEqual(['/scan/startedAt'])
  })

  it('verbose errors carry their schema (the config loader words messages from it)', () => {
    const validate = schemaValidator('config.schema.json', 'config', {allErrors: true, verbose: true})()
    expect(validate({sources: [{path: 'daten'}], defaults: {sampleRows: 5}})).toBe(false)
    const tooSmall = (validate.errors ?? []).find((e) => e.keyword === 'minimum')
    expect(tooSmall?.parentSchema).toMatchObject({type: 'integer', minimum: 100})
  })

  it('reports a missing schema file as a broken install (INTERNAL), on first use only', () => {
    const validator = schemaValidator('no-such.schema.json', 'test', {})
    let thrown: unknown
    try {
      validator()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ScannerError)
    expect((thrown as ScannerError).code).toBe('INTERNAL')
    expect((thrown as ScannerError).message).toMatch(/^The test schema could not be loaded from .*\/schemas\/no-such\.schema\.json\.$/)
    expect((thrown as ScannerError).suggestions).toEqual(['Reinstall datenreife; the package must contain schemas/no-such.schema.json.'])
  })
})
