/**
 * One realistic `data` object per FindingCode, typed against FindingParams: a code added to the contract
 * or a key renamed in FindingParams breaks compilation here first.
 */
import type {FindingParams} from '../../../src/findings/finding-params.js'
import type {FindingCode} from '../../../src/report/scan-report.js'

export const FINDING_SAMPLES: {[C in FindingCode]: FindingParams[C]} = {
  EMPTY_TABLE: {columns: 4},
  EMPTY_COLUMN: {rows: 1234},
  CONSTANT_COLUMN: {value: 'DE', count: 1234},
  LOW_COMPLETENESS: {completeness: 0.325, missing: 833, rows: 1234},
  PLACEHOLDERS: {count: 45, values: ['k.A.', '-'], counts: [30, 15]},
  MIXED_TYPES: {kinds: ['integer', 'text'], counts: [950, 50]},
  MIXED_DATE_FORMATS: {formats: ['dd.mm.yyyy', 'yyyy-mm-dd'], counts: [950, 50]},
  MIXED_NUMBER_FORMATS: {formats: ['1.234,56', '1234.56'], counts: [1900, 100]},
  NUMBERS_AS_TEXT: {count: 120, rows: 1234},
  REPEATED_HEADER: {count: 3, lines: [1002, 2003]},
  NOTES_ABOVE_HEADER: {lines: 2, headerLine: 3},
  NOTES_BELOW_DATA: {count: 3},
  NO_HEADER: {columns: 7},
  DUPLICATE_COLUMN_NAMES: {names: ['Datum', 'Betrag']},
  RAGGED_ROWS: {shortRows: 40, longRows: 17, columns: 12, lines: [15, 98]},
  DUPLICATE_ROWS: {rows: 12, groups: 10, share: 0.0097},
  DUPLICATE_KEY_VALUES: {columns: ['Kundennummer'], duplicatedValues: 5, surplusRows: 7, missing: 2, examples: ['10023', '10077']},
  LIKELY_DUPLICATE_ENTITIES: {columns: ['Firma', 'PLZ'], groups: 8, surplusRows: 11, example: ['Müller GmbH', 'Mueller GmbH']},
  DATEV_EXPORT: {marker: 'EXTF', formatName: 'Buchungsstapel', category: 21, formatVersion: 9, fiscalYearStart: '2024-01-01'},
  HIDDEN_SHEET: {sheet: 'Alt'},
  MERGED_CELLS_IN_DATA: {count: 14},
  FORMULAS: {cells: 1234, share: 0.35},
  UNSUPPORTED_FORMAT: {file: 'Archiv/alt.xls', kind: 'xls'},
  DUPLICATE_FILES: {
    groups: 3,
    files: 10,
    surplusFiles: 7,
    surplusBytes: 12_900_000,
    examples: ['Kunden.xlsx = Kunden_Kopie.xlsx'],
  },
  VERSIONED_COPIES: {groups: 2, files: 5, bases: ['Kundenliste'], examples: ['Kundenliste_final.xlsx, Kundenliste_final_v2.xlsx']},
  SIMILAR_HEADERS: {groups: 2, tables: 4, minSimilarity: 0.9, examples: ['Kunden.xlsx › Tabelle1 ~ Kunden_2023.csv']},
  STALE_FILES: {dataFiles: 58, staleFiles: 40, share: 0.69, over3Years: 25, oldestModifiedAt: '2015-02-01T00:00:00.000Z', newestModifiedAt: null},
  MORE_COLUMN_FINDINGS: {code: 'MIXED_TYPES', count: 344, columns: ['01.01.2016', '02.01.2016']},
  INVALID_ENCODING_BYTES: {count: 3, firstByte: 580_123},
  SOURCE_FAILED: {source: '/daten/geheim.xlsx', code: 'FILE_ENCRYPTED', message: 'geheim.xlsx: the workbook is password-protected.'},
}
