import {describe, expect, it} from 'vitest'
import {sniffDialect, sniffLineEnding} from '../../../../../src/connectors/file/csv/dialect-sniffer.js'
import {guessDecimalSeparator} from '../../../../../src/connectors/file/csv/decimal-separator.js'

describe('sniffDialect', () => {
  it('picks the delimiter that splits records consistently', () => {
    expect(sniffDialect('Name;Ort;Umsatz\nMüller, Hans;Köln;1,5\nSchäfer, Eva;Bonn;2,5\n', true).delimiter).toBe(';')
    expect(sniffDialect('Name,Ort,Umsatz\n"Müller; Hans",Köln,"1,5"\nSchäfer,Bonn,"2,5"\n', true).delimiter).toBe(',')
    expect(sniffDialect('a\tb\tc\n1\t2,5\t3\n4\t5,5\t6\n', true).delimiter).toBe('\t')
    expect(sniffDialect('a|b|c\n1|2|3\n', true).delimiter).toBe('|')
  })

  it('is not fooled by delimiters inside quoted fields', () => {
    const text = 'id,text\n1,"a;b;c;d"\n2,"e;f;g;h"\n3,"i;j;k;l"\n'
    expect(sniffDialect(text, true).delimiter).toBe(',')
  })

  it('finds a two-character separator and a record terminator (AdventureWorks EmailAddress)', () => {
    const text = '1+|1+|ken0@adventure-works.com+|8A19+|2020-01-07 00:00:00.000&|\n2+|2+|terri0@adventure-works.com+|B5FF+|2019-01-23 00:00:00.000&|\n'
    expect(sniffDialect(text, true)).toMatchObject({delimiter: '+|', recordSuffix: '&|'})
  })

  it('keeps one column files unsplit and honours a given delimiter', () => {
    expect(sniffDialect('Name\nMüller\nSchäfer\n', true).delimiter).toBe(';')
    expect(sniffDialect('Name\nA;B\nC\n', true).delimiter).toBe(',')
    expect(sniffDialect('a;b\n1;2\n', true, ',').delimiter).toBe(',')
  })

  it('treats quotes as text when quoting breaks the records', () => {
    const text = 'Artikel;Maß;Preis\n"Monitor 24;24";1\n"Monitor 27;27";2\nKabel;2 m;3\n'
    expect(sniffDialect(text, true).quote).toBe(null)
    expect(sniffDialect('a;b\n"x";"y"\n', true).quote).toBe('"')
  })
})

describe('sniffLineEnding', () => {
  it('tells CRLF, LF, CR and mixed apart, ignoring line breaks inside quotes', () => {
    expect(sniffLineEnding('a\r\nb\r\n')).toBe('crlf')
    expect(sniffLineEnding('a\nb\n')).toBe('lf')
    expect(sniffLineEnding('a\rb\r')).toBe('cr')
    expect(sniffLineEnding('a\r\nb\nc\r\n')).toBe('mixed')
    expect(sniffLineEnding('a;"x\ny"\r\nb;c\r\n')).toBe('crlf')
  })
})

describe('guessDecimalSeparator', () => {
  it('counts only unambiguous numbers', () => {
    expect(guessDecimalSeparator([['24,95', '1.234,56', '01.02.2024']], ',')).toBe(',')
    expect(guessDecimalSeparator([['24.95', '1,234.56', '1.234']], ';')).toBe('.')
    expect(guessDecimalSeparator([['1.234', '1,234', 'abc']], ';')).toBe(',')
    expect(guessDecimalSeparator([['1.234', '1,234', 'abc']], ',')).toBe('.')
    expect(guessDecimalSeparator([['-10,7', '9,90-']], ',')).toBe(',')
  })
})
