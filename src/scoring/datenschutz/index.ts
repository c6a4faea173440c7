/**
 * The criteria of the hurdle "Datenschutz" (what must be settled before AI touches the data), in report
 * order. They read the scan's DSGVO view (report.personalData) and are unmeasurable without it.
 */
import type {Criterion} from '../model.js'
import {personalDataTables} from './personal-data-tables.js'
import {pseudonymisationNeeded} from './pseudonymisation-needed.js'
import {specialCategories} from './special-categories.js'

export const DATENSCHUTZ_CRITERIA: readonly Criterion[] = [personalDataTables, specialCategories, pseudonymisationNeeded]
