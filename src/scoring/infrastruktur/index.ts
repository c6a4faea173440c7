/**
 * The criteria of the hurdle "Mangelhafte technische Infrastruktur" (can data flow?), in report order.
 * Thresholds, weights and bases live with each criterion; docs/scoring.md lists them.
 */
import type {Criterion} from '../model.js'
import {changeTracking} from './change-tracking.js'
import {dataLocation} from './data-location.js'
import {machineReadability} from './machine-readability.js'
import {parallelSystems} from './parallel-systems.js'
import {schemaQuality} from './schema-quality.js'
import {systemCurrency} from './system-currency.js'

export const INFRASTRUKTUR_CRITERIA: readonly Criterion[] = [
  dataLocation,
  parallelSystems,
  schemaQuality,
  systemCurrency,
  machineReadability,
  changeTracking,
]

export {countDatenpfuetzen, type Datenpfuetzen} from './data-location.js'
export {entityOfTable, type Entity} from './entity-of-table.js'
