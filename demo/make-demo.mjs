#!/usr/bin/env node
// Writes the demo folder of the fictional "Muster Maschinenbau GmbH": messy but typical exports of a
// German SME. Every byte follows from the seed below, so a re-run gives the committed files again.
//
//   node demo/make-demo.mjs            # (re)writes the files next to this script
//   node demo/make-demo.mjs <folder>   # writes them into another folder (the tests compare both)
//
// The helpers live in demo/.generator/ (a hidden folder, so `datenreife scan demo/` does not list them).
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import iconv from 'iconv-lite'
import {xlsWorkbook} from './.generator/biff8.mjs'
import {bankStatement, extfBuchungsstapel} from './.generator/bookkeeping.mjs'
import {EXPORT_HEADER, csvLine, exportRows, makeCustomers} from './.generator/customers.mjs'
import {utcDate} from './.generator/formats.mjs'
import {createRandom} from './.generator/random.mjs'
import {stockCsv} from './.generator/stock.mjs'
import {articleWorkbook, customerListWorkbooks, makeArticles, pinZipTimestamps} from './.generator/workbooks.mjs'

const SEED = 20250203

async function main() {
  const outDir = path.resolve(process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url)))
  pinZipTimestamps()
  // one stream of random numbers per file, so changing one file leaves the others as they are
  const rand = (salt) => createRandom(SEED + salt)

  const customers = makeCustomers(rand(1))
  const articles = makeArticles(rand(2))
  const files = new Map()

  const exportLines = ['Kundenexport Warenwirtschaft', 'Stand: 03.02.2025', csvLine(EXPORT_HEADER, ';')]
  for (const row of exportRows(rand(3), customers)) exportLines.push(csvLine(row, ';'))
  files.set('Vertrieb/Kunden_Export.csv', iconv.encode(`${exportLines.join('\r\n')}\r\n`, 'win1252'))

  const lists = await customerListWorkbooks(rand(4), customers)
  files.set('Vertrieb/Kundenliste_final.xlsx', lists.v1)
  files.set('Vertrieb/Kundenliste_final_v2.xlsx', lists.v2)
  // what Windows Explorer's "copy" leaves behind: the very same bytes under another name
  files.set('Vertrieb/Kopie von Kundenliste_final.xlsx', lists.v1)

  files.set('Einkauf/Artikelstamm.xlsx', await articleWorkbook(rand(5), articles))
  files.set('Buchhaltung/EXTF_Buchungsstapel_2024.csv', iconv.encode(extfBuchungsstapel(rand(6)), 'win1252'))
  files.set('Buchhaltung/Umsaetze_2024.txt', Buffer.from(bankStatement(rand(7)), 'utf8'))
  files.set('Lager/Bestand.csv', Buffer.from(stockCsv(rand(8), articles), 'utf8'))
  files.set('Archiv/Preisliste_2019.xls', priceList2019(articles))

  for (const [rel, bytes] of files) {
    const target = path.join(outDir, ...rel.split('/'))
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, bytes)
  }
  process.stdout.write(`${files.size} files written to ${outDir}\n`)
}

/** Archiv/Preisliste_2019.xls: the old price list, still in the Excel 97-2003 format. */
function priceList2019(articles) {
  const rows = [['Artikelnummer', 'Bezeichnung', 'Einheit', 'Preis 2019 (EUR)', 'Gültig ab']]
  for (const a of articles.filter((_, i) => i % 5 === 0)) {
    rows.push([a.nr, a.name, a.unit, {number: Math.round(a.price * 0.82 * 100) / 100}, utcDate(2019, 1, 1)])
  }
  return xlsWorkbook('Preisliste 2019', rows, [16, 40, 10, 16, 12])
}

await main()
