#!/usr/bin/env node
// Recounts a generated customer export from disk, independently of the generator's bookkeeping,
// and compares it with <file>.truth.json. Parses with csv-parse and counts with exact sets, so it
// is slow and memory-hungry (≈ 1 GB at 5M rows) — a check of the generator, not a benchmark.
//
//   node bench/verify-truth.mjs bench/data/customers-1m.csv

import {createHash} from 'node:crypto'
import {createReadStream, readFileSync, statSync} from 'node:fs'

import {parse} from 'csv-parse'

import {dateFormat, numberFormat} from './lib/truth.mjs'
import {LEGAL_FORM_VARIANTS} from './lib/vocabulary.mjs'

const file = process.argv[2]
if (!file || process.argv.length > 3) {
  process.stderr.write('usage: node bench/verify-truth.mjs <customers.csv>\n')
  process.exit(2)
}
const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8'))
const header = truth.header
const col = (name) => header.indexOf(name)

const counts = {
  rows: 0,
  exactDuplicateRows: 0,
  nearDuplicateRows: 0,
  quotedFields: 0,
  columns: Object.fromEntries(header.map((name) => [name, {empty: 0, placeholder: 0}])),
  formats: Object.fromEntries(Object.keys(truth.formats).map((name) => [name, {}])),
}
const FORM_VARIANTS = Object.entries(LEGAL_FORM_VARIANTS)
  .flatMap(([canonical, variants]) => [canonical, ...variants].map((v) => [fold(v), fold(canonical)]))
  .sort((a, b) => b[0].length - a[0].length)

const placeholderValues = new Set(['n/a', 'k.A.', '-', 'unbekannt', '00.00.0000'])
const seenRows = new Set()
const seenKundennummer = new Set()
const seenIdentities = new Set()
let headerChecked = false

const parser = createReadStream(file).pipe(parse({delimiter: ';', relax_column_count: false, raw: true}))
for await (const {record, raw} of parser) {
  if (!headerChecked) {
    if (record.join(';') !== header.join(';')) fail(`header differs: ${record.join(';')}`)
    headerChecked = true
    continue
  }
  counts.rows++
  if (raw.includes('"')) counts.quotedFields += countQuotedFields(raw)
  const rowKey = createHash('sha1').update(record.join('\u0000')).digest('base64')
  if (seenRows.has(rowKey)) {
    counts.exactDuplicateRows++
  } else {
    seenRows.add(rowKey)
    const identity = identityKey(record)
    if (seenIdentities.has(identity)) counts.nearDuplicateRows++
    else seenIdentities.add(identity)
  }
  seenKundennummer.add(record[0])
  for (let c = 0; c < header.length; c++) {
    const value = record[c]
    const tally = counts.columns[header[c]]
    if (value === '') tally.empty++
    else if (placeholderValues.has(value)) tally.placeholder++
    else if (header[c] in counts.formats) {
      const kind = header[c] === 'Geburtsdatum' || header[c] === 'Kunde seit' ? dateFormat(value) : numberFormat(value)
      const formats = counts.formats[header[c]]
      formats[kind] = (formats[kind] ?? 0) + 1
    }
  }
}

const problems = []
const compare = (what, actual, expected) => {
  const ok = actual === expected
  if (!ok) problems.push(what)
  console.log(`${ok ? 'ok  ' : 'DIFF'} ${what}: file ${actual}, truth ${expected}`)
}
compare('bytes', statSync(file).size, truth.bytes)
compare('lines', await countLineFeeds(file), truth.lines)
compare('rows', counts.rows, truth.rows)
compare('exact duplicate rows', counts.exactDuplicateRows, truth.exactDuplicateRows)
compare('distinct Kundennummer', seenKundennummer.size, truth.distinctKundennummer)
compare('quoted fields', counts.quotedFields, truth.quotedFields)
for (const name of header) {
  compare(`${name}: empty`, counts.columns[name].empty, truth.columns[name].empty)
  compare(`${name}: placeholder`, counts.columns[name].placeholder, truth.columns[name].placeholder)
}
for (const [name, formats] of Object.entries(truth.formats)) {
  for (const [kind, expected] of Object.entries(formats)) compare(`${name}: ${kind}`, counts.formats[name][kind] ?? 0, expected)
}
// near duplicates: rows whose normalised name+address was seen before. Not exact by nature
// (two different customers may normalise alike), so a small tolerance.
const near = counts.nearDuplicateRows
const nearOk = Math.abs(near - truth.nearDuplicateRows) <= Math.max(5, truth.nearDuplicateRows * 0.005)
if (!nearOk) problems.push('near duplicates')
console.log(`${nearOk ? 'ok  ' : 'DIFF'} near duplicates found by normalising name and address: ${near}, truth ${truth.nearDuplicateRows} (±0.5 %)`)

if (problems.length > 0) fail(`${problems.length} difference(s): ${problems.join(', ')}`)
console.log('truth file matches the CSV')

function fail(message) {
  console.error(`verify-truth: ${file}: ${message}`)
  process.exit(1)
}

/** Fields that start with a quote in one raw record (quoted fields may hold `;` and `""`). */
function countQuotedFields(raw) {
  let n = 0
  let inQuotes = false
  let fieldStart = true
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (inQuotes) {
      if (ch === '"') {
        if (raw[i + 1] === '"') i++
        else inQuotes = false
      }
    } else if (ch === '"' && fieldStart) {
      inQuotes = true
      n++
    }
    fieldStart = !inQuotes && ch === ';'
  }
  return n
}

async function countLineFeeds(path) {
  let n = 0
  for await (const chunk of createReadStream(path)) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++
  }
  return n
}

/** Lower-case, ä → ae, ß → ss, whitespace collapsed: what a person would not count as different. */
function fold(text) {
  return text.toLowerCase().replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .replace(/\s+/g, ' ').trim()
}

function identityKey(record) {
  const street = fold(record[col('Strasse')]).replace(/strasse\b/, 'str.')
  let company = fold(record[col('Firma')])
  for (const [variant, canonical] of FORM_VARIANTS) {
    if (company.endsWith(' ' + variant)) {
      company = company.slice(0, -variant.length) + canonical
      break
    }
  }
  return [fold(record[col('Vorname')]), fold(record[col('Nachname')]), company, street,
    record[col('PLZ')], fold(record[col('Ort')]), record[col('Telefon')], record[col('IBAN')]].join('|')
}
