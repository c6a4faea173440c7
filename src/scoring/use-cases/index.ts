/**
 * The AI use-case catalog (issue 5), in the order the report shows it. Listed explicitly: a new use case
 * is a new file plus one line here.
 */
import type {ScanReport} from '../../report/scan-report.js'
import {DUNNING} from './dunning.js'
import {evaluateUseCase} from './evaluate-use-cases.js'
import {FORECASTING} from './forecasting.js'
import {MONITORING} from './monitoring.js'
import {SEGMENTATION} from './segmentation.js'
import {TEXT_CLASSIFICATION} from './text-classification.js'
import type {UseCaseDefinition, UseCaseResult} from './use-case-model.js'

export const USE_CASES: readonly UseCaseDefinition[] = [FORECASTING, SEGMENTATION, DUNNING, MONITORING, TEXT_CLASSIFICATION]

/** every use case of the catalog against the report, texts in the report's language; pure */
export function evaluateUseCases(report: ScanReport, catalog: readonly UseCaseDefinition[] = USE_CASES): UseCaseResult[] {
  return catalog.map((useCase) => evaluateUseCase(useCase, report))
}

export {evaluateUseCase}
export type {MetPrerequisite, MissingPrerequisite, UseCaseDefinition, UseCaseResult, UseCaseStatus} from './use-case-model.js'
