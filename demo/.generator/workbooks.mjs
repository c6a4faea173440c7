// The xlsx files of the demo, written with exceljs's normal (non-streaming) writer.
import {createRequire} from 'node:module'
import path from 'node:path'
import ExcelJS from 'exceljs'
import {germanIban, germanNumber, utcDate} from './formats.mjs'
import {
  COMPANY_WORDS, FICTIONAL_BLZ, FIRST_NAMES, PLACEHOLDER_SURNAMES, PRODUCT_GROUPS, TOWNS, telephone,
} from './pools.mjs'

const FIXED_TIME = utcDate(2025, 2, 3)

/**
 * exceljs zips with JSZip, which stamps every zip entry with the current time. Fixing JSZip's default
 * date makes the workbooks byte-for-byte reproducible (zip times are stored in UTC, so no time zone leaks).
 */
export function pinZipTimestamps() {
  const require = createRequire(import.meta.url)
  const jszipPath = require.resolve('jszip', {paths: [path.dirname(require.resolve('exceljs'))]})
  require(jszipPath).defaults.date = FIXED_TIME
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Muster Maschinenbau GmbH'
  wb.lastModifiedBy = 'Vertrieb'
  wb.created = FIXED_TIME
  wb.modified = FIXED_TIME
  return wb
}

function styleHeader(row) {
  row.font = {bold: true}
  row.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFD9E1F2'}}
}

/** Vertrieb/Kundenliste_final.xlsx (v1) and Kundenliste_final_v2.xlsx (v2): one hand-kept customer list. */
export async function customerListWorkbooks(rand, customers) {
  const chosen = rand.shuffle(customers.slice(0, 240)).slice(0, 120).sort((a, b) => Number(a.nr) - Number(b.nr))

  const v1 = newWorkbook()
  const s1 = v1.addWorksheet('Kunden', {views: [{state: 'frozen', ySplit: 1}]})
  s1.columns = [
    {header: 'Kundennr.', width: 11}, {header: 'Firma', width: 40}, {header: 'Ansprechpartner', width: 24},
    {header: 'Straße', width: 26}, {header: 'PLZ', width: 8}, {header: 'Ort', width: 18},
    {header: 'Telefon', width: 18}, {header: 'E-Mail', width: 36}, {header: 'Umsatz 2024', width: 14},
  ]
  styleHeader(s1.getRow(1))
  for (const c of chosen) {
    // the PLZ typed as text keeps its leading zero (01067)
    s1.addRow([Number(c.nr), c.firma, c.ansprechpartner, c.strasse, c.plz, c.ort, c.telefon, c.email, c.umsatz])
  }
  s1.getColumn(9).numFmt = '#,##0.00 "€"'
  s1.autoFilter = 'A1:I1'

  // v2: someone added a column, renamed "Straße", pasted postcodes as numbers (01067 became 1067),
  // removed three customers, added six and updated a few contacts
  const v2rows = chosen.filter((_, i) => i !== 7 && i !== 55 && i !== 98)
  v2rows.push(...customers.slice(240, 246))
  const v2 = newWorkbook()
  const s2 = v2.addWorksheet('Kunden', {views: [{state: 'frozen', ySplit: 1}]})
  s2.columns = [
    {header: 'Kundennr.', width: 11}, {header: 'Firma', width: 40}, {header: 'Ansprechpartner', width: 24},
    {header: 'Strasse', width: 26}, {header: 'PLZ', width: 8}, {header: 'Ort', width: 18},
    {header: 'Telefon', width: 18}, {header: 'E-Mail', width: 36}, {header: 'Umsatz 2024', width: 14},
    {header: 'Branche', width: 16},
  ]
  styleHeader(s2.getRow(1))
  v2rows.forEach((c, i) => {
    const contact = i % 23 === 5 ? `${rand.pick(FIRST_NAMES)} ${rand.pick(PLACEHOLDER_SURNAMES)}` : c.ansprechpartner
    const plz = c.plz.length === 5 ? Number(c.plz) : c.plz
    s2.addRow([Number(c.nr), c.firma, contact, c.strasse, plz, c.ort, c.telefon, c.email, c.umsatz, c.branche])
  })
  s2.getColumn(9).numFmt = '#,##0.00 "€"'
  return {v1: Buffer.from(await v1.xlsx.writeBuffer()), v2: Buffer.from(await v2.xlsx.writeBuffer())}
}

/** per product group: article number prefix, typical list price (EUR) and the units it is sold in */
const GROUP_TRAITS = {
  Hydraulik: ['HY', 120, ['Stück', 'Stück', 'Satz']],
  Antrieb: ['AN', 90, ['Stück', 'Stück', 'Satz']],
  Normteile: ['NT', 0.4, ['Stück', 'Paar']],
  Elektrik: ['EL', 35, ['Stück', 'Stück', 'm']],
  Blech: ['BL', 6, ['kg', 'kg', 'm']],
  Verschleiß: ['VS', 25, ['Stück', 'm', 'Satz']],
}

/** 150 articles, 25 per product group. */
export function makeArticles(rand) {
  const articles = []
  for (const [group, names] of Object.entries(PRODUCT_GROUPS)) {
    const [code, typicalPrice, units] = GROUP_TRAITS[group]
    for (let i = 0; i < 25; i++) {
      const name = names[i % names.length]
      articles.push({
        nr: `${code}-${1000 + i * 7 + rand.int(0, 6)}`,
        name: i < names.length ? name : `${name} Typ ${'ABCDE'[Math.floor(i / names.length)]}${i % 3}`,
        group,
        unit: rand.pick(units),
        // between a fifth and five times the typical price
        price: Math.round(typicalPrice * Math.exp((rand.next() - 0.5) * 3.2) * 100) / 100,
        discount: rand.pick([0, 0, 0.05, 0.1, 0.15]),
        place: `Halle ${rand.int(1, 2)} / Regal ${String(rand.int(1, 40)).padStart(2, '0')}`,
        weight: rand.chance(0.85) ? Math.round(rand.next() * 25000) / 1000 : null,
      })
    }
  }
  return articles
}

/** Einkauf/Artikelstamm.xlsx: a title above the table, merged cells, text prices, formulas, a hidden sheet. */
export async function articleWorkbook(rand, articles) {
  const wb = newWorkbook()
  wb.lastModifiedBy = 'Einkauf'
  const ws = wb.addWorksheet('Artikel')
  ws.getCell('A1').value = 'Artikelstamm Muster Maschinenbau GmbH – Stand 01/2025'
  ws.getCell('A1').font = {bold: true, size: 14}
  ws.mergeCells('A1:I1')
  const header = ['Artikelnummer', 'Bezeichnung', 'Warengruppe', 'Einheit', 'Listenpreis (EUR)', 'Rabatt (%)',
    'Nettopreis (EUR)', 'Lagerort', 'Gewicht (kg)']
  ws.getRow(3).values = header
  styleHeader(ws.getRow(3))
  ;[16, 44, 14, 9, 16, 11, 16, 20, 13].forEach((w, i) => (ws.getColumn(i + 1).width = w))

  articles.forEach((a, i) => {
    const r = 4 + i
    // a few prices were typed with a decimal comma into a text-formatted cell
    const price = i % 19 === 3 ? germanNumber(a.price) : a.price
    ws.getRow(r).values = [a.nr, a.name, a.group, a.unit, price, a.discount, null, a.place, a.weight]
    const net = Math.round(a.price * (1 - a.discount) * 100) / 100
    ws.getCell(`G${r}`).value = {formula: `E${r}*(1-F${r})`, result: net}
  })
  ws.getColumn(5).numFmt = '#,##0.00'
  ws.getColumn(6).numFmt = '0%'
  ws.getColumn(7).numFmt = '#,##0.00'
  // the groups Hydraulik and Antrieb were "made pretty": one merged cell per run of the group
  for (const [first, last] of [[4, 28], [29, 53]]) ws.mergeCells(`C${first}:C${last}`)

  const sup = wb.addWorksheet('Lieferanten')
  sup.addRow(['Lieferantennr.', 'Firma', 'PLZ', 'Ort', 'Ansprechpartner', 'Telefon', 'E-Mail', 'IBAN'])
  styleHeader(sup.getRow(1))
  for (let i = 0; i < 8; i++) {
    const [plz, ort] = TOWNS[(i * 5) % TOWNS.length]
    const firma = `${COMPANY_WORDS[(i * 7 + 3) % COMPANY_WORDS.length]} Industriebedarf GmbH`
    sup.addRow([70001 + i, firma, plz, ort, `${rand.pick(FIRST_NAMES)} ${rand.pick(PLACEHOLDER_SURNAMES)}`,
      telephone(rand), `einkauf${i + 1}@example.com`, germanIban(rand.pick(FICTIONAL_BLZ), rand.int(1e6, 9e9))])
  }
  sup.columns.forEach((c) => (c.width = 20))

  const old = wb.addWorksheet('alt', {state: 'hidden'})
  old.addRow(['Artikelnummer', 'Bezeichnung', 'Preis 2022'])
  for (const a of articles.slice(0, 20)) old.addRow([a.nr, a.name, Math.round(a.price * 0.9 * 100) / 100])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
