// Lager/Bestand.csv: two stock exports (Halle 1, Halle 2) pasted into one file, English number format.
import {csvLine} from './customers.mjs'
import {englishNumber, isoDate, utcDate} from './formats.mjs'

const HEADER = ['Artikelnummer', 'Bezeichnung', 'Lagerort', 'Bestand', 'Mindestbestand', 'Einheit', 'Letzte Inventur',
  'Bemerkung']

export function stockCsv(rand, articles) {
  const lines = [csvLine(HEADER, ',')]
  const inHall = (n) => articles.filter((a) => a.place.startsWith(`Halle ${n}`))
  const halls = [inHall(1), inHall(2)]
  halls.forEach((list, h) => {
    // the second export was appended with its own header line
    if (h === 1) lines.push(csvLine(HEADER, ','))
    const inventory = isoDate(h === 0 ? utcDate(2024, 12, 30) : utcDate(2024, 12, 31))
    list.forEach((a, i) => {
      const stock = a.unit === 'kg' || a.unit === 'm' ? Math.round(rand.next() * 250000) / 100 : rand.int(0, 2400)
      // large quantities were written with a thousands comma, so they had to be quoted
      const stockText = stock >= 1000 && i % 4 === 0 ? englishNumber(stock) : String(stock)
      let remark = ''
      if (i === 5 && h === 0) remark = 'Palette beschädigt\nRücksprache mit Einkauf'
      else if (stock < 20) remark = 'nachbestellen'
      else if (rand.chance(0.05)) remark = 'Restposten, "Sonderpreis"'
      const minimum = String(rand.pick([0, 10, 25, 50, 100]))
      const fields = [a.nr, a.name, a.place, stockText, minimum, a.unit, inventory, remark]
      // ragged rows: a field lost at the end, or a stray trailing comma
      if (h === 0 && (i === 11 || i === 29)) fields.pop()
      if (h === 1 && i === 17) fields.push('')
      lines.push(csvLine(fields, ','))
    })
  })
  return `${lines.join('\n')}\n`
}
