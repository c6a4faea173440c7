/**
 * Column-level precision and recall of detectColumnPii on the labelled evaluation set
 * (test/fixtures/pii-eval: 20 German business tables with hard negatives and cryptic headers), against
 * the targets of the issue. The metric helpers are tested first, so a wrong count cannot hide a miss.
 */
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {PII_CATEGORIES} from '../../../../src/analyzers/personal-data/categories.js'
import {detectColumnPii} from '../../../../src/analyzers/personal-data/column-verdict.js'
import {
  CHECKSUM_CATEGORIES,
  type ColumnOutcome,
  type EvaluationLabels,
  PII_EVALUATION_TARGETS,
  columnErrors,
  columnsOf,
  evaluateColumns,
  formatScoreTable,
  parseSemicolonCsv,
} from '../../../helpers/pii-evaluation.js'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/pii-eval/', import.meta.url))
const readFixture = (relative: string) => readFileSync(path.join(FIXTURES, relative), 'utf8')
const labels = JSON.parse(readFixture('labels.json')) as EvaluationLabels

describe('pii evaluation helpers', () => {
  const outcome = (column: string, expected: ColumnOutcome['expected'], detected: ColumnOutcome['detected']): ColumnOutcome => ({
    table: 't.csv',
    column,
    expected,
    detected,
  })

  it('counts true and false positives and negatives per category and micro-averages them', () => {
    const summary = evaluateColumns([
      outcome('Mail', ['email'], ['email']),
      outcome('Notiz', ['email', 'phone'], ['email']),
      outcome('ArtNr', [], ['tax_id_de']),
      outcome('Tel', ['phone'], ['phone']),
      outcome('Menge', [], []),
    ])
    expect(summary.perCategory).toEqual([
      {category: 'email', tp: 2, fp: 0, fn: 0, precision: 1, recall: 1},
      {category: 'phone', tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5},
      {category: 'tax_id_de', tp: 0, fp: 1, fn: 0, precision: 0, recall: null},
    ])
    expect(summary.overall).toEqual({tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75})
  })

  it('leaves precision undefined when nothing was detected, and lists every error', () => {
    const outcomes = [outcome('IBAN', ['iban'], []), outcome('Charge', [], ['iban', 'vat_id'])]
    expect(evaluateColumns([outcome('IBAN', ['iban'], [])]).overall).toEqual({tp: 0, fp: 0, fn: 1, precision: null, recall: 0})
    expect(columnErrors(outcomes)).toEqual([
      {table: 't.csv', column: 'IBAN', category: 'iban', kind: 'false negative'},
      {table: 't.csv', column: 'Charge', category: 'iban', kind: 'false positive'},
      {table: 't.csv', column: 'Charge', category: 'vat_id', kind: 'false positive'},
    ])
  })

  it('prints one line per category and the overall line', () => {
    const text = formatScoreTable(evaluateColumns([outcome('Mail', ['email'], ['email']), outcome('X', [], ['phone'])]))
    const lines = text.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toMatch(/^email\s+1\s+0\s+0\s+100\.0 %\s+100\.0 %$/)
    expect(lines[3]).toMatch(/^phone\s+0\s+1\s+0\s+0\.0 %\s+–$/)
    expect(lines[4]).toMatch(/^overall \(micro\)\s+1\s+1\s+0\s+50\.0 %\s+100\.0 %$/)
  })

  it('parses the semicolon dialect with quotes, doubled quotes, CRLF and a missing last line end', () => {
    const rows = parseSemicolonCsv('a;b;c\r\n"x;y";"say ""hi""";\r\n1;"line\r\nbreak";3')
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'say "hi"', ''],
      ['1', 'line\r\nbreak', '3'],
    ])
    expect(columnsOf(rows).map((c) => [c.header, c.values])).toEqual([
      ['a', ['x;y', '1']],
      ['b', ['say "hi"', 'line\r\nbreak']],
      ['c', ['', '3']],
    ])
  })
})

describe('personal-data evaluation set', () => {
  const tempDirs: string[] = []
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, {recursive: true, force: true})
  })

  it('is what generate.mjs writes, byte for byte', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pii-eval-'))
    tempDirs.push(out)
    await promisify(execFile)(process.execPath, [path.join(FIXTURES, 'generate.mjs'), '--out', out])
    const committed = readdirSync(path.join(FIXTURES, 'tables')).sort()
    expect(readdirSync(path.join(out, 'tables')).sort()).toEqual(committed)
    for (const file of committed) {
      expect(readFileSync(path.join(out, 'tables', file), 'utf8'), file).toBe(readFixture(`tables/${file}`))
    }
    expect(readFileSync(path.join(out, 'labels.json'), 'utf8')).toBe(readFixture('labels.json'))
  })

  it('labels every column of every table with known categories, and has positives for every checksum category', () => {
    expect(labels.tables.length).toBeGreaterThanOrEqual(12)
    const known = new Set<string>(PII_CATEGORIES)
    for (const table of labels.tables) {
      const rows = parseSemicolonCsv(readFixture(`tables/${table.file}`))
      expect(rows[0], table.file).toEqual(table.columns.map((c) => c.header))
      expect(rows.length - 1, table.file).toBe(table.rows)
      expect(rows.every((r) => r.length === rows[0].length), table.file).toBe(true)
      for (const column of table.columns) expect(column.pii.filter((c) => !known.has(c)), `${table.file} ${column.header}`).toEqual([])
    }
    const labelled = new Set(labels.tables.flatMap((t) => t.columns.flatMap((c) => c.pii)))
    expect(CHECKSUM_CATEGORIES.filter((c) => !labelled.has(c))).toEqual([])
  })

  it('meets the precision and recall targets at column level', () => {
    const outcomes: ColumnOutcome[] = labels.tables.flatMap((table) => {
      const columns = columnsOf(parseSemicolonCsv(readFixture(`tables/${table.file}`)))
      return table.columns.map((label, j) => ({
        table: table.file,
        column: label.header,
        expected: label.pii,
        detected: detectColumnPii(label.header, columns[j].values).map((v) => v.category),
      }))
    })
    const summary = evaluateColumns(outcomes)
    const errors = columnErrors(outcomes)
    console.log(
      [
        `personal-data evaluation: ${outcomes.length} columns in ${labels.tables.length} tables`,
        formatScoreTable(summary),
        errors.length === 0 ? 'no errors' : 'errors:',
        ...errors.map((e) => `  ${e.kind}: ${e.table} ${e.column} → ${e.category}`),
      ].join('\n'),
    )
    const checksumBelowTarget = summary.perCategory.filter(
      (c) => CHECKSUM_CATEGORIES.includes(c.category) && c.precision !== null && c.precision < PII_EVALUATION_TARGETS.checksumPrecision,
    )
    expect(checksumBelowTarget, 'checksum categories need precision 1.0').toEqual([])
    expect(summary.overall.precision ?? 0).toBeGreaterThanOrEqual(PII_EVALUATION_TARGETS.overallPrecision)
    expect(summary.overall.recall ?? 0).toBeGreaterThanOrEqual(PII_EVALUATION_TARGETS.overallRecall)
  })
})
