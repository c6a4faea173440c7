import {chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {SourceFacts, TableSource} from '../../../../../src/connectors/connector.js'
import {createCsvReader} from '../../../../../src/connectors/file/csv/csv-reader.js'
import {readCsvRange} from '../../../../../src/connectors/file/csv/csv-range-reader.js'
import {ScannerError} from '../../../../../src/errors.js'

const FIXTURES = resolve('test/fixtures/csv')
const tmp = mkdtempSync(join(tmpdir(), 'datenreife-csv-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

interface Scanned {
  facts: SourceFacts
  table: TableSource
  rows: unknown[][]
}

async function scan(path: string): Promise<Scanned> {
  const reader = createCsvReader(path)
  const facts = await reader.open()
  const tables: TableSource[] = []
  for await (const table of reader.tables()) tables.push(table)
  expect(tables).toHaveLength(1)
  const rows: unknown[][] = []
  for await (const batch of tables[0].rows()) rows.push(...batch.rows)
  await reader.close()
  return {facts, table: tables[0], rows}
}

async function failure(path: string): Promise<ScannerError> {
  try {
    await scan(path)
  } catch (error) {
    if (error instanceof ScannerError) return error
    throw error
  }
  throw new Error(`${path} was read without error`)
}

const names = (table: TableSource): string[] => table.columns.map((c) => c.name)

describe('createCsvReader on fixtures', () => {
  it('reads Windows-1252 with umlauts, € and – in header and values', async () => {
    const {facts, table, rows} = await scan(join(FIXTURES, 'kunden-windows1252.csv'))
    expect(facts.kind).toBe('csv')
    expect(facts.dialect).toEqual({encoding: 'windows-1252', bom: false, delimiter: ';', quote: '"', lineEnding: 'crlf', headerLine: 1, linesAboveHeader: 0, decimalSeparator: ','})
    expect(facts.file?.sizeBytes).toBe(296)
    expect(Number.isNaN(Date.parse(facts.file?.modifiedAt ?? ''))).toBe(false)
    expect(facts.findings).toEqual([])
    expect(table.name).toBe('kunden-windows1252.csv')
    expect(names(table)).toEqual(['Kundennr', 'Name', 'Straße', 'Ort', 'Umsatz (€)', 'Bemerkung'])
    expect(table.headerRow).toBe(1)
    expect(table.sourceTyped).toBe(false)
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual(['10001', 'Müller GmbH', 'Hauptstraße 5', 'München', '1.234,56', 'Zahlung – pünktlich'])
    expect(rows[3]).toEqual(['10004', 'Weiß & Söhne KG', 'Schloßallee 1', 'Düsseldorf', '0,99', '€-Preis'])
    expect(table.sample).toEqual(rows)
  })

  it('reads UTF-8 with BOM (the BOM is not part of the first name)', async () => {
    const {facts, table, rows} = await scan(join(FIXTURES, 'artikel-utf8-bom.csv'))
    expect(facts.dialect).toMatchObject({encoding: 'utf-8', bom: true, lineEnding: 'lf', decimalSeparator: ','})
    expect(names(table)[0]).toBe('Artikelnr')
    expect(rows[2]).toEqual(['A-102', 'Holzleim „Express“ 500 g', '4,95', 'Regal Nord'])
  })

  it('reads ISO-8859-1', async () => {
    const {facts, table, rows} = await scan(join(FIXTURES, 'lieferanten-latin1.csv'))
    expect(facts.dialect).toMatchObject({encoding: 'iso-8859-1', delimiter: ';', lineEnding: 'crlf'})
    expect(names(table)).toEqual(['Lieferant', 'Ansprechpartner', 'Straße', 'PLZ', 'Ort'])
    expect(rows).toEqual([
      ['Großhandel Özdemir', 'Frau Jäger', 'Industriestraße 7', '28195', 'Bremen'],
      ['Maßwerk AG', 'Herr Groß', 'Lindenstraße 22', '01067', 'Dresden'],
    ])
  })

  it('skips notes above the header and reports them', async () => {
    const {facts, table, rows} = await scan(join(FIXTURES, 'export-mit-notizen.csv'))
    expect(facts.dialect).toMatchObject({headerLine: 4, linesAboveHeader: 3})
    expect(table.headerRow).toBe(4)
    expect(names(table)).toEqual(['Belegnr', 'Datum', 'Betrag', 'Kunde'])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual(['R-2024-001', '02.01.2024', '119,00', 'Müller GmbH'])
    expect(facts.findings).toEqual([
      {code: 'NOTES_ABOVE_HEADER', severity: 'warning', table: 'export-mit-notizen.csv', data: {lines: [1, 2], count: 2, headerLine: 4, linesAboveHeader: 3}},
    ])
  })

  it('reads quoted fields with embedded newlines, delimiters and doubled quotes in a CRLF file', async () => {
    const {facts, rows} = await scan(join(FIXTURES, 'notizen-quoted.csv'))
    expect(facts.dialect).toMatchObject({lineEnding: 'crlf', quote: '"', delimiter: ';'})
    expect(rows).toEqual([
      ['1', 'Müller; Hans', 'erste Zeile\r\nzweite Zeile', '10,50'],
      ['2', 'Schäfer', 'sagte "ja" am Telefon', '20,00'],
      ['3', 'Jürgens', 'Adresse:\nHauptstraße 5\n80331 München', '7,25'],
      ['4', 'Weiß', 'ohne Notiz', '1,00'],
    ])
  })

  it('yields ragged rows as they are', async () => {
    const {table, rows} = await scan(join(FIXTURES, 'ragged.csv'))
    expect(names(table)).toEqual(['Kundennr', 'Name', 'Ort', 'Telefon'])
    expect(rows.map((r) => r.length)).toEqual([4, 3, 5, 4])
  })

  it('reads tab- and pipe-separated exports', async () => {
    const tsv = await scan(join(FIXTURES, 'lager.tsv'))
    expect(tsv.facts.dialect?.delimiter).toBe('\t')
    expect(names(tsv.table)).toEqual(['Artikel', 'Bestand', 'Mindestbestand', 'Letzte Inventur'])
    expect(tsv.rows).toHaveLength(3)
    const pipe = await scan(join(FIXTURES, 'preise.txt'))
    expect(pipe.facts.dialect).toMatchObject({delimiter: '|', decimalSeparator: ','})
    expect(pipe.rows[2]).toEqual(['Holzleim 500 g', '4,16', '4,95', '15.01.2024'])
  })

  it('yields a repeated header line in the middle as a row', async () => {
    const {table, rows} = await scan(join(FIXTURES, 'doppelter-kopf.csv'))
    expect(table.headerRow).toBe(1)
    expect(rows).toHaveLength(5)
    expect(rows[2]).toEqual(['Kundennr', 'Name', 'Ort'])
  })

  it('recognises our own DATEV EXTF file (Windows-1252) and reads the header from line 2', async () => {
    const {facts, table, rows} = await scan(join(FIXTURES, 'EXTF_Buchungsstapel_eigen.csv'))
    expect(facts.datev).toEqual({
      marker: 'EXTF',
      versionNumber: 700,
      category: 21,
      formatName: 'Buchungsstapel',
      formatVersion: 13,
      createdAt: '2024-02-03T09:15:00.000',
      consultantNumber: '29098',
      clientNumber: '55003',
      fiscalYearStart: '2024-01-01',
      accountLength: 4,
      periodFrom: '2024-01-01',
      periodTo: '2024-01-31',
      currency: 'EUR',
    })
    expect(facts.dialect).toMatchObject({encoding: 'windows-1252', headerLine: 2, linesAboveHeader: 1, delimiter: ';'})
    expect(facts.findings.map((f) => f.code)).toEqual(['DATEV_EXPORT'])
    expect(facts.findings[0].data).toMatchObject({category: 21, formatName: 'Buchungsstapel', formatVersion: 13, fiscalYearStart: '2024-01-01'})
    expect(names(table)[9]).toBe('Beleginfo – Art 1')
    expect(rows).toEqual([
      ['119,00', 'S', 'EUR', '10001', '8400', '', '0201', 'R-2024-001', 'Müller GmbH Rechnung', 'Zahlung – bar'],
      ['59,50', 'H', 'EUR', '1200', '10002', '', '0501', 'R-2024-002', 'Schäfer Zahlung', ''],
    ])
  })

  it('reports duplicate column names', async () => {
    const path = join(tmp, 'doppelte-namen.csv')
    writeFileSync(path, 'Name;Name;Ort\nMüller;Hans;Köln\nSchäfer;Eva;Bonn\n')
    const {facts, table} = await scan(path)
    expect(names(table)).toEqual(['Name', 'Name_2', 'Ort'])
    expect(facts.findings).toEqual([{code: 'DUPLICATE_COLUMN_NAMES', severity: 'warning', table: 'doppelte-namen.csv', data: {names: ['Name']}}])
  })

  it('reads UTF-16 with BOM', async () => {
    const path = join(tmp, 'utf16.csv')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name;Ort\r\nMüller;Köln\r\nSchäfer;Bonn\r\n', 'utf16le')]))
    const {facts, table, rows} = await scan(path)
    expect(facts.dialect).toMatchObject({encoding: 'utf-16le', bom: true})
    expect(names(table)).toEqual(['Name', 'Ort'])
    expect(rows).toEqual([['Müller', 'Köln'], ['Schäfer', 'Bonn']])
    expect(table.parallel).toBeUndefined()
  })

  it('reads old Mac files with CR line ends', async () => {
    const path = join(tmp, 'mac.csv')
    writeFileSync(path, 'Name;Ort\rMüller;Köln\r"Schäfer\rEva";Bonn\r')
    const {facts, rows} = await scan(path)
    expect(facts.dialect?.lineEnding).toBe('cr')
    expect(rows).toEqual([['Müller', 'Köln'], ['Schäfer\rEva', 'Bonn']])
  })

  it('honours a given delimiter and encoding', async () => {
    const reader = createCsvReader(join(FIXTURES, 'kunden-windows1252.csv'), {delimiter: ',', encoding: 'iso-8859-1'})
    const facts = await reader.open()
    expect(facts.dialect).toMatchObject({delimiter: ',', encoding: 'iso-8859-1'})
  })

  it('samples at most SAMPLE_ROWS rows, rows() re-yields them first, and the byte counts add up', async () => {
    const path = join(tmp, 'gross.csv')
    const lines = ['Nr;Name;Betrag']
    for (let i = 1; i <= 4500; i++) lines.push(`${i};Kunde ${i} Müller;${i},50`)
    writeFileSync(path, lines.join('\n') + '\n')
    const reader = createCsvReader(path)
    await reader.open()
    for await (const table of reader.tables()) {
      expect(table.sample).toHaveLength(1000)
      let bytes = 0
      const rows: unknown[][] = []
      for await (const batch of table.rows()) {
        expect(batch.rows.length).toBeLessThanOrEqual(5000)
        rows.push(...batch.rows)
        bytes += batch.bytes
      }
      expect(rows).toHaveLength(4500)
      expect(rows.slice(0, 1000)).toEqual(table.sample)
      expect(bytes).toBe(table.totalBytes)
      expect(table.decimalSeparator).toBe(',')
    }
  })

  it('splits the data into byte ranges that read back the same rows', async () => {
    // quoted fields, but none spanning lines: every split point then lands on a record start
    const path = join(tmp, 'ranges.csv')
    const lines = ['Nr;Text;Betrag']
    for (let i = 1; i <= 20000; i++) lines.push(i % 7 === 0 ? `${i};"Zeile ${i}; mit ""Ärger""";${i},5` : `${i};Größe ${i};${i},5`)
    writeFileSync(path, lines.join('\r\n') + '\r\n')
    const {table, rows} = await scan(path)
    const parallel = table.parallel
    expect(parallel).toBeDefined()
    const specs = parallel!.ranges(4)
    expect(specs.length).toBe(4)
    expect(specs[0]).toMatchObject({start: Buffer.byteLength('Nr;Text;Betrag\r\n'), startsAtRecord: true, columnCount: 3})
    expect(specs.slice(1).every((spec) => !spec.startsAtRecord)).toBe(true)
    expect(specs[specs.length - 1].end).toBe(Buffer.byteLength(lines.join('\r\n') + '\r\n'))
    const parts: unknown[][] = []
    let previousNext = specs[0].start
    for (const spec of specs) {
      const range = readCsvRange(spec)
      for await (const batch of range.batches) parts.push(...batch.rows)
      const {firstRecordStart, nextRecordStart} = range.boundaries()
      expect(firstRecordStart).toBe(previousNext)
      previousNext = nextRecordStart
    }
    expect(parts).toEqual(rows)

    // a larger first range (the main thread's): contiguous ranges over the same bytes, the same rows
    const weighted = parallel!.ranges(3, 0.5)
    const dataStart = specs[0].start
    const dataBytes = specs[specs.length - 1].end - dataStart
    expect(weighted.map((spec) => spec.start)).toEqual([dataStart, weighted[0].end, weighted[1].end])
    expect(weighted[0].end - dataStart).toBe(Math.round(dataBytes * 0.5))
    expect(Math.abs(weighted[1].end - weighted[1].start - (weighted[2].end - weighted[2].start))).toBeLessThanOrEqual(1)
    expect(weighted[2].end).toBe(specs[specs.length - 1].end)
    const again: unknown[][] = []
    for (const spec of weighted) for await (const batch of readCsvRange(spec).batches) again.push(...batch.rows)
    expect(again).toEqual(rows)
  })
})

describe('createCsvReader on bad input', () => {
  it('FILE_EMPTY for a 0-byte file, naming the file', async () => {
    const error = await failure(join(FIXTURES, 'leer.csv'))
    expect(error.code).toBe('FILE_EMPTY')
    expect(error.message).toMatch(/^leer\.csv is empty \(0 bytes\)/)
    expect(error.suggestions.length).toBeGreaterThan(0)
  })

  it('FILE_EMPTY for a file of blank lines', async () => {
    const path = join(tmp, 'nur-leerzeilen.csv')
    writeFileSync(path, '\r\n\r\n  \r\n')
    expect((await failure(path)).code).toBe('FILE_EMPTY')
  })

  it('FILE_BINARY for an xlsx renamed to .csv and for binary data', async () => {
    const zip = await failure(join(FIXTURES, 'kunden-xlsx-umbenannt.csv'))
    expect(zip.code).toBe('FILE_BINARY')
    expect(zip.message).toMatch(/kunden-xlsx-umbenannt\.csv .*\.xlsx/)
    const binary = await failure(join(FIXTURES, 'binaer.csv'))
    expect(binary.code).toBe('FILE_BINARY')
    expect(binary.message).toMatch(/binaer\.csv is not a text file/)
  })

  it('RECORD_TOO_LARGE for a 50 MB single line, without reading it all', async () => {
    const path = join(tmp, 'eine-zeile.csv')
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x61))
    const started = Date.now()
    const error = await failure(path)
    expect(error.code).toBe('RECORD_TOO_LARGE')
    expect(error.message).toMatch(/^eine-zeile\.csv: .*more than 8 MB/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('RECORD_TOO_LARGE for a quote that never closes in a big file', async () => {
    const path = join(tmp, 'offenes-anfuehrungszeichen.csv')
    const row = 'abc;def;ghi\n'
    writeFileSync(path, 'a;b;c\n1;"offen;x\n' + row.repeat(Math.ceil((9 * 1024 * 1024) / row.length)))
    const error = await failure(path)
    expect(error.code).toBe('RECORD_TOO_LARGE')
  })

  it('SOURCE_VANISHED when the file disappears between open() and rows()', async () => {
    const path = join(tmp, 'weg.csv')
    writeFileSync(path, 'a;b\n1;2\n')
    const reader = createCsvReader(path)
    await reader.open()
    for await (const table of reader.tables()) {
      unlinkSync(path)
      let caught: unknown
      try {
        for await (const batch of table.rows()) expect(batch).toBeDefined()
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(ScannerError)
      expect((caught as ScannerError).code).toBe('SOURCE_VANISHED')
      expect((caught as ScannerError).message).toMatch(/^weg\.csv disappeared/)
    }
  })

  it('SOURCE_NOT_FOUND for a missing file and SOURCE_UNREADABLE for a folder named .csv', async () => {
    expect((await failure(join(tmp, 'gibt-es-nicht.csv'))).code).toBe('SOURCE_NOT_FOUND')
    const folder = join(tmp, 'ordner.csv')
    mkdirSync(folder)
    expect((await failure(folder)).code).toBe('SOURCE_UNREADABLE')
  })

  it('SOURCE_UNREADABLE without read permission (skipped in effect when running as root)', async () => {
    const path = join(tmp, 'gesperrt.csv')
    writeFileSync(path, 'a;b\n1;2\n')
    chmodSync(path, 0o000)
    const isRoot = process.getuid?.() === 0
    if (isRoot) {
      // root reads anyway: the file must then simply scan
      expect((await scan(path)).rows).toEqual([['1', '2']])
    } else {
      expect((await failure(path)).code).toBe('SOURCE_UNREADABLE')
    }
  })
})
