/**
 * Realistic German cells for speed measurements: rows of the benchmark's customer export (18 columns:
 * Kundennummer, PLZ, Telefon, IBAN, dates in two formats, amounts in three, discounts, ja/nein,
 * blanks, placeholders, free text), made in memory by the benchmark's own generator, so the mix is the
 * one `npm run bench` scans.
 */
import type {RawValue} from '../../../src/connectors/connector.js'

interface RowFactory {
  fresh(): string[]
}
interface CustomerRowsModule {
  COLUMNS: string[]
  CustomerRowFactory: new (rng: unknown) => RowFactory
}
interface PrngModule {
  Prng: new (seed: number) => unknown
}

export interface GermanTable {
  columns: string[]
  rows: RawValue[][]
  cellCount: number
}

/** At least `cells` cells (whole rows), deterministic for a seed. */
export async function germanTable(cells: number, seed = 20240601): Promise<GermanTable> {
  const rowsModule = (await import(new URL('../../../bench/lib/customer-rows.mjs', import.meta.url).href)) as CustomerRowsModule
  const prngModule = (await import(new URL('../../../bench/lib/prng.mjs', import.meta.url).href)) as PrngModule
  const factory = new rowsModule.CustomerRowFactory(new prngModule.Prng(seed))
  const width = rowsModule.COLUMNS.length
  const rows: RawValue[][] = []
  // The generator builds values by concatenation (V8 rope strings, slow to read char by char); a CSV
  // reader hands out flat strings decoded from bytes, so flatten them the same way.
  for (let n = 0; n < cells; n += width) rows.push(factory.fresh().map((v) => Buffer.from(v, 'utf8').toString('utf8')))
  return {columns: rowsModule.COLUMNS, rows, cellCount: rows.length * width}
}
