// The database benchmark's table: `auftrag_bench`, an order table of N rows generated inside the
// server (generate_series / MariaDB's sequence engine) with deterministic pseudo-random values, so that
// PostgreSQL and MariaDB hold the same data. Missing values of every kind are built in (NULL, '', 'k.A.').

export const TABLE = 'auftrag_bench'

/** columns as (name, PostgreSQL type, MariaDB type, expression over the row number g) */
const COLUMNS = [
  ['auftrag_nr', 'integer PRIMARY KEY', 'INT PRIMARY KEY', (g) => g],
  ['kunden_nr', 'integer NOT NULL', 'INT NOT NULL', (g) => `10000 + MOD(${g} * 7919, 25000)`],
  ['auftragsdatum', 'date NOT NULL', 'DATE NOT NULL', (g, d) => d.addDays(`MOD(${g} * 31, 2000)`)],
  ['lieferdatum', 'date', 'DATE', (g, d) => `CASE WHEN MOD(${g}, 20) = 0 THEN NULL ELSE ${d.addDays(`MOD(${g} * 31, 2000) + MOD(${g}, 9)`)} END`],
  ['betrag', 'numeric(12,2) NOT NULL', 'DECIMAL(12,2) NOT NULL', (g) => `MOD(${g} * 104729, 500000) / 100.0`],
  ['status', 'varchar(20) NOT NULL', 'VARCHAR(20) NOT NULL', (g) => `CASE MOD(${g}, 4) WHEN 0 THEN 'offen' WHEN 1 THEN 'geliefert' WHEN 2 THEN 'berechnet' ELSE 'storniert' END`],
  ['kanal', 'varchar(20)', 'VARCHAR(20)', (g) => `CASE MOD(${g}, 50) WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN 'k.A.' WHEN 3 THEN 'Telefon' ELSE CASE MOD(${g}, 3) WHEN 0 THEN 'Shop' WHEN 1 THEN 'E-Mail' ELSE 'Außendienst' END END`],
  ['plz', 'varchar(5) NOT NULL', 'VARCHAR(5) NOT NULL', (g, d) => d.pad5(`MOD(${g} * 613, 99999)`)],
  ['bemerkung', 'varchar(200)', 'VARCHAR(200)', (g, d) => `CASE WHEN MOD(${g}, 10) = 0 THEN ${d.concat(`'Rückfrage zu Auftrag '`, d.text(g))} WHEN MOD(${g}, 10) = 1 THEN '' ELSE NULL END`],
  ['erfasst_von', 'varchar(30) NOT NULL', 'VARCHAR(30) NOT NULL', (g) => `CASE MOD(${g}, 5) WHEN 0 THEN 'Müller' WHEN 1 THEN 'Schäfer' WHEN 2 THEN 'Weiß' WHEN 3 THEN 'Özdemir' ELSE 'Krüger' END`],
]

const POSTGRES = {
  addDays: (n) => `(DATE '2019-01-01' + CAST(${n} AS integer))`,
  pad5: (n) => `lpad(CAST(${n} AS text), 5, '0')`,
  concat: (a, b) => `${a} || ${b}`,
  text: (n) => `CAST(${n} AS text)`,
}
const MARIADB = {
  addDays: (n) => `DATE_ADD(DATE '2019-01-01', INTERVAL ${n} DAY)`,
  pad5: (n) => `LPAD(${n}, 5, '0')`,
  concat: (a, b) => `CONCAT(${a}, ${b})`,
  text: (n) => `CAST(${n} AS CHAR)`,
}

export function createStatements(server, rows) {
  const pg = server === 'postgres'
  const d = pg ? POSTGRES : MARIADB
  const defs = COLUMNS.map(([name, pgType, myType]) => `${name} ${pg ? pgType : myType}`).join(', ')
  const exprs = COLUMNS.map(([, , , expr]) => expr('g', d)).join(', ')
  const source = pg ? `generate_series(CAST(1 AS bigint), ${rows}) AS s(g)` : `(SELECT seq AS g FROM seq_1_to_${rows}) s`
  return [
    `DROP TABLE IF EXISTS ${TABLE}`,
    `CREATE TABLE ${TABLE} (${defs})${pg ? '' : ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4'}`,
    `INSERT INTO ${TABLE} SELECT ${exprs} FROM ${source}`,
    pg ? `ANALYZE ${TABLE}` : `ANALYZE TABLE ${TABLE}`,
  ]
}

/**
 * The floor: one hand-written aggregate computing the counts the scan reports for this table — rows,
 * per column non-null, empty and placeholder counts, distinct values, min/max and lengths.
 */
export function floorQuery(server) {
  const pg = server === 'postgres'
  const bin = (c) => (pg ? `${c} COLLATE "C"` : `CAST(${c} AS BINARY)`)
  const len = (c) => (pg ? `char_length(${c})` : `CHAR_LENGTH(${c})`)
  const items = ['COUNT(*)']
  for (const [name, pgType] of COLUMNS) {
    items.push(`COUNT(${name})`, `MIN(${name})`, `MAX(${name})`)
    if (pgType.startsWith('varchar')) {
      items.push(
        `SUM(CASE WHEN TRIM(${name}) = '' THEN 1 ELSE 0 END)`,
        `SUM(CASE WHEN LOWER(TRIM(${name})) IN ('k.a.', 'n/a', '-', 'unbekannt') THEN 1 ELSE 0 END)`,
        `COUNT(DISTINCT ${bin(name)})`,
        `MIN(${len(name)})`,
        `MAX(${len(name)})`,
      )
    } else {
      items.push(`COUNT(DISTINCT ${name})`)
    }
  }
  return `SELECT ${items.join(', ')} FROM ${TABLE}`
}
