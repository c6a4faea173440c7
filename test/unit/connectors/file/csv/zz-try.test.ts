import {test} from 'vitest'
import {readdirSync} from 'node:fs'
import {createCsvReader} from '../../../../../src/connectors/file/csv/csv-reader.js'
test('try', async () => {
  const D = '/work/shared/datasets/'
  for (const dir of ['bank-exports-rechnungspilot', 'datev-extf-ledermann', 'bundestagswahl-2017-kerg', 'adventureworks-oltp-csv-microsoft']) {
    for (const f of readdirSync(D + dir).filter((f) => f.endsWith('.csv'))) {
      const r = createCsvReader(D + dir + '/' + f)
      const facts = await r.open()
      for await (const t of r.tables()) {
        let n = 0; let widths = new Map<number, number>()
        for await (const b of t.rows()) { n += b.rows.length; for (const row of b.rows) widths.set(row.length, (widths.get(row.length) ?? 0) + 1) }
        console.log(f, JSON.stringify(facts.dialect), facts.datev ? JSON.stringify(facts.datev) : '', 'cols', t.columns.length, 'header', t.headerRow, 'rows', n, 'sample', t.sample.length, JSON.stringify([...widths]), facts.findings.map((x) => x.code + JSON.stringify(x.data)).join(' '), t.columns.slice(0, 4).map((c) => c.name).join('|'), JSON.stringify(t.sample[0]?.slice(0, 5)))
      }
    }
  }
})
