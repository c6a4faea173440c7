import {describe, expect, it} from 'vitest'
import {COLUMN_SQL_FORMS} from '../../../../src/analyzers/sql/registry.js'
import {COLUMN_ANALYZERS} from '../../../../src/analyzers/registry.js'

describe('COLUMN_SQL_FORMS', () => {
  it('holds completeness, distinct values and value range, in that order (the pushdown aliases number them)', () => {
    expect(COLUMN_SQL_FORMS.map((f) => f.analyzerId)).toEqual(['completeness', 'distinct-values', 'value-range'])
  })

  it('mirrors row-form analyzers that exist', () => {
    const rowIds = new Set(COLUMN_ANALYZERS.map((a) => a.id))
    for (const form of COLUMN_SQL_FORMS) expect(rowIds.has(form.analyzerId), form.analyzerId).toBe(true)
  })
})
