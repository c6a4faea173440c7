import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {completeness, MAX_LISTED, MAX_SPELLINGS} from '../../../../src/analyzers/columns/completeness.js'
import {PLACEHOLDERS} from '../../../../src/values/missing.js'
import {checkEmptyIdentity, checkMergeLaw, columnContext, fold, germanValue, metricOf} from './column-fold.js'

describe('completeness', () => {
  it('counts nulls, empties and placeholders as written', () => {
    const metric = metricOf(completeness, [null, '', '  ', '\u00a0', 'k.A.', ' k.A. ', 'K.A.', '-', 'Berlin', 'x', '0', 42, 'n/a'])
    expect(metric).toEqual({
      nullCount: 1,
      emptyCount: 3,
      placeholderCount: 5,
      placeholders: {'k.A.': 2, '-': 1, 'K.A.': 1, 'n/a': 1},
      completeness: 4 / 13,
    })
  })

  it('a full column is complete and lists no placeholders', () => {
    expect(metricOf(completeness, ['a', 'b', 1, true])).toEqual({nullCount: 0, emptyCount: 0, placeholderCount: 0, completeness: 1})
  })

  it('no rows: completeness is null, not NaN', () => {
    expect(metricOf(completeness, [])).toEqual({nullCount: 0, emptyCount: 0, placeholderCount: 0, completeness: null})
  })

  it('lists at most MAX_LISTED placeholders, the most frequent first', () => {
    const values = PLACEHOLDERS.flatMap((p, i) => Array.from({length: i + 1}, () => p))
    const metric = metricOf(completeness, values)
    const listed = Object.entries(metric.placeholders ?? {})
    expect(listed).toHaveLength(MAX_LISTED)
    expect(listed[0]).toEqual([PLACEHOLDERS[PLACEHOLDERS.length - 1], PLACEHOLDERS.length])
    expect(metric.placeholderCount).toBe(values.length)
  })

  it('keeps its memory bounded when a placeholder comes in many spellings', () => {
    const spellings = Array.from({length: 512}, (_, i) => [...'unbekannt'].map((ch, k) => ((i >> k) & 1 ? ch.toUpperCase() : ch)).join(''))
    const state = fold(completeness, spellings)
    // the first MAX_SPELLINGS spellings as written (the first is the lower-case one), the rest folded into it
    expect(spellings[0]).toBe('unbekannt')
    expect(state.placeholders.size).toBe(MAX_SPELLINGS)
    expect(state.placeholders.get('unbekannt')).toBe(1 + 512 - MAX_SPELLINGS)
    const metric = completeness.metric(state, columnContext())
    expect(metric.placeholderCount).toBe(512)
    expect(Object.keys(metric.placeholders ?? {})).toHaveLength(MAX_LISTED)
  })

  it('merge law: any split, any order', () => {
    checkMergeLaw(completeness, fc.array(germanValue, {maxLength: 60}))
  })

  it('empty() is the identity', () => {
    checkEmptyIdentity(completeness, ['k.A.', '', null, 'x'])
    checkEmptyIdentity(completeness, [])
  })
})
