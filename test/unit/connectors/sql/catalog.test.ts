import {describe, expect, it} from 'vitest'
import {addColumnFacts, typeNameWithoutSize} from '../../../../src/connectors/sql/catalog.js'

describe('typeNameWithoutSize: the key of the dialects’ type tables', () => {
  it('drops lengths, precision and scale and lower-cases', () => {
    expect(typeNameWithoutSize('NVARCHAR(MAX)')).toBe('nvarchar')
    expect(typeNameWithoutSize('numeric(10,2)')).toBe('numeric')
    expect(typeNameWithoutSize('character varying(40)')).toBe('character varying')
  })

  it('keeps the words after the size, with single spaces', () => {
    expect(typeNameWithoutSize('timestamp(3) with time zone')).toBe('timestamp with time zone')
    expect(typeNameWithoutSize('  double   precision ')).toBe('double precision')
  })

  it('leaves names without a size as they are (schema-qualified and array types too)', () => {
    expect(typeNameWithoutSize('public.mood')).toBe('public.mood')
    expect(typeNameWithoutSize('integer[]')).toBe('integer[]')
  })
})

describe('addColumnFacts', () => {
  it('sets only the facts the engine reported', () => {
    const column = {name: 'x', position: 0, declaredType: 'text', typeClass: 'text' as const, nullable: true, largeObject: false}
    expect(addColumnFacts({...column}, {defaultValue: "'k.A.'", comment: undefined, collation: 'C'})).toEqual({...column, defaultValue: "'k.A.'", collation: 'C'})
    expect(Object.keys(addColumnFacts({...column}, {}))).not.toContain('comment')
  })
})
