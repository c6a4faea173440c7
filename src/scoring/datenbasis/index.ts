/**
 * The criteria of the "Fehlende Datenbasis" hurdle (is there enough good data?), in report order.
 * Weights sum to 11: volume, history and completeness 2 each (enough data at all), validity and
 * uniqueness 1.5 each (fixable quality), linkability and freshness 1 each (often unmeasurable in file
 * scans, and refreshed or fixed more easily). docs/scoring.md explains every threshold.
 */
import type {Criterion} from '../model.js'
import {completeness} from './completeness.js'
import {freshness} from './freshness.js'
import {historyDepth} from './history.js'
import {linkability} from './linkability.js'
import {uniqueness} from './uniqueness.js'
import {validity} from './validity.js'
import {volume} from './volume.js'

export const DATENBASIS_CRITERIA: readonly Criterion[] = [
  volume,
  historyDepth,
  completeness,
  validity,
  uniqueness,
  linkability,
  freshness,
]
