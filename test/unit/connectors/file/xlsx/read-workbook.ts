/** Test helpers: paths of the fixtures and datasets, and a reader that collects a workbook completely. */
import {resolve} from 'node:path'
import type {RawValue, SourceFacts, SourceReader, TableFacts} from '../../../../../src/connectors/connector.js'
import {DATASETS as SHARED_DATASETS} from '../../../../helpers/run-cli.js'

export const ROOT = resolve(import.meta.dirname, '../../../../..')
export const FIXTURES = resolve(ROOT, 'test/fixtures/xlsx')
export const DATASETS = SHARED_DATASETS

export interface ReadTable {
  name: string
  columns: string[]
  headerRow: number | null
  sample: RawValue[][]
  rows: RawValue[][]
  bytes: number
  totalBytes?: number
  facts: TableFacts
  blankRowsInData: number
}

export interface ReadWorkbook {
  facts: SourceFacts
  tables: ReadTable[]
}

/** Opens, reads every table's rows and facts, closes. */
export async function readWorkbook(reader: SourceReader): Promise<ReadWorkbook> {
  try {
    const facts = await reader.open()
    const tables: ReadTable[] = []
    for await (const table of reader.tables()) {
      const rows: RawValue[][] = []
      let bytes = 0
      for await (const batch of table.rows()) {
        rows.push(...batch.rows)
        bytes += batch.bytes
      }
      tables.push({
        name: table.name,
        columns: table.columns.map((c) => c.name),
        headerRow: table.headerRow,
        sample: table.sample,
        rows,
        bytes,
        totalBytes: table.totalBytes,
        facts: table.facts(),
        blankRowsInData: (table as unknown as {blankRowsInData: number}).blankRowsInData,
      })
    }
    return {facts, tables}
  } finally {
    await reader.close()
  }
}

export function column(table: ReadTable, name: string): RawValue[] {
  const index = table.columns.indexOf(name)
  if (index < 0) throw new Error(`no column ${name} in ${table.name}: ${table.columns.join(', ')}`)
  return table.rows.map((row) => row[index])
}

export function codes(facts: TableFacts | SourceFacts): string[] {
  return facts.findings.map((f) => f.code)
}
