import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ScannerError} from '../../../src/errors.js'
import {FINDING_CODES} from '../../../src/findings/finding-codes.js'
import {REPORT_FILE_NAME, prepareValidator, renderJson, validateReport, writeJsonReport} from '../../../src/reporters/json-reporter.js'
import {type InferredType, SCHEMA_VERSION, type ScanReport} from '../../../src/report/scan-report.js'
import {maximalReport, minimalReport, realisticReport} from '../../fixtures/reports/reports.js'

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type SchemaNode = {[key: string]: Json}

const schema = JSON.parse(await readFile(new URL('../../../schemas/scan-report.schema.json', import.meta.url), 'utf8')) as SchemaNode

function errorOf(fn: () => unknown): ScannerError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ScannerError) return error
    throw error
  }
  throw new Error('expected a ScannerError')
}

/** A deep copy that a test may break on purpose. */
function copy<T>(value: T): T {
  return structuredClone(value)
}

function def(name: string): SchemaNode {
  return (schema.$defs as SchemaNode)[name] as SchemaNode
}

describe('schemas/scan-report.schema.json', () => {
  it('accepts the maximal report (every optional field present)', () => {
    expect(() => validateReport(maximalReport())).not.toThrow()
  })

  it('validates the same after the validator was prepared ahead of time (twice)', () => {
    prepareValidator()
    prepareValidator()
    expect(() => validateReport(minimalReport())).not.toThrow()
    const broken = {...minimalReport(), unknownField: 1} as unknown as ScanReport
    expect(() => validateReport(broken)).toThrow(ScannerError)
  })

  it('accepts the minimal report and a realistic one', () => {
    expect(() => validateReport(minimalReport())).not.toThrow()
    expect(() => validateReport(realisticReport())).not.toThrow()
  })

  it('declares every field it knows in the maximal report too (schema ⊆ types)', () => {
    // walk the schema next to the maximal report: every declared property must exist in the data, so the
    // schema cannot carry a field the TypeScript contract lacks
    const missing: string[] = []
    const resolve = (node: SchemaNode): SchemaNode =>
      typeof node.$ref === 'string' ? resolve(def(node.$ref.replace('#/$defs/', ''))) : node
    const walk = (nodeIn: SchemaNode, data: unknown, path: string): void => {
      const node = resolve(nodeIn)
      if (Array.isArray(data) && node.items && typeof node.items === 'object') {
        data.forEach((item, i) => walk(node.items as SchemaNode, item, `${path}/${i}`))
      }
      if (data && typeof data === 'object' && !Array.isArray(data) && node.properties) {
        for (const [key, sub] of Object.entries(node.properties as SchemaNode)) {
          const value = (data as Record<string, unknown>)[key]
          if (value === undefined) missing.push(`${path}/${key}`)
          else walk(sub as SchemaNode, value, `${path}/${key}`)
        }
      }
    }
    walk(schema, maximalReport(), '')
    expect(missing).toEqual([])
  })

  it('rejects a misspelled field and names its path', () => {
    const report = copy(maximalReport()) as unknown as Record<string, unknown> & ScanReport
    const col = report.sources[0].tables[0].columns[0] as unknown as Record<string, unknown>
    col.nullcount = col.nullCount
    delete col.nullCount
    const error = errorOf(() => validateReport(report))
    expect(error.code).toBe('REPORT_INVALID')
    expect(error.message).toContain('/sources/0/tables/0/columns/0: unknown field "nullcount"')
    expect(error.message).toContain('/sources/0/tables/0/columns/0: missing field "nullCount"')
  })

  it('rejects unknown fields on every level of our own objects', () => {
    const report = copy(maximalReport())
    ;(report.sources[0].tables[0].duplicates as unknown as Record<string, unknown>).exactRowz = 1
    ;(report.folders[0].ageBands as unknown as Record<string, unknown>).under5Years = 1
    ;(report.scan as unknown as Record<string, unknown>).user = 'me'
    const error = errorOf(() => validateReport(report))
    expect(error.message).toContain('exactRowz')
    expect(error.message).toContain('under5Years')
    expect(error.message).toContain('"user"')
  })

  it('rejects values outside the enums', () => {
    const report = copy(realisticReport())
    ;(report.sources[0].tables[0].columns[0] as {inferredType: string}).inferredType = 'number'
    ;(report.sources[0].tables[0].findings[0] as {code: string}).code = 'MISSING_STUFF'
    const error = errorOf(() => validateReport(report))
    expect(error.message).toContain('/sources/0/tables/0/columns/0/inferredType')
    expect(error.message).toContain('/sources/0/tables/0/findings/0/code')
  })

  it('rejects a failed source without its error', () => {
    const report = copy(realisticReport())
    delete report.sources[2].error
    expect(errorOf(() => validateReport(report)).message).toContain('/sources/2: missing field "error"')
  })

  it('rejects a NaN count, which JSON would silently turn into null', () => {
    const report = copy(realisticReport())
    report.sources[0].tables[0].rowCount = Number.NaN
    expect(errorOf(() => validateReport(report)).message).toContain('/sources/0/tables/0/rowCount')
  })

  it('rejects another schemaVersion and a completeness above 1', () => {
    const report = copy(realisticReport())
    report.schemaVersion = '2.0.0'
    report.sources[0].tables[0].columns[0].completeness = 1.5
    const message = errorOf(() => validateReport(report)).message
    expect(message).toContain('/schemaVersion')
    expect(message).toContain('/completeness')
  })

  it('lists at most five problems and counts the rest', () => {
    const report = copy(realisticReport()) as unknown as Record<string, unknown>
    for (let i = 0; i < 8; i++) report[`extra${i}`] = i
    const message = errorOf(() => validateReport(report as unknown as ScanReport)).message
    expect(message.match(/unknown field/g)).toHaveLength(5)
    expect(message).toContain('and 3 more')
  })

  it('rejects scores, use cases and actions that do not follow the contract', () => {
    const report = copy(maximalReport() as unknown as ScanReport)
    expect(() => validateReport(report)).not.toThrow()
    const wrongBand = copy(report)
    ;(wrongBand.scores.datenbasis as {band: string}).band = 'mittel'
    expect(() => validateReport(wrongBand)).toThrow(/band/)
    const wrongStatus = copy(report)
    ;(wrongStatus.useCases[0] as {status: string}).status = 'fast'
    expect(() => validateReport(wrongStatus)).toThrow(/status/)
    const noRank = copy(report)
    delete (noRank.recommendations[0] as {rank?: number}).rank
    expect(() => validateReport(noRank)).toThrow(/rank/)
  })

  it('states the contract’s version, finding codes and enums', () => {
    expect((schema.properties as SchemaNode).schemaVersion).toEqual({const: SCHEMA_VERSION})
    expect(def('findingCode').enum).toEqual([...FINDING_CODES])
    const inferred: InferredType[] = ['integer', 'decimal', 'boolean', 'date', 'datetime', 'text', 'empty', 'mixed']
    const column = def('column').properties as SchemaNode
    expect((column.inferredType as SchemaNode).enum).toEqual(inferred)
    expect(def('severity').enum).toEqual(['info', 'warning', 'error'])
  })
})

describe('renderJson', () => {
  it('pretty-prints with two spaces and round-trips', () => {
    const report = realisticReport()
    const text = renderJson(report)
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "1.3.0",')
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('refuses an invalid report', () => {
    const report = copy(realisticReport()) as unknown as Record<string, unknown>
    delete report.tool
    expect(errorOf(() => renderJson(report as unknown as ScanReport)).code).toBe('REPORT_INVALID')
  })
})

describe('writeJsonReport', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'datenreife-json-'))
  })
  afterEach(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('creates the folder, writes the file and leaves no temp file', async () => {
    const out = join(dir, 'berichte', '2024-02')
    const path = await writeJsonReport(realisticReport(), out)
    expect(path).toBe(join(out, REPORT_FILE_NAME))
    expect(await readFile(path, 'utf8')).toBe(`${renderJson(realisticReport())}\n`)
    expect(await readdir(out)).toEqual([REPORT_FILE_NAME])
  })

  it('replaces an earlier report', async () => {
    await writeJsonReport(realisticReport(), dir)
    await writeJsonReport(minimalReport(), dir)
    expect(JSON.parse(await readFile(join(dir, REPORT_FILE_NAME), 'utf8')).sources).toEqual([])
  })

  it('fails with OUTPUT_WRITE_FAILED when the out path is a file', async () => {
    const file = join(dir, 'kein-ordner')
    await writeFile(file, 'x')
    const error = await writeJsonReport(minimalReport(), file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScannerError)
    expect((error as ScannerError).code).toBe('OUTPUT_WRITE_FAILED')
    expect((error as ScannerError).message).toContain(file)
    expect((error as ScannerError).suggestions.length).toBeGreaterThan(0)
  })

  it('writes nothing for an invalid report', async () => {
    const report = copy(minimalReport()) as unknown as Record<string, unknown>
    report.surprise = true
    const error = await writeJsonReport(report as unknown as ScanReport, dir).catch((e: unknown) => e)
    expect((error as ScannerError).code).toBe('REPORT_INVALID')
    expect(await readdir(dir)).toEqual([])
  })
})
