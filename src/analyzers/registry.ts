/**
 * The explicit list of analyzers the engine runs. Adding an analyzer = one file + one line here.
 * Column analyzers' metrics are merged into the ColumnReport, table analyzers' metrics into the
 * table's `duplicates` object (field names are the contract in src/report/scan-report.ts).
 */
import type {ColumnAnalyzer, TableAnalyzer} from './analyzer.js'
import {completeness} from './columns/completeness.js'
import {distinctValues} from './columns/distinct-values.js'
import {typeInference} from './columns/type-inference.js'
import {valueRange} from './columns/value-range.js'
import {duplicateRows} from './tables/duplicate-rows.js'
import {entityDuplicates} from './tables/entity-duplicates.js'
import {keyCandidates} from './tables/key-candidates.js'

export const COLUMN_ANALYZERS: readonly ColumnAnalyzer<any, object>[] = [
  completeness,
  typeInference,
  distinctValues,
  valueRange,
]

export const TABLE_ANALYZERS: readonly TableAnalyzer<any, object>[] = [duplicateRows, keyCandidates, entityDuplicates]
