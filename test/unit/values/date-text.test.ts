import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {emptyCell, Kind} from '../../../src/values/cell.js'
import {daysFromCivil, isoDateFromDays, isoDateTimeFromMs, isValidDate, MS_PER_DAY} from '../../../src/values/calendar.js'
import {parseDateText} from '../../../src/values/date-text.js'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** any instant between years 1000 and 9999, whole seconds */
const instant = fc.integer({min: Date.UTC(1000, 0, 1) / 1000, max: Date.UTC(9999, 11, 31, 23, 59, 59) / 1000}).map((s) => new Date(s * 1000))

function parse(text: string) {
  const cell = emptyCell()
  return parseDateText(text, 0, text.length, cell) ? cell : null
}

describe('calendar', () => {
  it('daysFromCivil matches Date.UTC', () => {
    fc.assert(
      fc.property(instant, (d) => {
        expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(Math.floor(d.getTime() / MS_PER_DAY))
      }),
      {numRuns: 2000},
    )
  })

  it('isValidDate matches what Date.UTC round-trips', () => {
    fc.assert(
      fc.property(fc.integer({min: 1000, max: 9999}), fc.integer({min: 0, max: 13}), fc.integer({min: 0, max: 32}), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d))
        const roundTrips = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
        expect(isValidDate(y, m, d)).toBe(roundTrips && m >= 1 && m <= 12 && d >= 1)
      }),
      {numRuns: 3000},
    )
  })

  it('formats ISO dates and date-times', () => {
    expect(isoDateFromDays(daysFromCivil(2024, 2, 29))).toBe('2024-02-29')
    expect(isoDateTimeFromMs(Date.UTC(2024, 1, 29, 23, 59, 58, 999))).toBe('2024-02-29T23:59:58')
  })
})

describe('parseDateText round trips', () => {
  it('dd.mm.yyyy, yyyy-mm-dd and dd/mm/yyyy of any date', () => {
    fc.assert(
      fc.property(instant, (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
        const days = Math.floor(d.getTime() / MS_PER_DAY)
        for (const text of [`${pad(day)}.${pad(m)}.${y}`, `${day}.${m}.${y}`, `${y}-${pad(m)}-${pad(day)}`, `${pad(day)}/${pad(m)}/${y}`]) {
          const cell = parse(text)
          expect(cell?.kind, text).toBe(Kind.Date)
          expect(cell?.num, text).toBe(days)
        }
      }),
      {numRuns: 1000},
    )
  })

  it('date-times with seconds, German and ISO', () => {
    fc.assert(
      fc.property(instant, (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
        const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
        for (const text of [`${pad(day)}.${pad(m)}.${y} ${time}`, `${y}-${pad(m)}-${pad(day)} ${time}`, d.toISOString(), d.toISOString().slice(0, 19)]) {
          const cell = parse(text)
          expect(cell?.kind, text).toBe(Kind.DateTime)
          expect(cell?.num, text).toBe(d.getTime())
        }
      }),
      {numRuns: 1000},
    )
  })
})
