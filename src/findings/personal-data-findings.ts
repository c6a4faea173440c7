/**
 * Finding rules for the personal data of one table, from its columns' verdicts as the DSGVO view counts
 * them: special categories (Art. 9/10) are a warning that calls for the data-protection officer; other
 * personal data is information that a project must plan for (pseudonymisation, the Art. 30 record).
 */
import {HANDLING, countedCategories} from '../analyzers/personal-data/dsgvo-view.js'
import {isSpecialCategory, type PiiCategory} from '../analyzers/personal-data/categories.js'
import type {TableReport} from '../report/scan-report.js'
import type {FindingDraft} from './finding-draft.js'
import {findingDraft} from './finding-params.js'

export function personalDataFindings(table: TableReport): FindingDraft[] {
  const where = {table: table.name}
  const special = new Map<string, PiiCategory[]>()
  const other = new Map<string, PiiCategory[]>()
  for (const column of table.columns) {
    const categories = countedCategories(column)
    const specialOnes = categories.filter(isSpecialCategory)
    // a USt-IdNr is a business identifier (personal only for sole traders): the DSGVO view lists it for review
    const otherOnes = categories.filter((c) => !isSpecialCategory(c) && HANDLING[c] !== 'review')
    if (specialOnes.length > 0) special.set(column.name, specialOnes)
    if (otherOnes.length > 0) other.set(column.name, otherOnes)
  }
  const drafts: FindingDraft[] = []
  const categoriesOf = (byColumn: Map<string, PiiCategory[]>) => [...new Set([...byColumn.values()].flat())]
  if (special.size > 0) {
    drafts.push(findingDraft('SPECIAL_CATEGORY_DATA', 'warning', {categories: categoriesOf(special), columns: [...special.keys()]}, where))
  }
  if (other.size > 0) {
    drafts.push(findingDraft('PERSONAL_DATA', 'info', {categories: categoriesOf(other), columns: [...other.keys()]}, where))
  }
  return drafts
}
